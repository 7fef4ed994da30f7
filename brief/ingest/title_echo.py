"""A title's headline found by what the page repeats of it: "CTV Harbour - Storm hits coast" -> "Storm hits coast".

Old templates put around the headline the station's name, a section and its sub-section, or a list of
the site's keywords ("Storm hits coast - World - General", "Spotlight | Storm hits coast", "Storm hits
coast | Football News, Fixtures, Results", "Storm hits coast @ Harbour Media"), none of which the page's
metadata names, so ``brief.ingest.titles.clean_title`` cannot tell them from a headline's own halves.
The page itself can: it sets its headline over the story as an element of its own, and the part of the
<title> it shows alone there is the headline; what it does not show with it is the template's. Only
parts that read as names (every word capitalised, or a list of such) are cut this way: a headline's own
second half ("Storm hits coast - three feared dead") is written in words of a sentence.
"""

from __future__ import annotations

import html as entities
import re

# the spaced marks of title templates, and the "@" some put before the site's name ("… @ Harbour Media")
_SEPARATOR = re.compile(r"(\s+(?:\||-|–|—|--|::|·|•|»|«|/|@)\s+)")
_TEXT = re.compile(r"<!--.*?-->|<(script|style|title|textarea)\b.*?</\1\s*>|<[^>]*>|([^<]+)", re.S | re.I)
_BODY = re.compile(r"<body\b", re.I)
MIN_HEADLINE_WORDS = 3
"""Words the part kept must have: a shorter one shown alone is as often a section's or the site's name."""
NAME_MAX_WORDS = 4
"""Words a cut part may have ("Daily News & Analysis", "CTV Harbour"); a list of keywords may be longer
when each of its items is a name of at most this many words ("Football News, Fixtures, Results")."""
KEYWORD_ITEMS = 3
"""Names a list of the site's keywords runs to ("Football News, Fixtures, Results"); two names joined by a
comma ("Knock-Out, Interactive Books") may be a headline's own words."""
_MINOR = frozenset("a an and at de for in of on the to &".split())
SCAN_CHARS = 400_000
"""How far into a page its shown text is read: the headline stands above the story, near the top."""


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", "", entities.unescape(text)).casefold()


def _name(part: str) -> bool:
    """A name of a few words, each capitalised ("World", "Daily News & Analysis", "SYS-CON Media")."""
    words = re.findall(r"[^\W_][\w'’.&-]*|&", part)
    return 0 < len(words) <= NAME_MAX_WORDS and all(w[0].isupper() or w[0].isdigit() or w.casefold() in _MINOR for w in words)


_SELF_DESCRIBED = re.compile(r"\b(?:news|weather)\b|\b[\w-]+\.(?:com|net|org|co\.uk|tv)\b", re.I)
"""What only a site says of itself in its title: its host ("WTNH.com") or that it brings news or weather
("Connecticut News and Weather", "Where your news comes first.", "Breaking Houston News, Weather, Sports")."""


def _decoration(part: str) -> bool:
    """Whether a cut part is the template's: a name, a list of names (the site's keywords), or the site
    describing itself (its host, its news and weather)."""
    items = [item for item in part.split(",") if item.strip()]
    names = (len(items) == 1 or len(items) >= KEYWORD_ITEMS) and all(_name(item) for item in items)
    return names or bool(_SELF_DESCRIBED.search(part))


def shown_texts(html: str) -> set[str]:
    """The keys of the texts the page shows between its tags, in its body (not its <title> or scripts)."""
    body = _BODY.search(html)
    start = body.start() if body else 0
    return {_key(m.group(2)) for m in _TEXT.finditer(html[start : start + SCAN_CHARS]) if m.group(2) and m.group(2).strip()}


def echoed_headline(title: str, html: str) -> str:
    """The run of the title's parts the page shows alone as an element's text, with the parts around it
    cut when each is a name (see above); the title unchanged when the page shows it whole or no such run."""
    pieces = _SEPARATOR.split(title)
    parts, seps = pieces[0::2], pieces[1::2]
    if len(parts) < 2:
        return title
    shown = shown_texts(html)
    if _key(title) in shown:
        return title
    runs = sorted(((i, j) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1) if j - i < len(parts)),
                  key=lambda r: sum(len(p.split()) for p in parts[r[0] : r[1]]), reverse=True)
    for i, j in runs:
        run = "".join(p + s for p, s in zip(parts[i:j], [*seps[i : j - 1], ""]))
        if len(run.split()) < MIN_HEADLINE_WORDS or _key(run) not in shown:
            continue
        if all(_decoration(p) for p in parts[:i] + parts[j:]):
            return run.strip()
    return title


def template_part(part: str, title: str, html: str) -> bool:
    """Whether ``part`` (the extractor's guess at the headline: one of the <title>'s parts) is a part that
    ``echoed_headline`` cuts from the <title> as the template's ("KMPH Fox 26 ... News Source in Harbour,
    Entertainment, News, Sports and Weather | Storm hits coast", the page showing "Storm hits coast" alone)."""
    parts = {_key(p) for p in _SEPARATOR.split(title)[0::2]}
    if _key(part) not in parts or len(parts) < 2:
        return False
    echoed = echoed_headline(title, html)
    return echoed != title and _key(part) not in _key(echoed)
