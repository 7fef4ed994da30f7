"""bench/titles.py: reading the assessors' headline label, and what counts as brief's title matching it."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import titles  # noqa: E402


def test_a_label_nested_in_other_labels_is_read_by_the_nearest_span() -> None:
    annotated = (
        '<span class="x-nc-sel0"><div class="nav">Home | Weather</div>'
        '<h1><span class="x-nc-sel1">Ferry service to Calder Isle <b>resumes</b></span></h1>'
        '<span class="x-nc-sel2"><p>The crossing reopened on Monday.</p></span></span>'
    )
    assert titles.label_blocks(annotated) == ["Ferry service to Calder Isle resumes"]


def test_a_byline_after_the_headline_is_its_own_block() -> None:
    annotated = ('<span class="x-nc-sel1">\nOrchard growers count frost losses\n'
                 '<byline><span class="x-nc-sel1">by Tamsin Hollow</span></byline></span>')
    assert titles.label_blocks(annotated) == ["Orchard growers count frost losses", "by Tamsin Hollow"]


def test_case_spacing_and_punctuation_aside() -> None:
    # the set's copies put "?" for a curly apostrophe
    assert titles.title_matches("Harbour board’s  vote delayed", ["Harbour board?s vote delayed"])
    assert titles.title_matches("HARBOUR BOARD'S VOTE DELAYED.", ["Harbour board's vote delayed"])
    assert not titles.title_matches("Harbour board's vote delayed - Kestrel Times", ["Harbour board's vote delayed"])
    assert not titles.title_matches("", [""])


def test_a_kicker_alone_is_no_headline_but_kicker_and_headline_joined_are() -> None:
    accepted = titles.accepted_titles(["Rail Strike", "Commuters face a third week of delays"])
    assert not titles.title_matches("Rail Strike", accepted)
    assert titles.title_matches("Commuters face a third week of delays", accepted)
    assert titles.title_matches("Rail Strike: Commuters face a third week of delays", accepted)
    colon = titles.accepted_titles(["Concert review:", "An evening of brass"])
    assert not titles.title_matches("Concert review", colon)
    assert titles.title_matches("An evening of brass", colon)


def test_a_headline_and_its_subtitle_both_stand_alone() -> None:
    accepted = titles.accepted_titles(["Mill town votes to keep its library", "Branch will open three days a week"])
    assert titles.title_matches("Mill town votes to keep its library", accepted)
    assert titles.title_matches("Branch will open three days a week", accepted)  # a subtitle: the assessors' call


def test_only_the_first_blocks_count_later_ones_are_teasers() -> None:
    blocks = ["Quarry expansion approved", "More in Local News", "Bakery wins county prize", "School roof repaired"]
    accepted = titles.accepted_titles(blocks)
    assert titles.title_matches("Quarry expansion approved", accepted)
    assert not titles.title_matches("School roof repaired", accepted)


def test_a_page_with_no_label_has_nothing_to_match() -> None:
    assert titles.accepted_titles(titles.label_blocks('<span class="x-nc-sel2"><p>Only text.</p></span>')) == []
