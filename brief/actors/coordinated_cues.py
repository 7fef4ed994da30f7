"""A cue in the past joined by "and"/"but" to the deed of its sentence's subject: "The Federal Reserve left rates
unchanged but signalled it still expects to cut", "Police arrested the driver and said he had been drinking".

Why: the model gave the second verb no source (its subject stands before the first verb), and the chain's
conjoined subject needs a statement before it; a participle of saying ("..., saying") already shares the
clause's subject (brief.actors.opening_subject.participle_subject), and a finite cue after "and" or "but" is
that subject's next predicate the same way.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.content_ends import finite_word
from brief.actors.cues import seed_cue
from brief.actors.fronted_joins import plain_before
from brief.actors.phrasing import simple_past

_JOINED_BEFORE = re.compile(r"\s(?:and|but)\s+(?:(?:also|then|later)\s+)?$")
"""Right before the cue: "and" or "but", an adverb of sequence between."""
_COMMA_JOIN = re.compile(r",(\s(?:and|but)\s+(?:(?:also|then|later)\s+)?)$")
"""A comma before the joining word ("kept rates at 5.25% on Thursday, but signalled"): the same two predicates."""
_ASIDE = re.compile(r",\s(?P<aside>[^,;:“”\"]+),(?=\s)")
"""A phrase set off by a pair of commas ("raised rates to 5.25%, its highest in 17 years, and signalled")."""
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _without_asides(before: str) -> str:
    """The words before the cue with each comma-paired phrase that holds no finite verb taken out: an
    apposition ("its highest in 17 years", "the country's biggest lender") adds no clause, and so no subject;
    a pair that holds a verb ("..., which fell, and ...", "X rose, Y fell, and") stays, and its commas with it."""
    return _ASIDE.sub(lambda m: m.group(0) if any(finite_word(w) for w in _WORD.findall(m.group("aside"))) else "",
                      before)


def joined_past_cue(text: str, attribution: Attribution, sentence_start: int) -> bool:
    """Whether the cue is one seed verb in the simple past ("signalled", "said") right after "and"/"but",
    with no source of its own and no comma or quotation between the sentence's start and it (one clause,
    one subject: "X left rates unchanged but signalled"), but for the pair around an apposition ("X raised
    rates to 5.25%, its highest in 17 years, and signalled") and a comma right before the joining word ("...,
    but signalled")."""
    words = text[attribution.cue[0] : attribution.cue[1]].split()
    if attribution.source is not None or len(words) != 1 or not seed_cue(words[0]) or not simple_past(words[0]):
        return False
    before = _COMMA_JOIN.sub(r"\1", plain_before(_without_asides(text[sentence_start : attribution.cue[0]])))  # "On Monday, X"
    return bool(_JOINED_BEFORE.search(before)) and not re.search(r"[,;:“”\"]", before)
