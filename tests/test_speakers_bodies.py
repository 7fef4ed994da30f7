"""Who speaks when a body's staff, a body named like a place, or an outlet in an aside stands near
the cue: "analysts at a broker said" is the broker, "the airport said" the airport the text named,
"X, speaking to the Echo, said" is X (brief.actors.describing, body_reference, personhood,
audience_aside), on articles written for these tests."""

from __future__ import annotations

from written import actor_named, actors_of, holders, report_of


def test_analysts_at_a_firm_speak_for_the_firm() -> None:
    report = report_of(
        "Shares in Halvern Mining fell sharply on Thursday after the company cut its copper forecast.\n\n"
        "Analysts at Corbel Securities said the warning was worse than expected for the rest of the year.\n\n"
        "Economists at Marlow Bank said the weaker copper price would weigh on exports.\n"
    )
    assert holders(report, "worse than expected") == ["Corbel Securities"]
    assert holders(report, "weigh on exports") == ["Marlow Bank"]


def test_residents_at_a_home_still_speak_for_themselves() -> None:
    report = report_of(
        "A care home in Dunmere will close next month, its owners confirmed on Monday.\n\n"
        "Residents at Larkfield House said they had been given no warning of the closure at all.\n"
    )
    assert "Larkfield House" not in holders(report, "given no warning")


def test_an_airport_named_as_a_place_speaks_as_the_airport() -> None:
    report = report_of(
        "A passenger jet skidded off the runway at Corran Bay Airport on Sunday night during heavy rain.\n\n"
        "The airport said the runway would reopen on Monday morning after a full inspection.\n\n"
        "The county council said it would review drainage on the road to the terminal.\n"
    )
    assert holders(report, "reopen on Monday morning") == ["Corran Bay Airport"]
    assert "Corran Bay Airport" not in holders(report, "review drainage")


def test_a_name_ending_with_an_institution_noun_is_no_person() -> None:
    report = report_of(
        "Hundreds of flights were cancelled across the south on Friday as thick fog settled.\n\n"
        "Gatwick Airport said 120 departures had been cancelled and passengers should check with their airline.\n"
    )
    assert actor_named(report, "Gatwick Airport").kind != "person"
    assert holders(report, "120 departures") == ["Gatwick Airport"]


def test_an_outlet_in_an_aside_is_whom_the_subject_spoke_to() -> None:
    report = report_of(
        "Waiting lists at hospitals in the region reached a record 41,000 last month.\n\n"
        "Health board chief executive Alan Reid, speaking to the Northern Echo, said the figures were "
        "disappointing but not surprising.\n\n"
        "Chairman Ray Dixon, in an interview with the Dunmere Gazette, said the board would publish a plan in May.\n"
    )
    assert holders(report, "disappointing but not surprising") == ["Alan Reid"]
    assert holders(report, "publish a plan in May") == ["Ray Dixon"]
    dixon = actor_named(report, "Ray Dixon")
    assert not any("Gazette" in alias for alias in dixon.aliases)
    assert all(a.name != "Northern Echo" for a in actors_of(report))
