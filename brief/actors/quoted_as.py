"""What an outlet quoted someone as saying: "The China Daily quoted Zhang Rui, an analyst, as saying that ...",
"Zhang Rui was quoted by the China Daily as saying that ...". The words are the quoted person's. News English
drops the "as" as often ("quoted Zhang Rui saying ..."), and fronts the words ("“...,” the Daily quoted Zhang
Rui saying on Friday"): the quotation before the outlet is then what the person said.

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
_AS_SAYING = re.compile(r"(?:\bas\s+|(?<=[\w.,’'] ))(saying|telling|stating|writing)\b[ \t]*:?[ \t]*(?:that\s+)?")
"""The person's verb after the one quoted: "as saying", or (as often written) "saying" alone."""
_FRONTED = re.compile(r"\s*(?P<words>[“\"‘'].+?[,!?…][”\"’'])\s+(?P<outlet>[^“”\"]+?)\s+quot(?:ed|es)\s+(?P<who>[^“”\"]+?)"
                      r",?\s+(?:as\s+)?(?:saying|telling|stating)\s*$")
"""A sentence opening on the quotation, then the outlet that quoted someone saying it (up to the cue)."""
_SAYING_CUE = re.compile(r"(?:as\s+)?(?:saying|telling|stating|writing|adding)", re.I)
"""A cue that is the quoted one's verb ("saying", "as saying")."""
_NO_CONTENT = re.compile(r"\s*(?:(?:at|on|in|during|after|before|while|from|last|earlier|late|this|here|to)\b[^“”\"]*)?[.!]?\s*$")
"""What may follow "saying" when it says nothing itself: when and where ("on Friday", "at a briefing here")."""
SAYING_REACH = 160
"""Characters after "quoted" searched for "as saying": the person's name and a description of them."""
_SUBJECT_EDGE = " \t,"


_QUOTED_BEFORE = re.compile(r"\bquot(?:ed|es|ing)\s+(?!by\b)(?P<who>[^“”\"]+?)[ \t,]*\s+as\s+$", re.I)
"""An active "quoted X as" right before a cue at "saying": X is whom the words are of. Not the passive "was quoted by
the paper as saying", whose subject is the one quoted."""


def quoted_as_saying(text: str, attributions: list[Attribution], sentences: list[tuple[int, int]]) -> list[Attribution]:
    """The attributions, each outlet's "quoted X as saying Y" that no cue at "saying" repeats made X's, and each
    cue at "saying" after "quoted X as" given X for its source (see the module's docstring)."""
    cues = [a.cue[0] for a in attributions]
    kept = [_persons(text, a, cues, sentences) for a in attributions]
    return [_fronted(text, _saying_of_quoted(text, a, sentences), sentences) for a in kept if a is not None]


def _saying_of_quoted(text: str, attribution: Attribution, sentences: list[tuple[int, int]]) -> Attribution:
    """ "A US official quoted the Iranian radio message as saying: “...”": where the model read "saying" as a cue
    of its own, it gave it the subject of "quoted" for a source; the words are the quoted one's, whoever or
    whatever that is, so the source is what stands between "quoted" and "as". Any other attribution is returned
    as it is."""
    if not 0 <= attribution.sentence < len(sentences) or _SAYING_CUE.fullmatch(
            text[attribution.cue[0] : attribution.cue[1]].rstrip(" \t:")) is None:
        return attribution
    sentence_start = sentences[attribution.sentence][0]
    found = _QUOTED_BEFORE.search(text, max(sentence_start, attribution.cue[0] - SAYING_REACH), attribution.cue[0])
    source = attribution.source
    if found is None or source is not None and source[1] > found.start():
        return attribution  # the model's source stands after "quoted": it read the one quoted itself
    return dataclasses.replace(attribution, source=found.span("who"))


def _persons(text: str, attribution: Attribution, cues: list[int], sentences: list[tuple[int, int]]) -> Attribution | None:
    (cue_start, cue_end), (content_start, content_end) = attribution.cue, attribution.content
    quoted = _QUOTED_CUE.search(text, cue_start, cue_end)
    if quoted is None or not 0 <= attribution.sentence < len(sentences) or content_start < cue_end:
        return attribution
    sentence_start, sentence_end = sentences[attribution.sentence]
    saying = _AS_SAYING.search(text, cue_end, min(sentence_end, cue_end + SAYING_REACH))
    if saying is None:
        return attribution
    if saying.end() >= content_end:  # nothing after "saying": the quotation may stand before the passive's subject
        return _fronted_passive(text, attribution, sentence_start) if quoted.group("passive") else attribution
    if any(saying.start() <= c < saying.end() for c in cues):  # the model read "saying" as a cue of its own:
        # the person's attribution is there, not the outlet's; in the passive the person is the subject of "quoted"
        return attribution if quoted.group("passive") else None
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


_FRONTED_PASSIVE = re.compile(r"\s*(?P<words>[“\"‘'].+?[,!?…][”\"’'])\s+(?P<who>[^“”\"]+?)\s*$")
"""A sentence opening on the quotation, then the one quoted (up to "was quoted"): "“...,” Kocaer was quoted"."""


def _fronted_passive(text: str, attribution: Attribution, sentence_start: int) -> Attribution:
    """ "“They came with a plan,” Ali Kaya was quoted by the Daily as saying.": the quotation, and Ali Kaya, for
    the outlet's attribution whose own content is only "as saying"."""
    found = _FRONTED_PASSIVE.match(text[:attribution.cue[0]], sentence_start)
    if found is None:
        return attribution
    return dataclasses.replace(attribution, source=found.span("who"), content=found.span("words"), quote=True)


def _fronted(text: str, attribution: Attribution, sentences: list[tuple[int, int]]) -> Attribution:
    """ "“We are in no hurry,” the Gazette quoted Olga Fenn saying on Friday": the quotation, and Olga Fenn, for
    the attribution at "saying" whose own content is only when and where it was said."""
    if not 0 <= attribution.sentence < len(sentences):
        return attribution
    sentence_start, sentence_end = sentences[attribution.sentence]
    found = _FRONTED.match(text[:attribution.cue[1]], sentence_start)
    if found is None or _NO_CONTENT.fullmatch(text, attribution.cue[1], max(sentence_end, attribution.content[1])) is None:
        return attribution
    return dataclasses.replace(attribution, source=found.span("who"), content=found.span("words"), quote=True)
