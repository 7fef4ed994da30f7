"""Who says what in styles of news the earlier probes did not cover (session 35): a science press release, an
obituary, an Indian state assembly report and an Irish political story, each on an article written for these
tests: a demonym-led body the tagger read whole as a misc. name ("The British Antarctic Survey ... said"), a
knight's "Sir" after a description, "Leader of the Opposition", and the Tánaiste written with its accent."""

from __future__ import annotations

from written import actor_named, actors_of, holders, report_of


def test_a_demonym_led_survey_speaks_as_itself_not_as_its_country() -> None:
    report = report_of("Lake found beneath ice\n\n"
                       "Scientists have found a lake under two kilometres of ice, the University of Carrowmore said. "
                       "The British Antarctic Survey, which was not involved, said the discovery was exciting but urged "
                       "caution.\n")
    assert holders(report, "discovery was exciting") == ["British Antarctic Survey"]
    assert "United Kingdom" not in [a.name for a in actors_of(report)]


def test_a_knighthood_after_a_description_is_no_part_of_the_role() -> None:
    report = report_of("Surgeon dies at 91\n\n"
                       "Marguerite Dallow, a pioneering heart surgeon, has died at the age of 91. "
                       "Former colleague Sir Peter Lang said she had changed the profession. "
                       "Health Secretary Sir Alan Pike said her work had saved thousands of lives.\n")
    assert actor_named(report, "Peter Lang").role == ""
    assert actor_named(report, "Alan Pike").role == "Health Secretary"


def test_leader_of_the_opposition_is_read_whole() -> None:
    report = report_of("Walkout over water crisis\n\n"
                       "Bhopal: Opposition members on Monday staged a walkout in the Assembly. "
                       "Leader of the Opposition Umang Singhar said the government was ignoring the suffering of "
                       "lakhs of people.\n")
    assert actor_named(report, "Umang Singhar").role == "Leader of the Opposition"


def test_the_tanaiste_with_its_accent_is_a_title() -> None:
    report = report_of("Coalition working well, says Harris\n\n"
                       "Tánaiste Simon Harris said on Friday that the coalition was working well. "
                       "Harris said there would be no election this year.\n")
    assert actor_named(report, "Simon Harris").role == "Tánaiste"
