"""A quotation after the circumstance of its saying: "Ruiz said of the vote, “We had no choice.”", "Kessler told
reporters in Linford last week, “The fares will ...”", "she wrote in her newsletter, “This board ...”".

Why: the content rule reads what follows the cue, so the position opened with what the words were about, where
or to whom they were said ("the vote, “We had no choice.”", "reporters in Linford last week, “...”"): no part of
the statement. News sets that circumstance off with a comma before the quotation, which opens a sentence with a
capital. The phrase is a circumstance only when it is short and holds no clause of its own ("that", "if",
"which": "said that if the vote fails, “...”" keeps its condition), and it must begin the content right after
the cue (at most a preposition the cue left out between them).
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.phrasing import inflected_verb, is_noun
from brief.text.lexicon import AUXILIARY_VERBS

FRAME_WORDS = 12
"""Words of the circumstance before the comma ("in an interview with the Tribune politics editor Ann Dale" is
10): longer, it is more likely a clause than a frame."""
QUOTED_MIN_WORDS = 3
"""Words of the quotation left: a shorter one ("“We lost.”") is too short a position alone and would be dropped;
it keeps the frame, as before."""
_FRAME = re.compile(r"([^“”\"\n,;:]{1,120}),[ \t]*(?=[“\"][ \t]*[A-Z])")
"""The circumstance, then its comma, then the quotation's opening mark and its sentence's capital."""
_SAYING = re.compile(r"(?:(?:has|had|have)\s+)?(?:sa(?:id|ys|y)|t(?:old|ells?)|wr(?:ote|ites?)|add(?:ed|s)?)"
                     r"(?:\s+(?:of|about|on|at|in|to|during|after|before))?", re.I)
"""Cues of saying whose only object is the quotation or its hearer ("said of the vote", "told", "wrote"): not
"called the deal a disaster, “...”" nor "noted on Twitter the change of slogan, “...”", whose object is the claim."""
_GAP = re.compile(r"\s*(?:[a-z]+\s+)?")
"""Between the cue and the content: nothing, or the preposition the cue left out ("said at | the meeting")."""
_CUE_PREPOSITION = re.compile(r"\s+(?:of|about|on|at|in|to|during|after|before)$")
"""A preposition the cue took from the circumstance ("said of", "said about"): left with it, out of the cue."""
_CLAUSE_WORDS = frozenset("that if unless whether when whenever because although though which who whom whose what "
                          "while since".split())
"""Words that make the phrase a clause of its own, part of what is said ("said that if elected, “...”")."""


def circumstance_quotes(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """The attributions whose content opens with the circumstance of a quotation given the quotation alone."""
    out = []
    for a in attributions:
        c0, c1 = a.content
        gap = _GAP.fullmatch(text, a.cue[1], c0) if a.cue[1] <= c0 and _SAYING.fullmatch(text, *a.cue) else None
        frame = _FRAME.match(text, c0, c1) if gap is not None and not a.quote else None
        if frame is not None:
            words = frame.group(1).split()
            if (len(words) <= FRAME_WORDS and not _CLAUSE_WORDS.intersection(w.lower() for w in words)
                    and not any(_finite(w.lower()) for w in words) and len(text[frame.end() : c1].split()) >= QUOTED_MIN_WORDS):
                cue = _CUE_PREPOSITION.search(text, a.cue[0], a.cue[1])  # "said of | the vote": the cue is "said"
                a = dataclasses.replace(a, cue=(a.cue[0], cue.start()) if cue else a.cue, content=(frame.end(), c1),
                                        quote=True)
        out.append(a)
    return out


def _finite(word: str) -> bool:
    """Whether a word is a finite verb ("is", "had", "voted"): a phrase with one is a clause, what was said ("said
    Trump is a liar, “A disgrace.”"), not its circumstance."""
    return word in AUXILIARY_VERBS or (inflected_verb(word) and not is_noun(word))
