"""People a sentence names together ("Ana Ruiz and Kim Park scored the goals"): a plural subject, which a singular
epithet after it ("“...,” said the Dutchman") does not take up.

Why: an epithet goes to the first person its latest sentence names (``epithets.centred_person``), its subject as a
rule; but when that subject is two people joined, neither is the one the text goes on about, and the person the
sentence names alone ("..., and Verlaan hit the post") is.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention

_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)")
"""What joins two names into one plural phrase: "A and B", "A, B and C", "A & B"."""


def paired(text: str, people: list[Mention], k: int) -> bool:
    """Whether ``people[k]`` is joined to the person named right before or after it in the same sentence."""
    m = people[k]
    return any(_JOINED.fullmatch(text[a.end : b.start]) is not None
               for a, b in ((people[k - 1], m) if k > 0 else (m, m), (m, people[k + 1]) if k + 1 < len(people) else (m, m))
               if a is not b)


def alone_first(text: str, people: list[Mention]) -> Mention:
    """The first of one sentence's ``people`` named alone, not paired with another; the first when all are paired."""
    return next((m for k, m in enumerate(people) if not paired(text, people, k)), people[0])


def unpaired_centre(text: str, before: list[Mention], centred: Mention) -> Mention:
    """``centred`` (the first person its sentence names) unless it is paired with another: then the first person that
    sentence names alone. A centred person who is not the sentence's first (the last speaker, named again) stands."""
    people = [m for m in before if m.sentence == centred.sentence and m.kind == "person" and not m.demonym]
    if not people or people[0] is not centred:
        return centred
    return alone_first(text, people)
