"""A transcript's turn that runs on over more than one paragraph: an official transcript ("Chief
Executive: On rent relief, ... | On the tunnel tolls, the plan ...", a ministry's "Qiao Lin: ...")
labels only a turn's first paragraph, and its speaker goes on speaking until the next label.

Why: without it a long answer's later paragraphs have no speaker, and the answer's main points
(often in those paragraphs) are lost. Only paragraphs between two labelled ones continue a turn (a
paragraph after the last label may be the page's own narration or furniture), and an unlabelled question
ends it: an interview may label its guest's answers and set its questions in bold, with no label. So does a
heading (text the segmenter left out of the sentences, "Profile of the accused"): a page that prints a call's
transcript goes on with a section of its own, whose next label ("Age: ...") is a fact box's, not a turn's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from brief.actors.speakers import Continued
from brief.actors.whole_quotes import paragraph_end
from brief.model import Sentence

MIN_LABELLED_TURNS = 3
"""Labelled paragraphs a page needs to read as a transcript, whose unlabelled paragraphs go on with the
turn before them: one or two labels ("Note: ...", a single "Name: answer") may sit in running prose."""


def continued_turns(text: str, sentences: Sequence[Sentence], turns: Sequence[Continued],
                    labelled: Callable[[str, Sentence], re.Match[str] | None]) -> list[Continued]:
    """The paragraphs that go on with a labelled turn of ``turns``: each paragraph's first sentence,
    unlabelled, between that turn and the next labelled paragraph (any label, the questioner's too)."""
    opened = [k for k, s in enumerate(sentences) if labelled(text, s) is not None]
    if len(opened) < MIN_LABELLED_TURNS:
        return []
    by_sentence = {c.sentence: c for c in turns}
    out: list[Continued] = []
    for here, after in zip(opened, opened[1:]):
        turn = by_sentence.get(here)
        if turn is None:
            continue  # a question's label, or one that names no one the page names
        for k in range(here + 1, after):
            s = sentences[k]
            if text.rfind("\n", 0, s.start) < text.rfind("\n", 0, sentences[k - 1].start) + 1 or not _opens(text, s):
                continue  # not its paragraph's first sentence
            if text[sentences[k - 1].end : s.start].strip():
                break  # a heading out of the sentences ("Profile of the accused"): a new section, the writer's
            if _asks(text[s.start : paragraph_end(text, s.start)]):
                break  # an unlabelled question ("Were there any challenges?"): the interviewer's turn, and the turn after
            out.append(Continued(turn.mention, k, (s.start, paragraph_end(text, s.start)), (0, 0), turn.cue))
    return out


def _asks(paragraph: str) -> bool:
    """Whether a paragraph ends in a question mark (a closing quote or bracket may follow it)."""
    return paragraph.rstrip().rstrip("”\"’')").endswith("?")


def _opens(text: str, s: Sentence) -> bool:
    """Whether the sentence is its paragraph's first (only blanks before it on its line)."""
    line = text.rfind("\n", 0, s.start) + 1
    return not text[line : s.start].strip()
