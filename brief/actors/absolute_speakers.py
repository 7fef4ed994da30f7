"""A speaker brought in by "with" after another's statement: "The Property Council welcomed the decision,
with chief executive Mike Zorbas saying it would unlock homes".

Why: the clause "with X saying ..." has a subject of its own (an absolute construction), unlike the
trailing participle of ", saying ..." that shares the main clause's subject. The participle was given
to the main clause's speaker (the council) and the first statement ran on over it, so the officer's
words were the body's and the officer no actor. The officer speaks, and the first statement ends
before ", with".

The clause may set the name off with commas, after its title ("with its chief forecaster, Lee Dunn, saying")
or before a description ("with Tom Ferris, an economist at Harlow Bank, saying"): the model then took the
words before the participle for the statement, or the last name of the description ("Bank") for the
source. The name after "with" (or after its title) speaks the words after the participle.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution
from brief.actors.speakers import MIN_POSITION_WORDS

MAX_ROLE_WORDS = 3
"""Lower-case words of a title between "with" and the source ("secretary general", "its chief executive")."""
WITH_REACH = 48
"""Characters before the source searched for "with" and a title's lower-case words."""
_WITH_BEFORE = re.compile(rf"(?:^|[\s,;(—–-])[Ww]ith\s+(?:[a-z][\w'’-]*\s+){{0,{MAX_ROLE_WORDS}}}$")
"""Right before the source: "with" (after a comma, a dash or a space) and the lower-case words of a title the
source model may leave out ("with secretary general | Davji Atellah")."""
SECOND_REACH = 200
"""Characters before the source searched for the first "with" clause that the second joins with "and"."""
_SECOND_WITH = re.compile(r"(?:^|[\s,;(—–-])[Ww]ith\s[^.!?;:\"“”\n]*?\b[a-z]+ing\b[^.!?;:\"“”\n]*?\sand\s+(?:[\w'’-]+\s+){0,3}$")
"""A second subject of a "with" clause, joined by "and" after the first's participle: "with the Greens demanding
more money and | the Prime Minister's party warning ...", the source perhaps cut after a determiner and a possessive
("and the mayor's | own group warning"): its own subject too, not the first's nor the main clause's."""
_CLAUSE_START = re.compile(rf"\s*[,;—–-]?\s*[Ww]ith\s+(?:[a-z][\w'’-]*\s+){{0,{MAX_ROLE_WORDS}}}$")
"""The start of the "with" clause inside the first statement: its comma or dash, and "with"."""
SOURCE_REACH = 80
"""Characters of the source between "with" and the participle ("with chief executive Mike Zorbas",
"with the council's deputy leader, Cllr Ana Ruiz,"): a longer stretch holds a clause of its own."""


