"""Cues that report what someone learned, knew or remembered to do, not what they hold: "Okafor later found out
that her deputy had signed the contract", "the firm knew it was working on something better", "Many doctors
don't think to ask about bedding".

Why: the cue model reads "found out that" and "knew" as it reads "said that" (a verb and a that-clause), and
"think to" as the belief verb "think"; but learning or knowing a fact is a perception (the position gold's
"deed"): the writer vouches for the fact and the subject said nothing of it (the narrative "knew", not a
quotation of what they know, nor the present "knows" a speaker uses of themselves). "Think to ask" is remembering to
ask. None is a statement of the subject's, so no position. A knowledge denied ("didn't know what to make of
the call") is left to the cue model: it tells how the subject took something.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution

_PERCEPTION = re.compile(r"\b(?:find|finds|found|finding)\s+out$|\b(?:think|thinks|thought|thinking)\s+to$|"
                         r"^(?:(?:already|always|long|clearly)\s+)?(?:had\s+(?:long\s+)?known|knew)$", re.I)
"""A cue ending in "found out" (learned) or "think to" (remembered to), or a whole cue "knew" or "had known" (not
"didn't know", "may know"): what follows is no stance."""
_KNEW = re.compile(r"known|knew", re.I)
_QUOTE_MARK = re.compile("[\"“”]")


def perceived(text: str, attribution: Attribution) -> bool:
    """Whether the cue is "found out", "knew" or "think to" (see the module's docstring)."""
    cue = " ".join(text[attribution.cue[0] : attribution.cue[1]].split())
    if _PERCEPTION.search(cue) is None:
        return False
    # "he knew that “the harbor will always be the king”": what someone knew, in quoted words, is said
    return _KNEW.search(cue) is None or _QUOTE_MARK.search(text, *attribution.content) is None
