""""The company" as a mention of the company a story follows, and of none in a round-up."""

from __future__ import annotations

from written import actors_of, report_of


def _mentions(name: str, text: str) -> int:
    actors = {a.name: a for a in actors_of(report_of(text))}
    assert name in actors, list(actors)
    return actors[name].mentions


def test_the_company_counts_for_the_company_the_story_follows() -> None:
    """Named in full twice, then "the company" three times: five mentions, though an analyst's firm is
    named after it (the latest company named before "the company" is his)."""
    text = (
        "Velmora Cosmetics returns to profit\n\n"
        "Velmora Cosmetics is breaking out of its slump. Analyst Dana Pruitt of Harlow Securities said sales "
        "had doubled. The company's first profit in three years came on Tuesday.\n\n"
        "Velmora Cosmetics plans two more lines next year, and the company hopes to open shops abroad. "
        "Shares of the company rose 8 percent."
    )
    assert _mentions("Velmora Cosmetics", text) == 5


def test_the_company_in_a_round_up_counts_for_none() -> None:
    """Two companies named as often: "the company" is only a guess, so neither gains a mention."""
    text = (
        "Two brewers cut jobs\n\n"
        "Corvane Motors will close a plant. Ostrand Breweries also cut staff. "
        "The company has 400 workers in Dunmere.\n\n"
        "Corvane Motors and Ostrand Breweries both reported losses. Shares of the company fell."
    )
    assert _mentions("Corvane Motors", text) == 2
    assert _mentions("Ostrand Breweries", text) == 2
