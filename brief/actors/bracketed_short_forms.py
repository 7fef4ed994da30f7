"""A short form a body's name is given in brackets that the name tagger never tags: "the Texas Department of
Transportation (TxDOT) ... A TxDOT spokesperson said", "Transport for London (TfL)".

Why: the tagger knows capitals-only initials ("MTA"), but a short form of mixed case ("TxDOT", "TfL", "DfE") it
left as a plain word, so "A TxDOT spokesperson said the agency ..." resolved to no one and the body's statement
was lost. The text itself declares the short form the body's, so each of its uses is a mention of that body, named
as the full name is (one actor). Only a short form opening with the name's first capital and holding two capitals
at least, so a bracketed word of another kind ("(Reuters)", "(pictured)") is never read.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.mentions import Mention
from brief.model import Sentence

_BRACKETED = re.compile(r"[ \t]?\(([A-Z][A-Za-z]{1,9})\)")
"""Right after the body's name: its short form in brackets ("(TxDOT)")."""
MIN_CAPITALS = 2
"""Capitals a short form holds ("TfL"); one is a word ("(Reuters)")."""


def _short_form(text: str, m: Mention, taken: set[str]) -> str | None:
    """The mixed-case short form bracketed after a body's name of two words or more, else None."""
    found = _BRACKETED.match(text, m.end) if m.kind == "organization" and len(m.name.split()) > 1 else None
    if found is None:
        return None
    short = found.group(1)
    capitals = [c for c in short if c.isupper()]
    if short.isupper() or len(capitals) < MIN_CAPITALS or short in taken or capitals[0] != m.name[0]:
        return None  # initials in capitals are the tagger's; another name's short form is left
    return short


def bracketed_short_forms(text: str, sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each use of a body's bracketed mixed-case short form made a mention of the body, named as
    its full name: those the tagger found (as a name of their own) renamed, those it missed added."""
    added: list[Mention] = []
    full: dict[str, Mention] = {}
    for m in mentions:
        short = _short_form(text, m, set(full))
        if short is None:
            continue
        full[short] = m
        for use in re.finditer(rf"(?<![\w'’-]){re.escape(short)}(?![\w-])", text):
            if any(n.start < use.end() and use.start() < n.end for n in (*mentions, *added)):
                continue
            at = next((s for s in sentences if s.start <= use.start() < s.end), None)
            if at is None:
                continue
            after = text[max(0, use.start() - 30) : use.start()].split()
            added.append(dataclasses.replace(m, sentence=at.index, start=use.start(), end=use.end(), surface=short,
                                             role="", after=after[-1].lower() if after else "", headline=False))
    if not full:
        return list(mentions)
    renamed = [dataclasses.replace(m, name=full[m.surface].name, kind="organization")
               if m.surface in full and m is not full[m.surface] else m for m in mentions]
    return sorted([*renamed, *added], key=lambda n: n.start)
