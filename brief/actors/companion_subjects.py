""" "Senator Ada Vance and her colleagues asked for answers by May. “...,” they wrote": a "they" after a sentence
whose subject is a named person and their unnamed companions is that group, filed under the one named.

Why: a letter or a statement signed by many is brought in by its lead signer "and his colleagues" (her fellow
lawmakers, their co-authors); the "they" that then gives its words goes on with that subject, as it goes on with a
list of named people (``paired_subjects``). The resolver found no list and no body and left the words to no one.
Only a subject that opens its sentence, within ``SUBJECT_REACH`` sentences, with no body or person named between.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mentions import Mention
from brief.actors.opening_subject import opens_sentence

SUBJECT_REACH = 1
"""Sentences back within which the subject is what "they" goes on with (as ``paired_subjects.SUBJECT_REACH``)."""
_COMPANIONS = re.compile(
    r",?\s+and\s+(?:his|her|their)\s+(?:[\w-]+\s+)?"
    r"(?:colleagues|co-?authors|co-?sponsors|co-?signatories|fellow\s+[\w-]+|aides|allies|teammates|lawyers|attorneys|"
    r"advisers|advisors|staff|team|supporters|partners|deputies)\b", re.I)
"""A named person's unnamed companions joined to them: "and his colleagues", "and her fellow senators"."""


def companion_they(text: str, before: Sequence[Mention], sentence: int) -> Mention | None:
    """The person a "they" in ``sentence`` goes on with as the lead of "X and his colleagues" (see the module's
    docstring); else None."""
    for m in reversed(before):
        if m.medium or m.demonym or m.kind == "place":
            continue  # "asked for answers from Washington": no one "they" means
        if m.kind != "person" or m.sentence < sentence - SUBJECT_REACH:
            return None
        companions = _COMPANIONS.match(text, m.end)
        return m if companions is not None and opens_sentence(text, m.start) else None
    return None
