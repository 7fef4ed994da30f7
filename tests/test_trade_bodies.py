"""A trade's body is a party: its acronym written only as a modifier, and a medium's word in its name."""

from __future__ import annotations

from written import actor_named, actors_of, report_of


def test_an_acronym_of_a_body_named_in_full_is_that_body_though_only_a_modifier() -> None:
    text = ("Members of the Brewers Union of Canada walked out on Monday over pay.\n\n"
            "The festival is off because BUC brewers cannot work, and drivers will not cross BUC picket lines. "
            "Analysts expect the BUC talks to resume soon.")
    union = actor_named(report_of(text), "Brewers Union of Canada")
    assert "BUC" in union.aliases and union.mentions == 4


def test_a_trade_body_with_a_mediums_word_in_its_name_ranks_as_a_party_not_an_outlet() -> None:
    text = ("Studios to meet directors\n\n"
            "In a statement, the Guild of Harbour Radio Producers said the talks would begin on Saturday. "
            "The Tellmark Directors Circle and the Harbour Writers Circle were not asked. "
            "The Tellmark Directors Circle has 900 members, and the Harbour Writers Circle has 700. "
            "Both the Tellmark Directors Circle and the Harbour Writers Circle met on Monday.")
    report = report_of(text)
    guild = actor_named(report, "Guild of Harbour Radio Producers")
    assert guild.role != "news outlet"
    assert guild.salience == 1, [(a.name, a.salience) for a in actors_of(report)]


def test_the_press_association_stays_a_news_agency() -> None:
    from brief.actors.trade_bodies import trade_body

    assert not trade_body("Press Association") and not trade_body("Times of India")
    assert trade_body("Hollywood Foreign Press Association") and trade_body("Guild of Harbour Radio Producers")
