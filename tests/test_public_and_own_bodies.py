"""A demonym or place before a body with its own remit is not the state speaking ("the Indonesian
search authority said"), while its ministry still is; a plural demonym as the source is the
country's public, a group ("70 percent of Americans say", "Tunisians worry"), not its state; a
body's outsiders ("its investors", "critics of its films") are not the body (brief.actors.positions,
describing.public_of, groups.described_group, source_words.OUTSIDERS); on articles written for
these tests."""

from __future__ import annotations

from written import holders, report_of


def test_a_search_authority_described_by_a_demonym_is_not_the_country() -> None:
    report = report_of(
        "A passenger plane carrying 162 people came down in the sea off Borneo on Sunday.\n\n"
        "The Indonesian search authority said the bodies belonged to a boy and a woman found near the coast."
    )
    assert holders(report, "the bodies belonged to a boy") == []


def test_a_court_described_by_a_place_is_not_the_place() -> None:
    report = report_of(
        "Ada Quinn sued the water company for damages in Ohio last year.\n\n"
        "An Ohio court ruled that the company had broken its contract with the town."
    )
    assert "Ohio" not in holders(report, "had broken its contract")


def test_a_country_s_ministry_still_speaks_for_the_country() -> None:
    report = report_of(
        "A passenger plane carrying 162 people came down in the sea off Borneo on Sunday.\n\n"
        "The Indonesian transport ministry said the airline had no permit to fly on Sundays."
    )
    assert holders(report, "had no permit to fly") == ["Indonesia"]


def test_a_share_of_a_country_s_people_in_a_poll_is_a_group_not_the_state() -> None:
    report = report_of(
        "President Ivo Marten faces a second impeachment trial in the Senate next month.\n\n"
        "And an overwhelming 70 percent of Americans say that the offense was wrong. Marten said the "
        "trial was a hoax."
    )
    assert holders(report, "the offense was wrong") == ["Americans"]


def test_a_country_s_people_written_bare_are_a_group() -> None:
    report = report_of(
        "Gunmen attacked a museum in the capital of Tunisia on Wednesday, killing 19 visitors.\n\n"
        "Tunisians worry that extremists can easily get arms across the border."
    )
    assert holders(report, "extremists can easily get arms") == ["Tunisians"]


def test_a_company_s_investors_are_a_group_not_the_company() -> None:
    report = report_of(
        "Orla Systems fired its founder, Ivo Marten, in 2001, a year after the company went public.\n\n"
        "Orla’s investors argued that the founder should step aside. Orla’s lawyers said the founder had "
        "been paid in full."
    )
    assert holders(report, "the founder should step aside") == ["Orla's investors"]
    assert holders(report, "paid in full") == ["Orla Systems"]  # its lawyers speak for it


def test_critics_of_a_studio_s_films_are_not_the_studio() -> None:
    report = report_of(
        "Marten Pictures released three superhero films this year, and all three lost money.\n\n"
        "Critics of Marten’s recent films have said that they are too dark for children."
    )
    assert "Marten Pictures" not in holders(report, "too dark for children")


def test_a_place_s_examiner_is_not_the_place_but_its_governor_is() -> None:
    report = report_of(
        "Ivo Marten died in a jail cell in Dunmere in August, a week after his arrest.\n\n"
        "Before Ohio's chief medical examiner concluded that Marten hanged himself, his lawyers asked for "
        "a second autopsy. Ohio's governor said that the jail would be inspected."
    )
    assert holders(report, "Marten hanged himself") == []
    assert holders(report, "jail would be inspected") == ["Ohio"]
