"""A body's officer named in a row with the body ("Vale Police Detective Inspector Harry Metcalfe said"),
a speaker brought in by "with" ("..., with chief executive X saying ..."), a ministry referred back to
("the finance ministry defended ..." after a union), and a company's office opened by "chief"."""

from __future__ import annotations

from written import actors_of, holders, report_of

from brief.actors.officer_spans import with_officers
from brief.actors.tagged_spans import with_particles, with_parties


def test_a_body_run_on_into_its_officer_is_cut_at_the_title() -> None:
    words = "Vale Police Detective Inspector Harry Metcalfe said".split()
    assert with_officers(words, [(0, 6, "ORG")]) == [(0, 2, "ORG"), (4, 6, "PER")]
    words = "Thornbury Police Inspector Mark Doyle said".split()
    assert with_officers(words, [(0, 3, "ORG"), (3, 5, "PER")]) == [(0, 2, "ORG"), (3, 5, "PER")]
    words = "The Prince William Hospital said".split()
    assert with_officers(words, [(1, 4, "ORG")]) == [(1, 4, "ORG")]  # a body named after a person


def test_the_officer_speaks_with_the_body_in_her_role() -> None:
    report = report_of("Flooding closes roads\n\nHeavy rain flooded roads across the county on Tuesday. "
                       "Vale Valley Police Detective Inspector Harry Metcalfe said officers were searching for two men.")
    people = {a.name: a for a in actors_of(report) if a.kind == "person"}
    assert "Harry Metcalfe" in people
    assert "Vale Valley Police" in people["Harry Metcalfe"].role
    assert holders(report, "searching for two men") == ["Harry Metcalfe"]


def test_a_speaker_brought_in_by_with_holds_his_words() -> None:
    report = report_of("Builders back housing plan\n\nThe Dunmere Builders Council welcomed the decision to scrap the "
                       "levy on new homes, with chief executive Tomas Reyes saying it would unlock thousands of homes.")
    assert holders(report, "unlock thousands of homes") == ["Tomas Reyes"]
    assert holders(report, "scrap the levy") == ["Dunmere Builders Council"]


def test_a_title_of_lower_case_words_between_with_and_the_name() -> None:
    report = report_of("Doctors reject pay offer\n\nThe Vale Medical Workers Union rejected the latest pay offer on "
                       "Monday, with secretary general Ada Okonkwo saying doctors would stay off work.")
    assert holders(report, "stay off work") == ["Ada Okonkwo"]


def test_the_ministry_is_no_union_named_before() -> None:
    report = report_of("Petrol price rises\n\nThe price of petrol rose by 40 percent on Monday. The Vale Workers "
                       "Congress threatened a strike over the increase. The finance ministry defended the increase, "
                       "saying it was necessary to stabilise the budget.")
    assert "Vale Workers Congress" not in holders(report, "stabilise the budget")


def test_a_company_office_opened_by_chief_is_a_role() -> None:
    report = report_of("Airline raises fares\n\nSkyvale Chief Executive Vanessa Holt said fares would rise next month.")
    holt = [a for a in actors_of(report) if a.name == "Vanessa Holt"]
    assert holt and holt[0].role == "Skyvale Chief Executive"


def test_a_given_name_read_apart_joins_the_person_over_a_particle() -> None:
    words = "and manager Erik ten Hag said he was disappointed".split()
    assert with_particles(words, [(2, 3, "MISC"), (4, 5, "PER")]) == [(2, 5, "PER")]  # "Erik" (MISC) "ten" "Hag"


def test_an_office_and_its_portfolio_are_the_persons_role() -> None:
    report = report_of("Waiting lists grow\n\nMinister for Health Stephen Dunleavy said the waiting lists were too long. "
                       "Secretary of State for Transport Wes Marlow said more trains would come. Vale State "
                       "Commissioner for Information Gbenga Adeyemi said the curfew remained.")
    roles = {a.name: a.role for a in actors_of(report) if a.kind == "person"}
    assert roles.get("Stephen Dunleavy") == "Minister for Health"
    assert roles.get("Wes Marlow") == "Secretary of State for Transport"
    assert roles.get("Gbenga Adeyemi") == "Vale State Commissioner for Information"


def test_a_verbless_phrase_before_the_speaker_is_no_statement() -> None:
    report = report_of("Former mayor jailed\n\nFormer Dunmere mayor Peter Walsh was jailed for six years on Friday. "
                       "Outside court, Detective Sergeant Paul Reddin of Northshire Police said the sentence sent a "
                       "clear message.")
    assert holders(report, "sent a clear message") == ["Paul Reddin"]


def test_a_ministry_named_by_its_portfolio_speaks_as_itself() -> None:
    report = report_of("Budget row\n\nThe Vale People's Party said the budget ignored farmers. The VPP said the plan "
                       "would fail. The finance ministry said the deficit target would be met.")
    assert holders(report, "deficit target would be met") == ["Finance Ministry"]


def test_a_company_abbreviation_ending_the_source_keeps_its_statement() -> None:
    report = report_of("Recall\n\nLumira Motor Corp. said on Tuesday it would recall 1 million vehicles.\n\n"
                       "Braxo Inc. said it was a good day for the firm.")
    assert holders(report, "recall 1 million vehicles") == ["Lumira Motor"]
    assert holders(report, "a good day for the firm") == ["Braxo"]


def test_a_party_named_by_its_members_speaks_though_the_tagger_left_it_untagged() -> None:
    words = "The Conservatives said the plan was a fantasy .".split()
    assert with_parties(words, []) == [(1, 2, "ORG")]


def test_a_code_the_text_gives_a_body_in_brackets_is_that_body() -> None:
    report = report_of("Airline cuts routes\n\nThe Vale Airways (VQ) board will suspend flights to three cities, the "
                       "carrier said. Vale Airways said the routes were loss-making. VQ said the fleet would be renewed.")
    bodies = [a for a in actors_of(report) if a.name == "Vale Airways"]
    assert bodies and "VQ" in bodies[0].aliases
    assert not [a for a in actors_of(report) if a.name == "VQ"]


def test_a_general_secretary_is_no_minister() -> None:
    report = report_of("Doctors strike\n\nThe Vale Medical Workers Union rejected the pay offer on Monday, with secretary "
                       "general Ada Okonkwo saying doctors would stay off work. The minister defended the budget in "
                       "parliament, saying it would protect the poor.\n\nCabinet Secretary for Health Susan Nandi said "
                       "drugs had arrived. The minister added that nurses would be hired.")
    assert "Ada Okonkwo" not in holders(report, "protect the poor")
    assert holders(report, "nurses would be hired") == ["Susan Nandi"]
