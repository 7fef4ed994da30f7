"""Page furniture inside what was said: a dateline opening the paragraph ("(CNN)", "New York, NY – ")
and headlines a page runs into a sentence ("A | B | C"); no one's words.

Why apart from extract: rules about the page's print, tested on their own.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.text.sentences import lead_trim

LISTED = re.compile(r"\s[|•]\s[^|•]+\s[|•]\s")
"""Headlines a page runs together ("A | B | C"): its furniture, which no one stated."""


def past_dateline(text: str, attribution: Attribution) -> Attribution:
    """ "(CNN)President Trump, according to the White House, made ...": a content that opens its
    paragraph starts past the dateline, as the sentence does; the dateline is no one's words."""
    start, end = attribution.content
    trimmed = dateline_end(text, start, end)
    return attribution if trimmed == start else dataclasses.replace(attribution, content=(trimmed, end))


def source_past_dateline(text: str, attribution: Attribution) -> Attribution:
    """ "LONDON, June 12 (Reuters) - The Bank of England held rates, saying ...": the model took the
    dateline's place for a participle's source; a dateline is the page's furniture, no one's voice, so
    the source is left unset for the clause's subject (``opening_subject.participle_subject``). Only a
    participle's: a finite verb has its subject in the sentence, where the model finds it."""
    if attribution.source is None or not in_dateline(text, *attribution.source):
        return attribution
    cue = text[attribution.cue[0] : attribution.cue[1]].rstrip(":").split()
    if not cue or not cue[-1].lower().endswith("ing"):
        return attribution
    return dataclasses.replace(attribution, source=None)


def in_dateline(text: str, start: int, end: int) -> bool:
    """Whether the span ``start``-``end`` lies in the dateline opening its paragraph ("LONDON" in
    "LONDON, June 12 — The bank ...")."""
    paragraph = text.rfind("\n", 0, start) + 1
    past = dateline_end(text, paragraph, len(text))
    return past > paragraph and end <= past


def dateline_end(text: str, start: int, end: int) -> int:
    """Where a content starting at ``start`` begins past a dateline ("New York, NY – "), its
    opening bracket included when the model left it out ("CNN)President"). Only at a paragraph's
    start, where datelines stand: "Sen. Ben Sasse (R-Neb.) said" inside one is a name."""
    opened = start - 1 if start > 0 and text[start - 1] == "(" else start
    if opened > 0 and text[opened - 1] != "\n" and not _PLACE_STOP.fullmatch(text, text.rfind("\n", 0, opened) + 1, opened):
        return start
    dateline = _DATELINE.match(text, opened, end)
    # else the sentence's own lead ("Vesterby [Norland], April 14 : "): the content starts where its sentence does
    return dateline.end() if dateline is not None else max(start, lead_trim(text, opened, end))


_PLACE_STOP = re.compile(r"[A-Z]{3,}(?:[ -][A-Z]{2,}){0,2}\.\s+")
"""A dateline's place in capitals closed by a full stop, which sentence splitting leaves before the agency's
name: "ASTANA. " of "ASTANA. KAZINFORM – Kazakhstan will ...", as Central Asian agencies write it."""

_DATELINE = re.compile(
    r"(?:[A-Z][\w.'’-]*(?:(?:[ ,]+|/)[A-Z][\w.'’-]*){0,5}(?:[ ,]+\d{1,2}(?:,?\s+\d{4})?)?\s*)?"
    r"(?:\([A-Z][A-Za-z]{1,20}(?: [A-Z][A-Za-z]{1,20})?\)\s*|/[A-Z][\w -]{1,30}/\s*)?[―—–-]{1,2}\s+(?=[A-Z0-9“\"])"
    r"|(?:[A-Z]{2,}[A-Z ,.]*)?\([A-Z][A-Za-z]{1,20}(?: News)?\)\s*(?=[A-Z0-9“\"])"
    r"|[A-Z][\w.'’ ,-]{0,60}?--\([A-Z][A-Za-z ]{1,30}\)--\s*(?=[A-Z0-9“\"])"
    r"|[A-Z]{3,}(?:[ /-][A-Z]{2,}){0,2}\s*:\s+(?=[A-Z0-9“\"])"
)
"""A dateline opening a paragraph: "New York, NY – ", "HONOLULU, Hawaii (HawaiiNewsNow) - ", "(CNN)", "(ClubBeat News)",
"WASHINGTON (AP) — ", "DOHA/GAZA — " (a wire's or station's name in brackets, of two words before a dash as in
"(Business Wire) - ", no "R-Neb." there); a press release's
"BOSTON, March 3, 2026 /PRNewswire/ -- " (the day and year after the place, the wire between
slashes), a wire's "DOHA/GAZA, Nov 27 (Reuters) - " (the day alone), "SAN JOSE, Calif.--(BUSINESS WIRE)--" and
South Asian papers' "BENGALURU: " and "NEW DELHI: " (the place in capitals and a colon)."""
