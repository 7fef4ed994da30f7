"""Words about someone that are not theirs: a thing's finding about a person, a sign others hold up about
them, a voice only like theirs.

Why: the source the model reads holds the person's name, but the statement is another's. "Toxicology results
for Mark Hale showed that ..." is the lab's finding about him (a thing that records or measures, then "for",
"on" or "about" the one it is about); "he greeted volunteers holding up banners praising his record" is the
volunteers' banners (a display held by people named after the subject, whose participle the cue is); "she heard
a voice resembling that of the minister warn her that ..." is a voice like his, not his (a likeness named before
the source, in one clause with it). ``brief.actors.no_statement`` gives these no position: nobody named said it.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.gazetteer import MONTHS_DAYS
from brief.actors.groups import people_noun

FINDING_THINGS = frozenset(
    "result results test tests record records document documents figure figures data scan scans autopsy "
    "autopsies examination examinations screening screenings sample samples readings".split())
"""Things that record, measure or examine someone: what they show about the one they are "for" or "on" is the
finding of whoever made them, never a statement of the person examined (not "report": a report has an author,
and "a report for the committee" is the committee's)."""
POLLS = frozenset("poll polls survey surveys".split())
"""Findings "for" whoever commissioned them ("a poll for the Times"), so about someone only after "on" or
"about"."""
_FINDING_ABOUT = re.compile(
    r"(?:[\w'’-]+\s+){0,3}?(?P<head>[A-Za-z]+)\s+(?P<prep>for|on|about)\s+(?P<next>[\w'’-]+)")
"""A source that opens with a thing and the one it is about ("Toxicology results for | Hale"), up to three words
(article, modifiers) before its head."""
_WHEN = MONTHS_DAYS | frozenset("yesterday today tonight tomorrow".split())
"""Times after "on" ("data on Thursday"): when the thing came out, not whom it is about."""
_MADE_BY = re.compile(r"\b(?:by|from)\s+\S")
"""Whoever made the thing, named in the source ("results on the samples from the state lab"): theirs to say."""

DISPLAY_THINGS = frozenset(
    "sign signs placard placards banner banners poster posters t-shirt t-shirts shirt shirts badge badges button "
    "buttons sticker stickers flag flags".split())
"""Things people hold up or wear to show a stance: a participle right after one ("signs backing ...") is the
display's, so its holders', words."""
_HOLDING = r"(?:holding|carrying|waving|wearing|bearing|brandishing|hoisting|displaying)(?:\s+up)?"
"""Verbs of holding up a display, as participles after the people who hold it."""
_HELD_DISPLAY = re.compile(
    rf"\b(?P<people>[A-Za-z]+)\s+(?:who\s+(?:were|are|was|is)\s+)?{_HOLDING}\s+(?:[\w'’-]+\s+){{0,3}}?"
    r"(?P<display>[A-Za-z-]+)\s+$")
"""People, their holding and the display, right before the cue ("workers holding up signs | backing")."""
DISPLAY_REACH = 120
"""Characters read back from the cue for the people and their display (a few words: "workers who were holding up
large hand-painted signs")."""

_LIKENESS = re.compile(
    r"\b(?:resembling|sounding\s+like|impersonating|posing\s+as|pretending\s+to\s+be|purporting\s+to\s+be|"
    r"(?:like|similar\s+to|identical\s+to)\s+(?:that|those)\s+of|"
    r"match(?:ing|es|ed)\s+(?:one|that|those|the\s+one)\s+(?:used\s+by|of))\s+")
"""What names a likeness ("a voice resembling that of", "a caller impersonating", "posts under a handle matching one
used by"): the one named after it is only what the voice or the caller is like, or whom a thing only seems to be."""
_CLAUSE_BREAK = re.compile(r"[.;:!?\"“”]|,\s+(?:and|but|although|though|while|whereas|because|since|yet|so|as|who|which|whose)\b|\b(?:was|were|is|are|has|had|have|did|said|says|told)\b")
"""A sentence mark, a quotation, a joined clause or a finite verb between the likeness and the source: a new clause, whose subject
may be the person himself ("someone resembling Lee was seen, and Lee said ...", "plans similar to those of Lee,
although Lee notes ...")."""
LIKENESS_REACH = 200
"""Characters read back from the source for the likeness: an apposed title or two ("that of then minister and
former aide to the prince, Arthur Dane")."""


def finding_about(text: str, attribution: Attribution) -> bool:
    """Whether the source is a finding thing about someone ("Test results for Hale showed that ...")."""
    if attribution.source is None:
        return False
    m = _FINDING_ABOUT.match(text, attribution.source[0], attribution.source[1])
    if m is None or m.group("next").lower() in _WHEN or m.group("next")[0].isdigit():
        return False  # "data on Thursday showed": when, not whom
    if _MADE_BY.search(text, m.end(), attribution.source[1]):
        return False
    head = m.group("head").lower()
    return head in FINDING_THINGS or head in POLLS and m.group("prep") != "for"


def held_display(text: str, attribution: Attribution) -> bool:
    """Whether the cue is a participle of a display held by people other than the source ("he greeted workers
    holding up signs backing his bid")."""
    cue = text[attribution.cue[0] : attribution.cue[1]].split()
    if not cue or not cue[0].lower().endswith("ing") or attribution.source is None:
        return False
    start = max(attribution.source[1], attribution.cue[0] - DISPLAY_REACH)
    m = _HELD_DISPLAY.search(text, start, attribution.cue[0])
    return m is not None and m.group("display").lower() in DISPLAY_THINGS and people_noun(m.group("people"))


def likeness_of(text: str, attribution: Attribution) -> bool:
    """Whether a likeness is named right before the source, in its clause ("a voice resembling that of | X warn")."""
    if attribution.source is None:
        return False
    start, end = attribution.source
    before = text[max(0, start - LIKENESS_REACH) : end]
    found = list(_LIKENESS.finditer(before))
    if not found:
        return False
    between = before[found[-1].end() :]
    return not _CLAUSE_BREAK.search(between)


def spoken_about(text: str, attribution: Attribution) -> bool:
    """Whether the source names only whom the words are about (see the module's docstring)."""
    return finding_about(text, attribution) or held_display(text, attribution) or likeness_of(text, attribution)
