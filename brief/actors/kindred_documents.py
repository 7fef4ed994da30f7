""" "The council's final communique said ... “...,” said the final declaration": a summit's document called by another
noun of its kind (a declaration, a communique) is the one the text named before, and its author speaks.

Why: ``documents.document_author`` walks back over the same noun's uses, so "the final declaration" after "the
Gulf council's final communique" found no use of "declaration" and the words went to no one; news varies the noun
of one closing text of a meeting ("communique", "declaration", "joint statement"). Only a definite source of such a
noun (perhaps "final" or "joint" before it) that the text never used before, and only the author named where the nearest kindred noun stood
within ``documents.DOCUMENT_REACH`` (the nouns' author rules are ``document_author``'s).
"""

from __future__ import annotations

import re

from brief.actors.documents import DOCUMENT_REACH, document_author
from brief.actors.mentions import Mention

KINDRED = frozenset("declaration communique communiqué statement".split())
"""Nouns of one closing text of a meeting or a body's session, which news writes one for another."""
_QUALIFIERS = frozenset("final joint closing concluding".split())
"""What may stand between "the" and the noun ("the final declaration", "the joint communique")."""


def kindred_author(text: str, start: int, words: list[str], before: list[Mention]) -> Mention | None:
    """The author of the source ``words`` at ``start`` ("the final declaration") by the nearest kindred document named
    before with its author; None when the source is no such document or no author is named."""
    if len(words) not in (2, 3) or words[0] != "the" or words[-1] not in KINDRED:
        return None
    if len(words) == 3 and words[1] not in _QUALIFIERS:
        return None
    lo = max(0, start - DOCUMENT_REACH)
    if re.search(rf"\b{words[-1]}\b", text[lo:start], re.I):
        return None  # the noun itself was used before: ``document_author``'s to read
    uses = sorted(((found.start(), found.group().lower()) for noun in KINDRED - {words[-1]}
                   for found in re.finditer(rf"\b{noun}\b", text[lo:start], re.I)), reverse=True)
    for at, noun in uses:
        author = document_author(text, lo + at + len(noun), noun, before)
        if author is not None:
            return author
    return None
