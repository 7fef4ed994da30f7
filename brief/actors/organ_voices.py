"""Whether a name before a body's own-remit head only owns or places it, so that the head speaks, not the name:
"the Indonesian search authority", "a Texas court", "The European Union's top court ruled".

Why: a state or union owns its courts, but a court rules on its own (judicial independence), and the position
gold counts "the EU's top court ruled" as the court's word, not the EU's; a ministry or an embassy does speak for
the state that owns it, so only a place or demonym is dropped before the other own-remit heads ("the Wuhan health
commission"), and a body's possessive only before a court's.
"""

from __future__ import annotations

from brief.actors.mentions import Mention
from brief.actors.name_heads import describes_head
from brief.actors.source_words import OWN_BODIES, TIME_WORDS
from brief.text.lexicon import AUXILIARY_VERBS

JUDICIAL_HEADS = frozenset("court courts tribunal tribunals".split())
"""Own-remit heads that never speak for the body that owns them, whatever it is: a court or tribunal rules on
its own ("the EU's top court", "the union's disciplinary tribunal")."""

OWN_REMIT_HEADS = OWN_BODIES | JUDICIAL_HEADS | frozenset("bank watchdog regulator ombudsman inspectorate".split())
"""Heads of bodies with a remit of their own (``OWN_BODIES``), and the state's independent ones: a central bank sets
rates and a watchdog or regulator rules apart from the government ("Ghana's central bank said", "Britain's
competition watchdog said" are not Ghana or Britain; the Bank of England is its own actor)."""


def owner_only(text: str, m: Mention, end: int, noun: str) -> bool:
    """Whether the name m only owns or places the own-remit body its phrase (to ``end``, head ``noun``) names."""
    if not describes_head(text, m, end) or noun not in text[m.end : end].lower().split():
        return False  # "the Supreme Court this month rejected": the court is the name itself, not a head after it
    return m.demonym or m.kind == "place" or noun in JUDICIAL_HEADS


_WHEN_WORDS = TIME_WORDS | frozenset("this next early earlier late later".split())
"""Words of a time phrase the source phrase may end in ("the EU's top court last week", "Iowa voters this year")."""


def phrase_noun(words: list[str], head: str) -> str:
    """The source phrase's head noun: its last word that is no auxiliary ("Iowa voters should": voters) nor part
    of a time phrase after it ("The European Union's top court last week ruled": court); ``head`` when none."""
    return next((w for w in reversed(words[1:]) if w not in AUXILIARY_VERBS and w not in _WHEN_WORDS), head)
