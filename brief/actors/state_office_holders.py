"""The person a state's office written without a name stands for: "the Veyland ambassador said", "Korrin's
foreign minister said", a headline's "Ostland envoy tells UN". When the article names the one person who holds
that office for that state ("Veyland Ambassador Marek Dunst", before or after), the words are that person's,
not the state's; with no such person named the state speaks, as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mentions import Mention
from brief.actors.office_holding import out_of_office
from brief.actors.referring import RANKS, role_words

STATE_OFFICES: dict[str, frozenset[str]] = {
    "ambassador": frozenset({"ambassador", "envoy"}),
    "envoy": frozenset({"envoy", "ambassador"}),
    "emissary": frozenset({"emissary", "envoy"}),
    "minister": frozenset({"minister", "secretary"}),
    "secretary": frozenset({"secretary", "minister"}),
    "president": frozenset({"president"}),
    "premier": frozenset({"premier"}),
    "chancellor": frozenset({"chancellor"}),
}
"""Offices one person holds for a state, each with the titles the same office is written with in a role
("the envoy to the UN" is the "Ambassador to the U.N."; a foreign secretary is the foreign minister)."""

LOOSE_MODIFIERS = frozenset({"top", "new", "special", "chief"})
"""Words before the office a role need not repeat ("the Ostland top envoy"); every other word ("foreign",
"prime", "deputy") sets the office apart and must stand in the holder's role."""

_OFFICE_AFTER = re.compile(r"(?:['’]s)?\s+((?:[a-z]+\s+){0,2}?)([a-z]+)(?:\s+(?:to|at|in)\b.*)?", re.S)
"""What follows the state's name: an optional possessive, up to two modifiers, the office, and where the holder
is sent ("envoy to the United Nations")."""

_DEFINITE = re.compile(r"(?:the\s+)?$", re.I)
"""Only "the" (or nothing, as in a headline or "Korrin's ...") may stand before the state: "an Ostland envoy" or
"one Ostland minister" is someone unnamed, not the one holder."""


def named_office_holder(text: str, phrase: tuple[int, int], first_part: Sequence[Mention],
                        mentions: Sequence[Mention]) -> Mention | None:
    """The one person named anywhere in the article with the office ``phrase`` gives a state ("the Veyland
    ambassador") in a role that names the same state; the mention of them nearest after the phrase (else the
    latest before). None when the phrase is no state's office, or no one or several people hold it."""
    if len({m.name for m in first_part}) != 1 or any(m.kind == "person" for m in first_part):
        return None
    state = first_part[-1]
    if not _DEFINITE.fullmatch(text, phrase[0], state.start):
        return None
    office = _OFFICE_AFTER.fullmatch(text[state.end : phrase[1]].lower())
    if office is None or office.group(2) not in STATE_OFFICES:
        return None
    modifiers = set(office.group(1).split()) - LOOSE_MODIFIERS
    family = STATE_OFFICES[office.group(2)]
    written = {state.surface.lower(), state.name.lower()}
    holders = [m for m in mentions if m.kind == "person" and not m.demonym and _holds(m, family, modifiers, written)]
    if not holders:  # "The Turkish interior minister condemned ... Interior Minister Ali Kaya said": named next
        holders = _titled_next(mentions, family, modifiers, state, phrase[1])
    if len({m.name for m in holders}) != 1:
        return None
    after = [m for m in holders if m.start >= phrase[1]]
    return after[0] if after else holders[-1]


NEXT_SENTENCES = 1
"""Sentences after the state's office within which its holder, titled by the office alone ("Interior Minister Ali
Kaya"), is named: the news writer's next sentence names whom the lead described; further on, a bare title may be
another state's minister."""


def _titled_next(mentions: Sequence[Mention], family: frozenset[str], modifiers: set[str], state: Mention,
                 end: int) -> list[Mention]:
    """The people named within ``NEXT_SENTENCES`` after the office with a role that is that office and nothing
    else ("Interior Minister", not "Russian Interior Minister" nor "Interior Minister of Zembla"); none when anyone
    else in the article holds the office with another state's name in the role."""
    later = [m for m in mentions if m.kind == "person" and not m.demonym and m.start >= end
             and m.sentence <= state.sentence + NEXT_SENTENCES]
    titled = [m for m in later if (role := role_words(m)) and family & role and modifiers <= role
              and not (role & RANKS) - modifiers and not out_of_office(role, [])
              and role <= family | modifiers | LOOSE_MODIFIERS and m.role.split()[-1].lower() in family]
    if not titled:
        return []
    others = [m for m in mentions if m.kind == "person" and m.name != titled[0].name and family & role_words(m)
              and modifiers <= role_words(m)]
    return [] if others else titled


def _holds(m: Mention, family: frozenset[str], modifiers: set[str], states: set[str]) -> bool:
    """Whether a person's role is that office ("Veyland Ambassador to the U.N.") of the state written ``states``; a
    rank the description does not give sets another office apart ("Marandia's president" is no Vice President)."""
    role = role_words(m)
    return (bool(family & role) and modifiers <= role and not out_of_office(role, []) and not (role & RANKS) - modifiers
            and any(re.search(rf"\b{re.escape(s)}\b", m.role.lower()) for s in states))
