"""Tests for CoNLL/PTB-style token spans and summarizer words."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from brief.text.tokens import token_spans, tokens, word_tokens

CASES: list[tuple[str, list[str]]] = [
    (
        "Norland's envoy didn't attend.",
        ["Norland", "'s", "envoy", "did", "n't", "attend", "."],
    ),
    ("They can't and won't pay.", ["They", "ca", "n't", "and", "wo", "n't", "pay", "."]),
    ("I'm sure they're right, we've seen it, you'll see, he'd know.",
     ["I", "'m", "sure", "they", "'re", "right", ",", "we", "'ve", "seen", "it", ",", "you", "'ll", "see", ",",
      "he", "'d", "know", "."]),
    ("The U.S. envoy met Mr. Varga at 5 a.m. on Jan. 4 in the U.S.",
     ["The", "U.S.", "envoy", "met", "Mr.", "Varga", "at", "5", "a.m.", "on", "Jan.", "4", "in", "the", "U.S", "."]),
    ("Output rose 3.5 percent to 1,000 tonnes, or $12.40 (7%).",
     ["Output", "rose", "3.5", "percent", "to", "1,000", "tonnes", ",", "or", "$", "12.40", "(", "7", "%", ")", "."]),
    ("A one-day, long-term, 20-year-old, U.S.-led effort.",
     ["A", "one-day", ",", "long-term", ",", "20-year-old", ",", "U.S.-led", "effort", "."]),
    ('"We won," said O\'Neill of Dunmore Corp. in 1996.',
     ['"', "We", "won", ",", '"', "said", "O'Neill", "of", "Dunmore", "Corp.", "in", "1996", "."]),
    ("``Quiet,'' he said -- then left...", ["``", "Quiet", ",", "''", "he", "said", "--", "then", "left", "..."]),
    ("The players' union met J. K. Varga.", ["The", "players", "'", "union", "met", "J.", "K.", "Varga", "."]),
    ("Mail desk@paper.example.com or see www.paper.example.com/news.html.",
     ["Mail", "desk@paper.example.com", "or", "see", "www.paper.example.com/news.html", "."]),
    ("Results on 1996-08-22: 6-4 7-5, 10th place, 1980s, 1/2, +44.",
     ["Results", "on", "1996-08-22", ":", "6-4", "7-5", ",", "10th", "place", ",", "1980s", ",", "1/2", ",", "+44", "."]),
    ("Shares of AT&T and S&P rose C$5.", ["Shares", "of", "AT&T", "and", "S&P", "rose", "C$", "5", "."]),
    ("It was (he said) o'clock; gov't? Yes!", ["It", "was", "(", "he", "said", ")", "o'clock", ";", "gov't", "?", "Yes", "!"]),
    ("1. Lena Varga ( Norland ) 1:45.3", ["1.", "Lena", "Varga", "(", "Norland", ")", "1:45.3"]),
    ("JFK Jr.'s book", ["JFK", "Jr.", "'s", "book"]),
    ("Troops left (U.S.) bases.", ["Troops", "left", "(", "U.S.", ")", "bases", "."]),
    ("“Yes,” she said.", ["“", "Yes", ",", "”", "she", "said", "."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_conll_style_tokens(text: str, expected: list[str]) -> None:
    assert tokens(text) == expected


def test_offsets() -> None:
    text = "  Mr. Lund's  plan,\n cost $3.5m."
    spans = token_spans(text)
    assert [text[a:b] for a, b in spans] == ["Mr.", "Lund", "'s", "plan", ",", "cost", "$", "3.5m", "."]
    assert spans[0] == (2, 5)


def test_word_tokens() -> None:
    text = "Norland's envoy didn't attend; it's over, said Mr. Lund (U.S.) on 3.5% of 1,000 votes!"
    assert word_tokens(text) == [
        "Norland", "envoy", "didn't", "attend", "it's", "over", "said", "Mr", "Lund", "U.S", "on", "3.5", "of",
        "1,000", "votes",
    ]
    assert word_tokens("-- ... !!") == []


def test_linear_on_pathological_input() -> None:
    """A guard against catastrophic regex backtracking (a hang on hostile text), not a speed test:
    linear work takes milliseconds, a quadratic or exponential pattern takes minutes."""
    for text in ("a" * 50000, "." * 50000 + "a", "a." * 25000, "http://" + "." * 30000 + "x", "a-" * 25000,
                 "1," * 25000, "a@" * 25000, "n't" * 15000):
        t0 = time.perf_counter()
        token_spans(text)
        word_tokens(text)
        assert time.perf_counter() - t0 < 5.0, text[:20]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.lists(st.sampled_from(list("aZ9 .,'’\"-$%@/:&`()n't") + ["U.S.", "Mr.", "'s"]),
                                     max_size=60).map("".join)))
def test_random_text_spans_are_valid(text: str) -> None:
    spans = token_spans(text)
    prev = 0
    for a, b in spans:
        assert prev <= a < b <= len(text)
        assert not any(c.isspace() for c in text[a:b])
        prev = b
    # every non-space character is inside some token
    assert sum(b - a for a, b in spans) == sum(not c.isspace() for c in text)
    for w in word_tokens(text):
        assert w and w[0].isalnum()
