"""One person described by two callings joined by "and": "The former England captain and Lions great confirmed, ...".

Why: sports and feature pages vary a player's name with a pair of callings; read as a whole the phrase is too long
for an epithet and ends in a word no calling list holds ("great", "colossus"), so the quotation it opens, and the
paragraphs that go on with it, were no one's. With no determiner before the second calling the pair is one person
("the captain and the coach" would be two), and the first calling says who.
"""

from __future__ import annotations

SECOND_CALLING_MAX_WORDS = 3
"""Words of the second calling without "and" ("Lions colossus", "two-time Grand Slam winner"): a longer tail is a clause."""
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "this", "that"})
"""Words that open a second description of its own: "the captain and the coach" are two people."""


def first_calling(words: list[str]) -> list[str]:
    """The words of the first of two callings joined by "and" ("the former England captain" of "the former England
    captain and Lions colossus"); ``words`` as they are when they join no two such callings."""
    if "and" not in words[2:]:
        return words
    k = words.index("and", 2)
    second = words[k + 1 :]
    if not 1 <= len(second) <= SECOND_CALLING_MAX_WORDS or second[0].lower() in _DETERMINERS or "and" in second:
        return words
    return words[:k]
