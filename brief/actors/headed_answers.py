"""Reaction pages that head each speaker's words with a line of their own: "Idris Castell, Northvale
manager" (a colon after it or none), then paragraphs in the speaker's own voice, unquoted, until the
next such heading ("Pavel Lindqvist, Eastmark manager").

Why: sport and business sites print a match's or a deal's reactions so (a governing body's "reaction"
page, a results day's "what they said"); no cue frames the words and no quote mark opens them, so the
second speaker was no actor at all and the first had only what the lead said of them. A heading is
read only where the page has at least two, each a full name the tagger found in the text, and a paragraph is
the speaker's only while it speaks in the first person: a lone "Name, role" line is a photo's caption.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.mention_index import MentionIndex
from brief.actors.speakers import Continued
from brief.actors.whole_quotes import paragraph_end
from brief.model import Sentence

_HEADING = re.compile(r"^[ \t]*([A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3}),[ \t]+[^\n.!?\"“”:]{2,60}?[ \t]*:?[ \t]*$",
                      re.MULTILINE)
"""A line that is a name, a comma and a role, and nothing else ("Idris Castell, Northvale manager:")."""
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|[Ww]e|[Ww]e're|[Ww]e’re|[Mm]y|[Oo]ur|me|us)\b")
"""The speaker's own voice: a paragraph without it is the page's again ("Related", the next report)."""
_QUOTED = re.compile(r"[\"“”]")
MIN_HEADINGS = 2
"""Headed speakers a page must have for its headings to be read: one such line alone is a caption."""


def headed_answers(text: str, sentences: Sequence[Sentence], index: MentionIndex) -> list[Continued]:
    """Each paragraph in the first person after a speaker's heading line, as that speaker's words (to the
    paragraph's end), with the heading's name as its label; none on a page with fewer than two headings."""
    people = {m.name: m for m in index.mentions if m.kind == "person" and not m.demonym and " " in m.name}
    headings = [(h, people[h.group(1)]) for h in _HEADING.finditer(text) if h.group(1) in people]
    if len({person.name for _, person in headings}) < MIN_HEADINGS:
        return []
    out: list[Continued] = []
    for n, (heading, person) in enumerate(headings):
        stop = headings[n + 1][0].start() if n + 1 < len(headings) else len(text)
        for k, s in enumerate(sentences):
            if not heading.end() < s.start < stop or text.rfind("\n", 0, s.start) + 1 != s.start:
                continue  # only the sentences that open a paragraph under this heading
            end = paragraph_end(text, s.start)
            words = text[s.start : end]
            if not _FIRST_PERSON.search(words) or _QUOTED.search(words):
                break  # the page's own words again, or a quotation another rule reads
            named = dataclasses.replace(person, sentence=s.index, start=heading.start(1), end=heading.end(1))
            out.append(Continued(named, k, (s.start, end), heading.span(1)))
    return out
