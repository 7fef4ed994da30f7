"""Code and leaked markup are never a story's sentence (issue 11, item 7): a programming blog's
listings between its paragraphs, and a broken page whose text carries its own escaped tags. The
pages are written here (tests/data/pages/); the prose around the code and inside the markup stays."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from brief.ingest.code import has_markup, is_code, strip_markup
from brief.ingest.files import load_articles
from brief.text.sentences import split_article

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from _web_checks import debris_in  # noqa: E402

PAGES = Path(__file__).resolve().parent / "data" / "pages"
CODE_MARKS = ("{", "}", ";", "()", "$ ", "def ", "return", "pip install", "config")


def _sentences(name: str) -> list[str]:
    loaded = load_articles([str(PAGES / name)])
    assert loaded.errors == ()
    return [s.text for s in split_article(loaded.articles[0])]


def test_a_programming_post_keeps_its_prose_and_never_summarizes_its_code() -> None:
    sentences = _sentences("codeblog.html")
    for sentence in sentences:
        assert not any(mark in sentence for mark in CODE_MARKS), sentence
        assert debris_in(sentence) == [], sentence
    text = " ".join(sentences)
    for prose in ("counted hyphens as spaces", "argued for a week", "Install it from the package index",
                  "second release in the spring", "slow start on very large files"):
        assert prose in text


def test_a_page_leaking_its_markup_keeps_the_prose_inside_the_tags() -> None:
    sentences = _sentences("leakedmarkup.html")
    for sentence in sentences:
        assert debris_in(sentence) == [], sentence
        assert not has_markup(sentence) and "browser does not support" not in sentence, sentence
    text = " ".join(sentences)
    for prose in ("voted on Tuesday to build a new bridge", "would open in 2027", "many of them came",
                  "the council said in a statement", "heavy traffic"):
        assert prose in text


@pytest.mark.parametrize("line", [
    "private static final int BORDER_TOP = 1;",
    "mDrawBorder = addFlag(mDrawBorder, BORDER_LEFT);",
    "} finally {",
    "if (score > 90) {",
    "count = count + 1",
    "print(count_words(text))",
    "$ git clone https://example.org/repo.git",
    ">>> sorted(names)",
    "sudo apt-get install nginx",
    "rekt: {",
    "});",
    "const total = items.reduce((a, b) => a + b, 0);",
    "prev_char_was_vowel = False",
    "for char in word:",
    "ELIF score >= 80.0:",
    "import json",
    "body { margin: 0; padding: 0 }",
    ".article-body p { font-size: 16px; }",
    "npm install --save react",
])
def test_code_lines(line: str) -> None:
    assert is_code(line)


@pytest.mark.parametrize("line", [
    "In Virginia, they voted for control of the state Legislature; in Kentucky, for the governor's mansion.",
    "Even your computer fan can leak your personal data. tl;dr: don't use computers.",
    "The S&P 500 rose 1.2% (its best day since March) as bond yields fell.",
    "The bill (HB 1234) passed 52-48 on Tuesday.",
    "Aviation Safety Network; ICAO; WORLD BANK.",
    "Return to the main menu for more stories.",
    "She said the Q&As; were the best part.",
    "Prices rose 3% = the fastest pace in a decade, economists said.",
    "If the vote fails, the council said:",
    "For the record: the mayor_elect hashtag trended all day.",
])
def test_prose_is_not_code(line: str) -> None:
    assert not is_code(line) and not has_markup(line)


@pytest.mark.parametrize("line, prose", [
    ("<p>Rain fell all day.</p>", "Rain fell all day."),
    ('<div class="body">The vote passed.</div>', "The vote passed."),
    ("Crews worked&nbsp;late.", "Crews worked\u00a0late."),
    ('<iframe src="x">Your browser does not support frames.</iframe> The show goes on.', "The show goes on."),
    ("Wrap the text in a <span> to style it.", "Wrap the text in a <span> to style it."),  # one tag: left as it is
])
def test_markup_soup_is_stripped_to_its_prose(line: str, prose: str) -> None:
    assert strip_markup(line) == prose
