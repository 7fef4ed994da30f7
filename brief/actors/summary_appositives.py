"""A summing-up noun set after what was said, with someone else's verdict on it: "said the fee would fund two
ferries, a step the union described as “overdue”", "rejected the rise, a decision its president called “a kick in
the teeth”", "announced a new timetable, a move welcomed by commuters"; so does a clause set after it with "which" and a
judge ("suggested that the driver had kept the money, which he denied"). The appositive ("a step", "a move", "a
decision", "a demand" ...) names the statement or deed just reported, and the clause inside it is another's
judgement (the union's, the president's, the commuters'), or the writer's: what the holder said stops before its
comma. Only a noun that sums up an act or a claim counts, and only when a judging verb follows it within a few
words: ", a step towards peace" or ", a plan to build 5,000 homes" stays part of the content."""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution

SUMMARY_NOUNS = frozenset(
    "move step decision demand claim charge plan proposal request call measure change policy deal tactic approach "
    "assessment prediction promise pledge accusation allegation assertion position warning remark comment "
    "statement suggestion offer choice threat ruling verdict announcement admission figure prospect possibility "
    "scenario idea notion contention theory".split())
"""Nouns a writer sets after a clause to sum it up as one act or claim ("a move", "a demand", "a claim"), or as a
thing that may be so ("a prospect Dorn denied", "an idea the board rejected")."""
JUDGING_VERBS = frozenset(
    "described called termed dubbed branded labelled labeled characterised characterized rejected denied disputed "
    "welcomed hailed praised criticised criticized condemned slammed questioned dismissed opposed backed supported "
    "endorsed echoed contested applauded decried lauded greeted blasted attacked defended refuted ridiculed "
    "mocked derided celebrated lambasted overturned reversed quashed vetoed turned denies rejects disputes dismisses "
    "describes calls".split())
"""Past forms (and a few present ones) that give someone's verdict on the summed-up act ("turned" only as "turned
down")."""
MAX_JUDGE_WORDS = 6
"""Words between the noun and the judging verb: a judge with a title and an auxiliary ("its president Mona Keel",
"the state government has repeatedly"); more may be a clause of the content's own (set by hand)."""

_OPENING = re.compile(r",\s+(?:(?:a|an|another)\s+|(?P<which>which)\s+)")
_TOKEN = re.compile(r"[^\s]+")
_QUOTE = re.compile("[\"“”]")
NOUN_REACH = 2
"""Words from the article to the summing-up noun: the noun or one modifier before it ("a bold move")."""


def _judged_at(text: str, at: int, end: int, which: bool = False) -> bool:
    """Whether the words from ``at`` (after ", a") hold a summing-up noun and then a judging verb: by a judge
    named between them ("a step the union described"), or in the passive right after it ("a move welcomed by").
    After ", which" (``which``) the clause before is what is judged, and a judge must be named ("which he denied")."""
    words = [m.group() for m in _TOKEN.finditer(text, at, end)][: NOUN_REACH + MAX_JUDGE_WORDS + 2]
    noun = -1 if which else next((k for k in range(min(NOUN_REACH, len(words))) if words[k].lower() in SUMMARY_NOUNS), None)
    if noun is None:
        return False
    rest = words[noun + 1 :]
    if rest and rest[0].lower() in ("that", "which"):
        rest = rest[1:]
    for k, word in enumerate(rest[: MAX_JUDGE_WORDS + 1]):
        if word.endswith((",", ";", ":")) or any(mark in word for mark in "\"“”"):
            return False
        if word.lower() not in JUDGING_VERBS:
            continue
        after = rest[k + 1].lower().strip(".,;:") if k + 1 < len(rest) else ""
        if word.lower() == "turned" and after != "down":
            continue
        return k > 0 or after == "by" and not which  # "a move welcomed by commuters": the passive, its judge after it
    return False


def _goes_on(text: str, at: int, end: int) -> bool:
    """Whether a comma outside quotation marks follows the appositive before the content's end: then it may be an
    aside inside the content ("said the fee, which the union opposed, would fund two ferries"), no tail of it."""
    for comma in re.finditer(",", text[at:end]):
        if len(_QUOTE.findall(text, at, at + comma.start())) % 2 == 0 and text[at + comma.end() : end].strip(" .\"”"):
            return True
    return False