_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:(?:de|da|van|von|der|bin|al|le|la)\s+)*[A-Z][\w'’.-]*){0,4}"
"""A name's words: capitalised, with the particles inside names ("Ursula von der Leyen")."""
_SET_OFF = re.compile(
    rf"(?:[,;(—–]\s*|\s[-—–]\s*)[Ww]ith\s+(?:"
    rf"(?:[\w'’.-]+\s+){{0,{MAX_ROLE_WORDS}}}[a-z][\w'’-]*,\s+(?P<titled>{_NAME})"
    rf"|(?:[a-z][\w'’-]*\s+){{0,{MAX_ROLE_WORDS}}}(?P<described>{_NAME}),\s+[a-z][^;:\"“”()]*?"
    rf"),\s*$"
)
"""", with its chief forecaster, Lee Dunn, |saying" (a title, then the name set off) and ", with Tom Ferris, an
economist at Harlow Bank, |saying" (the name, then a description starting lower-case), right before the cue."""
_TERMING = re.compile(
    rf"\s*[,;—–]\s*[Ww]ith\s+(?:[a-z][\w'’-]*\s+){{0,{MAX_ROLE_WORDS}}}{_NAME}\s+terming\s+"
    r"(?=(?:[\w'’.-]+\s+){1,6}?[“\"‘]\s*\w)")
"""", with party spokesperson Y terming it “baseless”": a verb of naming the cue model never tags, whose
subject and quoted judgement ``reporting`` reads as Y's own statement; the statement before ends at the comma."""
CLAUSE_REACH = 120
"""Characters before the cue searched for a set-off "with" clause: a title or description and a name."""


def set_off_with(text: str, cue_start: int) -> tuple[int, tuple[int, int]] | None:
    """The start of a ", with <title>, <name>," or ", with <name>, <description>," clause that ends right
    before a cue, and its name's span; None when the cue has no such clause before it."""
    start = max(0, cue_start - CLAUSE_REACH)
    if text.find("ith", start, cue_start) < 0:
        return None  # no "with" in reach (most cues): the pattern's search is not run (it is, per cue, for every other cue)
    found = _SET_OFF.search(text, start, cue_start)
    if found is None:
        return None
    group = "titled" if found.group("titled") is not None else "described"
    return found.start(), found.span(group)


def _participle(text: str, attribution: Attribution) -> bool:
    cue = text[attribution.cue[0] : attribution.cue[1]].split()
    return bool(cue) and cue[0].lower().endswith("ing")


def with_subject(text: str, attribution: Attribution) -> bool:
    """Whether the attribution is "with <source> saying ...": a participle cue whose source stands right
    after "with" and right before it (its own subject, not the clause's), or inside a set-off "with"
    clause (``set_off_with``)."""
    if attribution.source is None or not _participle(text, attribution):
        return False
    a, b = attribution.source
    clause = set_off_with(text, attribution.cue[0])
    if clause is not None and clause[0] < a and b <= attribution.cue[0]:
        return True
    return (b <= attribution.cue[0]
            and not text[b : attribution.cue[0]].strip(" ,") and b - a <= SOURCE_REACH
            and (_WITH_BEFORE.search(text, max(0, a - WITH_REACH), a) is not None
                 or _SECOND_WITH.search(text, max(0, a - SECOND_REACH), a) is not None))


def set_off_speaker(text: str, attribution: Attribution, sentence_end: int) -> Attribution:
    """ "with its chief forecaster, Lee Dunn, saying levels were high": the name speaks (not the title's
    owner, nor a name in the description, nor the main clause's subject: the clause has its own), and its
    words are those after the participle, to the sentence's end (the model may take the words before it)."""
    if not _participle(text, attribution):
        return attribution
    clause = set_off_with(text, attribution.cue[0])
    if clause is None:
        return attribution
    content = attribution.content
    if content[0] < attribution.cue[1]:
        start = attribution.cue[1] + len(text[attribution.cue[1] : sentence_end]) - len(
            text[attribution.cue[1] : sentence_end].lstrip(" ,"))
        end = start + len(text[start:sentence_end].rstrip(" .!?"))
        if end <= start:
            return attribution
        content = (start, end)
    return dataclasses.replace(attribution, source=clause[1], content=content)


def before_with_clause(text: str, attribution: Attribution, others: Sequence[Attribution]) -> Attribution:
    """The statement cut before a "with <source> saying" clause it ran on over (``with_subject``): the
    clause is its own speaker's statement, when it is long enough to be listed as one (a shorter one, "with X
    warning of “dangerous consequences”", stays in the first, where a reader still sees it)."""
    start, end = attribution.content
    if attribution.quote or start < attribution.cue[1]:
        return attribution
    for other in others:
        if other is attribution or other.source is None or not start < other.source[0] < end:
            continue
        if with_subject(text, other) and len(text[other.content[0] : other.content[1]].split()) >= MIN_POSITION_WORDS:
            clause = _CLAUSE_START.search(text, start, other.source[0])
            if clause is not None and clause.start() > start:
                return dataclasses.replace(attribution, content=(start, clause.start()))
    terming = _TERMING.search(text, start, end)
    if terming is not None and terming.start() > start:
        return dataclasses.replace(attribution, content=(start, terming.start()))
    for other in others:  # ", with its chief forecaster, | Lee Dunn, saying": the model may end the content early
        # (a clause ends right before its cue and starts at most CLAUSE_REACH before it: only a cue that near the
        # content is searched, not every cue of the article for every statement)
        near = other is not attribution and start < other.cue[0] <= end + CLAUSE_REACH
        set_off = set_off_with(text, other.cue[0]) if near else None
        if set_off is not None and start < set_off[0] <= end and _said_after(text, other.cue[1]) >= MIN_POSITION_WORDS:
            return dataclasses.replace(attribution, content=(start, set_off[0]))
    return attribution


def _said_after(text: str, cue_end: int) -> int:
    """The words after a participle cue, to its sentence's end."""
    return len(re.split(r"[.!?](?:\s|$)", text[cue_end:], maxsplit=1)[0].split())
