"""A sentence opened by a surname the name tagger missed, then an apposition in commas, then the cue.

"Okafor, a lawyer who has sparred often with Marten, denied the claim": a one-word name at a
sentence's start, written in full earlier in the article, is sometimes left untagged, and the source
tagger then takes the name inside the apposition's relative clause for the source. That name only
describes the subject; the speaker is the surname the sentence opens with (the person named in
full before), never a name inside the clause set off after it.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention, normalise
from brief.actors.sentence_subjects import CLOSES_ASIDE, SENTENCE_LEAD
from brief.model import Sentence

_LEAD = re.compile(SENTENCE_LEAD)
_OPENING_SURNAME = re.compile(r"([A-Z][a-z][\w'’-]*),\s+(?:an?|the|[a-z][\w-]*)\b")
"""One capitalised word, its comma, and a description after it ("Okafor, a lawyer", "Okafor, whose
firm"): a surname set off before its apposition, not "Okafor and Marten" nor "Okafor, Marten"."""
MAX_APPOSITION_WORDS = 40
"""Longest apposition read between the surname and its cue (a role and a relative clause); a stretch
any longer is a sentence the splitter failed to cut."""


def surname_before_apposition(text: str, attribution: Attribution, index: MentionIndex, found: Mention | None,
                              sentence: Sentence) -> Mention | None:
    """The untagged surname that opens the cue's sentence, when the source (or the name it was resolved
    to) stands inside the apposition between it and the cue, or None. The word must be the surname of a
    person named in full in the article, and the content must follow the cue."""
    cue, sentence_start = attribution.cue[0], sentence.start
    source = (found.start, found.end) if found is not None else attribution.source
    if source is None or not sentence_start <= source[0] < cue or attribution.content[0] < attribution.cue[1]:
        return None
    lead = _LEAD.match(text, sentence_start, cue)
    opened = _OPENING_SURNAME.match(text, lead.end() if lead else sentence_start, cue)
    if (opened is None or opened.group(1) not in index.surnames or index.within(opened.span(1))
            or index.overlapping(opened.span(1))):
        return None
    comma = opened.end(1)
    apposition = text[comma + 1 : cue]
    if (not comma < source[0] or not CLOSES_ASIDE.search(apposition) or len(apposition.split()) > MAX_APPOSITION_WORDS
            or text[source[0] : source[1]].split()[-1] == opened.group(1)):
        return None
    return Mention(sentence.article, sentence.index, opened.start(1), comma, normalise(opened.group(1)),
                   opened.group(1), "person")
