"""A body named for what it deliberates "on" ("the Intergovernmental Panel on Climate Change"): one name.

Why: the tagger stops a body's name at "on", as at any preposition, so "Intergovernmental Panel" is listed as
a body of its own and the remit's words after it become names of their own ("Climate", typed a person, then a
body, whose one writing elsewhere, "Climate change is real", listed it as an actor). Panels, committees,
councils and commissions are named for their remit with "on" ("the Council on Foreign Relations", "the
Commission on Human Rights"); the capitalised words after the "on" are the body's name, ending in a common
noun, not a day or a place ("the committee on Monday", "the panel on Ruritania" are no remit).
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.gender import first_names
from brief.actors.mentions import Mention
from brief.actors.phrasing import is_noun

REMIT_BODIES = frozenset("Panel Committee Council Commission Convention Conference Subcommittee Force Forum Board "
                         "Group".split())
"""Last words of a body named for the matter it deliberates on ("Panel on Climate Change", "Task Force on ...")."""
MAX_REMIT_WORDS = 4
"""Capitalised words a remit holds after "on" ("Climate Change", "Economic, Social and Cultural Rights")."""
_REMIT_AFTER = re.compile(rf"[ \xa0]on[ \xa0]((?:[A-Z][a-z]+(?:,?[ \xa0](?:and[ \xa0])?)?){{1,{MAX_REMIT_WORDS}}})")


def _remit(text: str, m: Mention) -> int:
    """Where the remit after a body's name that ends ``m`` ends, or 0: capitalised common nouns and
    adjectives after "on", the last a common noun that no given name is."""
    if m.kind != "organization" or m.demonym or m.name.split()[-1] not in REMIT_BODIES:
        return 0
    after = _REMIT_AFTER.match(text, m.end)
    if after is None:
        return 0
    last = list(re.finditer(r"[A-Z][a-z]+", after.group(1)))[-1]
    if not is_noun(last.group()) or last.group() in first_names():
        return 0
    return after.start(1) + last.end()


def remit_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each body named for its remit made whole over the "on" and the remit, and any name the
    tagger found inside that remit left out."""
    grown: list[tuple[int, int]] = []
    out: list[Mention] = []
    for m in mentions:
        end = _remit(text, m)
        if end:
            surface = text[m.start : end]
            m = dataclasses.replace(m, end=end, surface=surface, name=" ".join(surface.split()), medium=False)
            grown.append((m.start, end))
        out.append(m)
    if not grown:
        return out
    return [m for m in out if not any(a <= m.start and m.end <= b and (m.start, m.end) != (a, b) for a, b in grown)]
