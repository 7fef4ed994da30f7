"""search_ending: a pattern anchored at the end, searched over the last few runs only, finds what the
whole search finds."""

from __future__ import annotations

import re

from brief.actors import gender, writers
from brief.text.ending import search_ending

TITLED = re.compile(r"\b(Mr|Lord|King)\.?\s+(?:[A-Z][\w'’.-]*\s+){0,2}\Z")
"""A title and up to two given names before a name: at most three runs."""

TEXTS = [
    "The ruling came after Mr King ",  # the leftmost match ("Mr", not "King") is the one found
    "Lord\u00a0John\tPaul\n",  # any space the regex calls one
    "said his chief of staff, whom Mr. Jean-Luc ",
    "(Mr. Ed ",  # a word boundary after a bracket
    "xMr Ed ",  # none: no boundary before the title
    "Mr A B C ",  # none: three given names
    "",
    "   ",
]


def test_the_same_match_as_the_whole_search() -> None:
    for text in TEXTS:
        for end in range(len(text) + 1):
            whole = TITLED.search(text, 0, end)
            found = search_ending(TITLED, text, 3, 0, end)
            assert (whole and (whole.span(), whole.groups())) == (found and (found.span(), found.groups())), (text, end)


def test_the_leftmost_match_is_kept() -> None:
    found = search_ending(TITLED, "The ruling came after Mr King ", 3)
    assert found is not None and found.group(1) == "Mr"


def test_a_boundary_reads_the_character_before_the_new_start() -> None:
    assert search_ending(TITLED, "a long way before xMr Ed ", 2) is None
    assert search_ending(TITLED, "a long way before (Mr Ed ", 2) is not None


def test_gender_and_credit_rules_read_the_same() -> None:
    text = "Reporting by Jane Roe, John Doe and Ann Lee. Our correspondent Bo Li said his wife, Mary Brel, left."
    assert writers.writer_context("Reporting by Jane Roe, John Doe and ", "")
    assert writers.writer_context("Our correspondent ", " said")
    assert not writers.writer_context("He told our ", " correspondent")
    at = text.index("Mary")
    kin = gender._ending_at(gender._KIN_BEFORE[2], text, at, 3)
    assert kin is not None and kin.group(1) == "wife"
