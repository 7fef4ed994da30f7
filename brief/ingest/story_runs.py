"""Whether a page's text holds a story told in paragraphs, whatever teasers surround it.

A section front is headlines, each with a line or two of blurb: its paragraphs alternate, a short
headline then a blurb. A story is paragraphs that follow one another with no headline between. An
old page (2008) sets its story among many linked headlines (a "most read" list, its readers'
comments, a box of the site's other stories on the same subject), so that its paragraphs are short
at the median and it looks like a front by its counts alone; a run of long paragraphs in a row
tells it from one. So does one long block of whole sentences: a story whose page parts its
paragraphs with line breaks (``<br><br>`` in one ``<p>``) is read as one block, while a front's
blurbs, run together, are each cut short with an ellipsis.
"""

from __future__ import annotations

from brief.text.segment import sentence_spans
from brief.text.words import count_words

STORY_RUN_PARAGRAPHS = 5
"""Paragraphs in a row, none short, that make a story: a front's blurbs stand one under each
headline, never this many together (a 2008 article among 36 teasers ran 7 in a row)."""
STORY_RUN_WORDS = 15
"""A paragraph of a story's run has at least this many words: a front's headlines have fewer
(pagekind.INDEX_TEASER_WORDS, the median paragraph of a front)."""
STORY_BLOCK_SENTENCES = 8
"""Sentences in one block, none cut short with an ellipsis, that make a story read as one block: a
2008 story parted by line breaks ran 10 in one block; a box of the site's other stories run together
as one block had 9, four of them teasers cut off with "...". A front's blurb is a sentence or two."""
_SENTENCE_END = (".", "!", "?", '"', "”", "’", "'", ")")


def tells_a_story(text: str) -> bool:
    """Whether ``text`` (an article's paragraphs, furniture too, in order, one a "\\n\\n"-block) holds
    STORY_RUN_PARAGRAPHS paragraphs in a row of STORY_RUN_WORDS words or more, each ending as a sentence does, or
    a block of STORY_BLOCK_SENTENCES whole sentences (_one_block_story)."""
    run = 0
    for paragraph in text.split("\n\n"):
        paragraph = paragraph.strip()
        if _one_block_story(paragraph):
            return True
        if count_words(paragraph) >= STORY_RUN_WORDS and paragraph.endswith(_SENTENCE_END):
            run += 1
            if run >= STORY_RUN_PARAGRAPHS:
                return True
        else:
            run = 0
    return False


def _one_block_story(paragraph: str) -> bool:
    """Whether a block holds STORY_BLOCK_SENTENCES whole sentences and none cut short with an ellipsis."""
    sentences = [paragraph[a:b].rstrip() for a, b in sentence_spans(paragraph)]
    if any(s.endswith(("...", "…")) for s in sentences):
        return False
    return sum(s.endswith(_SENTENCE_END) for s in sentences) >= STORY_BLOCK_SENTENCES
