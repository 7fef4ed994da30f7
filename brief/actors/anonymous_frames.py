"""A named speaker reported through anonymous sourcing: "Our sources say Lupita told cops it was taken from
her room", "Insiders say Ada Quinn told staff she would not quit", "We're told Cole said the deal was done".
Celebrity and political pages pass on what a named person said through people they do not name; the
attribution model finds the outer frame only, whose source is no one, so the named person's words went
under no actor. The named person who opens the frame's content with a verb of saying is the speaker, and
what follows that verb (past its listener: "told cops") is what they said.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention

_ANONYMOUS = re.compile(r"(?i:(?:(?:our|the|some|two|three|multiple|several)\s+)?(?:(?:well-placed|"
                        r"senior|close|informed|reliable|unnamed)\s+)*(?:sources|insiders|reports|we|we['’]re|people))")
"""A source that names no one: "our sources", "insiders", "reports", "we" (of "we're told")."""
_INNER_CUE = re.compile(r"\s+(?:has\s+|had\s+|also\s+)?(?:told|said|says|tells|admitted|claimed|confided|revealed|"
                        r"insisted)\b(?:\s+(?!that\b)(?:[a-z]+\s+){0,2}?(?:cops|police|officers|friends|staff|pals|"
                        r"aides|colleagues|investigators|detectives|them|him|her|us|reporters|officials|family))?"
                        r"(?:\s+that)?\s+")
"""The inner frame after the name: a verb of saying, its listener ("told cops"), "that"."""


def named_inside(text: str, attribution: Attribution, index: MentionIndex) -> tuple[Mention, Attribution] | None:
    """The person named at the opening of an anonymous frame's content and what they said there (see the
    module's docstring); None when the source names someone or the content opens otherwise."""
    if attribution.source is None or attribution.quote:
        return None
    if _ANONYMOUS.fullmatch(text[attribution.source[0] : attribution.source[1]].strip()) is None:
        return None
    start, end = attribution.content
    while start < end and text[start].isspace():
        start += 1
    named = [m for m in index.within((start, end)) if m.start == start and index.personal(m)] or _surname_at(text, start, index)
    if not named:
        return None
    name_end = named[0].end if named[0].start == start else start + len(named[0].name.split()[-1])  # a surname alone
    inner = _INNER_CUE.match(text, name_end, end)
    if inner is None or inner.end() >= end:
        return None
    verb = re.search(r"[a-z]+", text[name_end : inner.end()])
    assert verb is not None
    cue = (name_end + verb.start(), name_end + verb.end())
    return named[0], dataclasses.replace(attribution, cue=cue, source=(start, name_end), content=(inner.end(), end))


def _surname_at(text: str, start: int, index: MentionIndex) -> list[Mention]:
    """The surname of a person named in full, written at ``start`` where the tagger found no name ("Insiders
    say Quell told ...", a surname that is also a word): that person's full mention, with the surname's end."""
    word = re.match(r"[A-Z][\w'’-]+", text[start : start + 40])
    if word is None or word.group() not in index.surnames:
        return []
    full = next((m for m in index.mentions if m.kind == "person" and m.name.split()[-1] == word.group()), None)
    return [] if full is None else [full]
