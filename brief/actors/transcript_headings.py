"""A speech printed in full under a heading that announces it: "The Mayor's Speech 2024 full
transcript", "Read Ms Okafor's statement in full", "Full text of the President's address". News sets
the text below such a heading as a run of paragraphs, each opening with a quote mark and none with a
cue; they are the speaker's the heading names, not the last speaker's before it (the rules that go on
with a quotation, ``speakers.continued_quotes``, cannot see the heading: it is furniture, out of the
sentences). The heading names its speaker by a possessive ("the King's speech") or after "by"/"of"
("remarks by Senator Diaz"); the name is matched to a person the article names, by name or by the
title written beside them ("King Charles" for "the King's"). Read only under such a heading, so a
quoted paragraph after any other furniture (a caption, a pull quote) is left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.speakers import Continued
from brief.ingest.furniture import is_heading
from brief.model import Sentence

TRANSCRIPT_CUE = "said"
"""The cue a paragraph of a transcript is listed with: the speaker said it."""

TRANSCRIPT_PARAGRAPHS = 80
"""Paragraphs a transcript may run to under its heading (a State of the Union address runs to ~70);
past as many a quoted paragraph is more likely another text than the same speech."""

_ANNOUNCES = re.compile(r"\b(?:(?:full\s+)?transcript|in\s+full|full\s+text|verbatim)\b", re.IGNORECASE)
"""What a heading says to announce a text printed whole."""
_TEXT = r"(?:[Ss]peech|[Aa]ddress|[Ss]tatement|[Rr]emarks|[Ll]etter|[Ss]ermon|[Ee]ulogy|[Mm]essage|[Tt]ranscript)"
_NAME = r"(?P<who>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.-]*)"
_OWNED = re.compile(rf"{_NAME}['’]s?\s+(?:[\w-]+\s+){{0,3}}?{_TEXT}\b")
"""The possessive that names a text's speaker: "the King's Speech", "Biden's farewell address"."""
_BY = re.compile(rf"\b{_TEXT}\s+(?:by|of|from)\s+(?:the\s+)?{_NAME}")
"""The speaker named after the text: "remarks by Senator Diaz", "transcript of the Governor's"."""
_OPENS_QUOTED = re.compile(r"[ \t\xa0]*[“\"‘']")
_ARTICLE = re.compile(r"^(?:The|A)\s+")


def transcript_quotations(text: str, sentences: Sequence[Sentence], index: MentionIndex) -> list[Continued]:
    """Each quoted paragraph under a heading that announces a speech in full, under the speaker the
    heading names (one the article names before it); none where the heading names no one known."""
    out: list[Continued] = []
    starts = {s.start: k for k, s in enumerate(sentences)}
    for heading in re.finditer(r"[^\n]+", text):
        line = heading.group(0)
        if not _ANNOUNCES.search(line) or heading.start() in starts or not is_heading(line.strip()):
            continue
        if any(s.start < heading.end() and heading.start() < s.end for s in sentences):
            continue  # inside a sentence: prose, no heading
        speaker = _speaker(line, index.before(heading.start()))
        if speaker is None:
            continue
        for paragraph in _quoted_paragraphs(text, heading.end(), starts):
            k = starts[paragraph[0]]
            out.append(Continued(speaker, k, paragraph, cue=TRANSCRIPT_CUE))
    return out


def _quoted_paragraphs(text: str, offset: int, starts: dict[int, int]) -> list[tuple[int, int]]:
    """The paragraphs after a heading that open a sentence with a quote mark, up to the first that
    opens with none (the article's own prose again, or more furniture)."""
    out: list[tuple[int, int]] = []
    for paragraph in re.compile(r"[^\n]+").finditer(text, offset):
        start = paragraph.start() + len(paragraph.group(0)) - len(paragraph.group(0).lstrip())
        if not _OPENS_QUOTED.match(text, start) or len(out) >= TRANSCRIPT_PARAGRAPHS:
            break
        if start not in starts:
            continue  # a line of the speech with no full stop, set aside as a heading: the speech goes on
        out.append((start, len(paragraph.group(0).rstrip()) + paragraph.start()))
    return out


def _speaker(heading: str, before: Sequence[Mention]) -> Mention | None:
    """The person named before the heading whom its possessive or "by" phrase names, the last one
    so named; by name ("Biden's"), or by the title beside the name ("the King's": King Charles)."""
    named = _OWNED.search(heading) or _BY.search(heading)
    if named is None:
        return None
    who = _ARTICLE.sub("", named.group("who")).replace("’", "'").strip()
    last = who.split()[-1].lower() if who else ""
    if not last:
        return None
    for m in reversed(before):
        if m.kind != "person" or m.demonym or m.writer:
            continue
        if m.name.lower() == who.lower() or m.name.split()[-1].lower() == last or (
                m.role and m.role.split()[-1].lower() == last):
            return m
    return None
