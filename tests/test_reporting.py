"""Reporting frames the cue model misses, read by rule (brief.actors.reporting): text written here."""

from __future__ import annotations

from written import holders, report_of

_TEXT = (
    "Flu cases are rising across Dunmere County this winter, health officials said on Monday.\n\n"
    "Dr Hanna Orlov, who leads the county's vaccine programme, warned that clinics were running short of "
    "staff. In early March, Dr Orlov estimated \"between 2,000 and 3,000\" residents could need a hospital bed.\n\n"
    "Teodor Vance, the county's health director, also warned that some schools had cut their cleaning rota too soon, highlighting that "
    "ventilation in classrooms had been improved over the summer.\n\n"
    "The clinics are run by Velmora Health, which declined to comment on the staffing figures.\n\n"
    "A report by Marten Analytics predicted that beds would run out by February.\n"
)


def test_a_named_actor_before_a_clear_reporting_verb_holds_the_clause() -> None:
    assert holders(report_of(_TEXT), "between 2,000 and 3,000") == ["Hanna Orlov"]


def test_a_participle_going_on_with_the_sentence_s_speaker_is_theirs() -> None:
    assert holders(report_of(_TEXT), "ventilation in classrooms") == ["Teodor Vance"]


def test_a_body_that_declined_to_comment_holds_that_position() -> None:
    assert holders(report_of(_TEXT), "declined to comment") == ["Velmora Health"]


def test_a_relative_clause_of_saying_after_a_name_is_that_person_s() -> None:
    report = report_of(
        "The rail strike entered its third day on Thursday.\n\n"
        "Commuters crowded the platforms at Dunmere station. They were met by Ivo Marten, who said the "
        "union would not return to talks until the pay offer was raised, and by a line of police.\n"
    )
    assert holders(report, "would not return to talks") == ["Ivo Marten"]


def test_a_verb_after_a_name_that_is_not_its_subject_is_not_that_actor_s() -> None:
    report = report_of(
        "The bridge over the Dunmere river reopened on Friday, two years late.\n\n"
        "The repair bill Teodor Vance estimated was far below the final cost of the work on the piers.\n"
    )
    assert holders(report, "far below the final cost") == []


def test_a_refusal_to_comment_the_model_reads_is_listed_whole() -> None:
    report = report_of(_TEXT + "\nVelmora Health declined to comment to the Ledger.\n\n"
                       "Dunmere County could see up to 2,300 new cases a day by November.\n")
    assert holders(report, "declined to comment to the Ledger") == ["Velmora Health"]
    assert holders(report, "2,300 new cases") == []


def test_a_ruling_by_a_named_body_that_holds_a_clause_is_its_statement() -> None:
    report = report_of(
        "Access to the Dunmere Library website is being restored this week.\n\n"
        "This follows a 26 December ruling by the Supreme Court of Velmora that the two-year block imposed by "
        "the government was unlawful.\n"
    )
    assert holders(report, "two-year block imposed") == ["Supreme Court of Velmora"]


def test_a_body_described_in_lower_case_speaks_under_that_description() -> None:
    report = report_of(
        "The Dunmere Transit Trust says the county has kept it in the dark about the new bus line.\n\n"
        "The trust sent 28 questions to the county transportation department in June. The department, however, "
        "said it could not answer anything until September.\n"
    )
    assert holders(report, "answer anything until September") == ["County Transportation Department"]


def test_a_named_subject_s_verb_of_saying_before_a_bare_clause_holds_it() -> None:
    """ "Ivo Marten adds the board will ...", "Rosa Quell reckons the fees will ...": verbs of saying
    the cue model misses before a clause with no "that"."""
    report = report_of(
        "Harbour fees rise\n\n"
        "The harbour board raised mooring fees by a third on Monday, its chairman Ivo Marten said.\n\n"
        "Marten adds the board will review the fees again after one summer.\n\n"
        "Shipping analyst Rosa Quell reckons the new fees will drive small boats to the next harbour.\n"
    )
    assert holders(report, "review the fees again after one summer") == ["Ivo Marten"]
    assert holders(report, "drive small boats to the next harbour") == ["Rosa Quell"]


def test_a_verb_of_saying_before_an_object_and_no_clause_is_no_report() -> None:
    report = report_of(
        "Harbour fees rise\n\n"
        "The harbour board raised mooring fees by a third on Monday.\n\n"
        "Velmora Shipping added two ferries who were built in Norway to its fleet.\n"
    )
    assert holders(report, "two ferries who were built") == []


def test_a_name_put_on_something_in_quoted_words_is_the_subject_s_view() -> None:
    report = report_of(
        "Harbour fees rise\n\n"
        "The harbour board raised mooring fees by a third on Monday.\n\n"
        "Councillor Maria Lopez termed the rise “a tax on small boats” during a heated debate.\n"
    )
    assert holders(report, "a tax on small boats") == ["Maria Lopez"]


def test_a_rare_verb_of_saying_the_model_never_learned_holds_its_clause() -> None:
    """"averred", "intoned", "opines": verbs of a claim that the cue model seldom saw."""
    report = report_of(
        "Harbour fees rise\n\n"
        "The harbour board raised mooring fees by a third on Monday.\n\n"
        "Board chairman John Brown averred that the fees would be reviewed next year.\n\n"
        "The Reverend Paul Okoye intoned that the town must stand together.\n"
    )
    assert holders(report, "fees would be reviewed next year") == ["John Brown"]
    assert holders(report, "town must stand together") == ["Paul Okoye"]
