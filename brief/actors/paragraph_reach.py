"""Names a pronoun may take as "the sentence before" only when they stand within one paragraph break of it.

Why: lines with no closing stop (a photo credit, "Reuben Fask/Getty Images for the Foundation", a dek) run into
the next paragraph's sentence, so a name that opens a credit line two paragraphs up counted as the subject of the
sentence right before a "he" (``introduced_subjects.introduced_subject``), and took words from the person the paragraph
between was about. A sentence never spans two paragraph breaks: a name past them is not in the sentence before.
"""

from __future__ import annotations

from brief.actors.mentions import Mention

MOST_BREAKS = 1
"""Paragraph breaks between a name and the pronoun when the name is in the sentence just before it."""


def near_paragraphs(text: str, before: list[Mention], start: int) -> list[Mention]:
    """The mentions of ``before`` within ``MOST_BREAKS`` paragraph breaks of ``start``."""
    reach = _reach(text, start)
    return [m for m in before if m.end >= reach]


def _reach(text: str, start: int) -> int:
    """The least end a mention may have and stand within ``MOST_BREAKS`` breaks of ``start``: the end of the
    ``MOST_BREAKS + 1``-th run of newlines back from it (0 when there are fewer).

    Why: counting each mention's breaks (the runs of newlines between its end and ``start``, as ``re.findall`` found them, which
    this is equal to) read the text between every earlier name and the pronoun, for every pronoun. A run a
    mention ends inside counts (``findall`` from there finds its rest), so it is the runs' ends that decide.
    """
    at = end = start
    for _ in range(MOST_BREAKS + 1):
        last = text.rfind("\n", 0, at)
        if last < 0:
            return 0
        end = last + 1
        while last > 0 and text[last - 1] == "\n":
            last -= 1
        at = last
    return end
