""""Wrote" with a work as its object: "Charles Dickens wrote A Christmas Carol in six weeks", "Austen wrote six
novels before her death", "wrote a letter to the agency about the delays": the making of a text, a deed, no
statement; what a text says comes as a clause, a colon or a quotation ("wrote that ...", "wrote: ...", "wrote
in a post, “...”", "wrote the company was failing").

Why: the cue model tags "wrote" from its place after a subject, as it tags "said", and the object after it
became the position ("Dickens: wrote A Christmas Carol in six weeks in 1843"). Culture pages, obituaries and
reviews name works so, and the gold counts such a making a deed.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.content_ends import finite_word
from brief.actors.inner_nicknames import without_nicknames
from brief.actors.issued_documents import ISSUED
from brief.actors.phrasing import verb_lemma

_WRITING = frozenset({"write", "pen", "author", "co-write", "co-author"})
"""Verbs of making a text (``phrasing.verb_lemma`` of "wrote", "penned", "authored")."""
_SAID_THERE = re.compile(r"\b(?:that|saying|telling|warning|urging|asking|arguing|adding|noting|calling)\b|[:\"“”]",
                         re.I)
"""What makes a writing a statement: a "that"-clause, a participle of saying after it, a colon or a quotation."""
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_ISSUED_WORK = re.compile(rf"(?:(?:a|an|the|its|his|her|their|this)\s+)?(?:[\w-]+\s+)?(?:{'|'.join(sorted(ISSUED))})\b", re.I)
"""A document its writer issues ("a letter", "an open letter"): the writer is who "the letter said" goes back to
(``chain.SpeakerChain``), so the writing stays their position."""
_PREPOSITIONS = frozenset("in on via to at for from during after before about under over".split())
"""Words that open where, to whom or about what a text was written, not the text itself; after "wrote a
letter" (the work in the cue) they open the rest of the deed."""


def written_work(text: str, attribution: Attribution) -> bool:
    """Whether the cue is a verb of writing whose content, after it, is only what was written (a work, a
    letter, where and when) with no clause, colon or quotation of what the text says."""
    words = text[attribution.cue[0] : attribution.cue[1]].split()
    verb = next((k for k, w in enumerate(words) if verb_lemma(w.lower()) in _WRITING or w.lower() in _WRITING), None)
    if verb is None or attribution.quote:
        return False
    start, end = attribution.content
    read = without_nicknames(text[attribution.cue[0] : max(end, attribution.cue[1])])  # 'Lily "Harbour Queen" Vance'
    if start < attribution.cue[1] or _SAID_THERE.search(read):
        return False  # "“...,” she wrote" is the quotation's; "wrote that ...", "wrote a letter urging ..." statements
    written = _WORD.findall(text, start, end)
    if not written or (verb == len(words) - 1 and written[0].lower() in _PREPOSITIONS):
        return False  # "wrote in an email to X" after a quotation: where, not what (the quotation's frame)
    if _ISSUED_WORK.match(" ".join(words[verb + 1 :] + written)):
        return False  # "wrote a letter to the Prime Minister": what "the letter said" goes back to
    return not any(finite_word(w) for w in written)  # "wrote the company was failing"
