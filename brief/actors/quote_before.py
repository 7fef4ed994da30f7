"""A quotation before its cue: "“Mexico has been very good at following the rules,” said Chad Bown,
an expert on trade at ...". The cue model often takes what follows the cue (the source's apposition,
where or when it was said, whom it was told) for the content; the words said are the quotation that
closed right before the frame. Apart from brief.actors.statements, whose other rules tidy a cue or
drop an attribution that states nothing.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution
from brief.actors.statements import OPENS_SENTENCE, QUOTE_MARKS
from brief.text.lexicon import ADVERB_LY

_CLOSED_BEFORE = re.compile(r"[,!?…]\s*[”\"]\s*$")
"""A quotation closed with a comma (or "?", "!") right before the cue: “...,” said X. A phrase in
scare quotes (the “snafu” demonstrates) closes with none, and opens inside its sentence."""
MIN_QUOTED_WORDS = 4
"""A quotation that opens inside a sentence ("Sharon's appointment “is a bullet of mercy to the
process,” said Tishrin") is a statement from this many words; a shorter one is a phrase in quotes."""
MAX_QUOTE_CHARACTERS = 1500
"""How far back an opening quote mark is looked for before a quotation's closing one (a paragraph)."""


_ADJUNCT = re.compile(
    r"\s*(?:in|at|on|after|before|during|of|as|when|while|from|outside|inside|later|earlier|last|by|with|amid|"
    r"following|upon|via|through|since|yesterday|today|tonight|recently|afterwards?|then|again|soon|shortly|"
    r"to|about(?!\s+\d)|(?:(?:\w+|a\s+few|a\s+couple\s+of)\s+)?(?:seconds|minutes|hours|moments|days|weeks|months|years)\s+"
    r"(?:after|before|later|earlier|ago|into)|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)
"""How a cue's tail that says where, when or how it was said begins ("said in a televised speech",
"said Tuesday", "said after meeting Putin", "said to the nominee", "said several months after her
release"): no content of its own."""


_WORK_BEFORE = re.compile(r"\b(?:book|books|essay|article|novel|memoir|paper|column|op-ed|film|movie|documentary|"
                          r"report|study|poem|song|album|play|titled|entitled)\s*,?\s*$", re.I)
"""A work's noun right before a quotation ("In her book “...,”", "his essay, “...,”"): the quotation is its title."""
WORK_REACH = 20
"""Characters before the opening quote mark read for the work's noun ("entitled, " and spaces)."""


def quote_before_cue(text: str, attribution: Attribution) -> Attribution:
    """ "“Mexico has been very good at following the rules,” said Chad Bown, an expert on trade at
    ...": when the cue follows a quotation and the model took what comes after the cue (the
    source's apposition, "an expert on trade at ...") for the content, what was said is the
    quotation; so too when the source stands between them and what follows the cue only says where,
    when or how ("“...,” Hun Sen said in a televised speech marking ..."). Any other attribution is
    returned as it is."""
    start, end = attribution.content
    if start < attribution.cue[1] or attribution.quote and not _after_quotation(text, attribution):
        return attribution
    # "“...,” Trump said at | a rally in Monroe": the model left the preposition out of the content,
    # which is then only where, when or how it was said (a title in quotes there is no quotation)
    before = attribution.cue[0]
    source = attribution.source
    between = source is not None and source[1] <= before and not text[source[1] : before].strip()
    # with its source before it, a cue's name or pronoun after it is whom it addressed, whatever the
    # verb ("“...?” she asks Joe, in the scene's ..."), as it is a telling verb's ("told AFP")
    adjunct = (_ADJUNCT.fullmatch(text[attribution.cue[1] : start].rstrip()) is not None
               or _told_only(text, attribution, any_verb=between))
    if not adjunct and not _after_quotation(text, attribution) and QUOTE_MARKS.search(text, start, end):
        return attribution
    if between:  # "“...,” Hun Sen said in a televised speech": the source between quotation and cue
        assert source is not None
        if not adjunct and not _ADJUNCT.match(text, start, end) and not _reopened(text, attribution.cue[1], start):
            return attribution  # "“...,” Loeb said he filed a complaint": what follows is said too
        # "“A,” he says “B”": the model took the part after the cue; the part before is the content,
        # which goes on after the cue (brief.actors.resumed)
        before = _title_before(text, source[0])
    lo = max(0, before - MAX_QUOTE_CHARACTERS)
    closed = _CLOSED_BEFORE.search(text, lo, before)
    if closed is None or between and "," not in closed.group() and not text[before].islower():
        return attribution  # "... objects?” Loeb said": a question that ends the sentence before
    close = closed.start() + len(closed.group().rstrip())  # just past the closing mark
    mark = text.rfind("”", lo, close) if "”" in closed.group() else -1
    # "“...,” Trump tweeted" and, on a page that mixes marks, "\"...,” Trump tweeted": the nearest opening
    opening = max(text.rfind("“", lo, mark), text.rfind('"', lo, mark)) if mark >= 0 else _straight_opening(text, lo, close)
    if opening < 0 or "\n" in text[opening:close]:
        return attribution
    if not OPENS_SENTENCE.search(text, lo, opening) and len(text[opening:close].split()) < MIN_QUOTED_WORDS:
        return attribution  # "the “snafu,” he wrote": a word in quotes inside the writer's sentence
    if _WORK_BEFORE.search(text, max(lo, opening - WORK_REACH), opening):
        return attribution  # "In her book “A Paradise Built in Hell,” Solnit wrote of ...": a title, nothing said
    return dataclasses.replace(attribution, content=(opening, close), quote=True)


def _after_quotation(text: str, attribution: Attribution) -> bool:
    """ "“He didn't call them zombies,” said Ozzy Inguanzo, author of “Zombies on Film”", "“...,”
    Stacy Sullivan recalled in “I'm Feeling Lucky.”": a frame (cue and source) right after a
    quotation closed with a comma; what follows the cue is the source's apposition or the frame's
    tail, whatever quote marks it holds (a title), unless the rules below find it said too."""
    source = attribution.source
    frame_start = min(attribution.cue[0], source[0]) if source is not None else attribution.cue[0]
    lo = max(0, frame_start - 4)
    return _CLOSED_BEFORE.search(text, lo, frame_start) is not None and "," in text[lo:frame_start]


_REOPENED = re.compile(r"(?:(?P<adverb>[a-z]+)\s*,?[ \t]*)?[“\"]")
"""A content that opens with a quote mark, or with the manner of saying before it ("said
approvingly, “and he saves time ...""): the quotation resumes after the cue."""


def _reopened(text: str, cue_end: int, start: int) -> bool:
    """Whether the content right after a cue opens with a quote mark, past the cue's own adverb."""
    if text[cue_end:start].strip(" \t,:"):
        return False
    found = _REOPENED.match(text, start)
    return found is not None and (found.group("adverb") is None or ADVERB_LY.fullmatch(found.group("adverb")) is not None)


TITLE_WORDS = 6
"""Words a source's title may run to between a quotation and the name the model took for the
source ("“...,” air force rescue coordinator S.B. Supriyadi told AFP": five)."""
_TITLE_BEFORE = re.compile(rf"[,!?…]\s*[”\"]\s*((?:(?:[A-Z]\.)+\s*|[A-Z][a-z]{{1,4}}\.\s+|[\w'’-]+\s+){{1,{TITLE_WORDS}}})$")


def _title_before(text: str, source_start: int) -> int:
    """Where a source's frame starts: before the title words that run from the quotation's closing
    mark to the name (the model's source is often the name alone; a title may be abbreviated, "Ald. Linda Moreno"),
    or at the name."""
    lo = max(0, source_start - MAX_QUOTE_CHARACTERS)
    found = _TITLE_BEFORE.search(text, lo, source_start)
    return found.start(1) if found else source_start


_TELLING = re.compile(r"(?:told|tells|tell|assured|assures|reminded|reminds|warned|warns)\s*$", re.I)
_ADDRESSEE = re.compile(r"\s*(?:reporters|journalists|me|us|him|her|them|(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
                        r"|(?:the|a|an)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2})"
                        r"(?=\s*(?:,|$))|\s*(?:reporters|journalists|me|us|him|her|them)\b")
"""Whom a verb of telling addresses: reporters, a pronoun, a name, a described audience ("told the
council meeting, where ..."); a name or description must end at a comma or the clause ("told
Stumpf, after ...") so "told Congress was wrong" is not cut."""


def _told_only(text: str, attribution: Attribution, any_verb: bool = False) -> bool:
    """ "“...,” Warren told Stumpf, after he admitted ...", "“...,” Merkel told reporters after the
    meeting that ...": a verb of telling (or, with ``any_verb``, any cue) whose words after it are
    only whom it addressed, then where, when or how; what was said is the quotation before."""
    if not any_verb and not _TELLING.search(text, attribution.cue[0], attribution.cue[1]):
        return False
    end = attribution.content[1]
    told = _ADDRESSEE.match(text, attribution.cue[1], end)
    if told is None:
        return False
    rest = text[told.end() : end]
    return not rest.strip() or rest.lstrip().startswith(",") or _ADJUNCT.match(rest) is not None


def _straight_opening(text: str, lo: int, end: int) -> int:
    """The quote mark that opens the straight one closing before ``end``, or -1: straight, or curly
    on a page that mixes marks ("“Immunity deals should not be ...," Chaffetz said)."""
    closing = text.rfind('"', lo, end)
    return max(text.rfind('"', lo, closing), text.rfind("“", lo, closing)) if closing >= 0 else -1


def before_next_frame(text: str, attribution: Attribution, others: Sequence[Attribution]) -> Attribution:
    """ "“Our farms are under water,” said Ilse Marten, a farmer. “Nobody warned us,” said Karl
    Wendt.": the model ran Marten's quotation on past her frame into the next one, which a cue of
    its own after it gives to Wendt. Her words end at her frame; a quotation that goes on after a
    frame with no cue of its own ("“A,” she said. “B.”") is left whole."""
    start, end = attribution.content
    if not (attribution.quote and start < attribution.cue[0] and attribution.cue[1] <= end):
        return attribution
    if not any(o.cue[0] >= end and attribution.cue[1] <= o.content[0] < end for o in others):
        return attribution
    stop = attribution.cue[0]
    if attribution.source is not None and start < attribution.source[0] < stop:
        stop = attribution.source[0]  # "“A,” Marten said. “B,” ...": the frame opens at the source
    return dataclasses.replace(attribution, content=(start, len(text[:stop].rstrip())))
