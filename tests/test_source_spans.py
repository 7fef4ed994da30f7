"""Where a source ends: a sentence that opens on "according to" says its content after the source,
so the source stops at the comma where a clause begins and an apposition stays with it
(brief.actors.framing.according_source); a short bracket inside an inverted speaker's title stays
in it; a live blog's time stamp is no source. Texts written for these tests."""

from __future__ import annotations

import pytest

from brief.actors.attribution import find_attributions


def _found(text: str) -> list[tuple[str | None, str]]:
    return [(a.source and text[a.source[0] : a.source[1]], text[a.content[0] : a.content[1]])
            for a in find_attributions(text, [(0, len(text))])]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("According to Hester Vane, the ferry service lost money every winter.",
         "Hester Vane", "the ferry service lost money every winter"),
        ("According to Mr Orlov, the levy would leave 12,000 tenants worse off.",
         "Mr Orlov", "the levy would leave 12,000 tenants worse off"),
        ("But according to Hester Vane, the pier has been unsafe for years.",
         "Hester Vane", "the pier has been unsafe for years"),
        ("According to Hester Vane, a surveyor who has inspected the pier, the timbers are rotten.",
         "Hester Vane, a surveyor who has inspected the pier", "the timbers are rotten"),
        ("According to Hester Vane, who inspected the pier, the timbers are rotten.",
         "Hester Vane, who inspected the pier", "the timbers are rotten"),
    ],
)
def test_the_source_of_an_opening_according_to_ends_where_the_clause_begins(text: str, source: str, content: str) -> None:
    assert (source, content) in _found(text)


def test_an_according_to_after_its_content_keeps_the_apposition() -> None:
    text = "The timbers are rotten, according to Hester Vane, the surveyor."
    assert ("Hester Vane, the surveyor", "The timbers are rotten") in _found(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("“Nine men were held at the depot,” said DCP (Crime) Anil Ghosh.", "DCP (Crime) Anil Ghosh"),
        ("“Nine men were held,” said SP (Rural) Meera Iyer, who led the raid.", "SP (Rural) Meera Iyer"),
    ],
)
def test_a_bracket_inside_an_inverted_speakers_title_stays_in_the_source(text: str, source: str) -> None:
    assert source in [s for s, _ in _found(text)]


def test_a_bracket_after_the_name_is_no_title() -> None:
    assert all(s is None or "Utah" not in s or s.startswith("Ann") for s, _ in _found("“No,” said Ann Hyde (R-Utah). “Never.”"))


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("14:10 Coastguard spokesman Ivo Marten says two boats have been recovered.",
         "Coastguard spokesman Ivo Marten", "two boats have been recovered"),
        ("9.05am: “We have never seen water this high,” farmer Oona Reid tells us.",
         "farmer Oona Reid", "“We have never seen water this high,”"),
    ],
)
def test_a_live_blogs_time_stamp_is_neither_source_nor_content(text: str, source: str, content: str) -> None:
    assert (source, content) in _found(text)
