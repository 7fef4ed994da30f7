"""What opens a sentence, for a speaker's name the tagger missed there: where the sentence starts
(not at a title's full stop: "Ms. Simonyan, the network's editor, says"), the abbreviated title
that opens it, and capitalised words that head a section rather than name a speaker."""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.gender import given_names
from brief.actors.roles import HONORIFICS
from brief.text.lexicon import ABBREVIATED_TITLES

_TITLE_STOP = re.compile(r"\b([A-Z][a-z]{1,3})\.\s$")
_OPENING_TITLE = re.compile(r"([A-Z][a-z]{1,3})\.? (?=[A-Z])")


def _title(word: str) -> bool:
    """ "Ms", "Dr", "Sen": a courtesy or a title written abbreviated before a name."""
    return word.lower() in HONORIFICS | ABBREVIATED_TITLES


def sentence_opening(text: str, cue_start: int) -> int:
    """Where the sentence holding ``cue_start`` opens: past its line's start and the last full stop
    before it that ends a sentence, not an abbreviated title's ("Mr.", "Dr.", "Sen.")."""
    line_start = text.rfind("\n", 0, cue_start) + 1
    stop = text.rfind(". ", line_start, cue_start)
    while stop >= 0:
        title = _TITLE_STOP.search(text, max(line_start, stop - 5), stop + 2)
        if title is None or not _title(title.group(1)):
            return stop + 2
        stop = text.rfind(". ", line_start, title.start())
    return line_start


def after_title(text: str, start: int) -> int:
    """Where the name after an abbreviated title at ``start`` begins ("Ms. Simonyan", "Dr Ode"), else ``start``."""
    title = _OPENING_TITLE.match(text, start)
    return title.end() if title is not None and _title(title.group(1)) else start


_LINE_LEAD = re.compile(r"[\s\-–—•*]*")


def heading(text: str, attribution: Attribution, run: tuple[int, int], sentence_start: int) -> bool:
    """ "Tech Enabled: CNET chronicles ...", "... the blooms. Editor's Tip: Choose a vase ...": capitalised
    words that open a line or a sentence before a bare colon head a section or a tip; a speaker's label
    there opens with a given name (a label naming someone the article names is read by
    ``labelled_paragraphs``)."""
    opens = max(text.rfind("\n", 0, run[0]) + 1, sentence_start if sentence_start <= run[0] else 0)
    lead = _LINE_LEAD.match(text, opens)
    return (text[attribution.cue[0] : attribution.cue[1]].strip() == ":" and lead is not None and lead.end() == run[0]
            and text[run[0] : run[1]].split()[0] not in given_names())
