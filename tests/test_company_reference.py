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


def _positions(name: str, text: str) -> list[str]:
    actors = {a.name: a for a in actors_of(report_of(text))}
    return [p.text for p in actors[name].positions] if name in actors else []


def test_the_company_closing_its_sentence_is_the_company_the_sentence_opened_with() -> None:
    """ "X has raised money in a round led by Y, the company said": the company is X, what the sentence
    is about (past the dateline), not Y, the latest named inside what it said."""
    text = (
        "Startup Quillbase raises $40 million\n\n"
        "SAN FRANCISCO (Reuters) - Quillbase, a startup that turns meeting recordings into notes, has raised "
        "$40 million in a funding round led by Harlow Ventures, the company said on Wednesday.\n\n"
        "Harlow Ventures has backed four other startups this year."
    )
    assert any("has raised $40 million" in p for p in _positions("Quillbase", text))
    assert not any("has raised" in p for p in _positions("Harlow Ventures", text))


def test_the_company_closing_a_sentence_about_a_deal_is_still_the_latest_named() -> None:
    """When what was said opens with no company ("The deal ..."), the latest company named speaks."""
    text = (
        "Ostrand to buy brewer\n\n"
        "Corvane Motors sold its brewing arm to Ostrand Breweries last year. "
        "The deal will close in March, the company said.\n\n"
        "Ostrand Breweries has 400 workers."
    )
    assert any("The deal will close in March" in p for p in _positions("Ostrand Breweries", text))


def test_the_swedish_company_is_the_company_named_not_sweden() -> None:
    """ "the Swedish company said": the company named before, as "the German automaker" is; the
    demonym only says where it is from."""
    text = (
        "EU fines Apple over app rules\n\n"
        "The European Commission fined Apple for blocking cheaper subscriptions.\n\n"
        "Spotify, which filed the original complaint in 2019, welcomed the ruling. \"Today is an important "
        "day for the internet,\" the Swedish company said in a statement.\n"
    )
    assert any("important day" in p for p in _positions("Spotify", text))
    assert _positions("Sweden", text) == []
