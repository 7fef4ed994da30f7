"""A name that ends a sentence's fronted phrase, before the description that is the sentence's subject: "In a post
after a meeting with Secretary General Ingrid Solvang, the US President said: ...". The comma closes the phrase;
it sets off no apposition, so the description is not the name before it (``apposed_names``) but whom it describes
(the President the article named).
"""

from __future__ import annotations

import re

_FRONTED = re.compile(r"(?:In|At|After|Before|During|Following|On|Upon|Speaking|Writing|Asked|Ahead\s+of)\s", re.I)
"""What a fronted phrase of where, when or how opens with ("In a post ...", "After talks with ...")."""
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n)(?=\S)", re.MULTILINE)
FRONTED_REACH = 300
"""Characters back to the sentence's start read for the fronted phrase: a long phrase, never a paragraph."""


def closes_fronted_phrase(text: str, name_start: int, phrase: tuple[int, int]) -> bool:
    """Whether the name at ``name_start``, with a comma after it and the description ``phrase`` then the cue, ends
    a phrase that opens the sentence (see the module's docstring): the sentence opens with a preposition (or a
    participle of how), no comma comes between its start and the name, and none sets the description off after it."""
    if text.startswith(",", phrase[1]):
        return False  # "After the vote, Ada Quinn, the chair, said": an apposition, closed
    low = max(0, name_start - FRONTED_REACH)
    starts = [m.end() for m in _SENTENCE_START.finditer(text, low, name_start)]
    if not starts:
        return False
    opening = text[starts[-1] : name_start]
    return _FRONTED.match(opening) is not None and "," not in opening
