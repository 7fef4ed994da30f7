"""An airline's name read by its word for air: "Aer Lingus", "Aero Mongolia", "Norse Air", "Skyline Airways".

Why: the tagger reads an unknown two-word name by its shape, which is a person's ("Aer Lingus said" gave a
person); a first word that is another language's word for air ("Aer", Irish; "Aero", Spanish and others), or
a last word "Air", names a carrier, and no person's name opens or ends so. The rule reads those words, never
a list of airlines, so it holds for carriers no page has named before.
"""

from __future__ import annotations

AIR_FIRST_WORDS = frozenset({"Aer", "Aero"})
"""First words that are a language's word for air ("Aer Arann", "Aero Mongolia"): no given name is spelt so."""

AIR_LAST_WORDS = frozenset({"Air"})
"""A last word that ends a carrier's name ("Norse Air", "Jet Air"); no surname is spelt so ("Airlines" and
"Airways" are read with the other trades: ``body_endings``)."""


def airline_name(words: list[str]) -> bool:
    """Whether a name of two or more words is a carrier's by its word for air: "Aer Lingus", "Jet Air"."""
    return len(words) >= 2 and (words[0] in AIR_FIRST_WORDS or words[-1] in AIR_LAST_WORDS)
