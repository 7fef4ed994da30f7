"""Reaction pages that head each speaker's words with their name: on a line of its own ("Idris Castell,
Northvale manager", "Tamim Rahman:") with the words in the paragraphs below, or run in before them
("Arjun Mehra, Westland captain: We played ..."); each speaker's words, in their own voice and unquoted,
go on until the next heading.

Why: sport and business sites print a match's or a deal's reactions so (a governing body's "reaction"
page, a results day's "what the captains said"); no cue frames the words and no quote mark opens them,
so the speakers were no actors at all, or had only what the lead said of them. A heading is read only
where the page has at least two, each a name the tagger found in the text or one shaped as a person's
(no common noun in it), and a paragraph is the speaker's only while it speaks in the first person: a
lone "Name, role" line is a photo's caption. A page that signs each answer below it (a vox pop) has no headings.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.phrasing import is_noun
from brief.actors.speakers import Continued
from brief.actors.vox_pop import signed_answers
from brief.actors.whole_quotes import paragraph_end
from brief.model import Sentence
from brief.text.language import stop_words

_NAME = r"([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3})"
_ROLE = r"[^\n.!?\"“”:]{2,60}?"
_HEADING = re.compile(rf"^[ \t]*{_NAME}(?:,[ \t]+({_ROLE})[ \t]*:?|[ \t]*:)[ \t]*$", re.MULTILINE)
"""A line that is a name and its role ("Idris Castell, Northvale manager"), or a name and a colon
("Tamim Rahman:"), and nothing else: the heading of the paragraphs below it."""
_RUN_IN = re.compile(rf"^[ \t]*{_NAME},[ \t]+({_ROLE}):[ \t]+(?=\S)", re.MULTILINE)
"""A name, its role and a colon that open a paragraph ("Arjun Mehra, Westland captain: We played ...")."""
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|[Ww]e|[Ww]e're|[Ww]e’re|[Mm]y|[Oo]ur|me|us)\b")
"""The speaker's own voice: a paragraph without it is the page's again ("Related", the next report)."""
_QUOTED = re.compile(r"[\"“”]")
_FRAME_LEFT = re.compile(r"^(?:the|an?)\s+|,?\s+(?:said|says|added|adds)$")
"""A role's article and the cue of a heading that frames the words below it ("Moazzam Malik, the British Ambassador
to Indonesia, said:" is the ambassador's heading too): neither is the role."""
MIN_HEADINGS = 2
"""Headed speakers a page must have for its headings to be read: one such line alone is a caption."""


def headed_answers(text: str, sentences: Sequence[Sentence], index: MentionIndex) -> list[Continued]:
    """Each paragraph in the first person under a speaker's heading (and a run-in heading's own
    paragraph), as that speaker's words to the paragraph's end, the heading's name its label; none on
    a page with fewer than two headings."""
    people = {m.name: m for m in index.mentions if m.kind == "person" and not m.demonym and " " in m.name}
    headings = sorted([*_HEADING.finditer(text), *_RUN_IN.finditer(text)], key=lambda h: h.start())
    headings = [h for h in headings if h.group(1) in people or shaped_as_name(h.group(1))]
    if len({h.group(1) for h in headings}) < MIN_HEADINGS or signed_answers(text, sentences, index):
        return []  # a vox pop signs each answer below it: its signatures head nothing (brief.actors.vox_pop)
    out: list[Continued] = []
    for n, heading in enumerate(headings):
        stop = headings[n + 1].start() if n + 1 < len(headings) else len(text)
        for k, s in enumerate(sentences):
            opening = text.rfind("\n", 0, s.start) + 1
            run_in = opening == heading.start() and s.start < heading.end() < s.end
            if not (run_in or heading.end() < s.start < stop and opening == s.start):
                continue  # only a run-in heading's sentence and the sentences that open a paragraph below
            start, end = heading.end() if run_in else s.start, paragraph_end(text, s.start)
            if not _FIRST_PERSON.search(text, start, end) or _QUOTED.search(text, start, end):
                break  # the page's own words again, or a quotation another rule reads
            out.append(Continued(_speaker(heading, people, s), k, (start, end), heading.span(1)))
    return out


def shaped_as_name(name: str) -> bool:
    """A heading's name no common noun nor function word is in ("Tamim Rahman"; not "Related Topics")."""
    return not any(is_noun(w.lower()) or w.lower() in stop_words("en") for w in name.split())


def _speaker(heading: re.Match[str], people: dict[str, Mention], s: Sentence) -> Mention:
    """The heading's name as a mention of the person (the one the text names so, or a new one), with
    the role the heading gives."""
    role = _FRAME_LEFT.sub("", " ".join((heading.group(2) or "").split()))
    named = people.get(heading.group(1)) or Mention(s.article, s.index, 0, 0, heading.group(1), heading.group(1), "person")
    return dataclasses.replace(named, sentence=s.index, start=heading.start(1), end=heading.end(1), role=named.role or role)
