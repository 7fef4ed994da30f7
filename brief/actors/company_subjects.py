"""A company's name the tagger left untagged where its sentence opens, that the same sentence goes on with as "the
company": "Alienware currently has a desktop with the card, and the company told PC Gamer that ...".

Why: the tagger never saw many firms' names, and a capital at a sentence's start says nothing, so the name was
no mention and "the company" went to another firm named before (one named far more often in a round-up of
sellers). A sentence whose subject is a capitalised name and whose second clause, after "and" or "but", opens
with "the company" or "the firm" says what that name is: the company speaks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from brief.actors.mentions import Mention, normalise
from brief.actors.word_case import plain_word
from brief.model import Sentence

_SUBJECT_THEN_COMPANY = re.compile(
    r"([A-Z][\w'’&-]*[A-Za-z0-9](?:\s+[A-Z][\w'’&-]*){0,2})\s+(?:[a-z][\w'’-]*\s+){1,3}[^.;:!?]*?,?\s+(?:and|but)\s+"
    r"(?:the|that)\s+(?:company|firm)\s+[a-z]+")
"""A sentence that opens with a capitalised name and its verb, then a clause "and the company ..."."""


def company_subjects(article: int, sentences: Sequence[Sentence], mentions: list[Mention],
                     lowercase: Callable[[], set[str]]) -> list[Mention]:
    """The mentions, with each untagged name that opens a sentence whose later clause opens with "the company"
    (``_SUBJECT_THEN_COMPANY``) added as a company: a name no word of which the article writes in lower case."""
    added = []
    for s in sentences:
        if "company" not in s.text and "firm" not in s.text:
            continue  # the pattern's nouns, looked for first: its lazy clause is tried at every length
        found = _SUBJECT_THEN_COMPANY.match(s.text)
        if found is None:
            continue
        start, end = s.start + found.start(1), s.start + found.end(1)
        if any(m.start < end and start < m.end for m in mentions):
            continue
        if any(plain_word(w, lowercase()) for w in found.group(1).split()):
            continue  # "Shares rose, and the company said": a common word opening the sentence
        added.append(Mention(article, s.index, start, end, normalise(found.group(1)), found.group(1), "organization"))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions
