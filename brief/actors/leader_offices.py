"""Offices that one person holds in a country, state or province, written in lower case ("the prime
minister said", "the president told reporters"): many papers (the Guardian, the BBC, AP for a title
standing alone) write them so, and name the holder without the title ("Keir Starmer defended the plan.
The prime minister said ..."). Such a title stands for the person the story was just about, as a
capitalised "the Prime Minister" does (``referring.described_person``), but only for its sentence's
subject: "Police arrested John Smith. The mayor said ..." brings in someone new, and a city's mayor or a
body's director is as often new, so those titles stay no one's unless capitalised.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from brief.actors.mentions import Mention
from brief.actors.opening_subject import opens_sentence

if TYPE_CHECKING:
    from brief.actors.mention_index import MentionIndex

LEADER_OFFICES = frozenset({
    "president", "prime minister", "premier", "chancellor", "taoiseach", "governor", "first minister",
    "chief minister",
})
"""Offices with one holder per country, state or province, whom the news names without the title."""


CABINET_HEADS = frozenset({"secretary", "minister"})
"""Heads of a cabinet office written with its portfolio ("the health secretary", "the finance minister")."""
NOT_PORTFOLIOS = frozenset("deputy junior former ex vice assistant acting shadow new prime first chief".split())
"""Words before "secretary" or "minister" that make another office, or another holder, than the one named."""


def leader_office(words: list[str]) -> bool:
    """Whether the words after a description's article are one of ``LEADER_OFFICES`` ("prime minister"),
    or a cabinet office by its portfolio ("the health secretary"; one holder in a government, as a leader
    is one in a country); not a deputy's or a former holder's ("the deputy prime minister", "the former
    president")."""
    lower = [w.lower() for w in words]
    if " ".join(lower) in LEADER_OFFICES:
        return True
    return (len(lower) == 2 and lower[1] in CABINET_HEADS and lower[0].isalpha() and lower[0] not in NOT_PORTFOLIOS
            and words[0].islower())


def unnamed_leader(text: str, office: list[str], before: list[Mention], mentions: MentionIndex, sentence: int,
                   reach: int) -> Mention | None:
    """The person "the prime minister" stands for: the subject of the latest sentence within ``reach``
    that names a person, when the text gives them no other role (at any mention: "Health Minister Ada
    Quinn resigned. The prime minister said" is someone else); None otherwise."""
    people = [m for m in before if mentions.personal(m) and not m.demonym and m.sentence >= sentence - reach]
    if not people:
        return None
    latest = people[-1].sentence
    first = next(m for m in people if m.sentence == latest)
    if not opens_sentence(text, first.start):
        return None
    wanted = {w.lower() for w in office}
    surname = first.name.split()[-1]
    roles = {w for m in mentions.mentions if m.name.split()[-1] == surname for w in m.role.lower().replace("-", " ").split()}
    return first if not roles or wanted <= roles else None
