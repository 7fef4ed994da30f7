"""A bare "it" that goes on with a document, not a body: "The Labour Party rejected the findings of the
audit report. To start, it confirms that spending doubled."; "Later, the mayor's office issued a short statement. It
called the ruling ...": the statement, whoever issued it, not the body that spoke before.

Why: "it" went to the last body that spoke (the party), though what the sentence before brought in
last was a report, and a verb of finding ("confirms", "finds", "shows") is what a report does. When a
document's noun stands after the last name before "it", and the cue is one of finding, "it" is the
document: its author speaks if the text names one (``documents.document_author``), else no one.
"""

from __future__ import annotations

import re

from brief.actors.document_frames import framed_before
from brief.actors.documents import AUTHORED, document_author
from brief.actors.mentions import Mention
from brief.actors.office_holding import office_holder

_FINDING = re.compile(r"(?:also\s+|further\s+)?(?:finds|found|confirms|confirmed|shows|showed|concludes|concluded|"
                      r"recommends|recommended|reveals|revealed|highlights|estimates|notes)\b", re.I)
"""Cues of what a document does: it finds, shows or recommends (not "says", which a body does as often)."""
_DOCUMENT = re.compile(rf"\b(?:the|its|their|a|an|this|that)\s+(?:[\w-]+\s+){{0,3}}?({'|'.join(sorted(AUTHORED))})\b", re.I)
"""A document brought in by its noun ("the findings of the audit office report", "its report")."""
REACH = 400
"""Characters before "it" read for the document (the sentence before, as a pronoun goes on with)."""


def document_it(text: str, start: int, cue: tuple[int, int], before: list[Mention]) -> tuple[str, Mention | None] | None:
    """For "it" at ``start`` with a cue of finding: the noun of the document named after the last name
    before it and that document's author (or None); for an "It" opening the sentence after a statement was issued,
    with any cue, "statement" and its issuer (or None); else None when "it" is no document."""
    if _FINDING.match(text, cue[0], cue[1]) is None:
        framed = framed_before(text, start)
        if framed is not None:
            return framed, document_author(text, start, framed, before)  # "“...,” the letter stated. It described"
        issued = _ISSUED_BEFORE.search(text, max(0, start - REACH), start)
        if issued is None or not text.startswith("It ", start):
            return None
        office = issued.group("office")  # "the mayor's office issued a statement": the one named Mayor
        holder = office_holder(before, (office.lower(),)) if office else None
        return "statement", holder or document_author(text, start, "statement", before)  # "... issued a statement. It called"
    lo = max(before[-1].end if before else 0, start - REACH)
    found = list(_DOCUMENT.finditer(text, lo, start))
    noun = found[-1].group(1).lower() if found else _subject_document(text, start)
    if noun is None:
        return None
    return noun, document_author(text, start, noun, before)


_ISSUED_BEFORE = re.compile(r"(?:\b[Tt]he\s+(?P<office>[a-z]+)['’]s\s+office\s+)?"
                            r"\b(?:issued|released|put\s+out|published|sent\s+out)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:statement|press\s+release)\s*\.\s*$", re.I)
"""A sentence before "It" that closes on a statement issued ("her office issued a formal statement."): the "It" that
opens the next sentence is that statement, with any cue ("It called the ruling ..."); "the mayor's office" issuing it
is the office's one holder the text names (``office_holding.office_holder``)."""
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+")  # its own: all the spaces go, each split sentence opens on its word
_OPENING_DOCUMENT = re.compile(rf"\s*(?:The|This|That|Its|Their)\s+(?:[\w-]+\s+){{0,2}}?({'|'.join(sorted(AUTHORED))})"
                               r"\s+(?:is|was|has|had|appears|appeared|will|would)\b")
"""A document opening a sentence as its subject ("The study is published in ...")."""


def _subject_document(text: str, start: int) -> str | None:
    """The document that opens the sentence before the one "it" stands in, as its subject, whatever names follow it
    there ("The study is published in the journal, and it was presented at the meeting of the American Academy of
    Allergy, Asthma and Immunology. It found ...": the study, not the academy)."""
    sentences = _SENTENCE_END.split(text[max(0, start - REACH) : start])
    opened = _OPENING_DOCUMENT.match(sentences[-2]) if len(sentences) >= 2 else None
    return opened.group(1).lower() if opened else None
