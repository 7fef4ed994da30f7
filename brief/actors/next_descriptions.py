"""A one-word name the next sentence describes as a person with an age: "Drake has responded to the track. The
Canadian rapper, 37, accused ...", "Nemo returned home on Monday. The Swiss singer, 24, said ...".

Why: celebrity and sports copy names a star by one word the tagger never saw in 1996 wire copy ("Drake",
"Nemo") and typed a body or a place, then goes on about the same one in the next sentence by a definite
description and an age set off by commas. A description with an age opening a sentence is of the one the
sentence before was about: its subject, when the name opens that sentence alone (not "X and Y ...", whose
description could be either's). A body has no age and no calling, so the name is a person's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.callings import CALLINGS_PATTERN
from brief.text.phrases import phrase_spans

# the name opens its sentence (a line's start or a previous sentence's stop) and a lower-case verb follows it
_OPENS = re.compile(r"(?:^|\n|[.!?][”\"’']?\s+)\s*$")
_VERB_AFTER = re.compile(r"\s+(?:has\s+|had\s+|was\s+|is\s+)?[a-z]+")
_SENTENCE_END = re.compile(r"[.!?][”\"’']?[^\S\n]+|\n\s*")
"""The end of the name's sentence: its stop, or a line's end (a headline ends with none). Its own: the match runs on to
the next sentence's first word, where ``_DESCRIBED`` reads, and the spaces after a stop never cross a line."""
_DESCRIBED = re.compile(rf"The\s+(?:[\w'’-]+\s+){{0,3}}?({CALLINGS_PATTERN}|star)\s*,\s*\d{{1,3}}\s*,")
_OWNER = re.compile(r"['’]s?\b")
"""The next sentence's opening: "The Canadian rapper, 37,", "The Euphoria star, 28,"."""
# what a body does to bring a person in, whom the next sentence then describes: "Barcelona has completed the signing
# of a teenage winger. The footballer, 17, ...", "Netflix has cast an unknown"
_BRINGS_IN = re.compile(r"\b(?:sign(?:ed|s|ing)?|cast(?:s|ing)?|hired?|hires|hiring|appoint(?:ed|s|ing)?|named|names|draft(?:ed|s)|"
                        r"recruit(?:ed|s)?|poach(?:ed|es)|unveil(?:ed|s)|welcom(?:ed|es)|announc(?:ed|es)|confirm(?:ed|s)|"
                        r"introduc(?:ed|es)|cho(?:se|sen)|select(?:ed|s)|picked|tapped|brought\s+in|snapped\s+up)\b")
SENTENCE_REACH = 400
"""Characters of the name's sentence searched for its end: a long sentence of news copy."""


def described_next(text: str, name: str, people: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether one writing of ``name`` opens its sentence alone and the next sentence opens with a description
    of a person and an age ("The Canadian rapper, 37,"). Not where the sentence names a person (``people``, their
    spans) other than as an owner ("Lamar's latest track"), nor where it has the description's noun: "Netflix has
    cast newcomer Jo Reyes. The actress, 22, ...", "Arsenal signed a goalkeeper. The goalkeeper, 24, ..." describe
    the one named or meant in the sentence, not its subject; nor after a verb that brings someone in (``_BRINGS_IN``)."""
    for start, end in phrase_spans(text, name):
        if not _OPENS.search(text, max(0, start - 4), start) and start != 0:
            continue
        if not _VERB_AFTER.match(text, end) or re.match(r"\s+(?:and|or)\b", text[end:]):
            continue
        stop = _SENTENCE_END.search(text, end, end + SENTENCE_REACH)
        described = _DESCRIBED.match(text, stop.end()) if stop else None
        if (stop is None or described is None or re.search(rf"\b{described.group(1)}\b", text[end : stop.start()], re.I)
                or _BRINGS_IN.search(text, end, stop.start())):
            continue
        if not any(end <= a < stop.start() and not _OWNER.match(text, b) for a, b in people):
            return True
    return False
