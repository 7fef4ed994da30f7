"""The outlet "the newspaper" or "the network" refers back to: the latest named as one, not the latest body.

Why: "The Daily Courier first reported the donation. The newspaper reported that ..." gave the newspaper's
report to no one (no body's name ends in "newspaper"), and "Oyelaran appeared on Pennant Network's Morning Desk
programme. According to the network, ..." gave it to another broadcaster named before (the tagger read the
network a place). A paper's name says it is one ("Courier", "Times", "Herald"), so does a broadcaster's ("TV",
"Network", "Radio"), and so does the text that brings one in with its noun ("broadcaster Kestrel"); a show or
programme named nearby says neither.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention

PAPER_WORDS = frozenset(
    "Times Post Herald Tribune Journal Gazette Daily Mail Courier Chronicle Telegraph Observer Standard Express Mirror "
    "Star Sun Guardian Independent Record Echo Press Inquirer Globe Examiner Bulletin Dispatch Argus Advertiser "
    "Sentinel Register Courant Leader Citizen".split())
"""Words of a newspaper's name ("The Daily Courier", "the Northern Echo", "the Kessel Argus")."""
BROADCAST_WORDS = frozenset("TV Television Network Radio Broadcasting Broadcast Channel FM News".split())
"""Words of a broadcaster's name ("Kestrel TV", "Pennant Network", "Radio Harlow", "Channel 9")."""
MAGAZINE_WORDS = frozenset("Magazine Weekly Monthly Quarterly".split())
"""Words of a magazine's name ("Harlow Life Magazine", "Kessel Weekly")."""
OUTLET_NOUNS: dict[str, frozenset[str]] = {
    "newspaper": PAPER_WORDS, "daily": PAPER_WORDS, "tabloid": PAPER_WORDS, "broadsheet": PAPER_WORDS,
    "broadcaster": BROADCAST_WORDS, "network": BROADCAST_WORDS, "channel": BROADCAST_WORDS,
    "magazine": MAGAZINE_WORDS,
}
"""What news calls an outlet it has named, and the words of a name that say it is one. Not "the paper" nor "the
journal", which as often mean a study ("the paper, published in Nature, said")."""


# Outlets the articles cite for what they report; kept apart from the actors of the story.
NEWS_AGENCIES = frozenset(
    "Reuters|Associated Press|AP|AFP|Agence France-Presse|Bloomberg|Xinhua|TASS|Interfax|"
    "Anadolu|Kyodo|Yonhap|dpa|ANSA|EFE|PTI|CNN|BBC|Al Jazeera|Sky News|Fox News|NBC|CBS|ABC|"
    "The New York Times|New York Times|The Washington Post|Washington Post|The Guardian|Politico|Axios".split("|")
)
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:[Tt]he\s+)?$")
ACCORDING_REACH = 18
"""Characters before a name read for "according to the "."""


def cited_outlet(text: str, m: Mention) -> bool:
    """Whether ``m`` is an outlet cited for what it reported ("according to Reuters", "according to the Kessel
    Argus"): the news it carries, not a body that "the company" goes back to; "according to Northern Grid" is
    the company stating it."""
    name = m.name.split()
    return (_ACCORDING.search(text, max(0, m.start - ACCORDING_REACH), m.start) is not None
            and (m.name in NEWS_AGENCIES or not (PAPER_WORDS | BROADCAST_WORDS).isdisjoint(name)))


def outlet_named(text: str, before: list[Mention], noun: str) -> Mention | None:
    """The latest body the text names as an outlet of the noun's kind, by its name's words (a name the tagger typed
    a place too: "Pennant Network") or by the noun bringing it in ("broadcaster Kestrel", not "a network Russia
    has financed") or following its name ("Forbes magazine"); None when none is, or the noun names no outlet."""
    words = OUTLET_NOUNS.get(noun)
    if words is None:
        return None
    introduced = re.compile(rf"(?<!\ba\s)(?<!\ban\s)\b{noun}\s+(?:the\s+)?$", re.I)
    named_so = re.compile(rf"\s+{noun}\b")  # "Forbes magazine", "the Courier newspaper": the noun after the name
    for m in reversed(before):
        if m.kind not in ("organization", "place") or m.demonym:
            continue
        if not words.isdisjoint(m.name.split()) or m.name.endswith(f" {noun}") or m.kind == "organization" and (introduced.search(
                text, max(0, m.start - len(noun) - 6), m.start) or named_so.match(text, m.end)):
            return m  # not "a network Russia has financed": the noun's object, no outlet brought in
    return None
