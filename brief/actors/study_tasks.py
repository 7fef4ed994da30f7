"""A study's instruction to the people it tested: "the scientists asked five people to perform a direction task",
"researchers asked 200 participants to rate each photo".

Why: "asked X to do" is a request, which the position gold counts as said ("asked the jury to consider"); but what
researchers ask a counted sample of people, or their subjects, to do is the method of an
experiment, a deed of the study, not a stance anyone holds (two judged samples counted it a deed). "The governor
asked people to stay home" names no count and no study's people, and stays a request.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.phrasing import verb_lemma

_WORD = re.compile(r"[A-Za-z]+")
_NUMBER = (r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
           r"fifty|sixty|seventy|eighty|ninety|a\s+hundred|hundreds\s+of|dozens\s+of|thousands\s+of)")
_STUDIED = re.compile(
    rf"\s+(?:(?:about|around|nearly|almost|some|over|more\s+than|roughly)\s+)?(?:{_NUMBER}\s+(?:[a-z-]+\s+){{0,2}}?"
    r"(?:people|participants|volunteers|subjects|respondents|adults|children|students|patients|men|women|"
    r"individuals|mice|rats)"
    r"|(?:the\s+|their\s+)?(?:(?:study|trial)\s+participants|subjects|respondents))\s+to\s+[a-z]", re.I)
"""After "asked": a counted sample of people ("five people", "200 healthy adults") or a study's own people
("the subjects", "study participants"), then the infinitive of the task. Bare "participants" and "volunteers"
are also a march's or a clean-up's, whom organisers ask for something ("asked participants to remain calm")."""


def asked_study_task(text: str, attribution: Attribution) -> bool:
    """Whether the cue is "ask" with a study's sample and an infinitive after it: the experiment's method, no
    position."""
    words = _WORD.findall(text, *attribution.cue)
    if not words or verb_lemma(words[-1].lower()) != "ask":
        return False
    return _STUDIED.match(text, attribution.cue[1]) is not None