def before_summary_appositive(text: str, attribution: Attribution) -> Attribution:
    """The content cut before a ", a move X described as ..." appositive after the cue; else unchanged."""
    start, end = attribution.content
    if attribution.quote or start < attribution.cue[1]:
        return attribution
    for match in _OPENING.finditer(text, start, end):
        if (match.start() > start and len(_QUOTE.findall(text, start, match.start())) % 2 == 0
                and _judged_at(text, match.end(), end, match.group("which") is not None)
                and not _goes_on(text, match.end(), end)):
            return dataclasses.replace(attribution, content=(start, match.start()))
    return attribution


_JUDGE_OPENING = re.compile(r",\s+(?:a|an|another)\s+(?P<first>[a-z]+)\s+(?P<second>[a-z]+\s+)?[^,;:“”\"]*$")
"""The words from a summing-up appositive's comma to the judge's cue (", a decision chairman Tom Smith ")."""
_COMPLEMENT = re.compile(r"\s+(?:as\s+|[“\"])")
"""A verdict right after the judge's cue: "as ..." or a quotation ("described as “painful”", "called “a kick ...”")."""
_SENTENCE_END = re.compile(r"[.!?][”\"’]?(?=\s|$)")  # its own: it ends on the stop and its quote, kept by the clause
_FRAME = re.compile(r"\b(?:said|says|added|warned|insisted|argued|claimed|stated|told\s+(?:[A-Z][\w.'’-]*\s+){1,3})\s*"
                    r"(?:that\s+)?")
"""A frame of reported speech inside the clause an appositive sums up: the judge's verdict is on the report."""


def judged_complement(text: str, attribution: Attribution, sentence_start: int) -> Attribution:
    """ "Rovers sacked manager Dan Price, a decision chairman Tom Smith described as “painful.”": the model gave the
    judge the clause the appositive sums up, which is what happened, not what he said; his words are the verdict
    after the cue, to the sentence's end. With no verdict after the cue ("..., a demand Beirut has rejected") the
    clause summed up is what was judged, less a frame of reported speech in it ("A senior official said")."""
    start, end = attribution.content
    cue_start, cue_end = attribution.cue
    if start >= cue_end and _ADVERBIAL_TAIL.fullmatch(text, cue_end, end) is not None:
        return _judged_before(text, attribution, sentence_start)  # "..., a prospect Dorn denied | earlier in the day"
    if end > cue_start or start < sentence_start:
        return attribution
    opening = _JUDGE_OPENING.search(text, start, cue_start)
    if opening is None or opening.start() < end - 1 or not (
            opening.group("first") in SUMMARY_NOUNS or (opening.group("second") or "").strip() in SUMMARY_NOUNS):
        return attribution
    if not _COMPLEMENT.match(text, cue_end):
        frames = list(_FRAME.finditer(text, start, end))  # "A senior official said Israel would ..., a demand
        if frames and frames[-1].end() < end:  # Beirut has rejected": what is judged is the report, not its frame
            return dataclasses.replace(attribution, content=(frames[-1].end(), end))
        return attribution
    stop = _SENTENCE_END.search(text, cue_end)
    closing = stop.end() if stop else len(text)
    return dataclasses.replace(attribution, content=(cue_end + 1, closing))


_ADVERBIAL_TAIL = re.compile(r"\s*(?:(?:earlier|later|last|this|on|in|at|during|since|on\s+\w+day)\b[\w\s'’-]{0,40})?[.!?]?\s*")
"""A time adverbial alone after the judge's cue ("denied earlier in the day", "rejected on Monday"): no verdict of its
own, so the judged clause is the one the appositive sums up."""


def _judged_before(text: str, attribution: Attribution, sentence_start: int) -> Attribution:
    """The clause a summing-up appositive before the cue sums up, less a frame of reported speech in it, as the judge's
    content ("X said Y, a prospect Z denied earlier in the day": Z denied Y); unchanged without such an appositive."""
    cue_start = attribution.cue[0]
    opening = _JUDGE_OPENING.search(text, sentence_start, cue_start)
    if opening is None or not (opening.group("first") in SUMMARY_NOUNS
                               or (opening.group("second") or "").strip() in SUMMARY_NOUNS):
        return attribution
    begin = sentence_start
    frames = list(_FRAME.finditer(text, begin, opening.start()))
    if frames and frames[-1].end() < opening.start():
        begin = frames[-1].end()
    return dataclasses.replace(attribution, content=(begin, opening.start()))
