"""Positions shorter than ``speakers.MIN_POSITION_WORDS``: a short object after a verb of stance
("called for calm", "denied wrongdoing", "urged restraint", "vowed to appeal") and a clause of a noun
and its verb ("said costs fell").

Why: a position needs ``speakers.MIN_POSITION_WORDS`` words so that "he said so" and "she added that"
state nothing; but a verb that takes a side names the side in one or two words, and a person whose only
statement on the page is "Delegate X called for federal help" was left out of the actors altogether. A
pronoun or a bare demonstrative after the verb ("denied it", "rejected this") still states nothing. So
does a pronoun's clause ("it did", "that was"); a noun's ("costs fell", "prices rose") reports a fact.
"""

from __future__ import annotations

import re

from brief.actors.cues import lemma
from brief.actors.phrasing import inflected_verb, is_noun
from brief.actors.plain_cues import PHRASAL_STANCES
from brief.text.lexicon import AUXILIARY_VERBS

_STANCE_VERBS = frozenset(lemma(verb) for verb in (
    "urge demand condemn deny reject welcome oppose support back praise criticise criticize slam blast decry "
    "dismiss threaten vow pledge promise warn confirm admit acknowledge"
).split())
"""Verbs whose object is the side the speaker takes or the fact they own to ("confirmed the layoffs", "admitted
wrongdoing"), not a report of words (not "say", "add", "note")."""
_CALL_FOR = re.compile(r"call(?:s|ed|ing)?\s+for$", re.IGNORECASE)
_SIDE_TAKEN = re.compile(r"\b(?:in\s+(?:favou?r|support|defen[cs]e|praise)\s+of|in\s+opposition\s+to|against"
                         r"|(?:support|backing|opposition|objections?|concerns?)\s+(?:for|to|behind|about|over))$",
                         re.IGNORECASE)
"""The end of a cue that says which side it took ("testified in support of", "argued against", "voiced support for",
"expressed opposition to", "threw her support behind"): its object is the side, however short ("the measure")."""
_EMPTY_OBJECTS = frozenset(
    "it this that these those them him her so me us you one down up off out back away "
    "too also again as well outright flatly strongly firmly repeatedly".split()
)
"""Objects that stand for what was said elsewhere (the position is that other sentence's), a verb's
particle ("backed down") and adverbs that name no side ("denied it too", "rejected this outright")."""
_PRE_VERB_ADVERBS = frozenset("also again still already long previously repeatedly publicly strongly firmly swiftly "
                               "immediately quickly flatly".split())
"""Adverbs before the verb of stance in its cue ("also opposed the hike", "swiftly condemned the attack"): the verb
after them is the cue's."""
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_NAMING_VERBS = frozenset(lemma(verb) for verb in "describe call brand label term dub".split())
"""Verbs that give their object a verdict ("described the plan as “reckless”"): a verdict of one word is a side."""
_VERDICT = re.compile(r"\s*as\s+[“\"‘']?[A-Za-z]")
"""A verdict after a naming verb whose object went before it ("a decision she described | as “painful”"): "as" and a
word; a cue that took the "as" in ("potstickers, described as | “Oriental tortilla”") is a thing's label."""


def short_stance(cue: str, content: str) -> bool:
    """Whether ``content``, too short for a position after a verb of saying, is the object of a verb of
    stance (the cue's first word past its auxiliaries, "call for", or a cue ending on the side it took) that names
    something: a word that is no pronoun; or the verdict after a verb of naming ("described as “painful”")."""
    words = [w for w in cue.split() if w.lower() not in AUXILIARY_VERBS | _PRE_VERB_ADVERBS]  # "has denied", "also opposed"
    if words and lemma(words[0]) in _NAMING_VERBS and _VERDICT.match(content):
        return True  # "described | as “painful”": the verdict is the side taken
    if not words or not (_CALL_FOR.match(" ".join(words)) or _SIDE_TAKEN.search(" ".join(words))
                         or lemma(words[0]) in _STANCE_VERBS or lemma(words[0]) in PHRASAL_STANCES and len(words) > 1):
        return False  # (or a verb of rejecting and its particle: "shot down the proposal")
    named = [w.lower() for w in _WORD.findall(content) if w.lower() not in ("to", "the", "a", "an")]
    return bool(named) and not all(w in _EMPTY_OBJECTS for w in named)


_CLAUSE = re.compile(r"(?P<noun>[a-z]{3,})\s+(?P<verb>[a-z]{3,})\.?")


def noun_clause(content: str) -> bool:
    """Whether ``content`` is a clause of two words, a plural or a mass noun and its finite verb ("costs
    fell", "talks continue"), no pronoun's ("it did", "they will")."""
    found = _CLAUSE.fullmatch(content.strip())
    if found is None or found.group("noun") in _EMPTY_OBJECTS:
        return False
    return is_noun(found.group("noun")) and bool(inflected_verb(found.group("verb")))
