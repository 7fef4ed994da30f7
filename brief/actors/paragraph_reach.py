"""Names a pronoun may take as "the sentence before" only when they stand within one paragraph break of it.

Why: lines with no closing stop (a photo credit, "Reuben Fask/Getty Images for the Foundation", a dek) run into
the next paragraph's sentence, so a name that opens a credit line two paragraphs up counted as the subject of the
sentence right before a "he" (``introduced_subjects.introduced_subject``), and took words from the person the paragraph
between was about. A sentence never spans two paragraph breaks: a name past them is not in the sentence before.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention

_BREAK = re.compile(r"\n+")
MOST_BREAKS = 1
"""Paragraph breaks between a name and the pronoun when the name is in the sentence just before it."""


def near_paragraphs(text: str, before: list[Mention], start: int) -> list[Mention]:
    """The mentions of ``before`` within ``MOST_BREAKS`` paragraph breaks of ``start``."""
    return [m for m in before if len(_BREAK.findall(text, m.end, start)) <= MOST_BREAKS]
