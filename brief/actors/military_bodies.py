"""Which body "the military" or "the army" can stand for: the state's armed forces, never a rebel group.

Why: a described body refers back to the latest organisation named whose name says no other kind, and a
rebel group's name seldom says one ("the Red Crest Front", "LTTE"): "Troops took the east from the rebels.
The military has also claimed ..." put the army's claim in the rebels' mouth. A state's forces are named so
("the Sri Lanka Army", "the Defence Forces") or by initials the text never spells out; any other body is no
military, and with none named the source stays unnamed.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention

ARMED_NOUNS = frozenset({"military", "army", "navy"})
"""Descriptions of a state's armed forces ("the military said", "the army has claimed")."""
FORCE_WORDS = frozenset("army military navy forces force marines guard defence defense corps command troops".split())
"""Words of a name that say it is armed forces ("the Sri Lanka Army", "the Israel Defense Forces", "the
National Guard", "Central Command")."""
_REBEL = r"(?:rebels?|insurgents?|guerrillas?|militants?|separatists?|militias?|fighters|rebellion|insurgency)"
"""Words news writes beside a group that fights a state ("the rebel X", "X rebels", "X guerrillas")."""


def armed_force_fits(text: str, m: Mention, spelt: str) -> bool:
    """Whether "the military" may refer back to a body: its name (``spelt``, its initials written out
    where the text did) says armed forces, or it is initials the text never spelt out, and the text calls
    it no rebel group ("the rebel Lord's Resistance Army", "LTTE rebels")."""
    words = set(spelt.lower().replace("'s", "").split())
    initials = spelt == m.name and m.name.isupper() and " " not in m.name
    return bool(words & FORCE_WORDS or initials) and not rebel_named(text, m.name) and not rebel_named(text, spelt)


def rebel_named(text: str, name: str) -> bool:
    """Whether the text writes a name as a rebel group's, with a word for rebels beside it ("the rebel
    Red Crest Front", "Red Crest rebels") or its initials in brackets after such a name."""
    quoted = re.escape(name)
    return re.search(rf"\b{_REBEL}\s+(?:group\s+|movement\s+)?(?:the\s+)?{quoted}\b"
                     rf"|\b{quoted}\s+(?:\([A-Z]+\)\s+)?{_REBEL}\b"
                     rf"|\b{_REBEL}\s+(?:group\s+|movement\s+)?(?:the\s+)?[A-Z][\w' -]{{0,60}}\({quoted}\)", text) is not None
