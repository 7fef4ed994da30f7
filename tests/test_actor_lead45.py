"""Session 41's second round of lead probes: a body's statement reported inside a person's does not make the body the
last speaker, so "He says" next goes on with the person (brief.actors.chain). Articles written for these tests."""

from __future__ import annotations

from written import report_of


def test_he_goes_on_with_the_person_who_reported_a_bodys_statement() -> None:
    report = report_of(
        "Senator steps up attacks\n\n"
        "Senator Dale Whitcombe is demanding that Mayor Tom Reyes resign over the stadium deal.\n\n"
        "\"Mayor Reyes, will you resign today?\" he asks.\n\n"
        "He notes that the Debates Commission announced on Friday that there was an issue with his microphone.\n\n"
        "He says, \"Working that microphone was harder than working the crowd.\""
    )
    says = [a.name for s in report.stories for a in s.actors for p in a.positions if p.cue == "says"]
    assert says == ["Dale Whitcombe"]


def test_initials_after_a_bodys_noun_are_the_body() -> None:
    report = report_of(
        "Phone ban criticised\n\n"
        "Ministers plan to ban phones in schools from September.\n\n"
        "Headteachers' union NAHT warned that enforcement would fall on already overstretched staff."
    )
    warned = [(a.name, a.kind) for s in report.stories for a in s.actors for p in a.positions if p.cue == "warned"]
    assert warned == [("NAHT", "organization")]


def test_a_platforms_old_name_after_it_is_no_part_of_what_was_written() -> None:
    report = report_of(
        "Phone ban row\n\n"
        "The government will ban phones in schools from September.\n\n"
        "The shadow education secretary, Laura Pike, wrote on X, formerly Twitter, that the government had copied "
        "the opposition's plan."
    )
    wrote = [p.text for s in report.stories for a in s.actors for p in a.positions if p.cue == "wrote"]
    assert wrote == ["that the government had copied the opposition's plan"]


def test_a_seats_letters_opening_a_tagged_person_are_the_role() -> None:
    report = report_of(
        "Flood alert as river crosses danger mark\n\n"
        "Guwahati, Jul 8 (PTI) The river was flowing above the danger level at several places on Monday, affecting "
        "over 4 lakh people in 19 districts, officials said.\n\n"
        "Chief Minister Anil Borah, while addressing a press conference, informed that the state had opened 312 "
        "relief camps.\n\n"
        "Congress MLA Debabrata Saikia alleged that embankments built last year had collapsed because of poor "
        "construction. He demanded a judicial probe into the contracts."
    )
    roles = {a.name: a.role for s in report.stories for a in s.actors}
    assert roles.get("Debabrata Saikia") == "Congress MLA"


def test_an_advocate_before_a_name_is_a_role() -> None:
    report = report_of(
        "Airline fined over refunds\n\n"
        "Regulators fined a budget airline $2 million on Thursday for failing to refund passengers promptly.\n\n"
        "Consumer advocate Bill Harlan said the fine was \"a rounding error\" for an airline that earns billions."
    )
    assert {a.name: a.role for s in report.stories for a in s.actors}.get("Bill Harlan") == "Consumer advocate"
