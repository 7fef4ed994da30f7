"""Tests for the sentence segmenter: news features, offsets, and robustness on random text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from brief.text.segment import is_abbreviation, sentence_spans, sentences

CASES: list[tuple[str, list[str]]] = [
    # titles, initials, initialisms
    (
        "Sen. Mary Fallon, D-Calif., met Gov. Ruiz on Monday. Mr. and Mrs. Ortega did not attend.",
        ["Sen. Mary Fallon, D-Calif., met Gov. Ruiz on Monday.", "Mr. and Mrs. Ortega did not attend."],
    ),
    ("Author T. S. Varga spoke first. Then the panel began.", ["Author T. S. Varga spoke first.", "Then the panel began."]),
    ("The U.S. Senate voted on the bill.", ["The U.S. Senate voted on the bill."]),
    ("Troops stayed in the U.S. for a year.", ["Troops stayed in the U.S. for a year."]),
    ("The talks were held in the U.S. The next round is in May.", ["The talks were held in the U.S.", "The next round is in May."]),
    ("He works for Dunmore Holdings Inc. It was founded in 1902.", ["He works for Dunmore Holdings Inc.", "It was founded in 1902."]),
    ("Dunmore Holdings Inc. posted a loss.", ["Dunmore Holdings Inc. posted a loss."]),
    ("The vote was set for Jan. 12 in the capital.", ["The vote was set for Jan. 12 in the capital."]),
    ("He ranked No. 3 in the poll. She was No. 1.", ["He ranked No. 3 in the poll.", "She was No. 1."]),
    ("The parade on St. Olaf Avenue was delayed.", ["The parade on St. Olaf Avenue was delayed."]),
    ("Dr. Lena Okafor of the clinic agreed.", ["Dr. Lena Okafor of the clinic agreed."]),
    # times
    (
        "By 7 a.m. Mr. Haldane had left. The meeting ended at 9 p.m. Mr. Haldane did not return.",
        ["By 7 a.m. Mr. Haldane had left.", "The meeting ended at 9 p.m.", "Mr. Haldane did not return."],
    ),
    ("Polls close at 8 p.m. on Tuesday.", ["Polls close at 8 p.m. on Tuesday."]),
    # numbers
    ("Inflation rose 3.5 percent. Wages fell.", ["Inflation rose 3.5 percent.", "Wages fell."]),
    ("The fund lost $1,250.75. Its manager quit.", ["The fund lost $1,250.75.", "Its manager quit."]),
    ("The crash killed nine. 40 others were hurt.", ["The crash killed nine.", "40 others were hurt."]),
    # quotes
    ('“We will rebuild,” she said. “It will take years.”', ["“We will rebuild,” she said.", "“It will take years.”"]),
    ('He said, “The vote is over.” Critics disagreed.', ["He said, “The vote is over.”", "Critics disagreed."]),
    ("``We are ready,'' the mayor said. ``Nobody is leaving.'' The storm hit.",
     ["``We are ready,'' the mayor said.", "``Nobody is leaving.''", "The storm hit."]),
    ('"Is it safe?" he asked. "Yes."', ['"Is it safe?" he asked.', '"Yes."']),
    ("'Go now.' she said.", ["'Go now.' she said."]),
    # parentheses
    ("The firm (founded in 1990.) is small.", ["The firm (founded in 1990.) is small."]),
    ("The firm is small. (It was founded in 1990.) It grew.", ["The firm is small.", "(It was founded in 1990.)", "It grew."]),
    # ?! runs, exclamations in names
    ("Really?! Nobody knew. Why?? Because!", ["Really?!", "Nobody knew.", "Why??", "Because!"]),
    ("She joined Zappo! in March.", ["She joined Zappo! in March."]),
    # ellipses
    ("He paused ... and then left.", ["He paused ... and then left."]),
    ("It was over.... The crowd went home.", ["It was over....", "The crowd went home."]),
    ("We waited … The bus never came.", ["We waited …", "The bus never came."]),
    # emails and URLs
    (
        "Write to tips@newsroom.example.org. Or visit https://news.example.net/a/b.html. Thanks.",
        ["Write to tips@newsroom.example.org.", "Or visit https://news.example.net/a/b.html.", "Thanks."],
    ),
    # lists
    ("1. Check the map 2. Pack the car", ["1. Check the map", "2. Pack the car"]),
    ("1) Check the map. 2) Pack the car.", ["1) Check the map.", "2) Pack the car."]),
    ("a. Red b. Blue c. Green", ["a. Red", "b. Blue", "c. Green"]),
    ("• 1. Red • 2. Blue", ["• 1. Red", "• 2. Blue"]),
    ("⁃9. Red ⁃10. Blue", ["⁃9. Red", "⁃10. Blue"]),
    ("Steps: 10.) Tenth task 11.) Last task", ["Steps:", "10.) Tenth task", "11.) Last task"]),
    (
        "Rules are in Section 1. Every clause applies. Section 2. Nobody is exempt.",
        ["Rules are in Section 1.", "Every clause applies.", "Section 2.", "Nobody is exempt."],
    ),
    # sentence-final pronoun I vs initial
    ("It was you and I. Did you call Oscar I. Bell?", ["It was you and I.", "Did you call Oscar I. Bell?"]),
    # newlines
    ("A line broken\nin the middle. Next.", ["A line broken\nin the middle.", "Next."]),
    ("Headline without period\n\nBody starts here. It ends.", ["Headline without period", "Body starts here.", "It ends."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_cases(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_offsets_into_full_text() -> None:
    text = "XX First one. Second one? Third!  YY"
    spans = sentence_spans(text, 3, len(text) - 4)
    assert [text[a:b] for a, b in spans] == ["First one.", "Second one?", "Third!"]
    assert spans[0][0] == 3


def test_empty_and_blank() -> None:
    assert sentence_spans("") == []
    assert sentence_spans("   \n\n  ") == []
    assert sentence_spans("abc", 2, 1) == []


def test_is_abbreviation() -> None:
    assert is_abbreviation("Mr") and is_abbreviation("U.S") and is_abbreviation("Calif")
    assert not is_abbreviation("house")


def test_linear_on_pathological_input() -> None:
    """A guard against catastrophic regex backtracking (a hang on hostile text), not a speed test:
    linear work takes milliseconds, a quadratic or exponential pattern takes minutes."""
    import time

    for text in ("." * 20000 + "x", ". " * 20000 + "x", "a" * 40000 + ". B", "1. " * 10000):
        t0 = time.perf_counter()
        sentence_spans(text)
        assert time.perf_counter() - t0 < 5.0


_ALPHABET = st.sampled_from(list("aAbZ .!?…\"'“”’()[]`\n\t\u00a0•⁃1234567890,;:-—") + ["Mr.", "U.S.", " . . ."])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.lists(_ALPHABET, max_size=60).map("".join)), st.integers(-5, 80), st.integers(-5, 80))
def test_random_text_spans_are_valid(text: str, start: int, end: int) -> None:
    for lo, hi in ((0, None), (start, end)):
        spans = sentence_spans(text, lo, hi)
        lo_c = max(0, min(lo, len(text)))
        hi_c = len(text) if hi is None else max(0, min(hi, len(text)))
        prev_end = lo_c
        for a, b in spans:
            assert prev_end <= a < b <= hi_c
            assert not text[a].isspace() and not text[b - 1].isspace()
            prev_end = b
        # every non-space character in range is covered by some span
        covered = sum(b - a for a, b in spans)
        inner = text[lo_c:hi_c] if hi_c > lo_c else ""
        assert covered >= len("".join(inner.split()))
