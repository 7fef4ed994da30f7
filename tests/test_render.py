"""Rendering: hostile article text stays inert in every format; JSON keeps it exactly."""

from __future__ import annotations

import json

import pytest

from brief import pipeline
from brief.ingest.files import Loaded
from brief.ingest.text import article_from_text
from brief.render.json import render_json
from brief.render.markdown import escape, render_markdown
from brief.render.safe import one_line, terminal_safe
from brief.render.text import render_text

HOSTILE = (
    "The minister \x1b[31mresigned\x1b[0m on Monday after a long dispute. "
    # (a terminal link to an ssh:// address: a sentence holding a web address is never summarized)
    "A hidden \x1b]0;pwned\x07title and \x1b]8;;ssh://evil.example\x1b\\link\x1b]8;;\x1b\\ were found. "
    "Bidi \u202egnirts\u202c and zero\u200bwidth and C1 \x9b31m text and a bell \x07 here. "
    "Markup [b]bold[/b] and [@click=app.quit]quit[/] stays literal."
)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("plain", "plain"),
        ("\x1b[2J\x1b[Hcleared", "cleared"),
        ("a\x1b]0;title\x07b", "ab"),
        ("tab\there", "tab here"),
        ("line\nbreak", "line\nbreak"),
        ("\u202eevil\u202c", "evil"),
        ("zero\u200bwidth\ufeff", "zerowidth"),
        ("c1\x9b31mx\x85y", "c1xy"),
        ("del\x7f", "del"),
    ],
)
def test_terminal_safe(raw: str, clean: str) -> None:
    assert terminal_safe(raw) == clean


def test_one_line_folds_whitespace() -> None:
    assert one_line(" a\n\tb  c ") == "a b c"


def _report() -> pipeline.Report:
    article = article_from_text(HOSTILE + "\n\nA second paragraph follows with more text about the dispute.", 1, "evil.txt")
    return pipeline.build_report(Loaded((article,)))


def test_text_and_markdown_carry_no_controls() -> None:
    report = _report()
    for out in (render_text(report), render_markdown(report)):
        assert "\x1b" not in out and "\x9b" not in out and "\x07" not in out
        assert "\u202e" not in out and "\u200b" not in out
        assert all(ch == "\n" or ch.isprintable() for ch in out)


def test_markdown_escapes_markup() -> None:
    assert escape("[b]x[/b] *y* <script>") == r"\[b\]x\[/b\] \*y\* \<script\>"


def test_json_keeps_text_exactly_and_escapes_controls() -> None:
    report = _report()
    out = render_json(report)
    assert "\x1b" not in out and "\u202e" not in out and "\x9b" not in out
    data = json.loads(out)
    texts = [s["text"] for s in data["articles"][0]["summary"]]
    assert any("\x1b[31mresigned" in t for t in texts)


def test_markdown_shows_a_path_exactly_in_its_code_span() -> None:
    # Inside a code span a backslash is shown, so "a_b" escaped to "a\_b" read as a different file.
    article = article_from_text("The minister said more talks were due on Monday after the vote.", 1,
                                "/tmp/notes_of_the_day/a`b.txt")
    out = render_markdown(pipeline.build_report(Loaded((article,))))
    assert "``/tmp/notes_of_the_day/a`b.txt``" in out
    assert "\\_" not in out.split("## Sources", 1)[1].split("\n\n")[1]


def test_a_long_title_wraps_under_its_first_word_whatever_the_article_number() -> None:
    # "[12] A title that wraps" went on at column 4, one left of the title's first word.
    texts = [f"Headline number {n} about the long running harbour dispute in the northern port city\n\n"
             f"The harbour union said on Monday that talks on story {n} would resume next week." for n in range(1, 13)]
    articles = tuple(article_from_text(text, n, f"a{n}.txt") for n, text in enumerate(texts, 1))
    out = render_text(pipeline.build_report(Loaded(articles), pipeline.Options(one_story=True)), width=60)
    lines = out.split("ARTICLE SUMMARIES", 1)[1].splitlines()
    for i, line in enumerate(lines[:-1]):
        if line.startswith("[12] "):
            assert lines[i + 1].startswith(" " * 5) and lines[i + 1][5] != " ", lines[i : i + 2]
            break
    else:
        raise AssertionError("no summary heading for article 12")


def test_markdown_indexes_the_one_article_stories_once_as_the_text_does() -> None:
    # Each one-article story's index line said "1 article, 1 source, <date>": the text lists them once
    # under "One-article stories (n):", each with its date; Markdown now reads the same.
    from pathlib import Path

    opts = pipeline.Options(workers=1, actors=False)
    report = pipeline.build_report(pipeline.load([str(Path(__file__).parent / "data_stories")], opts), opts)
    lone = [story for story in report.stories if len(story.articles) == 1]
    index = render_markdown(report).split("\n## ")[0]
    assert len(lone) == 2 and "1 article" not in index and "1 source" not in index
    assert index.count(f"\nOne-article stories ({len(lone)}):\n") == 1
    for story in lone:
        assert story.dates and f"\n{story.id}. **{escape(story.title)}** — {story.dates[0]}\n" in index
    assert index.index("One-article stories") > max(index.index(f"\n{s.id}. ") for s in report.stories if s not in lone)


def test_a_storys_counts_in_the_text_index_are_never_cut_across_lines() -> None:
    # "…converge on this… — 3\n      articles": a count was cut from its noun at the line's end, and
    # "…busted in Boston —\n      2023-11-08" a one-article story's date from its dash.
    import dataclasses
    import re
    from pathlib import Path

    opts = pipeline.Options(workers=1, actors=False)
    report = pipeline.build_report(pipeline.load([str(Path(__file__).parent / "data_stories")], opts), opts)
    assert any(len(s.articles) > 1 for s in report.stories) and any(len(s.articles) == 1 for s in report.stories)
    for length in range(20, 80):
        title = ("In little more than a week the world's leaders will converge on this city " * 2)[:length]
        stories = tuple(dataclasses.replace(s, title=title) for s in report.stories)  # told and one-article
        index = render_text(dataclasses.replace(report, stories=stories)).split("\n\n")[1]
        assert not re.search(r"\d\n +(articles|sources)\b|\bto\n|— \d+ [a-z]+,? \d+\n", index), index
        assert re.search(r"— \d+ articles", index.replace("\n      ", " "))
        assert not re.search(r"—\n", index), "a date or count is never left alone under its dash"


def test_a_one_article_storys_summary_is_followed_by_its_leading_actors() -> None:
    # A folder of unrelated pages printed no actor at all: a one-article story was told by its summary
    # alone. Its leading actors follow it now, with what the first of them said; Markdown lists all.
    from pathlib import Path

    opts = pipeline.Options(workers=1)
    report = pipeline.build_report(pipeline.load([str(Path(__file__).parent / "data_stories")], opts), opts)
    text = render_text(report, width=100)
    lone = text.split("ONE-ARTICLE STORIES")[1]
    museum = lone.split("Thieves Take Silver Crown")[1].split("\n\n")[0]
    assert "\n  Actors: Clara Voss (person), Halden City Museum (organization)\n" in museum
    assert "    – Clara Voss says the crown was insured" in museum
    bakery = lone.split("Village Bakers Set Record")[1].split("\n\n")[0]
    assert "    – Mirko Tessaro says the bread would be shared" in bakery
    markdown = render_markdown(report).split("### One-article stories")[1]
    assert markdown.count("**Actors and positions**") == 2 and "- **Clara Voss** (person" in markdown
