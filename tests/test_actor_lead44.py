"""Session 41's lead probes: pleas the cue tagger leaves untagged wherever they stand ("appealed to both sides to",
"pleaded with the crowd to", "begged the soldiers to": brief.actors.plea_cues), and a name in commas between a
description the source tagger stopped at and the cue (brief.actors.apposed_sources). Articles written for these
tests."""

from __future__ import annotations

from written import report_of

from brief.model import Report


def _positions(report: Report) -> list[tuple[str, str, str]]:
    return [(a.name, p.cue, p.text) for s in report.stories for a in s.actors for p in a.positions]


def test_a_plea_to_act_is_a_call_wherever_it_stands() -> None:
    report = report_of(
        "Dock strike enters third day\n\n"
        "Cargo handling at the two main terminals stayed at a standstill on Wednesday as the strike went on.\n\n"
        "On Monday, Senator Tunde Bakare pleaded with the dockworkers to return to the quays.\n\n"
        "Later, the archbishop, Simon Okeke, begged the police to spare the picket lines.\n\n"
        "In a radio address, union leader Kemi Lawal appealed to both sides to \"put the country first\".\n\n"
        "The terminal operator said it would appeal to the labour court to review the strike."
    )
    found = {(name, cue, text) for name, cue, text in _positions(report)}
    assert ("Tunde Bakare", "pleaded with", "the dockworkers to return to the quays") in found
    assert ("Simon Okeke", "begged", "the police to spare the picket lines") in found
    assert ("Kemi Lawal", "appealed to", "both sides to \"put the country first\"") in found
    assert not any(cue.startswith("appeal") and "labour court" in text for name, cue, text in found)


def test_a_name_in_commas_after_a_description_is_the_pleas_source() -> None:
    report = report_of(
        "Ports authority steps in\n\n"
        "The Harbour Ports Authority said it was watching the dispute closely.\n\n"
        "Its managing director, Dr. Ifeoma Nwosu, appealed to both sides to put the national interest first."
    )
    assert ("Ifeoma Nwosu", "appealed to", "both sides to put the national interest first") in _positions(report)


def test_a_tabloids_shouted_lead_word_is_no_name_and_an_acronym_after_a_still_is() -> None:
    report = report_of(
        "Family's anger over lost bench\n\n"
        "A GRIEVING mum has blasted a hospital after staff lost the ashes of her son.\n\n"
        "A NATO spokesman said the alliance was aware of the reports.\n\n"
        "Maureen Tait, 71, said she found out only when she went to lay flowers."
    )
    names = {a.name for s in report.stories for a in s.actors}
    assert "GRIEVING" not in names
    assert "NATO" in names
    assert "Maureen Tait" in names
