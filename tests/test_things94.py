"""Session 60 (things94): the top of the actor list. A club written in full once and then by its two-word town
("the New York Knicks" ... "New York fell") or by the name before its town ("Bayern Munich" ... "Bayern") is one
club, and so is one called only by its town in its staff's roles and by its nickname; two bodies' initials glued
by a hyphen ("the KLA-PMB deal") are no third body; a bare company name beside its group and a unit of it is the
group's; a name set beside a product's noun ("its new sedan, the Vesper,") is a thing, whatever it "promises".
On articles written for these tests."""

from __future__ import annotations

from written import actors_of, report_of

from brief.model import Actor

_TWO_WORD_TOWN = (
    "Hawks hold off New York Knicks\n\n"
    "Joe Smith scored 30 points to lead the Atlanta Hawks over the New York Knicks, 99-90, on Tuesday night.\n\n"
    "New York, which has lost six of seven overall, trailed by 15 at the half.\n\n"
    "The Knicks got within four late in the game, but Smith hit a three-pointer to seal it.\n\n"
    "New York head coach Daryl Vance said his side had played without energy.\n\n"
    "New York fell to 9-14 at home, and the Knicks play again on Friday.\n"
)

_TOWN_ENDED = (
    "Rotweiss confident of keeping coach\n\n"
    "League leaders Rotweiss Munich expect coach Tomas Kerber to stay for another season, the club said on "
    "Monday.\n\n"
    "Rotweiss general manager Uwe Brand said the talks had gone well.\n\n"
    "Kerber joined Rotweiss in 2006 and has won two titles since. Rotweiss spent heavily in the summer, and "
    "Rotweiss now lead the league by six points.\n"
)

_GLUED = (
    "Writers weigh the directors' deal\n\n"
    "The Kestrel Writers Alliance (KLA) is studying the deal the Producers Media Board (PMB) made with the "
    "directors last week.\n\n"
    "The hope is that the KLA-PMB deal is close enough to what the writers want to get them back to the table. "
    "The PMB said it would not reopen talks soon, and the KLA said it would read the deal closely.\n\n"
    "Writers say the KLA-PMB deal may be the last, best hope to end the strike. Alliance president Dana Holt "
    "said the writers would decide within a month.\n"
)

_GROUP = (
    "Prosecutors raid Halvorsen Group offices\n\n"
    "OSLO - Prosecutors raided the offices of Halvorsen Group on Tuesday in a probe into claims of a slush "
    "fund.\n\n"
    "As the raid went on, Halvorsen Electronics said its profit in the fourth quarter fell 6 percent.\n\n"
    "The probe began after Erik Lund, a former lawyer at Halvorsen, said the fund paid judges. Halvorsen has "
    "denied the claims, and an official at Halvorsen said the group would cooperate.\n\n"
    "Halvorsen Electronics said separately that it would raise spending next year.\n"
)

_SEDAN = (
    "Marlow unveils its luxury sedan\n\n"
    "Marlow has taken the wraps off its new high-end luxury sedan, the Vesper, ahead of the motor show.\n\n"
    "Marlow says the rear-wheel-drive Vesper will rival $60,000 cars with a price under $30,000.\n\n"
    "Where rivals offered luxury for luxury money, the Vesper promises luxury for half the money. Those with a "
    "small budget may well find the Vesper an attractive buy, and the 2009 Vesper goes on sale in June.\n"
)

_NICKNAME = (
    "Pike to succeed Hale as Otters coach\n\n"
    "Dunmore offensive coordinator Jo Pike will become the Otters' head coach after Ray Hale retires.\n\n"
    "Pike, who just finished his third season with the Otters, built one of the best attacks in the league. "
    "He played for Dunmore from 1990 to 1993.\n\n"
    "Dunmore athletics director Mark Bell said the move would give the program continuity. Dunmore won the "
    "Lakes Bowl last year, and the Otters have played in three bowls in a row.\n"
)


def _actors(text: str) -> list[Actor]:
    return list(actors_of(report_of(text)))


def _holding(actors: list[Actor], word: str) -> list[Actor]:
    return [a for a in actors if word == a.name or word in a.aliases]


def test_a_club_called_by_a_two_word_town_is_the_club() -> None:
    actors = _actors(_TWO_WORD_TOWN)
    assert len(_holding(actors, "New York Knicks") + _holding(actors, "New York")) == 1 or (
        _holding(actors, "New York Knicks") == _holding(actors, "New York"))
    assert not [a for a in actors if a.name == "New York"]


def test_a_club_whose_name_ends_on_its_town_is_called_by_the_name_before_it() -> None:
    actors = _actors(_TOWN_ENDED)
    assert not [a for a in actors if a.name == "Rotweiss"]
    assert [a for a in actors if a.name == "Rotweiss Munich" and "Rotweiss" in a.aliases]


def test_two_bodies_initials_glued_by_a_hyphen_are_no_third_body() -> None:
    names = {a.name for a in _actors(_GLUED)}
    assert not any("-" in n for n in names)
    assert "Kestrel Writers Alliance" in names


def test_a_bare_company_name_beside_its_group_and_a_unit_is_the_groups() -> None:
    actors = _actors(_GROUP)
    assert not [a for a in actors if a.name == "Halvorsen"]
    assert [a for a in actors if a.name == "Halvorsen Group" and "Halvorsen" in a.aliases]
    assert [a for a in actors if a.name == "Halvorsen Electronics"]


def test_a_name_set_beside_a_products_noun_is_a_thing() -> None:
    names = {a.name for a in _actors(_SEDAN)}
    assert not any("Vesper" in n for n in names)
    assert "Marlow" in names


def test_a_club_called_only_by_its_town_and_its_nickname_is_one_club() -> None:
    actors = _actors(_NICKNAME)
    assert len(_holding(actors, "Otters")) == 1
    assert _holding(actors, "Otters") == _holding(actors, "Dunmore")
