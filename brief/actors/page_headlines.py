"""The page's own headline lines in an article's text: its <h1> and dek above the first sentence; and the teasers
of other stories cut off below it.

A page's headline can differ from its <title> ("Chef Jamie Oliver joins Mail on Sunday's war" over
"Jamie's war on toxic US food: ... lead plea to Boris Johnson to block sub-standard products"), and
names the story's subject as surely; the sentence splitter leaves such lines out of the sentences.
"""

from __future__ import annotations

import re

from brief.model import Sentence

MAX_HEADLINE_WORDS = 40
"""Longest first line read as a headline or dek: a DM headline runs to 35 words; a paragraph is longer."""
MIN_HEADLINE_WORDS = 4
"""Shorter first lines are a label ("Posted on"), a date or a kicker, not a headline naming anyone."""


_COVERAGE_NOTE = re.compile(r"(?:(?:Live |Radio |TV )?Coverage|Broadcast|How to (?:watch|follow|listen))\s*:", re.I)
"""A sports page's note of where the match is followed ("Coverage: Ball-by-ball commentary on Radio Northbay"),
under the headline: the page's furniture, whose station is no subject of the story."""


MAX_HEADLINE_LINES = 2
"""Lines before the first sentence read as headlines: the headline and its dek."""


def is_title(line: str, title: str) -> bool:
    """Whether a headline line is the article's title, kept in its text (weighed as the title already)."""
    title = title.rstrip("…").strip()
    return bool(title) and " ".join(line.split()).startswith(" ".join(title.split()))


def headline_lines(text: str, sentences: tuple[Sentence, ...]) -> list[tuple[int, int]]:
    """The spans of the article's first lines when they are its headline and dek, which the sentence
    splitter left out (alone in their paragraphs, before the first sentence, with no full stop:
    "Jamie's war on toxic US food: ... lead plea to Boris Johnson to block sub-standard products").
    A page's own headline can differ from its <title>, and names the story's subject as surely."""
    if not sentences or sentences[0].index != 0:
        return []
    spans: list[tuple[int, int]] = []
    for found in re.finditer(r"[^\n]+", text[: sentences[0].start]):
        line = found.group().strip()
        if not line:
            continue
        alone = text.startswith("\n\n", found.end())  # a paragraph, not a line of wrapped wire copy
        if (len(spans) == MAX_HEADLINE_LINES or not alone or line[-1:] in ".!?\"”’'…:-—–)" or line[:1] in "-•*–"
                or not MIN_HEADLINE_WORDS <= len(line.split()) <= MAX_HEADLINE_WORDS or _COVERAGE_NOTE.match(line)):
            break  # a dateline ("JAKARTA, Indonesia (AP) -"); the page's bullets ("- MPs adding pressure ...")
        lead = len(found.group()) - len(found.group().lstrip())
        spans.append((found.start() + lead, found.start() + lead + len(line)))
    return spans


_CUT_OFF = re.compile(r"[a-z,]\s?(?:\.\.\.|…)$")
MAX_LINK_WORDS = 3
"""Words of a link's label a page sets after a paragraph's last full sentence ("Continued...", "Read more...",
"Full story…"): a longer run after the stop is a sentence cut off."""
_LINK_LABEL = re.compile(rf"(?:^|[.!?][\"”’']?\s+)[A-Z][a-z]*(?:\s+[a-z]+){{0,{MAX_LINK_WORDS - 1}}}\s?(?:\.\.\.|…)$")
"""A paragraph that ends on a full sentence and then a capitalised link label with its dots."""


def in_teaser(text: str, sentence: Sentence) -> bool:
    """ "Third round matches in the Upper Corentyne Cricket Association ... The competition which is for
    teams in the...": a paragraph the site cut off mid-sentence, after the first, is a teaser for
    another story; the names in it are not this story's actors. Not a paragraph whose last sentence is whole
    and followed by a link's label ("... denied the claim. Continued..."): the story's own text, cut nowhere."""
    start = text.rfind("\n", 0, sentence.start) + 1
    end = text.find("\n", sentence.end)
    paragraph = text[start : end if end >= 0 else len(text)].rstrip()
    return (start > 0 and paragraph.endswith(("...", "…")) and bool(_CUT_OFF.search(paragraph))
            and not _LINK_LABEL.search(paragraph))
