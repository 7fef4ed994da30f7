"""A source that is a pronoun with words the tagger kept around it: "now they've" is "they".

Why a module of its own: ``positions`` reads a source phrase by its words, and a leading adverb or a contracted
auxiliary made "now they've" no pronoun, so it did not go on with the last speaker as "they" does.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention
from brief.actors.modifying_people import describes_noun
from brief.actors.name_words import STYLE
from brief.actors.phrasing import is_noun
from brief.actors.source_words import GROUP_PRONOUNS, PERSON_PRONOUNS
from brief.text.lexicon import ADVERB_LY

_SUBJECTS = frozenset("he she they we".split())
"""Pronouns that stand as a subject before an adverb of manner ("he aptly"); "her", "their" are possessives."""
_LEADING_ADVERBS = frozenset("now then also still later again meanwhile since".split())
_CONTRACTION = re.compile(r"([a-z]+)['’]ve")
"""A pronoun with "have" contracted ("they've"); not "it'll" or "they'd", whose cue is more often
what will or would happen ("It'll also feature a boost mode") than what was said."""


def pronoun_alone(words: list[str]) -> list[str]:
    """ "Now they've put out another statement": the source the tagger took, "now they've", is the
    pronoun "they" (a leading adverb, one of manner after it and a contracted auxiliary are no part of it), so it goes on
    with the last speaker as "they" does; so is a style alone ("His Highness", ``name_words.STYLE``) its holder's
    pronoun. Any other phrase is returned as it is."""
    rest = words[1:] if len(words) == 2 and words[0] in _LEADING_ADVERBS else words
    if len(rest) == 2 and rest[0] in _SUBJECTS and ADVERB_LY.fullmatch(rest[1]) and not is_noun(rest[1]):
        rest = rest[:1]  # "“...,” he aptly summarizes": the manner the tagger kept after the pronoun; not "her family"
    if STYLE.fullmatch(" ".join(rest)):
        return ["she" if rest[0] == "her" else "they" if rest[0] == "their" else "he"]  # "His Highness said": he
    if len(rest) != 1:
        return words
    bare = _CONTRACTION.fullmatch(rest[0])
    pronoun = bare.group(1) if bare else rest[0]
    return [pronoun] if pronoun in PERSON_PRONOUNS | GROUP_PRONOUNS else words


_PRONOUN_AND = re.compile(r"\b(?:[Hh]e|[Ss]he|him|her)\s+and\s+$")
_AND_PRONOUN = re.compile(r"\s+and\s+(?:he|she|him|her)\b")
"""A third person's pronoun joined to a name by "and" ("he and Hurwitz", "Hurwitz and she"); not "Jack and I",
where the pronoun is the writer or speaker and a "he" next may well be Jack."""
PAIRED_REACH = 12
"""Characters before a name read for a pronoun joined to it ("she and ")."""


def paired_with_pronoun(text: str, m: Mention) -> bool:
    """ "the movies he and Hurwitz admire ..., he admits": a person named beside a personal pronoun by "and"
    is not who that pronoun is, nor who a "he" going on in the same breath is; the pronoun stands for someone
    else, named before."""
    return bool(_PRONOUN_AND.search(text, max(0, m.start - PAIRED_REACH), m.start) or _AND_PRONOUN.match(text, m.end))


def no_antecedent(text: str, m: Mention) -> bool:
    """Whether a "he" or "she" with no speaker near cannot go back to the person ``m`` named before it: one named
    beside a pronoun by "and" (``paired_with_pronoun``) or only to describe a noun ("a Trump supporter")."""
    return paired_with_pronoun(text, m) or describes_noun(text, m)
