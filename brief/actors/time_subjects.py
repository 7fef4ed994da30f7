"""The subject of a cue that a time stands between: "Chief Minister MK Stalin on Monday accused the Centre of ...".

Wire copy puts the day between the subject and its verb ("President X on Tuesday said", "The ministry
on Friday warned"). The source tagger, which reads a window of words around the cue, finds the subject
across the day for names it has seen and misses it for the rest, so the statement went to no one. When
the sentence, past its dateline, is a noun phrase, a time and the cue, that noun phrase is the source.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.furniture_words import dateline_end
from brief.actors.phrasing import inflected_verb
from brief.text.lexicon import AUXILIARY_VERBS

_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
TIME = (rf"(?:on\s+{_DAY}{_PART}|on\s+\d{{1,2}}\s+{_MONTH}|on\s+{_MONTH}\s+\d{{1,2}}|yesterday{_PART}|today|tonight|"
         rf"late\s+{_DAY}|earlier\s+(?:today|this\s+week|on\s+{_DAY})|last\s+(?:week|month|night|year)|this\s+(?:week|month|morning|afternoon|evening))")
"""A time of the news's telling: "on Monday", "yesterday", "last week" (object_times reads it after an object too)."""
_SUBJECT_THEN_TIME = re.compile(
    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s*(?::|\s[—–-])\s+)?"  # "Chennai: ", "NEW DELHI — "
    rf"(?P<subject>[A-Z][^,;:\"“”()\n]{{1,100}}?)\s+{TIME}(?:\s+(?:also|again|further|formally|publicly))?\s+$")
"""A noun phrase opening the sentence, then a time, up to the cue: "Tamil Nadu Chief Minister MK Stalin on Monday "."""


def subject_before_time(text: str, attribution: Attribution, sentence_start: int) -> Attribution:
    """The attribution with the sentence's opening noun phrase as its source, when it had none and only
    a time stands between that phrase and a finite cue ("X on Monday accused the Centre of ..."); any
    other attribution as it is."""
    start, end = attribution.cue
    if attribution.source is not None or attribution.content[0] < end:
        return attribution
    words = text[start:end].split()
    if not words or not (inflected_verb(words[0].lower()) or words[0].lower() in AUXILIARY_VERBS):
        return attribution
    opening = dateline_end(text, sentence_start, start)
    found = _SUBJECT_THEN_TIME.fullmatch(text, opening, start)
    if found is None:
        return attribution
    return dataclasses.replace(attribution, source=found.span("subject"))
