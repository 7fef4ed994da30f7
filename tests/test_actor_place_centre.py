"""A bare "it" goes on with a country that opens the sentence before it as its subject, not with a body named
before that (session 38), on an article written for these tests."""

from __future__ import annotations

from written import holders, report_of


def test_it_after_a_country_opening_the_sentence_before_is_that_country() -> None:
    report = report_of(
        "Missile deal draws objections\n\n"
        "The missiles would boost Armenia's ability to defend against airstrikes. "
        "Greece and Italy have strongly objected to the deal.\n\n"
        "Turkey has walked a fine line on Armenia for years. One of six powers leading efforts to curb the region's "
        "arms race, it has strongly criticized Greece and France for adding separate sanctions after the latest "
        "penalties were passed."
    )
    assert holders(report, "separate sanctions") == ["Turkey"]
