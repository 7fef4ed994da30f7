"""phrase_spans finds a name as whole words, as the regular expression it replaced did."""

from __future__ import annotations

import re

import pytest

from brief.text.phrases import has_phrase, phrase_spans

CASES = [
    ("Home Depot shares rose; Home Depot's CEO spoke.", "Home Depot"),
    ("McGrant met Grant, then Grant.", "Grant"),
    ("Patrick W. Carlineo Jr. said, as did Carlineo Jr.'s lawyer", "Carlineo Jr."),
    ("aaa aa a_aa aa", "aa"),
    ("Zoë Saldaña and Saldañas", "Saldaña"),
    ("", "x"),
]


@pytest.mark.parametrize(("text", "phrase"), CASES)
def test_spans_are_those_of_the_regular_expression(text: str, phrase: str) -> None:
    expected = [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", text)]
    assert list(phrase_spans(text, phrase)) == expected


def test_a_name_inside_a_longer_word_is_not_found() -> None:
    assert not has_phrase("the Grantham report", "Grant")
    assert has_phrase("a grant from Grant", "Grant")
    assert list(phrase_spans("McGrant met Grant", "Grant")) == [(12, 17)]
