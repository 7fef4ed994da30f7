"""Companies whose names open in lower case ("eBay", "iRobot", "easyJet", "my6sense").

The tagger learnt from newswire where a name opens with a capital, so it never tags such a word, and
a story about the company lists everyone but its subject. The same shape is as often a product's
("iPhone", "iOS") or a term's ("mRNA", "eSIM"), so a word is taken for a company only where the text
shows it as one at least once: it speaks or acts as a firm does ("eBay said", "iRobot agreed"), it has
a legal form, shares, staff or officers ("iRobot Corp", "shares of eBay", "easyJet's chief
executive", "the founder of my6sense"). One name, one sense per article: every other time the text
writes the word, it is the company too (``known_names.untagged_repeats`` finds it there).
"""

from __future__ import annotations

import re
from functools import lru_cache

_SHAPE = re.compile(r"[a-z]{1,5}[0-9]*[A-Z0-9][A-Za-z0-9]*")
"""Lower case, then a capital or a digit inside: "eBay", "iRobot", "easyJet", "my6sense"."""

MIN_CAMEL_CHARS = 4
"""Shortest such word read as a company's name: shorter ones are units and symbols ("kWh", "mAh", "pH")."""

_FIRM_AFTER = (
    r"(?:,?\s+(?:Inc|Corp|Corporation|Ltd|LLC|plc|PLC|Co|GmbH|AG|SA|Group|Holdings)\b"
    r"|\s+(?:said|says|announced|announces|confirmed|confirms|declined|agreed|agrees|reported|reports|"
    r"employs|employees|shares|stock|spokesman|spokeswoman|spokesperson)\b"
    r"|['’]s?\s+(?:chief|CEO|founder|co-founder|chairman|chairwoman|president|board|shares|stock|"
    r"spokesman|spokeswoman|spokesperson|employees|staff|headquarters)\b)"
)
_FIRM_BEFORE = (
    r"(?:\b(?:shares|stake)\s+(?:of|in)|\b(?:founder|co-founder|CEO|chief executive|chairman|spokesman|"
    r"spokeswoman|spokesperson|employees?|staff|boss)\s+(?:of|at))\s+"
)


def camel_shape(word: str) -> bool:
    """ "eBay", "iRobot", "my6sense": a word in the shape of a name that opens in lower case."""
    return len(word) >= MIN_CAMEL_CHARS and bool(_SHAPE.fullmatch(word)) and sum(c.isalpha() for c in word) >= 3


def camel_companies(text: str) -> set[str]:
    """The words in a lower-case-opening name's shape that the text shows as a company at least once."""
    # a lower-case word of letters alone cannot have the shape (a capital or digit inside): not tried, nor twice
    words = {w for w in set(re.findall(r"(?<![\w.@/-])[a-z][A-Za-z0-9]+(?![\w@/-])", text))
             if not (w.isalpha() and w.islower()) and camel_shape(w)}
    return {w for w in words if shown_as_firm(text, w)}


_FIRM_AFTER_AT = re.compile(_FIRM_AFTER)
_FIRM_BEFORE_ANYWHERE = re.compile(_FIRM_BEFORE, re.I)
_WORD_BEFORE = re.compile(r"[\w-]")


def followed_by(text: str, word: str, after: re.Pattern[str]) -> bool:
    """Whether ``re.search(rf"(?<![\\w-]){re.escape(word)}" + after.pattern, text)`` finds a match (same flags):
    the word written where no word character or hyphen stands before it, ``after`` matching right after it.
    Found with str.find and ``after`` compiled once, not a pattern compiled for each word."""
    at = text.find(word)
    while at >= 0:
        if (at == 0 or not _WORD_BEFORE.match(text, at - 1)) and after.match(text, at + len(word)):
            return True
        at = text.find(word, at + 1)
    return False


@lru_cache(maxsize=2)
def _firm_before_written(text: str) -> bool:
    """Whether ``_FIRM_BEFORE`` matches anywhere in the text: where it does not, no word has it before it."""
    return _FIRM_BEFORE_ANYWHERE.search(text) is not None


def shown_as_firm(text: str, word: str) -> bool:
    """Whether the text shows the word as a company once: it speaks or acts as a firm does, or has a legal form,
    shares, staff or officers (also read by upper_camel_firms)."""
    return (followed_by(text, word, _FIRM_AFTER_AT)
            or _firm_before_written(text) and re.search(rf"{_FIRM_BEFORE}{re.escape(word)}(?![\w-])", text, re.I) is not None)
