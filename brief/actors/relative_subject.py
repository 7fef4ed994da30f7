"""A sentence whose subject carries a relative clause before its cue ("Greg Olsen, whose daughter was
hurt in the crash, said the road was dangerous"): the cue model may take the subject and its clause for
what was said and a word of the clause ("whose daughter") for the source, so the position read "says
Greg Olsen, whose daughter was hurt". The sentence's shape says otherwise: a name opens it, a relative
clause set off by commas follows, and the cue comes right after the closing comma; the name speaks and
what follows the cue is what was said. So too a description with the name set off after it ("The
charity, Shelter, said ..."), which the model read as "The charity" said by Shelter.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.statements import trimmed_end

NAME_WORDS_BEFORE = 5
"""Words before a name's last ("Local farmer Bill Evans", "The International Association of Machinists")."""
CAPITALISED_BEFORE = 3
"""Capitalised words (a party, a title's letters) a description may open with before its first lower-case word:
"The Labour MP whose", "The Independent TD whose"; the lower-case word still marks it as a description."""
_NAME = rf"(?:[A-Za-z][\w.'’-]*\s+){{0,{NAME_WORDS_BEFORE}}}[A-Z][\w.'’-]*"
_SUBJECT_WITH_RELATIVE = re.compile(
    rf"[\s\-–—•*]*(?:(?P<subject>{_NAME}),\s+(?:who|whose|which)\s+(?:[^,;:“”\"]|(?<=\d),(?=\d)){{3,160}}"
    rf"|(?:The|A|An|Its|His|Her|Their)\s+(?:[A-Z][\w'’-]*\s+){{0,{CAPITALISED_BEFORE}}}[a-z][^,;:“”\"]{{0,60}},"
    rf"\s+(?P<named>{_NAME})),\s*"
)
"""A sentence's subject (a name, after a few describing words: "Local farmer Bill Evans"), then a
relative clause about it closed by a comma (none inside a number: "whose 33,000 members"), up to the cue; or a description and the name set off
after it ("The charity, Shelter, said rents had risen": not "says The charity"), its title or party capitalised
("The Independent TD whose office was targeted, Michael Brophy, said")."""
_AFTER_CUE = re.compile(r"\s*(?::|,)?\s*(?:that\s+)?")
"""What stands between the cue and what was said: a colon or comma, "that"."""


def subject_with_relative(text: str, attribution: Attribution, sentence: tuple[int, int]) -> Attribution:
    """The attribution with the sentence's named subject for source and the words after the cue for
    content, when the model took the subject and its relative clause for the content; else as it is."""
    start, end = attribution.content
    if end > attribution.cue[0] or start < sentence[0]:
        return attribution  # what was said stands after the cue, or runs outside the sentence
    opening = _SUBJECT_WITH_RELATIVE.fullmatch(text, sentence[0], attribution.cue[0])
    if opening is None:
        return attribution
    said = _AFTER_CUE.match(text, attribution.cue[1], sentence[1])
    after = said.end() if said else attribution.cue[1]
    stop = trimmed_end(text, after, sentence[1])
    if len(text[after:stop].split()) < MIN_CONTENT_WORDS:
        return attribution  # "..., said so." / "..., agreed.": nothing said after the cue
    quote = text[after] in "“\"" if after < stop else False
    subject = opening.span("subject") if opening.group("subject") else opening.span("named")
    return dataclasses.replace(attribution, source=subject, content=(after, stop),
                               quote=attribution.quote or quote)


MIN_CONTENT_WORDS = 2
"""Fewest words after the cue that make a statement ("the road was dangerous"; not "said so")."""


_DASH = r"(?:[—–]|(?<=\s)-{1,2}(?=\s))"
_SUBJECT_THEN_DASHED_RELATIVE = re.compile(
    rf"(?<![\w'’.-])(?P<subject>{_NAME})\s*{_DASH}\s*(?:who|whose|which)\s+[^—–;:“”\"()]{{3,160}}?\s*{_DASH}\s*$"
)
"""A name, then a relative clause about it set off by dashes, up to the cue ("The Alliance - which represents 70
local councils - said")."""


def subject_before_dashed_relative(text: str, attribution: Attribution, sentence_start: int) -> Attribution:
    """ "Last night, The Alliance - which represents 70 local councils in industrial areas - said: ...": the model
    took a word of the relative clause set off by dashes ("represents 70 local councils") for the source, as
    ``subject_with_relative`` finds it doing with commas; the name right before the opening dash speaks."""
    source = attribution.source
    if source is not None and not attribution.cue[0] > source[0]:
        return attribution  # the source stands after the cue: an inverted frame
    opening = _SUBJECT_THEN_DASHED_RELATIVE.search(text, sentence_start, attribution.cue[0])
    if opening is None or (source is not None and source[0] < opening.end("subject")):
        return attribution  # no dashed relative before the cue, or the source already stands before it
    return dataclasses.replace(attribution, source=opening.span("subject"))
