"""Cues the attribution model tags that are no statement of their subject's: an auxiliary alone, a
noun or an infinitive ("his demand", "to discuss"), a passive ("was hailed by"), an adverb alone.

Why apart from extract: these are rules about a cue's words, tested on their own.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.cues import CUE_GROUP, lemma
from brief.text.lexicon import BE_FORMS, DO_FORMS, HAVE_FORMS

_AUXILIARY_CUES = BE_FORMS | HAVE_FORMS | DO_FORMS | {"will", "would"}


def not_a_statement(text: str, cue: str, cue_start: int) -> bool:
    """Whether the cue (its words, starting at cue_start in text) says nothing its subject stated."""
    return (not cue or cue.lower() in _AUXILIARY_CUES or _nominal_or_infinitive(text, cue_start)
            or _passive(cue) or _adverbs_only(cue) or _no_comment(text, cue, cue_start)
            or _modal_see(text, cue, cue_start))


_FRONTED = re.compile(r"(?:amid|amidst|despite|following|during|upon|after|before)\b", re.I)
FRONTED_MAX_WORDS = 5
"""Words of a phrase set before its clause ("Amidst this shocking news,"): a time or circumstance,
never a statement, when the model takes it for the content of the cue after it (set by hand)."""
_ADDRESSEE_ONLY = re.compile(r"(?:me|us|him|her|them)(?:\s+as\s+[\w ]{1,30})?[\W]*", re.I)


def addressee_only(text: str, attribution: Attribution) -> bool:
    """Content that is only the one told ("has informed me as Governor"): nothing stated."""
    start, end = attribution.content
    return bool(_ADDRESSEE_ONLY.fullmatch(text[start:end].strip()))


def trimmed_end(text: str, start: int, end: int) -> int:
    """``end`` moved back past trailing spaces and the ".;," that close a clause, never before ``start``."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".;,"):
        end -= 1
    return end


def content_after_fronted(text: str, attribution: Attribution, sentence_end: int) -> Attribution:
    """ "Amidst this shocking news, the governor called for “calm at this time”.": the model took the
    phrase fronted before the source for the content; what was said follows the cue, to the
    sentence's end."""
    start, end = attribution.content
    content = text[start:end].strip()
    if (attribution.quote or end > attribution.cue[0] or len(content.split()) > FRONTED_MAX_WORDS
            or not _FRONTED.match(content)):
        return attribution
    after = attribution.cue[1]
    cut = trimmed_end(text, after, sentence_end)
    while after < cut and text[after].isspace():
        after += 1
    if cut <= after:
        return attribution
    return dataclasses.replace(attribution, content=(after, cut))


_NO_COMMENT = re.compile(r"\s+to\s+comment\b", re.I)


def _no_comment(text: str, cue: str, cue_start: int) -> bool:
    """ "Avigilon declined to comment": the cue model's "declined" with "to comment ..." for its
    content would read "declines to comment to Axios"; the refusal is the statement, and
    ``brief.actors.reporting`` lists it whole ("declined to comment")."""
    return cue.split()[-1].lower() in ("declined", "refused", "declines", "refuses") and bool(
        _NO_COMMENT.match(text, cue_start + len(cue)))


_MODAL_BEFORE = re.compile(r"\b(?:could|may|might|will|would|can|should)\s+(?:also\s+|still\s+|soon\s+)?$", re.I)


def _modal_see(text: str, cue: str, cue_start: int) -> bool:
    """ "Ireland could see up to 2,300 new cases a day": "see" after a modal is what may happen to
    its subject, not something it said or saw."""
    return cue.lower() in ("see", "witness") and bool(_MODAL_BEFORE.search(text, max(0, cue_start - 20), cue_start))


_NOT_A_STATEMENT = re.compile(
    r"(?:['’]s|\b(?:his|her|its|their|our|my|your|the|a|an|this|that|to|was|were|is|are|be|been|being))\s+$", re.I
)


_PARTICIPLES = frozenset("shown known seen given taken written spoken chosen drawn thrown told said heard".split())


def _adverbs_only(cue: str) -> bool:
    """ "allegedly", "quickly": a hedge or a manner, with no word of saying; its sentence names
    no speaker of its own."""
    return all(len(w) > 4 and w.lower().endswith("ly") for w in cue.split())  # not "only", "rely", "July"


def _passive(cue: str) -> bool:
    """ "was hailed by Palestinians", "has been accused of": the subject is what was said of, not
    who spoke ("was quoted as saying" is the exception: there the subject did speak)."""
    words = cue.lower().split()
    if "quoted" in words or "saying" in words:
        return False
    return any(
        w in BE_FORMS and (nxt.endswith("ed") or nxt in _PARTICIPLES) and nxt not in _STANCES
        for w, nxt in zip(words, words[1:])
    )


_STANCES = frozenset(
    "concerned worried convinced determined prepared opposed committed pleased disappointed satisfied "
    "delighted dismayed alarmed frustrated angered troubled encouraged resolved inclined agreed united "
    "divided interested".split()
)
"""'is opposed to', 'was determined to': the subject's own stance, though the form is passive."""


def _nominal_or_infinitive(text: str, cue_start: int) -> bool:
    """ "Blinken’s push", "his demand", "to discuss", "was hailed (by)": not the speaker's own statement."""
    return bool(_NOT_A_STATEMENT.search(text[max(0, cue_start - 12) : cue_start]))


_VERB_AFTER = re.compile(r"\s*([a-z]{3,}ed)\b\s*")


def adverb_then_verb(text: str, attribution: Attribution) -> Attribution:
    """ "He reportedly instructed the men to listen out for his last shot": the cue model marked
    the hedge alone; the verb after it, in the past and one of the cue families (saying, demanding,
    ...), is the cue with it, and what follows is what was said. Any other attribution is returned
    as it is."""
    cue = text[attribution.cue[0] : attribution.cue[1]]
    if not _adverbs_only(cue) or attribution.content[0] < attribution.cue[1]:
        return attribution
    verb = _VERB_AFTER.match(text, attribution.cue[1])
    if verb is None or verb.end() >= attribution.content[1] or attribution.content[0] > verb.start(1):
        return attribution
    if lemma(verb.group(1)) not in CUE_GROUP:
        return attribution  # "he allegedly dropped a passenger off": a deed, not a statement
    return dataclasses.replace(attribution, cue=(attribution.cue[0], verb.end(1)),
                               content=(verb.end(), attribution.content[1]))


_OUTLET_IN_CUE = re.compile(r"(newspapers?|paper|daily|tabloid|magazine|weekly)\s+(?=[a-z])")


def outlet_then_verb(text: str, attribution: Attribution) -> Attribution:
    """ "a Thai newspaper reported Sunday": the cue model took the outlet's noun into the cue
    ("newspaper reported"); the noun is the head of the source (an outlet), and the verb the cue."""
    noun = _OUTLET_IN_CUE.match(text, attribution.cue[0], attribution.cue[1])
    if noun is None or attribution.source is None or attribution.source[1] > attribution.cue[0]:
        return attribution
    return dataclasses.replace(attribution, source=(attribution.source[0], noun.end(1)), cue=(noun.end(), attribution.cue[1]))
