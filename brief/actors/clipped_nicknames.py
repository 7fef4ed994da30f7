"""A club's one-word nickname clipped to its tail ("the Boks" of the Springboks): the same club.

Why: sports pages call a side by the end of its one-word nickname once they have named it ("the Springboks ...
the Boks", "the Hurricanes ... the Canes", "the Seminoles ... the Noles"), and the clipped word, which no rule
joined to the full one, was listed as a second actor beside it in the top five. A one-word body name that ends
the one other one-word body name of the story, cut inside that word (its first letter written in capitals there
only because the clip opens it, "Spring|boks"), is that body.
"""

from __future__ import annotations

from brief.actors.grouping import Group

MIN_CLIPPED = 4
"""Shortest clipped nickname ("Boks", "Cats"): a shorter tail ends too many words."""
MIN_CUT = 3
"""Fewest letters the clip leaves out ("Spring" of "Springboks"): fewer is a spelling, not a clipped name."""


def _one_word_body(group: Group) -> bool:
    return group.kind == "organization" and " " not in group.key and bool(group.mentions)


def _clips(short: str, full: str) -> bool:
    """Whether ``short`` is the tail of ``full`` cut inside the word ("Boks" of "Springboks", not "Hawks" of
    "BlackHawks", whose tail is a capitalised word of its own)."""
    cut = len(full) - len(short)
    return (len(short) >= MIN_CLIPPED and cut >= MIN_CUT and short[:1].isupper() and full[cut:].lower() == short.lower()
            and full[cut:cut + 1].islower())


def join_clipped_nicknames(groups: list[Group]) -> list[Group]:
    """Join a one-word body name to the one other one-word body name it clips the tail of."""
    bodies = [g for g in groups if _one_word_body(g)]
    for short in bodies:
        if any(" " in m.name for m in short.mentions):
            continue  # written in full somewhere ("the Boks Foundation"): a name of its own
        fulls = [g for g in bodies if g is not short and g.mentions and _clips(short.key, g.key)]
        if len(fulls) == 1:
            fulls[0].mentions.extend(short.mentions)
            short.mentions.clear()
    return [g for g in groups if g.mentions]
