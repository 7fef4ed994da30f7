"""Session 57, issue 12's related mix, on labellings and articles written here: how much of a mix's loss is the
gold's own ambiguity (a document the source files under two stories, scored leniently on a separate line), and the
recall side: one story whose articles name a body in full or by its acronym (brief/stories/acronyms.py)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import stories  # noqa: E402

from brief.stories import group_articles  # noqa: E402
from brief.stories.acronyms import spelled  # noqa: E402
from tests.test_grouping import COMET, DAM, PILE, STRIKE, as_text_sets, build  # noqa: E402


def test_a_document_filed_twice_counts_as_right_in_either_story() -> None:
    gold = ["ferry", "ferry", "strike", "strike", "ferry"]
    # Row 4 is filed under the ferry story and under the strike story; the grouping puts it with the strike.
    predicted = [0, 0, 1, 1, 1]
    strict = stories.bcubed(predicted, gold)
    lenient = stories.lenient_bcubed(predicted, gold, {4: "strike"})
    assert strict[2] < 1.0
    assert lenient == (1.0, 1.0, 1.0)


def test_lenient_scoring_changes_nothing_without_documents_filed_twice() -> None:
    gold = ["ferry", "ferry", "strike", "strike"]
    predicted = [0, 1, 1, 1]
    assert stories.lenient_bcubed(predicted, gold, {}) == stories.bcubed(predicted, gold)


def test_a_wrong_grouping_stays_wrong_under_lenient_scoring() -> None:
    gold = ["ferry", "ferry", "strike", "strike", "ferry"]
    # Row 4 (ferry or strike) is alone, and the ferry story is merged with the strike: neither label mends that.
    predicted = [0, 0, 0, 0, 1]
    assert stories.lenient_bcubed(predicted, gold, {4: "strike"})[0] < 1.0


# A body named in full by one article and by its acronym in two others (brief/stories/acronyms.py).
_FULL_NAME = (
    "The Orvane Basin Water Board will raise household water tariffs in Kessel by a fifth from March. "
    "The Orvane Basin Water Board said the floods had emptied its reserves. "
    "Tenants in Drume protested outside the offices of the Orvane Basin Water Board."
)
_ACRONYM = (
    "Water tariffs in Kessel will rise by a fifth, OBWB said. "
    "OBWB blamed repairs to pumping stations wrecked by the floods. "
    "Hardship grants will go to pensioners, OBWB said."
)
_ACRONYM_AGAIN = (
    "OBWB defended its tariff rise at a packed meeting. "
    "Residents asked why OBWB had not insured the pumping stations against floods. "
    "OBWB said hardship grants would help pensioners."
)


def test_an_article_naming_a_body_in_full_joins_the_story_naming_it_by_its_acronym() -> None:
    tariffs = [_FULL_NAME, _ACRONYM, _ACRONYM_AGAIN]
    articles, sentences = build(PILE + tariffs)
    found = as_text_sets(group_articles(articles, sentences), articles)
    assert frozenset(tariffs) in found
    # The other stories stay as they were.
    assert {frozenset(DAM), frozenset(STRIKE), frozenset(COMET)} <= found


def test_a_name_spelling_an_acronym_no_article_writes_links_nothing() -> None:
    # Without the articles that write "OBWB", the full name is one article's own words.
    articles, sentences = build(PILE + [_FULL_NAME])
    found = as_text_sets(group_articles(articles, sentences), articles)
    assert frozenset([_FULL_NAME]) in found


def test_the_acronyms_a_written_out_name_spells() -> None:
    # Any run of whole words inside a longer run of capitalised words, a hyphened word giving each part's initial.
    assert "APEC" in spelled(["The Asia-Pacific Economic Cooperation forum met in Lima."])
    # A sentence writing the acronym beside the name counts it already.
    assert "FBI" not in spelled(["The Federal Bureau of Investigation (FBI) said so."])
    assert "FBI" in spelled(["Agents of the Federal Bureau of Investigation said so."])
