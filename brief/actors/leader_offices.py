"""Offices that one person holds in a country, state or province, written in lower case ("the prime
minister said", "the president told reporters"): many papers (the Guardian, the BBC, AP for a title
standing alone) write them so, and name the holder without the title ("Keir Starmer defended the plan.
The prime minister said ..."). Such a title stands for the person the story was just about, as a
capitalised "the Prime Minister" does (``referring.described_person``), but only for its sentence's
subject: "Police arrested John Smith. The mayor said ..." brings in someone new, and a city's mayor or a
body's director is as often new, so those titles stay no one's unless capitalised.
"""

from __future__ import annotations

import re
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
    wanted = {w.lower() for w in office}
    people = [m for m in before if mentions.personal(m) and not m.demonym and m.sentence >= sentence - reach]
    if people:
        latest = people[-1].sentence
        first = next(m for m in people if m.sentence == latest)
        if opens_sentence(text, first.start):
            roles = _roles(first, mentions)
            if _holds(roles, wanted):
                return first
            if roles & _SOLE_OFFICE_WORDS:
                return None  # "Deputy Prime Minister Ada Quinn said ... The prime minister said": not her, nor another
            target = _attacked_holder(text, first, people, wanted, mentions) if roles & RIVAL_ROLES else None
            if target is not None:
                return target  # "Opposition leader X attacked Y over ... The prime minister said": Y
    return _only_untitled_subject(text, wanted, before, mentions)


def _roles(person: Mention, mentions: MentionIndex) -> set[str]:
    """The words of every role the text gives a person, at any mention of their surname."""
    surname = person.name.split()[-1]
    return {w for m in mentions.mentions if m.name.split()[-1] == surname for w in m.role.lower().replace("-", " ").split()}


RIVAL_ROLES = frozenset("leader opposition shadow senator candidate lawmaker mp congressman congresswoman rival".split())
"""Role words of a leader's political rivals, whose attacks name the office holder as their object ("Opposition
leader Peter Dutton accused Anthony Albanese"); a sheriff or a judge acting on someone names a suspect."""
TARGET_VERB_WORDS = 3
"""Lower-case words of a verb between a subject and its object ("attacked", "has hit out at")."""
_NOT_VERB = frozenset("the a an of his her their its by for with to from and or".split())
"""Words that put a name inside a phrase ("the family of", "with") rather than make it the verb's object."""


def _attacked_holder(text: str, subject: Mention, people: list[Mention], wanted: set[str],
                     mentions: MentionIndex) -> Mention | None:
    """ "Conservative Leader Pierre Poilievre attacked Justin Trudeau over the deal. The prime minister
    said": the subject is a rival (``RIVAL_ROLES``), so the office is the one the subject went after, named as the
    verb's object right after it, given no role, and named in the headline (the story is about them); not
    one named inside a phrase ("visited the family of John Mwangi": a victim's), nor one of several."""
    found = []
    for m in people:
        if m.sentence != subject.sentence or m.start <= subject.end or m.name.split()[-1] == subject.name.split()[-1]:
            continue
        words = text[subject.end : m.start].split()
        if (0 < len(words) <= TARGET_VERB_WORDS and all(w.isalpha() and w.islower() and w not in _NOT_VERB for w in words)
                and not text.startswith(("'s", "’s"), m.end)
                and _holds(_roles(m, mentions), wanted) and _headlined(text, m.name.split()[-1], mentions)):
            found.append(m)
    return found[0] if len(found) == 1 else None


OTHER_HOLDERS = frozenset("deputy junior former ex vice assistant acting shadow".split())
"""Words of a role that make its holder another than the office's ("Deputy Prime Minister", "former president")."""


def _holds(roles: set[str], wanted: set[str]) -> bool:
    """Whether a person with these role words may hold the office: no role, or that office itself."""
    return not roles or wanted <= roles and not roles & OTHER_HOLDERS


_SOLE_OFFICE_WORDS = frozenset(w for office in LEADER_OFFICES for w in office.split())
"""Words of a leader's office ("prime", "minister", "president"): a latest subject with such a role (a deputy's,
a minister's) is the one the text follows, and the office another of that government, so no guess further back."""


def _only_untitled_subject(text: str, wanted: set[str], before: list[Mention], mentions: MentionIndex) -> Mention | None:
    """ "Albanese under pressure ... Anthony Albanese has been accused of ... Greens leader Adam Bandt said ...
    The prime minister said": the one person the article brought in as a sentence's subject and never gave
    a role (or gave this office), and whom its headline names, is the likeliest holder of the office when
    the latest subject holds another; None when there are several such people (a round-up), as the guess
    would then be a coin toss."""
    found: dict[str, Mention] = {}
    for m in before:
        if mentions.personal(m) and not m.demonym and opens_sentence(text, m.start):
            roles = _roles(m, mentions)
            if _holds(roles, wanted):
                found.setdefault(m.name.split()[-1], m)
    if len(found) != 1:
        return None
    surname, person = next(iter(found.items()))
    return person if _headlined(text, surname, mentions) else None


def _headlined(text: str, surname: str, mentions: MentionIndex) -> bool:
    """Whether the story is about the person: their surname is in its headline (the text's first line, or a
    page's headline above the body). "John Mwangi was killed ... The president said" is a victim's story, and
    the president someone it never names."""
    first_line = text.lstrip().split("\n", 1)[0]
    return (re.search(rf"\b{re.escape(surname)}\b", first_line) is not None
            or any(m.headline and m.name.split()[-1] == surname for m in mentions.mentions))
