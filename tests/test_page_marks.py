"""Tables and the marks a page's markup leaves in its text never reach a summary (issue 11, debris).

Pages written here (tests/data/pages/): a council forum's notice with a details table ("| Date: |
… |"), a price table and a layout table whose cell holds a paragraph of the story; a page laid out
in a table with empty spacer cells; and a
ferry story whose links left a space before commas, a hole where link text was dropped ("but ,
notably"), a bare web address and an emptied bracket. The full text keeps every word; the
summaries and the briefing show none of the marks.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from brief import pipeline
from brief.ingest.files import load_articles
from brief.ingest.furniture import is_heading
from brief.model import Report
from brief.text.sentences import split_article

PAGES = Path(__file__).resolve().parent / "data" / "pages"
MARKS = re.compile(r"https?://|\(\s*\)|\w\s+,|\|")


def _sentences(name: str) -> list[str]:
    loaded = load_articles([str(PAGES / name)])
    assert loaded.errors == ()
    return [s.text for s in split_article(loaded.articles[0])]


def _report(name: str) -> Report:
    options = pipeline.Options(workers=1, cache=False)
    return pipeline.build_report(pipeline.load([str(PAGES / name)], options), options)


def _shown(report: Report) -> list[str]:
    """Every sentence the report shows as chosen: the summaries' and the briefing's."""
    texts = {(s.article, s.index): s.text for sents in report.sentences.values() for s in sents}
    chosen = [texts[(summary.article, i)] for summary in report.summaries.values() for i in summary.indexes]
    return chosen + [item.text for story in report.stories for item in story.briefing]


def test_a_table_of_details_is_data_and_a_cell_of_prose_is_a_paragraph() -> None:
    sentences = _sentences("forum_tables.html")
    assert not any("|" in s for s in sentences), sentences
    assert not any("6 March" in s or "HARBOUR DREDGING" in s or "Supported by" in s for s in sentences)
    # the layout table's prose cell is a sentence of its own, without the cell beside it
    assert "The water board said it would publish the engineers' full report on its website a week before the forum opens." in sentences
    assert not any("More local news" in s for s in sentences)


@pytest.mark.parametrize("row", [
    "| Date: | Wednesday 6 March (doors open 12:45) |",  # a bracket closing the last cell is no sentence's end
    "| HBR | HARBOUR DREDGING CO. | 12.40 | -0.35 | -2.7% |",  # nor is a company's "Co."
    "| ■ 日 時： | 2019年3月6日（水）13：00－16：40（受付開始12：45より） |",
])
def test_rows_of_labels_and_values_are_headings(row: str) -> None:
    assert is_heading(row)


def test_a_page_laid_out_in_a_table_with_spacer_cells_reads_as_paragraphs() -> None:
    loaded = load_articles([str(PAGES / "mill_layout.html")])
    article = loaded.articles[0]
    assert article.title == "Old town's mill reopens as a museum"
    assert "|" not in article.text
    assert "Volunteers spent six years restoring the building" in article.text
    assert len(split_article(article)) == 4


def test_a_row_with_a_sentence_in_a_cell_is_not_a_heading() -> None:
    assert not is_heading("| Note | The board will publish its full report a week before the forum opens. |")


def test_spaces_the_markup_put_before_commas_go_and_holes_stay_visible() -> None:
    sentences = _sentences("ferry_holes.html")
    assert "Operators in the region, from Northline, Saltwater Lines and Bay Ferries, have added crossings" \
        " before the holidays in past years." in sentences
    assert any("said on Monday, adding" in s for s in sentences)
    # a dropped link's hole is not papered over: the text says what the page said
    assert any("but , notably" in s for s in sentences)


def test_no_summary_or_briefing_shows_a_web_address_or_a_hole() -> None:
    report = _report("ferry_holes.html")
    shown = _shown(report)
    assert len(shown) >= 5
    assert not [s for s in shown if MARKS.search(s)]
    # the sentences are still the article's: the full text keeps them
    assert "https://coastferries.example/winter" in report.articles[0].text


def test_tables_stay_out_of_the_report_and_its_prose_is_chosen() -> None:
    shown = _shown(_report("forum_tables.html"))
    assert shown and not [s for s in shown if MARKS.search(s)]
