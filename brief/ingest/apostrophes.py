"""Apostrophes some publishing systems write as opening single quotes ("Barak‘s comments", "the shuttle‘s tank").

An opening mark stands before a word, after a space, a bracket or a dash: one written right after a letter or a
digit closes a word, so it is an apostrophe ("Barak‘s", "That‘s", "the Atlantis‘ mission") or a closing mark
("the ‘moderate center‘ camp"), and both are written ’. Read as an opening quote, it led the readers of quotes and
names astray ("Barak‘s comments were ..." opened a quotation; the tagger typed "Barak" a body).
"""

from __future__ import annotations

import re

_AFTER_WORD = re.compile(r"(?<=[^\W_])‘")


def mended_apostrophes(text: str) -> str:
    """The text with each opening single mark written right after a letter or a digit made an apostrophe."""
    return _AFTER_WORD.sub("’", text) if "‘" in text else text
