"""Shapes left by session 42's probes (left47b), each on text written for these tests:
- a body's name with its short form bracketed after it, then a branch's word ("The Harbour Workers Union (HWU)
  Tasmanian branch said"), opens its sentence: it is no dateline such as "WASHINGTON (AP)", whose bracket is no
  initials of the words before it (brief.text.sentences._named_with_short_form);
- an airline named by another language's word for air or ending in "Air" ("Aer Tolka", "Norse Air") is a body,
  not a person (airline_names, read by body_endings.organization_ending);
- a country's force written in capitals after its name's possessive ("Latvia's Air Force said") is that country's
  force, one actor with "Latvia's air force", not a bare "Air Force" (armed_forces.possessed_force);
- an official of a union of states kept anonymous ("A senior NATO diplomat, who asked not to be named, said") speaks
  for the union, as "NATO officials said" does; a state's anonymous official and "one EU diplomat" still are no
  one's position (lone_officials.lone_official); "speaking on condition of anonymity" is no statement
  (lone_officials.anonymity_asked).
"""

from __future__ import annotations

from written import actors_of, holders, report_of


def test_a_bracketed_short_form_then_a_branch_is_the_body() -> None:
    text = ("Dock workers to walk out\n\n"
            "HOBART - Dock workers in Tasmania will stop work on Monday over rosters.\n\n"
            "The Harbour Workers Union (HWU) Tasmanian branch said members had backed the stoppage by a wide margin.\n")
    assert holders(report_of(text), "backed the stoppage") == ["Harbour Workers Union"]


def test_a_wire_dateline_is_still_cut() -> None:
    text = ("Port reopens\n\n"
            "HOBART (AP) The port reopened on Tuesday after a two-day closure, officials said.\n")
    assert "HOBART" not in [a.name for a in actors_of(report_of(text))]


def test_an_airline_named_by_a_word_for_air_is_a_body() -> None:
    text = ("Flights cancelled as controllers strike\n\n"
            "CORK - Dozens of flights were cancelled on Thursday as controllers walked out.\n\n"
            "Aer Tolka said it had cancelled 30 flights to and from Cork.\n\n"
            "Norse Air said passengers would be offered refunds.\n")
    kinds = {a.name: a.kind for a in actors_of(report_of(text))}
    assert kinds.get("Aer Tolka") == "organization"
    assert kinds.get("Norse Air") == "organization"


def test_a_countrys_capitalised_force_after_its_possessive_is_that_force() -> None:
    text = ("Drones downed overnight\n\n"
            "Drones crossed into Romania overnight, officials said.\n\n"
            "Romania's air force said it had shot down 26 of them over the coast.\n\n"
            "\u201cThe attack targeted power stations,\u201d Romania's Air Force said in a statement.\n")
    report = report_of(text)
    assert "Air Force" not in [a.name for a in actors_of(report)]
    assert holders(report, "targeted power stations") == holders(report, "shot down 26")
    assert holders(report, "shot down 26") in (["Romania's air force"], ["Romania's Air Force"])


def test_an_anonymous_official_of_a_union_speaks_for_it() -> None:
    text = ("Alliance weighs new air patrols\n\n"
            "BRUSSELS - Defence ministers met on Wednesday to discuss patrols over the Baltic.\n\n"
            "A senior NATO diplomat, who asked not to be named because the talks were closed, said most allies "
            "backed a doubling of the patrols.\n\n"
            "A Danish official, who asked not to be named, said Copenhagen wanted more details.\n")
    report = report_of(text)
    assert holders(report, "doubling of the patrols") == ["NATO"]
    assert holders(report, "wanted more details") == []


def test_speaking_on_condition_of_anonymity_is_no_statement() -> None:
    text = ("Carmaker delays launch\n\n"
            "A Volvo official, speaking on condition of anonymity, said the battery had failed two tests.\n\n"
            "An official of the Peruvian ministry, speaking on condition of anonymity, said the review would take weeks.\n")
    report = report_of(text)
    assert not any("anonymity" in p.text for a in actors_of(report) for p in a.positions)
