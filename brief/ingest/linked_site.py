"""The site's name where only its <title> and its link to its own front page give it.

Pages of the 2000s often declare no site name in their metadata (no og:site_name, no publisher) and, saved
without their address, name no host either: "Storm hits coast | Sport | Harbour Post Sport", "The Harbour
Post : World : Storm hits coast". trafilatura's guess from the <title> is dropped when nothing declares it
(``brief.ingest.html``), so such a page showed no outlet. A part of the <title> at its start or its end is
the site's name when the page also links its front page by that name ("<a href="/">Harbour Post</a>", a
masthead's or a footer's link): two marks of the template agree, where one alone may be a headline or a
partner's link. The name is the link's words as the <title> writes them (its part may add a section:
"Harbour Post Sport"; a link may be in capitals: "HARBOUR POST").
"""

from __future__ import annotations

import re

from brief.ingest.markup import home_link_names
from brief.ingest.titles import is_generic

_PARTS = re.compile(r"\s*\|\s*|\s+(?:-|–|—|::|:|·|•|»|«|/)\s+")
"""Where a <title> parts its headline from its section and site ("|" may stand unspaced: "Ad|Harbour TV")."""
_SECTION_WORDS = re.compile(
    r"(?:(?:breaking|latest|top|local|world|national|international|business|sports?|news|home|stories|"
    r"headlines|entertainment|opinion|politics|the)\s*)+", re.I)
"""A section's name linked home too ("Breaking News", "Top Stories"): a name of sections' words only is no site's."""


def linked_site_name(page_title: str, html: str) -> str:
    """The site's name the <title> opens or closes with and the page's link to its front page shows, or ""."""
    parts = [p for p in _PARTS.split(page_title.strip()) if p]
    if len(parts) < 2:
        return ""
    ends = [parts[-1], parts[0]]
    for name in home_link_names(html):
        if not any(c.isupper() for c in name) or is_generic(name) or _SECTION_WORDS.fullmatch(name):
            continue
        key = name.casefold()
        for end in ends:
            if end.casefold() == key or end.casefold().startswith(key + " "):
                return end[:len(name)]  # as the <title> writes it ("Fox Sports" where the link says "FOX SPORTS")
    return ""
