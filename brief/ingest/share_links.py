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
_HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
_TITLE_PARAMETER = re.compile(r"[?&](?:amp;)?title=([^&#]+)", re.I)
_URL_PARAMETER = re.compile(r"[?&](?:amp;)?(?:url|u)=", re.I)
MIN_SHARE_LINKS = 2
"""Share links that must carry the same title: one link's title may be any link's; two sites' agree
only on the story's headline (the 2008 pages carry four to eight)."""


def shared_title(html: str) -> str:
    """The headline that at least MIN_SHARE_LINKS of the page's share links carry ("" when none does)."""
    titles: Counter[str] = Counter()
    for match in _HREF.finditer(html):
        href = entities.unescape(match.group(1))
        if not _URL_PARAMETER.search(href):
            continue
        found = _TITLE_PARAMETER.search(href)
        if found:
            title = " ".join(unquote_plus(found.group(1)).split())
            if any(ch.isalpha() for ch in title):
                titles[title] += 1
    best = titles.most_common(1)
    return best[0][0] if best and best[0][1] >= MIN_SHARE_LINKS else ""
