"""A company's bare name beside its group and a unit of the group, each named in full: the group's.

Why: a business page names a group and one of its companies in full ("Samsung Group", "Samsung Electronics")
and writes the bare name too ("an official at Samsung", "Samsung has denied the allegations"). The bare name
opens both full names, so it was the short form of neither and listed as a third actor. The group is what the
bare name stands for (the unit keeps its own full name), where the story names the group first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from brief.actors.gazetteer import is_country
from brief.actors.short_forms import introduced_first

if TYPE_CHECKING:
    from brief.actors.grouping import Group

GROUP_WORDS = frozenset("Group Groups".split())
"""Last word of a business group's name after its bare name ("Samsung Group", "Tata Group")."""


def join_group_short_forms(groups: dict[tuple[str, str], Group]) -> None:
    """Join a one-word body to the one "X Group" among the several full names it opens."""
    bodies = [g for g in groups.values() if g.kind == "organization" and g.mentions]
    surnames = {g.key.split()[-1] for g in groups.values() if g.kind == "person" and g.mentions}
    for short in bodies:
        key = short.key
        if " " in key or not short.mentions or key in surnames or is_country(key):
            continue
        opened = [g for g in bodies if g is not short and g.mentions and g.key.split()[0] == key and " " in g.key]
        named = [g for g in opened if len(g.key.split()) == 2 and g.key.split()[1] in GROUP_WORDS]
        if len(opened) >= 2 and len(named) == 1 and introduced_first(named[0], short):
            named[0].mentions.extend(short.mentions)
            short.mentions.clear()
