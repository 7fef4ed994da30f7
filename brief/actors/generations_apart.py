"""A father and his son of one name, kept apart: "Carlos Sousa Jr., 17, died" and "his father, Carlos Sousa Sr., said".

Why: a generation written after a name is no part of what the name alone stands for ("Kennedy" of "James P.
Kennedy Jr."), so ``mentions.normalise`` leaves it out, and every mention of a name went to one actor. Where the
story writes one name with two generations, they are two people: the dead son was listed with his father's
words. Each mention written with a generation is then named with it; the name written bare goes to either, as
a surname goes to its namesakes (``brief.actors.namesakes``).
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence

from brief.actors.mentions import GENERATION, Mention

_SAME = {"Jnr": "Jr", "Snr": "Sr"}
"""The British spellings of the two generations."""


def _generation(m: Mention) -> str:
    found = GENERATION.search(m.surface.replace("’", "'").rstrip(" \"'”’,;:)"))
    return _SAME.get(found.group(1), found.group(1)) if found else ""


def generations_apart(mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each person's name that the story writes with two generations ("Jr.", "Sr.") named
    with its generation where it is written with one ("Carlos Sousa Jr."): two actors, not one."""
    written: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.kind == "person" and (generation := _generation(m)):
            written[m.name].add(generation)
    apart = {name for name, generations in written.items() if len(generations) > 1}
    if not apart:
        return list(mentions)
    out = []
    for m in mentions:
        generation = _generation(m) if m.kind == "person" else ""
        full = [name for name in apart if name == m.name or name.endswith(f" {m.name}")] if generation else []
        # "Reeves Sr. said" after "Tom Reeves Jr." and "Tom Reeves Sr.": the surname with its generation is the one named so
        out.append(dataclasses.replace(m, name=f"{full[0]} {generation}.") if len(full) == 1 else m)
    return out
