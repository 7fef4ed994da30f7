"""A body's name used only to describe a common noun after it: "told a Netflix documentary crew", "an Apple TV
camera team", "Harlow Rovers defenders Jack Hill and Sam Ode", "Treasury Cabinet Secretary Njuguna Ndung'u".

Why: a pronoun ("They said ...") goes on with a sentence's subject, and a name that only modifies another noun is
never one (the crew or the defenders are, as a name after a preposition or in the possessive is not:
``antecedents``). Read apart from the tagger's span: the name's own words end where the lower-case nouns begin.
"""

from __future__ import annotations

import re

from brief.actors.gazetteer import TITLES
from brief.actors.mentions import Mention
from brief.actors.phrasing import is_noun, verb_lemma

_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.I)
"""An indefinite article right before the name: "a Netflix crew", "an Apple TV team" (a body named as itself takes
none, "the BBC" or no article)."""
ARTICLE_REACH = 4
"""Characters back read for the article and its space."""
_NOUN_AFTER = re.compile(r"\s+([a-z][a-z-]+)\b")
"""The lower-case word right after the name."""
_CAPITALISED_AFTER = re.compile(r"(?:\s+[A-Z][a-z]+){2,4}")
"""Capitalised words after the name: a title and a person's name ("Treasury Cabinet Secretary Njuguna Ndung'u")
when one of the first three is a title and another capitalised word follows it."""
TITLE_WORDS_READ = 3
"""Capitalised words after the name read for the title ("Cabinet Secretary", "Chief Executive Officer")."""


def modifies_noun(text: str, m: Mention) -> bool:
    """Whether the name stands after "a"/"an", or before a word that is a noun and no verb ("Rovers defenders",
    "Netflix documentary"): it describes the noun after it, and is not what a later pronoun goes on with."""
    if _INDEFINITE_BEFORE.search(text, max(0, m.start - ARTICLE_REACH), m.start):
        return True
    after = _NOUN_AFTER.match(text, m.end)
    if after is not None:
        return is_noun(after.group(1)) and verb_lemma(after.group(1)) is None
    capitalised = _CAPITALISED_AFTER.match(text, m.end)
    words = capitalised.group().split() if capitalised else []
    return any(w.lower() in TITLES for w in words[:TITLE_WORDS_READ][: len(words) - 1])  # "Treasury Cabinet Secretary X"
