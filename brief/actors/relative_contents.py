"""What was said where the model took a relative clause for it: "Valdez said the questionnaire only increases the
nervousness and apprehension that comes with any change" gave "that comes with any change". Moved out of
``clause_spans``, which was full.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.clause_spans import _WORD, _finite, _uncontracted
from brief.actors.cues import lemma
from brief.actors.phrasing import is_noun, verb_lemma
from brief.text.language import stop_words
from brief.text.lexicon import AUXILIARY_VERBS

_RELATIVE_OPENING = re.compile(r"(?:that|which|who)\s+([A-Za-z][\w'’]*)(?P<of>\s+of\b)?", re.I)
_GAP_BREAK = re.compile(r"[,;:—–()“”\"«»]")


def relative_content(text: str, attribution: Attribution) -> Attribution:
    """ "Valdez said the questionnaire only increases the nervousness and apprehension that comes with
    any change", "Preston says he supports surveillance tech that excludes facial recognition": the
    model took the relative clause at the end ("that comes with ...", its subject the noun before it)
    for what was said; what was said starts right after the cue and holds the noun the clause
    describes. Words between with a break of their own (a comma, a quotation mark), the source
    among them (unless the model's source runs over the clause's verb: "said she has colleagues who
    sleep ..."), or no noun right before the clause ("he said, and that needs to ...") leave the
    content as it is; a quotation keeps its span. After "who" or "which" a plural's base-form verb
    ("who sleep") opens the relative clause as an inflected one does."""
    start, end = attribution.content
    if attribution.quote or start <= attribution.cue[1]:
        return attribution
    relative = _RELATIVE_OPENING.match(text, start, end)
    if relative is None:
        return attribution
    verb = _uncontracted(relative.group(1))
    base_after_that = relative.group(0)[:4].lower() == "that" and verb.islower() and verb_lemma(verb) == verb
    if (not (_finite(verb) or _plural_after_pronoun(relative.group(0), verb) or base_after_that)
            or (relative.group("of") and is_noun(verb))):
        return attribution  # "highlights that rights of free speech carry ...": "that" opens what was said
    gap = attribution.cue[1]
    while gap < start and (text[gap].isspace() or text[gap] == ","):
        gap += 1  # "Yearout said, there's no backlog of work that ensures ...": the cue set off before it
    source = attribution.source
    words = _WORD.findall(text, gap, start)
    if lemma(text[attribution.cue[0] : attribution.cue[1]].split()[-1].lower()) in _TOLD and words[:1] != ["about"]:
        return attribution  # "told PTI that protests would ...": the one told, then what was said
    if words and words[0].lower() in _ADJUNCT_OPENERS:
        return attribution  # "wrote in a note that rates could drop": where it was said, then what
    if (not words or _GAP_BREAK.search(text, gap, start)
            or (source is not None and gap <= source[0] < start and not _holds_a_verb(text, source))
            or not _noun_like(words[-1]) or (base_after_that and not _plural_noun(words[-1]))):
        return attribution
    return dataclasses.replace(attribution, content=(gap, end))


def _plural_noun(word: str) -> bool:
    """ "companies that want bees": a plural noun, whose relative clause's verb is the base form after "that" too;
    after any other word a base form opens what was said ("said that work ...")."""
    word = word.lower()
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return word.endswith("s") and not word.endswith("ss") and is_noun(word) and is_noun(singular)


def _holds_a_verb(text: str, source: tuple[int, int]) -> bool:
    """Whether a source span after the cue runs over a finite verb ("said | she has colleagues | who
    sleep ..."): the model took the reported clause's subject and verb for the speaker, so the clause
    starts at the cue, not the speaker named after it ("said a spokesman for the firm that makes ...")."""
    words = _WORD.findall(text, *source)[1:]
    return any(_finite(_uncontracted(w)) and (_uncontracted(w) in AUXILIARY_VERBS or not is_noun(w)) for w in words)


_TOLD = frozenset(lemma(w) for w in ("told", "tell", "tells", "informed", "assured", "reminded"))
"""Cues whose object is the one addressed: the words between them and "that" are that hearer, no noun the "that"
clause describes."""
_ADJUNCT_OPENERS = frozenset("in on at via through during".split())
"""Prepositions that open a phrase of where or how something was said between the cue and "that" ("wrote in a note
that", "said on Twitter that"): no noun of what was said, which a relative clause would describe."""
_RELATIVE_ONLY = frozenset(("who", "which"))
"""Pronouns that, after a noun, open only a relative clause: "that" may open what was said."""


def _plural_after_pronoun(opening: str, verb: str) -> bool:
    """ "colleagues who sleep in their cars": after "who" or "which" a verb's base form agrees with a
    plural noun, and is the relative clause's finite verb as "comes" is after a singular one; after
    "that" ("said that work ...") a base form is as likely a noun opening what was said."""
    return opening.split()[0].lower() in _RELATIVE_ONLY and verb_lemma(verb) == verb


def _noun_like(word: str) -> bool:
    """A word that can head the noun a relative clause describes: no function word ("and", "he"),
    no verb the dictionary knows only as a verb; "tech", which it knows as neither, is one."""
    word = word.lower()
    return word not in stop_words("en") and (is_noun(word) or verb_lemma(word) is None)
