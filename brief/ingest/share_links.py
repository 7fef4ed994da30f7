"""The headline a page's share links carry, for a page that names itself nowhere else.

A story's "post this to …" links (a bookmarking site's submit address, a social network's share
address) carry the story's address and its headline: ``…/post?url=<page>&title=<headline>``. A page
saved without its <title> or any metadata (an old crawler's copy, its head lost) still has them, and
they name the story in its own words where the body's first lines are a menu's labels.
"""

from __future__ import annotations

import html as entities
import re
from collections import Counter
from urllib.parse import unquote_plus

# a link's address with the page's address and its title as query parameters, in either order
_HREF = re.compile(r"""href\s*=\s*(?:"([^"]+)"|'([^']+)')""", re.I)
"""An address in either quotes, up to the quote that opened it: a headline's apostrophe is not its end."""
_TITLE_PARAMETER = re.compile(r"[?&](?:amp;)?title=([^&#]+)", re.I)
_URL_PARAMETER = re.compile(r"[?&](?:amp;)?(?:url|u)=", re.I)
MIN_SHARE_LINKS = 2
"""Share links that must carry the same title: one link's title may be any link's; two sites' agree
only on the story's headline (the 2008 pages carry four to eight)."""


def shared_title(html: str) -> str:
    """The headline that at least MIN_SHARE_LINKS of the page's share links carry ("" when none does)."""
    titles: Counter[str] = Counter()
    for match in _HREF.finditer(html):
        href = entities.unescape(match.group(1) or match.group(2))
        if not _URL_PARAMETER.search(href):
            continue
        found = _TITLE_PARAMETER.search(href)
        if found:
            title = " ".join(unquote_plus(found.group(1)).split())
            if any(ch.isalpha() for ch in title):
                titles[title] += 1
    best = titles.most_common(1)
    return best[0][0] if best and best[0][1] >= MIN_SHARE_LINKS else ""


_JSON_HEADLINE = re.compile(r'"headline"\s*:')
JSON_CHARS = 500_000
"""How far into a page its JSON-LD is looked for (as brief.ingest.markup reads it)."""
SHARED_MIN_WORDS = 3
"""Words a shared headline needs to stand in for a title: two are as often a section's name."""
_MINOR = frozenset("a an and at by for from in of on or the to with".split())


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", entities.unescape(text).casefold())


def _capitalised(text: str) -> bool:
    """Whether every word of a headline opens with a capital: Title Case or capitals."""
    return all(word[0].isupper() for word in re.findall(r"[^\W\d_]+", text))


def over_title(title: str, html: str) -> str:
    """The share links' headline in place of a title that is not the story's: one sharing no word with
    it (a menu's label, the site's name: "Harbour Navigation") or cut short of it ("Ferry strike" for
    "Ferry strike 'ruins' holidays", a short headline for the site's index). Only a headline the page
    also shows as an element of its own (brief.ingest.title_echo.shown_texts), and only on a page with
    no metadata naming its headline: the old pages whose share links a template wrote."""
    from brief.ingest.markup import social_titles
    from brief.ingest.title_echo import shown_texts

    shared = shared_title(html)
    words, own = _words(shared), _words(title)
    if len(words) < SHARED_MIN_WORDS or social_titles(html) or _JSON_HEADLINE.search(html, 0, JSON_CHARS):
        return title
    if "".join(words) == "".join(own):
        # the same words: the story's own casing and apostrophes over a title set in Title Case ("Harbours
        # Ferries Sail Again" for "Harbour’s ferries sail again"), not a link's slug ("ferries-sail-again")
        return shared if _capitalised(title) and not _capitalised(shared) and " " in shared else title
    if "".join(words) not in shown_texts(html):
        return title
    if not own or not (set(own) & set(words)) - _MINOR:
        return shared  # a title naming no word of the story's headline
    if len(own) < len(words) and words[: len(own)] == own and not re.search(r"\s[|:»/–—-]\s", shared):
        return shared  # the title cut short: the shared headline opens with it and goes on
    return title
