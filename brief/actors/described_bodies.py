"""A name the text describes as a public weather body at one mention ("state forecaster Meteo Valdor", "the national
weather service Meteo Valdor"): that body at every mention of the article, however the tagger read the others.

Why: the description is written once, at the first mention; the bare repeats ("Meteo Valdor said the rain
would ease") read to the tagger as a given name and a surname, and three person mentions outvoted the one
typed by its context when the mentions were grouped (``grouping._merge_across_kinds`` takes the majority).
The description says what the name is, the tagger only guesses: it outvotes the guess, as a medium's
context does for outlets. A repeat with a role of its own (a person's sign) is left as it is. Other descriptions
that type a name in ``mention_context`` may join ``_described_body`` when a page shows the tagger outvoting them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from brief.actors.mentions import Mention
from brief.actors.weather_bodies import public_forecaster

DESCRIPTION_REACH = 40
"""Characters before a name read for its description: the reach ``mention_context`` reads it with."""


def _described_body(text: str, m: Mention) -> bool:
    before, words = text[max(0, m.start - DESCRIPTION_REACH) : m.start], m.name.split()
    return public_forecaster(before, words)


def described_bodies(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with every person mention of a name described as a body at one of its mentions (see the
    module's docstring), without a role of its own, typed an organisation."""
    names = {m.name for m in mentions if m.kind == "organization" and not m.demonym and _described_body(text, m)}
    return [dataclasses.replace(m, kind="organization") if m.name in names and m.kind == "person" and not m.role
            else m for m in mentions]
