"""What an outlet quoted someone as saying: "The China Daily quoted Zhang Rui, an analyst, as saying that ...",
"Zhang Rui was quoted by the China Daily as saying that ...". The words are the quoted person's.

Why: the cue model finds "quoted" (the outlet's act) and, often, not "saying" after "as"; the outlet's attribution
is then dropped (what it quoted is not its own statement), and the person's statement was lost with it. Where no
cue of its own stands at "as saying", the outlet's attribution is made the person's: the person named between
"quoted" and "as" (or, in the passive, the subject before "was quoted"), the verb "saying", and what follows it.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import QUOTES, Attribution

_QUOTED_CUE = re.compile(r"(?:\b(?P<passive>(?:was|were|is|are|been|being)\s+(?:\w+\s+)?))?quot(?:ed|es|ing)$", re.I)
"""The outlet's cue: "quoted", "quotes", "quoting"; "was quoted", "has been widely quoted" (the passive)."""
_AS_SAYING = re.compile(r"\bas\s+(saying|telling|stating|writing)\b[ \t]*:?[ \t]*(?:that\s+)?")
SAYING_REACH = 160
"""Characters after "quoted" searched for "as saying": the person's name and a description of them."""
_SUBJECT_EDGE = " \t,"


def quoted_as_saying(text: str, attributions: list[Attribution], sentences: list[tuple[int, int]]) -> list[Attribution]:
    """The attributions, each outlet's "quoted X as saying Y" that no cue at "saying" repeats made X's (see the
    module's docstring)."""
    cues = [a.cue[0] for a in attributions]
    return [_persons(text, a, cues, sentences) for a in attributions]


def _persons(text: str, attribution: Attribution, cues: list[int], sentences: list[tuple[int, int]]) -> Attribution:
    (cue_start, cue_end), (content_start, content_end) = attribution.cue, attribution.content
    quoted = _QUOTED_CUE.search(text, cue_start, cue_end)
    if quoted is None or not 0 <= attribution.sentence < len(sentences) or content_start < cue_end:
        return attribution
    sentence_start, sentence_end = sentences[attribution.sentence]
    saying = _AS_SAYING.search(text, cue_end, min(sentence_end, cue_end + SAYING_REACH))
    if saying is None or any(saying.start() <= c < saying.end() for c in cues) or saying.end() >= content_end:
        return attribution  # the model read "saying" as a cue of its own: the person's attribution is there
    if quoted.group("passive"):  # "Zhang Rui was quoted by the China Daily as saying": the subject
        start, end = sentence_start, cue_start
    else:  # "quoted Zhang Rui, an analyst with Huaxin Research, as saying": the object
        start, end = cue_end, saying.start()
    while start < end and text[start] in _SUBJECT_EDGE:
        start += 1
    while end > start and text[end - 1] in _SUBJECT_EDGE:
        end -= 1
    if end <= start:
        return attribution
    return dataclasses.replace(attribution, source=(start, end), cue=(saying.start(1), saying.end(1)),
                               content=(saying.end(), content_end), quote=text[saying.end()] in QUOTES)
