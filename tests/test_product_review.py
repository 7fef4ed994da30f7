"""A product review (session 35): the maker is not named by one of its apps listed with others, and its officer
described after his name as "the maker's head of X" has that role; on an article written for these tests."""

from __future__ import annotations

from written import actors_of, report_of

_REVIEW = (
    "Pixel review: fast, with one catch\n\n"
    "The new phone is fast and its camera is superb. Google says its new chip is 20% faster than last year's. "
    "On a typical day of email, Slack, Spotify and Google Maps, the battery was at 15% by 9 p.m. "
    '"We focused on making the features helpful," Rick Osterloh, Google\'s head of devices, told me. '
    "Google also said updates would come for seven years."
)


def test_the_maker_is_not_named_by_an_app_of_its_own() -> None:
    names = {a.name for a in actors_of(report_of(_REVIEW))}
    assert "Google" in names
    assert "Google Maps" not in names


def test_an_officer_described_as_the_makers_head_of_a_unit_has_that_role() -> None:
    actors = {a.name: a for a in actors_of(report_of(_REVIEW))}
    assert actors["Rick Osterloh"].role == "Google's head of devices"
