"""A player or a person named by an epithet in place of their name ("the Spaniard", "the German",
"the England captain", "the world number one") is the one the text was just about
(brief.actors.epithets), on articles written for these tests."""

from __future__ import annotations

from written import holders, report_of

from brief.actors.epithets import epithet


def test_a_nationality_as_a_noun_is_the_player_just_named_not_the_country() -> None:
    report = report_of(
        "Moreno battles past Keller to reach final\n\n"
        "Pablo Moreno fought back from a set down to beat Lukas Keller 3-6 7-6 6-4 in Saturday's semi-final.\n\n"
        "\"I had to suffer a lot today, but that is tennis,\" the Spaniard said afterwards.\n\n"
        "Keller, who has never won a major title, was left to rue his missed chances. \"I played well "
        "enough to win, but he was better in the big moments,\" the German told reporters.\n"
    )
    assert holders(report, "I had to suffer a lot today") == ["Pablo Moreno"]
    assert holders(report, "I played well enough to win") == ["Lukas Keller"]


def test_a_captain_of_a_country_is_the_player_not_the_country() -> None:
    report = report_of(
        "Kane double fires Bayern to victory\n\n"
        "Harry Kane scored twice as Bayern Munich beat Borussia Dortmund 3-1 on Saturday.\n\n"
        "The England captain, who has now scored 30 league goals this season, said: \"It was a massive "
        "game for us and the lads delivered.\"\n"
    )
    assert holders(report, "It was a massive game for us") == ["Harry Kane"]


def test_a_countrys_international_is_the_player_not_the_country() -> None:
    report = report_of(
        "Harbourside close in on midfielder\n\n"
        "Harbourside are in talks with Vardenfeld over a deal for midfielder Tomas Ilvero, with the Spain "
        "international keen on a move to the coast.\n"
    )
    assert holders(report, "a move to the coast") == ["Tomas Ilvero"]


def test_what_makes_an_epithet() -> None:
    assert epithet("the Spaniard") and epithet("the 23-year-old Brazilian") and epithet("The world number one")
    assert epithet("the striker") and epithet("The England captain") and epithet("the Spain international")
    assert not epithet("the French") and not epithet("the British") and not epithet("a German")
    assert not epithet("the German government")
