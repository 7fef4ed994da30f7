"""Answers signed on the line after them: a vox pop or a panel's replies lay out each answer as
paragraphs in the first person, then a line "Name, role, organisation" ("Adelee Cabrera, regional
director, Starr Catering Group"), with no cue anywhere; the answer is that person's words.

Why a page-wide shape and not one signature: an article or a letter may end with its writer's line
("Jane Doe, senior editor"), and the writer's own paragraphs are read elsewhere
(``brief.actors.letters``); a vox pop signs several answers the same way, so at least
``MIN_SIGNED_ANSWERS`` signed answers are asked for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention, normalise
from brief.actors.speakers import Continued
from brief.model import Sentence

MIN_SIGNED_ANSWERS = 2
"""Signed answers a page must hold for its signature lines to be read as a vox pop's (see above)."""
ANSWER_PARAGRAPHS = 4
"""Paragraphs an answer runs back from its signature at most (a reply is a few paragraphs)."""
SIGNATURE_MAX_WORDS = 16
"""Words of a signature line at most: a name, a role and a body, not a sentence."""

_NAME_WORD = r"(?:[A-Z][\w'’-]*|[A-Z]\.)"
_SIGNATURE = re.compile(rf"(?P<name>{_NAME_WORD}(?:[ \t\xa0]+{_NAME_WORD}){{1,3}}),[ \t\xa0]+[^\n]*[^\s.!?:;\"”]")
_FIRST_PERSON = re.compile(r"\b(?:I|I[’']m|I[’']ve|I[’']d|I[’']ll|my|me|we|our|us)\b")
_SEPARATOR = re.compile(r"[^\w\s]+")
"""A line of marks only ("=========="): it parts one answer from the next."""


def signed_answers(text: str, sentences: Sequence[Sentence], index: MentionIndex) -> list[Continued]:
    """The paragraphs in the first person above each signature line, under the person it names,
    where the page signs ``MIN_SIGNED_ANSWERS`` or more answers so."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    answers: list[tuple[tuple[int, int], list[tuple[int, int]]]] = []
    for i, (start, end) in enumerate(lines):
        line = text[start:end].strip()
        name = _SIGNATURE.fullmatch(line) if len(line.split()) <= SIGNATURE_MAX_WORDS else None
        if name is None:
            continue
        above: list[tuple[int, int]] = []
        for j in range(i - 1, max(-1, i - 1 - ANSWER_PARAGRAPHS), -1):
            paragraph = text[lines[j][0] : lines[j][1]]
            if _SEPARATOR.fullmatch(paragraph.strip()) or not _FIRST_PERSON.search(paragraph):
                break
            above.insert(0, lines[j])
        if above:
            offset = start + text[start:end].index(line)
            answers.append(((offset + name.start("name"), offset + name.end("name")), above))
    if len(answers) < MIN_SIGNED_ANSWERS:
        return []
    out: list[Continued] = []
    for name_span, paragraphs in answers:
        found = [m for m in index.within(name_span) + index.overlapping(name_span) if not m.demonym]
        person = next((m for m in found if m.kind == "person"), None)
        if found and person is None:
            continue  # "Starr Catering Group, ...": a body's line, no one's signature
        written = " ".join(text[name_span[0] : name_span[1]].split())
        for span in paragraphs:
            k = next((i for i, s in enumerate(sentences) if span[0] <= s.start < span[1]), None)
            if k is None:
                continue
            mention = Mention(sentences[k].article, sentences[k].index, name_span[0], name_span[1],
                              person.name if person else normalise(written), written, "person")
            out.append(Continued(mention, k, span, cue="said"))
    return out
