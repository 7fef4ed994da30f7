"""Sources of news English that lost their statements (session 52, helper sources65), on an article written for
these tests: a speaker named after an inverted "said" behind a description that holds another name or a place
("said former Vermont governor X"), and an "according to" set off after a clause's adverbial opener ("Since last
spring, according to X, the ferries have ...")."""

from __future__ import annotations

from written import holders, report_of

FARES = (
    "Harbor City ferry fares split the governor's party\n\n"
    "The plan to raise ferry fares in Harbor City has split the governing party, with older members warning that "
    "riders will punish it at the polls.\n\n"
    '"He is plainly torn about what comes next," said former Vermont governor Ruth Abano (D), a longtime ally of the '
    'mayor. "He knows the numbers, but he cannot bring himself to raise the fares."\n\n'
    "Since last spring, according to the Ocean Policy Institute, the ferries have burned twice as much fuel per "
    "crossing as they did a decade ago.\n\n"
    "But the next day, according to Abano, the mayor asked the council for more time.\n\n"
    'Mayor Lena Delgado said the city would study the numbers. "We cannot let the boats sail empty," she said.'
)


def test_a_name_after_said_and_a_described_office_is_the_speaker() -> None:
    report = report_of(FARES)
    assert holders(report, "plainly torn") == ["Ruth Abano"]
    assert holders(report, "cannot bring himself") == ["Ruth Abano"]


def test_according_to_after_an_opener_of_time_holds_the_clause() -> None:
    assert holders(report_of(FARES), "twice as much fuel") == ["Ocean Policy Institute"]


def test_according_to_after_a_linked_opener_holds_the_clause() -> None:
    assert holders(report_of(FARES), "asked the council for more time") == ["Ruth Abano"]


STAFF = (
    "Harbor City mayor meets union leaders over ferry fares\n\n"
    "Mayor Ana Reyes met union leaders on Tuesday to discuss the plan to raise ferry fares.\n\n"
    "Reyes' spokesman Omar Lutz said the union asked for the meeting.\n\n"
    'Former Reyes Senior Adviser Tomas Brenner said that he had "no idea" whether the plan would pass.\n\n'
    "Reyes Communications Director Jenna Poole said the mayor would not back down.\n\n"
    'Reyes said the fares had not risen in a decade. "We have waited long enough," she said.'
)


def test_a_staffer_after_a_bare_possessive_is_the_speaker() -> None:
    assert holders(report_of(STAFF), "asked for the meeting") == ["Omar Lutz"]


def test_a_staffer_after_a_capitalised_role_is_the_speaker() -> None:
    report = report_of(STAFF)
    assert holders(report, "no idea") == ["Tomas Brenner"]
    assert holders(report, "not back down") == ["Jenna Poole"]
    assert holders(report, "waited long enough") == ["Ana Reyes"]
