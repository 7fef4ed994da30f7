"""Tests for the sentence segmenter: news features, offsets, and robustness on random text."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import brief
from brief.text.quotes import MAX_PROTECTED_CHARS, protected_spans
from brief.text.segment import is_abbreviation, sentence_spans, sentences

# Cases written for each class of boundary the splitter decides (the bench scores pysbd and
# Punkt on the same file): abbreviations that end sentences, lists, line breaks, quotations,
# Latin abbreviations and full-width marks.
CLASS_CASES: dict[str, list[list]] = json.loads(
    (Path(__file__).parent / "data" / "segment_cases.json").read_text(encoding="utf-8")
)

CASES: list[tuple[str, list[str]]] = [
    # titles, initials, initialisms
    (
        "Sen. Mary Fallon, D-Calif., met Gov. Ruiz on Monday. Mr. and Mrs. Ortega did not attend.",
        ["Sen. Mary Fallon, D-Calif., met Gov. Ruiz on Monday.", "Mr. and Mrs. Ortega did not attend."],
    ),
    ("Author T. S. Varga spoke first. Then the panel began.", ["Author T. S. Varga spoke first.", "Then the panel began."]),
    ("The U.S. Senate voted on the bill.", ["The U.S. Senate voted on the bill."]),
    ("He threatened to kill U.S. Rep. Jane Doe, D-Ore., in March. He was held.",
     ["He threatened to kill U.S. Rep. Jane Doe, D-Ore., in March.", "He was held."]),
    ("The firm moved to the U.S. Dr. Lee stayed.", ["The firm moved to the U.S.", "Dr. Lee stayed."]),
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
    # NYT plain text opens a quotation with '' too
    ("''We are ready. Nobody is leaving,'' the mayor said. The storm hit.",
     ["''We are ready. Nobody is leaving,'' the mayor said.", "The storm hit."]),
    ('"Is it safe?" he asked. "Yes."', ['"Is it safe?" he asked.', '"Yes."']),
    ("'Go now.' she said.", ["'Go now.' she said."]),
    # a question or exclamation quoted, then its speaker written with a capital: one sentence
    ('"Was it a failure?" Joshi asked. "Nobody can say."', ['"Was it a failure?" Joshi asked.', '"Nobody can say."']),
    ('“Why now?” Mayor Dana Ruiz asked reporters. The vote is Monday.',
     ['“Why now?” Mayor Dana Ruiz asked reporters.', 'The vote is Monday.']),
    ("``Who pays?'' Mr. Frei said on Monday, pointing at the bill.", ["``Who pays?'' Mr. Frei said on Monday, pointing at the bill."]),
    # ... but a new clause after the verb is a new sentence, and so is a name after a bare question
    ('"Stop!" Police said the man fled.', ['"Stop!"', 'Police said the man fled.']),
    ("Was it? Joshi asked. Yes.", ["Was it?", "Joshi asked.", "Yes."]),
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(t, e, id=f"{cls}-{i}") for cls, cases in CLASS_CASES.items() for i, (t, e) in enumerate(cases)],
)
def test_class_cases(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_name_evidence_comes_from_the_whole_text() -> None:
    """Segmenting one paragraph of an article, "Sen." ends a name used elsewhere in the article."""
    para = "Rivals fled the threats of strongman Kem Sen. Police raided their homes."
    text = "Kem Sen denied it.\n\n" + para
    start = text.index(para)
    assert [text[a:b] for a, b in sentence_spans(text, start, len(text))] == [
        "Rivals fled the threats of strongman Kem Sen.",
        "Police raided their homes.",
    ]
    # Without that evidence "Sen." reads as a title before a name.
    assert len(sentences(para)) == 1


def test_title_before_a_name_is_still_a_title() -> None:
    text = "The bill was written by Republican Sen. Dara Holm. Sen. Holm spoke first."
    assert sentences(text) == ["The bill was written by Republican Sen. Dara Holm.", "Sen. Holm spoke first."]


def test_quotation_protection() -> None:
    text = '"Go now. Run," he said. "Where?" she asked.'
    assert [text[a:b] for a, b in protected_spans(text, 0, len(text))] == ["Go now. Run,", "Where?"]
    # An unclosed quotation protects nothing.
    assert protected_spans('"Go now. Run. He left.', 0, 22) == []
    # A pairing longer than the cap protects nothing: cutting is the safer error.
    long = '"' + "We waited. " * (MAX_PROTECTED_CHARS // 11 + 1) + 'Then," he said.'
    assert protected_spans(long, 0, len(long)) == []
    assert len(sentences(long)) > 2


def test_wide_marks_keep_offsets() -> None:
    text = "Turnout rose．Results come on Monday．"
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == ["Turnout rose．", "Results come on Monday．"]


def _regex_ops(parsed: object) -> set[str]:
    """The names of every opcode of a parsed regular expression, nested ones included."""
    ops: set[str] = set()
    stack = [parsed]
    while stack:
        item = stack.pop()
        if hasattr(item, "data"):
            for op, av in item.data:
                ops.add(str(op))
                stack.append(av)
        elif isinstance(item, (list, tuple)):
            stack.extend(x for x in item if hasattr(x, "data") or isinstance(x, (list, tuple)))
    return ops


def test_no_regex_needs_python_311() -> None:
    """Possessive quantifiers and atomic groups are Python 3.11 syntax; pyproject promises 3.10.

    Every compiled pattern of every module is parsed and checked for their opcodes.
    """
    parser = importlib.import_module("re._parser" if hasattr(re, "_parser") else "sre_parse")
    banned = {"POSSESSIVE_REPEAT", "ATOMIC_GROUP"}
    checked = 0
    for info in pkgutil.walk_packages(brief.__path__, "brief."):
        if info.name.endswith("__main__"):
            continue  # running it is running the program
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                checked += 1
                ops = _regex_ops(parser.parse(value.pattern, value.flags))
                assert not banned & ops, f"{info.name}: {value.pattern[:60]}"
    assert checked > 20


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

    hostile = (
        "." * 20000 + "x", ". " * 20000 + "x", "a" * 40000 + ". B", "1. " * 10000,
        "Ab Sen. " * 8000,  # name evidence: read once per text, not once per title
        "Acme Inc. Revenue " * 8000,  # common-word evidence, likewise
        '"' * 40000, "(" * 20000 + ")" * 20000, "“a. ”" * 10000, "(i) (ii) " * 5000, "x\nA" * 10000,
    )
    for text in hostile:
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
