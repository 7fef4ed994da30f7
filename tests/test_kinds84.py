"""The actors listed first, on articles written for these tests: a place the story only names as a setting or an
adjective ('the Japanese yen', 'jailed in Las Vegas', 'the Canadian citizen') ranks after the actors that act
(brief.actors.setting_places); a place that acts ('Australia will argue', 'Canada's intelligence service') keeps
its rank."""

from __future__ import annotations

from written import actors_of, report_of

_CURRENCY = (
    "Rupee slips against the dollar\n\n"
    "The rupee fell against the US dollar on Monday as the Japanese yen strengthened in Asian trade, dealers said.\n\n"
    "The Japanese yen rose to a four-month high against the US dollar after weak jobs data in the US, while the rupee closed "
    "at 39.4 to the US dollar.\n\n"
    "Dealers said the Reserve Bank of Oravia bought dollars through state banks to stem the fall. \"The central "
    "bank was seen buying,\" said Anil Mehra, a dealer at Coastal Bank.\n\n"
    "The Reserve Bank of Oravia declined to comment."
)

_TRIAL = (
    "Former actor stays in jail\n\n"
    "Former actor Dale Morrow will stay jailed in Las Vegas after a judge refused to cut his bail on Friday.\n\n"
    "Morrow has been held in Las Vegas since his arrest in September at a hotel in Las Vegas. His lawyer, Tom Reyes, "
    "said he would appeal. \"This bail is out of all proportion,\" Reyes said.\n\n"
    "The trial opens in Las Vegas in March. Prosecutor Nadia Kim said Morrow had threatened a witness."
)

_ROW = (
    "Spinner case heard\n\n"
    "The Australian players said the spinner had abused Symonds. Australia will argue the word was a slur, "
    "while Indian officials said it was a misunderstanding.\n\n"
    "\"We stand by our player,\" said Raj Mehta, the team manager. Australia has asked for a hearing on Monday."
)


def _top(text: str, n: int) -> list[str]:
    return [a.name for a in sorted(actors_of(report_of(text)), key=lambda a: a.salience)[:n]]


def test_a_currency_country_ranks_after_the_actors_that_act() -> None:
    actors = sorted(actors_of(report_of(_CURRENCY)), key=lambda a: a.salience)
    assert actors[0].name == "Reserve Bank of Oravia"
    names = [a.name for a in actors]
    assert all(names.index(place) > names.index("Anil Mehra") for place in ("Japan", "United States") if place in names)


def test_a_city_where_someone_is_jailed_ranks_after_the_people() -> None:
    names = [a.name for a in sorted(actors_of(report_of(_TRIAL)), key=lambda a: a.salience)]
    assert names.index("Las Vegas") > names.index("Nadia Kim")
    assert names[0] == "Dale Morrow"


def test_a_country_that_acts_keeps_its_rank() -> None:
    assert "Australia" in _top(_ROW, 3)


_DISC_GROUP = (
    "Studios line up behind the new disc\n\n"
    "At the trade show in Las Vegas, the Blu-ray Disc Association said that sales of Blu-ray discs had doubled "
    "since the summer.\n\n"
    "The Blu-ray Disc Association said on Monday that demand was growing. Warner said last week that it had "
    "received a payment from the Blu-ray Disc Association to back the format."
)

_CHURCH = (
    "Book on actor stirs row\n\n"
    "The actor Tom Lane ranks second in command in the Church of Vellorism, a new book claims.\n\n"
    "The Church of Vellorism called the book \"a bigoted assault\". Author Ruth Danner said Lane was a Vellorism "
    "parishioner.\n\n"
    "\"Vellorism would be a shadow of what it is today without him,\" Danner said. Nicole started to pull away from "
    "Vellorism, and that sent alarm bells ringing inside Vellorism. You say that Vellorism is to blame."
)


def test_a_name_cut_after_its_hyphened_first_word_is_the_full_body() -> None:
    names = [a.name for a in actors_of(report_of(_DISC_GROUP))]
    assert "Blu-ray Disc Association" in names
    assert "Disc Association" not in names


def test_a_body_called_by_what_follows_its_of_is_one_actor() -> None:
    actors = {a.name: a for a in actors_of(report_of(_CHURCH))}
    assert "Vellorism" not in actors
    assert "Vellorism" in actors["Church of Vellorism"].aliases
    assert actors["Church of Vellorism"].salience == 1
