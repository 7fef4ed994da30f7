"""Someone found in a state, a discovery: "officers found Mr Lund lying on the pavement", "found him dead", "found
the driver trapped in the cab".

Why: the cue model tags "found" from its place after a subject, where it opens a finding ("the inquiry found that
...", "researchers found watching films may ..."). With a person as its object and a state after them (a posture,
dead or alive, hurt), "find" is coming upon someone, an act of the finders; nothing is concluded or said.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.object_heads import WORD
from brief.actors.phrasing import verb_lemma

_PERSON_IN_STATE = re.compile(
    r"\s+(?:him|her|them|(?:the|a|an|two|three|his|her|their)\s+(?:[a-z]+\s+){0,2}?(?:body|bodies|man|men|woman|"
    r"women|boy|boys|girl|girls|child|children|baby|victim|victims|driver|couple|pair|teenager|pensioner)|"
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+"
    r"(?:lying|sitting|standing|hanging|floating|slumped|wandering|hiding|sleeping|dead|alive|unconscious|"
    r"unresponsive|injured|wounded|bleeding|trapped|buried|naked|collapsed)\b")
"""A person (a pronoun, a noun for one, a name with its courtesy title), then a state: a posture ("lying",
"slumped"), life or death ("dead", "alive") or harm ("injured", "trapped"); "found him guilty" is a verdict and
is not here."""


def found_in_state(text: str, attribution: Attribution) -> bool:
    """ "Officers found Mr Lund lying on the pavement": someone come upon in a state, no finding stated."""
    words = WORD.findall(text, *attribution.cue)
    return (bool(words) and not attribution.quote and verb_lemma(words[-1].lower()) == "find"
            and _PERSON_IN_STATE.match(text, attribution.cue[1]) is not None)
