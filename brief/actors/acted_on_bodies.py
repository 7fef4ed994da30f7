"""A body shown acting on another company it describes by its trade is not that company: "after Pennick Brothers
downgraded the retailer" describes a retailer that is not Pennick, so a later "the outdoor clothing chain said" is not
Pennick either, where the text named another company it may be.

Why: a description as a verb's object is never the subject of its own clause, and news goes on calling the company
it follows by its trade ("the retailer ... the chain ... the company"); the latest body named, the resolver's guess,
is then the one acting on it (a broker, a regulator, a rival).
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention
from brief.actors.phrasing import inflected_verb, is_noun
from brief.actors.source_words import TRADE_HEADS, TRADE_NOUNS

_ACTS_ON = re.compile(r"\s+([a-z]+)\s+(?:([a-z]+)\s+)?(?:[a-z]+\s+){0,4}?the\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\b")
"""A body's verb, then within a few lower-case words (no comma, no capital) "the" and an object noun."""
_SAME_PAST = frozenset("cut put set hit shut".split())
"""Verbs whose past is their base ("Brisbane Capital cut its rating on the retailer"): ``inflected_verb`` cannot
tell their past, which after a body's name is what they are."""
GENERAL_NOUNS = frozenset({"company"})
"""A description that may stand for a company of any trade ("the company said"); not "the firm", which news also
calls a broker or an adviser."""


def _kin_nouns(noun: str, object_noun: str) -> bool:
    """Whether a description by ``noun`` may stand for the company a verb's object described by ``object_noun``."""
    return noun == object_noun or noun in GENERAL_NOUNS or noun in TRADE_HEADS or object_noun in TRADE_HEADS


def acting_on(text: str, m: Mention, noun: str) -> bool:
    """Whether ``m`` is the subject of a verb whose object is another company described by a trade ``noun`` may
    stand for ("Pennick Brothers downgraded the retailer", "Brisbane Capital cut its rating on the retailer")."""
    acted = _ACTS_ON.match(text, m.end)
    if acted is None:
        return False
    verb, after, object_noun = acted.groups()
    if not (inflected_verb(verb) or verb in _SAME_PAST) or is_noun(verb) and after is not None and inflected_verb(after):
        return False  # "Marlowe shares dropped after the retailer": a noun, then the verb
    return object_noun in TRADE_NOUNS | TRADE_HEADS and _kin_nouns(noun, object_noun)


def not_acting_on(text: str, bodies: list[Mention], noun: str) -> list[Mention]:
    """``bodies`` less those shown acting on another company a description by ``noun`` may stand for (see the
    module), while another company remains."""
    if noun not in TRADE_NOUNS | TRADE_HEADS | GENERAL_NOUNS:
        return bodies
    acting = {m.name for m in bodies if m.kind == "organization" and acting_on(text, m, noun)}
    kept = [m for m in bodies if m.name not in acting]
    return kept if any(m.kind == "organization" for m in kept) else bodies
