"""Session 41 (left42): a Malay courtesy between an office and a name ("Prime Minister Datuk Seri X", "its
chairman Tan Sri X") leaves the office the person's role; a shoal or an atoll is a place whatever given name its
name holds ("Second Thomas Shoal"); a party named in Malay or Spanish ("Gabungan Rakyat Sabah", "Partido ...")
is a body. On articles written for these tests."""

from __future__ import annotations

from written import actors_of, report_of

_RAIL = (
    "Malaysia backs new port link\n\n"
    "PENANG: Prime Minister Datuk Seri Ramli Yusof said on Monday that the government would pay for a rail line "
    "to the new northern port.\n\n"
    "The line will be built by a state company. Its chairman Tan Sri Hamzah Idris said the first freight trains "
    "would run in 2030.\n\n"
    "Deputy Minister Dato' Sri Faridah Osman told reporters the route had been surveyed.\n\n"
    "Ramli added that the money had been set aside.\n"
)

_SHOAL = (
    "Borneo coalition keeps its seats\n\n"
    "KOTA BELUD: The Gabungan Rakyat Borneo coalition won a majority in the state election on Saturday, official "
    "results showed.\n\n"
    "Chief Minister Datuk Seri Salleh Amin thanked voters and said the new government would build roads.\n\n"
    "In the South China Sea, Chinese ships again blocked a supply mission to the Second Albert Shoal, the "
    "Philippine coast guard said.\n"
)


def _actors(text: str) -> dict[str, tuple[str, str]]:
    return {a.name: (a.kind, a.role) for a in actors_of(report_of(text))}


def test_an_office_before_a_malay_courtesy_is_the_role() -> None:
    actors = _actors(_RAIL)
    assert actors["Ramli Yusof"] == ("person", "Prime Minister")
    assert actors["Hamzah Idris"] == ("person", "chairman")
    assert actors["Faridah Osman"] == ("person", "Deputy Minister")


def test_a_shoal_is_a_place_and_a_party_a_body() -> None:
    actors = _actors(_SHOAL)
    assert "Albert Shoal" not in actors or actors["Albert Shoal"][0] == "place"
    assert actors.get("Gabungan Rakyat Borneo", ("organization", ""))[0] == "organization"


_ANALYST = (
    "Sarawak budget draws doubts\n\n"
    "KUCHING: The state budget was passed on Thursday after a long debate.\n\n"
    "\"The numbers do not add up,\" said Dr Lee Mei Kit, a senior fellow at the Borneo Policy Centre.\n\n"
    "Lee said the revenue forecast relied on oil prices staying high.\n"
)


def test_a_family_name_written_first_stays_in_the_name_after_a_title() -> None:
    actors = _actors(_ANALYST)
    assert actors["Lee Mei Kit"] == ("person", "senior fellow at the Borneo Policy Centre")
    assert "Mei Kit" not in actors


_WATCHDOG = (
    "Watchdog and envoys weigh in\n\n"
    "GENEVA: The head of the WMO, Aldo Ferrante, said on Monday that the monitoring network had gaps.\n\n"
    "Kenya's ambassador to the Holy See, Joseph Mwangi, said the audience had been postponed.\n\n"
    "Residents have formed a group to fight the quarry. Its convener, Ruth Adeyemi, said it had 300 members.\n\n"
    "Team doctor Lars Berg said the winger would miss a month. Former ESA astronaut Ines Moreau said the launch "
    "was risky.\n\n"
    "Ferrante added that repairs would begin soon. Mwangi said he hoped for a new date. Adeyemi said residents "
    "were angry. Berg said the injury was minor. Moreau said the crew was ready.\n"
)


def test_a_title_set_off_or_written_before_a_name_is_the_role() -> None:
    actors = _actors(_WATCHDOG)
    assert actors["Aldo Ferrante"] == ("person", "head of the WMO")
    assert actors["Joseph Mwangi"] == ("person", "Kenya's ambassador to the Holy See")
    assert actors["Ruth Adeyemi"] == ("person", "convener")
    assert actors["Lars Berg"] == ("person", "Team doctor")
    assert actors["Ines Moreau"] == ("person", "Former ESA astronaut")


_CLERGY = (
    "Faith leaders urge calm\n\n"
    "ROME: The Latin Patriarch of Antioch, Cardinal Matteo Serra, said on Sunday that the shelling must stop.\n\n"
    "The Chief Rabbi of Norway, Elkan Rosner, said the community would hold a vigil.\n\n"
    "Serra added that the parishes would stay open.\n"
)


def test_the_holder_set_off_after_a_title_of_a_place_speaks() -> None:
    report = report_of(_CLERGY)
    said = {a.name: [p.text for p in a.positions] for a in actors_of(report)}
    assert "that the shelling must stop" in said["Matteo Serra"]
    assert "the community would hold a vigil" in said["Elkan Rosner"]
    assert "Latin Patriarch" not in said
    assert {a.kind for a in actors_of(report) if a.name in ("Norway", "Antioch")} <= {"place"}
    assert not any(said.get(name) for name in ("Norway", "Antioch"))


_STUDIO = (
    "Game maker pauses voice recording\n\n"
    "SEATTLE: Harrow Field, the studio behind the Lantern Road games, has paused voice recording on its next "
    "title.\n\n"
    "Members of the performers' union VPA voted on Tuesday to strike against game companies. The union said talks "
    "over digital likenesses had failed.\n\n"
    "Sessions have been cancelled until further notice, according to a spokesperson for the studio.\n"
)


def test_a_trade_noun_means_the_body_set_off_as_one_of_that_trade() -> None:
    said = {a.name: [p.text for p in a.positions] for a in actors_of(report_of(_STUDIO))}
    assert any("cancelled until further notice" in t for t in said["Harrow Field"])
