"""The article's subject missing from the actor list (session 30, speakers12), on articles written for
these tests: a company named only at sentence openings, which the tagger reads as a thing there or
misses after a dateline; a body whose relative clause holds a number or runs long."""

from __future__ import annotations

from written import actors_of, holders, report_of

from brief.actors.opening_names import _openings, follows_company


def test_a_company_read_as_a_thing_at_every_opening_is_listed_when_called_the_company() -> None:
    report = report_of(
        "Boeing to trim output as engines run short\n\n"
        "Boeing will build 20 fewer jets next year because of a shortage of engines, it told suppliers.\n\n"
        "The company expects deliveries to recover in 2028. The planemaker's shares fell 3 per cent."
    )
    assert "Boeing" in [a.name for a in actors_of(report)]


def test_a_thing_at_openings_stays_no_actor_without_a_company_referred_to() -> None:
    assert not follows_company([["Ozempic", "sales", "rose", "."], ["Ozempic", "costs", "less", "."]])
    assert follows_company([["Boeing", "cut", "jobs", "."], ["The", "planemaker", "said", "so", "."]])


def test_past_a_colon_dateline_the_sentence_opens_again() -> None:
    assert _openings(["Pune", ":", "Wipro", "on", "Friday", "said"]) == (0, 2)
    assert _openings(["Wipro", "on", "Friday", "said"]) == (0,)


def test_a_company_after_a_colon_dateline_and_at_an_opening_is_listed() -> None:
    report = report_of(
        "Infosys lifts forecast after strong quarter\n\n"
        "Bengaluru: Infosys on Thursday raised its revenue forecast for the year after a strong quarter.\n\n"
        "Infosys also declared a dividend of Rs 21 a share."
    )
    assert "Infosys" in [a.name for a in actors_of(report)]


def test_a_long_body_name_and_a_relative_clause_holding_a_number() -> None:
    report = report_of(
        "Dock strike enters fifth week\n\nTalks at the port broke down again on Monday.\n\n"
        "The National Union of Dock Workers, whose 12,500 members walked out in May, said it would not back down."
    )
    assert holders(report, "would not back down") == ["National Union of Dock Workers"]
