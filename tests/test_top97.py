"""The top of the actor list, on articles written for these tests: a place the story names as a setting or an
adjective weighs less than one that acts (brief.actors.setting_places, brief.actors.salience): a place named so
again and again and otherwise once ranks after the actors that act, a place only ever so named is not listed, a
headline that names a place only as where something happens ('clashes in Gaza') adds no weight; a country whose
decision or policy the text reports ('the US decision') acts, and keeps its place. A club's nickname clipped to
its tail ('the Boks') is the club (brief.actors.clipped_nicknames)."""

from __future__ import annotations

from written import actors_of, report_of

_DETAINEE = (
    "Court hears bomb plotter's plea\n\n"
    "Rahim Osman, who plotted to bomb American embassies, asked a judge on Tuesday for a shorter sentence.\n\n"
    "Osman has been in U.S. custody since 2004 and lived for years in FBI safe houses in the United States, "
    "prosecutor Laura Venn said. \"He gave us names,\" Venn said.\n\n"
    "Agents found a list bearing the initials of U.S. agents in his flat in Oman. Osman attacked American "
    "targets abroad, the court heard.\n\n"
    "His lawyer, Mark Dunning, said Osman had changed. \"He is not the man he was,\" Dunning said. Judge Ellen "
    "Park said she would rule next week."
)

_VILLAGE = (
    "Official held over beating death\n\n"
    "Police have detained an official over the beating death of a businessman near the village of Wanba.\n\n"
    "Bo Lin, head of the city inspection team, is among 24 people held, police spokesman Chen Hua said. The "
    "businessman, Wei Tong, had filmed a clash between villagers and inspectors in Wanba on Monday.\n\n"
    "\"We will punish those responsible,\" Chen said. Villagers had blocked trucks from dumping refuse in Wanba "
    "for weeks, Wei's brother Wei Ming said."
)

_CLASHES = (
    "Rival factions in deadly clashes in Gaza\n\n"
    "Gunmen of the Sahel Front and the Unity Movement fought on Monday, and at least four people died in Gaza.\n\n"
    "Front leader Omar Haddad said: \"They started this.\" Unity Movement spokesman Sami Nasser said the "
    "Front had attacked first.\n\n"
    "Aid worker Lena Qasim said hospitals in Gaza were full. Haddad said talks would resume."
)

_SETTLEMENTS = (
    "Allies criticise settlements ruling\n\n"
    "European ministers criticised the US decision on Monday, saying it broke international law.\n\n"
    "\"This is a grave mistake,\" said Anna Lind, a Swedish minister. The US policy shift was welcomed by Prime "
    "Minister David Amir, who said: \"Justice is done.\"\n\n"
    "Arab League chief Nabil Karam called the US position \"reckless\"."
)

_FORECAST = (
    "Hard freeze expected\n\n"
    "Forecasters said readings throughout most of southwest Alabama would fall to the low 20s on Wednesday night.\n\n"
    "\"Cover your plants and pets,\" said Kirk Dale of the weather service. Lows will dip to near 20 across "
    "southwest Alabama, he said. Emergency manager Gail Roe said shelters would open at 6 p.m."
)


def _names(text: str) -> list[str]:
    return [a.name for a in sorted(actors_of(report_of(text)), key=lambda a: a.salience)]


def test_a_country_named_again_and_again_as_a_setting_ranks_after_the_people() -> None:
    names = _names(_DETAINEE)
    assert names.index("United States") > names.index("Ellen Park")
    assert names[0] == "Rahim Osman"


def test_a_village_only_ever_the_setting_is_not_listed() -> None:
    names = _names(_VILLAGE)
    assert "Wanba" not in names
    assert "Chen Hua" in names[:3]


def test_a_headline_setting_adds_no_weight() -> None:
    names = _names(_CLASHES)
    assert "Gaza" not in names[:3]
    assert "Omar Haddad" in names[:2]


def test_a_country_whose_decision_is_reported_acts() -> None:
    names = _names(_SETTLEMENTS)
    assert "United States" in names
    assert names.index("United States") < names.index("Nabil Karam")


def test_most_of_a_state_is_a_setting() -> None:
    assert "Alabama" not in _names(_FORECAST)


_RUGBY = (
    "New coach backs his captain\n\n"
    "Springboks coach Pieter Nel said on Tuesday that Jan Botha would lead the Springboks against Wales in June.\n\n"
    "\"Jan is the heart of this team,\" Nel said. The Boks have not lost at home since 2006, and Botha said the Boks "
    "were ready.\n\n"
    "The Springboks meet in Durban next week. \"We want to keep that record,\" Botha said."
)


def test_a_nickname_clipped_to_its_tail_is_the_same_club() -> None:
    names = _names(_RUGBY)
    assert "Springboks" in names
    assert "Boks" not in names
