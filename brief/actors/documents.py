"""Whose words "the report said" gives: the author the text named where it brought the document in
("a 2014 report from the World Bank", "NPHET's letter", "Big Machine Records issued a statement").

Why: news quotes a document by its noun after naming its author once ("... according to a criminal
complaint affidavit from Homeland Security. ... the affidavit said"); the source "the affidavit"
holds no name, so the words went under no actor. ``chain.SpeakerChain`` already follows a
statement a speaker gave in the frame of their words ("X said in a statement"); this reads the
other ways a text names a document's author: a possessive before its noun, "from"/"by" after it, or
a verb of issuing with the author as its subject.
"""

from __future__ import annotations

import re

from brief.actors.cues import lemma, seed_cue
from brief.actors.last_speaker import Speaker
from brief.actors.mentions import Mention
from brief.actors.unnamed_reports import last_body_report

AUTHORED = frozenset(
    "statement release letter email memo report study survey analysis affidavit complaint filing lawsuit "
    "petition ruling audit review assessment investigation".split()
)
"""Documents a body or person writes, that a text quotes by their noun alone ("the report said")."""

DOCUMENT_REACH = 3000
"""Characters back within which "the report" finds where the report was brought in (a few
paragraphs, as ``issued_documents.ISSUED_REACH`` for a statement)."""

_DETERMINED = re.compile(r"\b(?:the|this|that)\s+$", re.I)
_INDEFINITE = re.compile(r"\b(?:a|an|one|another)\s+(?:[\w-]+\s+){0,3}$", re.I)
"""A document brought in as a new one ("a report", "a new 40-page report")."""
_OWNER_GAP = re.compile(r"['’]s?\s+(?:(?!(?:a|an|the)\s)[\w-]+\s+){0,2}$", re.I)
"""Between an author's name and the noun: its possessive and up to two modifiers ("the World
Bank's 2014 climate report"), none a determiner ("Smith's lawyer sent a letter": the lawyer's)."""
_AUTHOR_AFTER = re.compile(
    r"\s*,?\s+(?:(?:issued|released|published|written|prepared|compiled|commissioned|filed|sent|signed)"
    r"(?:\s+[\w-]+){0,3}?\s+)?(?:from|by)\s+(?:the\s+)?$",
    re.I,
)
"""Between the noun and its author after it: "a report from the World Bank", "a letter signed by",
"a study published this week by" (a participle of issuing, and up to three words of when)."""
_ISSUING = re.compile(
    r"\s+(?:[a-z]+ly\s+|also\s+|later\s+|then\s+)?([a-z]+)(?:\s+out)?\s+(?:(?:[\w-]+\s+){0,2}?(in|via|through)\s+)?"
    r"(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,3}$"
)
"""Between an author, the subject, and the noun: "Big Machine Records issued a statement" (a verb
of ``ISSUING``), "the agency said in a report", "researchers found on Monday in a study" (a cue's
verb, up to two words of when, and a preposition: a cue's object, "Smith cited a report", is
someone else's)."""
_REPLIED_WITH = re.compile(
    r"\s+(?:[a-z]+ly\s+|also\s+|later\s+|then\s+)?(?:respond|responds|responded|reply|replies|replied|react|reacts|"
    r"reacted|answered|retorted)\s+(?:to\s+(?:[\w'’-]+\s+){1,5}?)?with\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,3}$"
)
"""Between an author, the subject, and the noun: a reply in the document's form ("the commissioner responded to the
study with an open letter"), which ``deed_verbs.reply_form`` gives no position of its own."""
ISSUING = frozenset("issue release publish put send write file post share submit unveil produce".split())
"""Verbs whose object is a document their subject wrote ("put out a statement")."""
_OPENING_FRAME = re.compile(r"(?:^|[.!?”\n]\s*)(?:In|Through|With)\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,3}$")
"""A sentence that opens with the document as its frame ("In a statement on Monday, the ministry said")."""
_CLAUSE_SUBJECT = re.compile(r"[^.!?\n]*?,\s+(?:the\s+)?$")
"""From the noun to the main clause's subject: the frame's words and the comma closing it."""
_NAME_GAP = 60
"""Characters after a noun within which its author's name may begin (the few words of "released by the")."""
_FRAME_REACH = 120
"""Characters from the noun of an opening frame to the clause's subject ("In a 40-page report released
on Monday after a year's inquiry, the ministry"): a frame longer is a clause of its own."""
ISSUING_LEMMAS = frozenset(lemma(v) for v in ISSUING)


def quoted_document(source: str) -> bool:
    """Whether a source is a document by its noun alone ("the report", "the statement")."""
    words = source.lower().split()
    return len(words) == 2 and words[0] in ("the", "this", "that") and words[1] in AUTHORED


def document_author(text: str, start: int, noun: str, before: list[Mention], last: Speaker | None = None,
                    sentence: int = 0) -> Mention | None:
    """The author of the document "the <noun>" at ``start`` goes back to: walking back over the
    noun's earlier uses within ``DOCUMENT_REACH``, the first whose author the text names there; None
    at one brought in as a new document with no author named (another report, someone else's); with
    no use before, the body that spoke last (``unnamed_reports``, given ``last``); else None."""
    lo = max(0, start - DOCUMENT_REACH)
    uses = list(re.finditer(rf"\b{re.escape(noun)}\b", text[lo:start], re.I))
    named = [m for m in before if not m.demonym and not m.medium and m.start >= lo]
    for use in reversed(uses):
        at, end = lo + use.start(), lo + use.end()
        author = _author_at(text, at, end, named)
        if author is not None:
            return author
        if _INDEFINITE.search(text, max(0, at - 40), at) and not _DETERMINED.search(text, max(0, at - 8), at):
            return None
    return last_body_report(text, start, noun, DOCUMENT_REACH, last, sentence)


def _author_at(text: str, at: int, end: int, named: list[Mention]) -> Mention | None:
    """The author named where the noun (``at``..``end``) stands: "from" or "by" after it, a
    possessive before it, or the subject of a verb of issuing it."""
    after = _author_after(text, at, end, named)
    if after is not None:
        return after
    for m in reversed(named):
        if m.end < at - _NAME_GAP:
            break  # named too far before the noun to be its owner or subject
        if m.end <= at and _OWNER_GAP.fullmatch(text, m.end, at) and "." not in text[m.end : at]:
            return m
        if m.end <= at and _REPLIED_WITH.fullmatch(text, m.end, at):
            return m
        issuing = _ISSUING.fullmatch(text, m.end, at) if m.end <= at else None
        verb = lemma(issuing.group(1)) if issuing is not None else ""
        if issuing is not None and (verb in ISSUING_LEMMAS or (issuing.group(2) and seed_cue(issuing.group(1)))):
            return m
    return None


def _author_after(text: str, at: int, end: int, named: list[Mention]) -> Mention | None:
    """The author named after the noun: "from"/"by" the name, or the subject of the main clause
    the document opens as its frame."""
    opening = _OPENING_FRAME.search(text, max(0, at - 60), at) is not None
    for m in named:
        if end < m.start <= end + _NAME_GAP and _AUTHOR_AFTER.fullmatch(text, end, m.start):
            return m
        if opening and end < m.start <= end + _FRAME_REACH and _CLAUSE_SUBJECT.fullmatch(text, end, m.start):
            return m  # "In a statement released on Monday, the ministry said": the clause's subject
    return None
