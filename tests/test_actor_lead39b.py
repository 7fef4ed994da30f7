"""Shapes found by the lead probing more styles after the first landing (session 38), each on text written for these
tests:
- "said Mindy Rowe, director of the Center for Civic Studies at the University of Southern Alberta.": an office and
  the body it is of run to thirteen words before the stop, and are the role (roles.MAX_OFFICE_OF_WORDS);
- a press release's "said Dr. Elena Marsh, Chief Medical Officer of Norvane Health." has the capitalised title and
  its body as the role, not "Dr." (roles._role_after), and "said Tom Bradley, RN, Director of Emergency Services at
  X" the description past the letters of his calling;
- "2. Never urged Ukraine to ...": an adverb opening a list item is no name (name_words.DISCOURSE_ADVERBS);
- "said X, now a professor at ...": "now" is no part of the role;
- a sentence that is only a dash after an opening word ("The \n\n —", found by the property tests) has no subject for
  plain_cues to read (it read past the sentence's end);
- "The United Nations' World Food Programme warned": a programme or a fund the tagger labels MISC, as it does schemes, is a body
  where it speaks, not its owner (tagged_spans.BODY_HEADS);
- "The airline, Cascade Regional, said ... Cascade's pilots": a name set after a body's noun is that body, never a
  product named after its short name (thinghood._thing), so the two writings are one actor.
"""

from __future__ import annotations

from written import actors_of, holders, report_of


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


def test_an_adverb_opening_a_list_item_is_no_speaker() -> None:
    report = report_of("What the envoy said\n\nThe envoy gave evidence on Tuesday. He made three points.\n\n"
                       "1. He met the minister twice.\n\n2. Never urged Ukraine to investigate the company.\n")
    assert "Never" not in {a.name for a in actors_of(report)}


def test_now_before_a_description_is_no_part_of_the_role() -> None:
    report = report_of("Gene editing prize\n\nThe prize was awarded on Wednesday. \"It is a tool for everyone,\" said "
                       "Emma Charlton, now a professor at the Hartwell Institute for Infection Research.\n")
    role = {a.name: a.role for a in actors_of(report)}.get("Emma Charlton")
    assert role == "professor at the Hartwell Institute for Infection Research"


def test_a_line_that_is_only_a_dash_reads_without_error() -> None:
    report = report_of("The \n\n —\n")
    assert actors_of(report) == ()


def test_a_programme_that_warns_is_a_body_not_its_owner() -> None:
    report = report_of("Grain shipments\n\nGrain traders said insurance costs had risen since August. The United "
                       "Nations' World Food Programme warned that further disruption could push up prices in poor "
                       "countries. The Erasmus Programme offers grants to students.\n")
    assert holders(report, "further disruption") == ["World Food Programme"]
    assert "Erasmus Programme" not in {a.name for a in actors_of(report)}


def test_a_company_set_after_its_trade_is_one_body_with_its_short_name() -> None:
    report = report_of(
        "Black boxes recovered\n\nInvestigators have recovered both flight recorders from the regional jet that "
        "crashed on Sunday, the National Transportation Safety Board said on Tuesday.\n\nThe airline, Larkspur "
        "Regional, said the aircraft had passed a routine maintenance check two weeks before the accident.\n\nThe Air "
        "Line Pilots Association, which represents Larkspur's pilots, said the captain had more than 9,000 flight "
        "hours.\n\nRelatives of passengers gathered at a hotel near the airport, where the airline had set up a family "
        "assistance centre.\n")
    names = {a.name for a in actors_of(report)}
    assert "Larkspur Regional" in names and "Larkspur" not in names
