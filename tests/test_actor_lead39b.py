"""Shapes found by the lead probing more styles after the first landing (session 38), each on text written for these
tests:
- "said Mindy Rowe, director of the Center for Civic Studies at the University of Southern Alberta.": an office and
  the body it is of run to thirteen words before the stop, and are the role (roles.MAX_OFFICE_OF_WORDS);
- a press release's "said Dr. Elena Marsh, Chief Medical Officer of Norvane Health." has the capitalised title and
  its body as the role, not "Dr." (roles._role_after), and "said Tom Bradley, RN, Director of Emergency Services at
  X" the description past the letters of his calling;
- "Lexus revealed the LC Convertible Concept", "OpenAI revealed an algorithm capable of ...": showing a made thing is
  a launch, no statement (deed_senses.unveiled_thing); "revealed a surge of cases" is a finding;
- "2. Never urged Ukraine to ...": an adverb opening a list item is no name (name_words.DISCOURSE_ADVERBS).
"""

from __future__ import annotations

from written import actors_of, report_of, summaries_by


def test_a_long_office_of_a_body_is_the_role() -> None:
    report = report_of(
        "Mayor concedes\n\nThe mayor conceded on Wednesday. \"Housing was the whole election,\" said Mindy Rowe, "
        "director of the Center for Civic Studies at the University of Southern Alberta.\n")
    role = {a.name: a.role for a in actors_of(report)}.get("Mindy Rowe")
    assert role == "director of the Center for Civic Studies at the University of Southern Alberta"


def test_a_capitalised_title_of_a_body_is_the_role() -> None:
    report = report_of(
        "Harwell Health launches triage platform\n\nBOSTON, March 3, 2026 /PRNewswire/ -- Harwell Health today "
        "announced the launch of a triage platform. \"Rural hospitals are facing staffing shortages,\" said Dr. Elena "
        "Marsh, Chief Medical Officer of Harwell Health.\n")
    assert {a.name: a.role for a in actors_of(report)}.get("Elena Marsh") == "Chief Medical Officer of Harwell Health"


def test_a_role_after_the_letters_of_a_calling() -> None:
    report = report_of(
        "Harwell Health launches triage platform\n\nHarwell Health today announced the launch of a triage platform. "
        "\"We saw an immediate difference,\" said Tom Bradley, RN, Director of Emergency Services at Kennet Valley "
        "Medical Center.\n")
    role = {a.name: a.role for a in actors_of(report)}.get("Tom Bradley")
    assert role == "Director of Emergency Services at Kennet Valley Medical Center"


def test_revealing_a_made_thing_is_a_deed_and_a_finding_a_statement() -> None:
    said = summaries_by(
        "Car show\n\nThe motor show opened in Manila on Friday. Lexus Philippines revealed the LC Convertible Concept, "
        "essentially an open-top version of the coupe. The health ministry revealed a surge of cases in the north. "
        "Audi has revealed the second production model in its electric line.\n")
    assert not said.get("Lexus Philippines") and not said.get("Audi")
    assert any("surge of cases" in s for s in said["Health Ministry"])


def test_an_adverb_opening_a_list_item_is_no_speaker() -> None:
    report = report_of("What the envoy said\n\nThe envoy gave evidence on Tuesday. He made three points.\n\n"
                       "1. He met the minister twice.\n\n2. Never urged Ukraine to investigate the company.\n")
    assert "Never" not in {a.name for a in actors_of(report)}
