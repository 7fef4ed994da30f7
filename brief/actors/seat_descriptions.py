"""A title described by the seat or district it holds ("The North Ferry MLA said:", "the West Ashby
councillor") is one office's holder: it goes back only to someone the text named with that title.

Why: a capitalised title with no name ("the Conservative MP") went back to the last person named whom the
text gave no other role, as a pronoun would. That is right for a one-word party ("the Labour MP" after
"Dana Okoro, who represents Bassetlaw"), but a seat of two or more words written nowhere else in the story
brings in someone new: the county engineer quoted before is not "the North Ferry MLA".
"""

from __future__ import annotations

SEAT_MIN_WORDS = 2
"""Words of a capitalised modifier from which it reads as a seat or district, not a party: parties before a
title are mostly one word ("Labour", "Tory", "Alliance"); places of two words ("North Ferry") are common."""


def unnamed_seat(text: str, written: str) -> bool:
    """Whether ``written`` ("The North Ferry MLA") puts before its title a capitalised seat of at least
    ``SEAT_MIN_WORDS`` words that the text writes nowhere but there: none of the people named before
    without that title is its holder."""
    words = written.split()
    modifier = words[1:-1]
    if len(modifier) < SEAT_MIN_WORDS or not all(w[:1].isupper() for w in modifier):
        return False
    return text.count(" ".join(modifier)) <= 1
