"""The two seed articles end to end: what a reader of the briefing expects to see."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief import pipeline
from brief.model import Report

BLINKEN_HEADLINE = "Blinken Calls On Hamas To Agree To Fresh Terms For Ceasefire And Hostages Release"


@pytest.fixture(scope="module")
def report() -> Report:
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    return pipeline.build_report(pipeline.load([str(seeds)]))


def test_both_articles_loaded(report: Report) -> None:
    assert len(report.articles) == 2
    assert {a.path.split("/")[-1] for a in report.articles} == {
        "blinken-calls-on-hamas.txt", "hamas-studies-ceasefire-offer.txt"
    }


def test_headline_is_title_not_sentence(report: Report) -> None:
    blinken = next(a for a in report.articles if "blinken" in a.path)
    assert blinken.title == BLINKEN_HEADLINE
    assert all(BLINKEN_HEADLINE not in s.text for s in report.sentences[blinken.id])
    assert not report.sentences[blinken.id][0].text.startswith("(")


def test_briefing_cites_both_articles(report: Report) -> None:
    assert len(report.stories) == 1
    cited = {ref.article for item in report.stories[0].briefing for ref in item.sources}
    assert cited == {1, 2}
    assert len(report.stories[0].briefing) == 7


def test_every_chosen_sentence_is_text_of_its_article(report: Report) -> None:
    by_id = {a.id: a for a in report.articles}
    for summary in report.summaries.values():
        assert len(summary.indexes) == 3
        for index in summary.indexes:
            sentence = report.sentences[summary.article][index]
            assert by_id[summary.article].text[sentence.start : sentence.end] == sentence.text
    for item in report.stories[0].briefing:
        first = item.sources[0]
        sentence = report.sentences[first.article][first.index]
        assert sentence.text == item.text
        for ref in item.sources:
            s = report.sentences[ref.article][ref.index]
            assert by_id[ref.article].text[s.start : s.end] == s.text


def test_no_copyright_line_anywhere(report: Report) -> None:
    for sentences in report.sentences.values():
        assert not any("Copyright" in s.text for s in sentences)
