"""Statements printed in the paragraphs after the frame that announces them, and quotations that run over
paragraphs with no cue of their own (brief.actors.announced_statements, ...), on articles written for these tests."""

from __future__ import annotations

from written import holders, report_of

_CEMETERY = (
    "Graves in the old section of Harwick Cemetery have been daubed with red paint.\n\n"
    "Officers were called on Sunday morning after a groundskeeper found the damage.\n\n"
    "{frame}\n\n"
    "“Who would do such a cruel thing in a place where families come to grieve? We are working closely with "
    "the police to find whoever is responsible and to make sure they answer for it.\n\n"
    "“The council has arranged for a specialist stonemason to clean every grave this week, and we are "
    "contacting the families affected. I would ask everyone to stay calm.”\n\n"
    "A police spokesman said inquiries were continuing.\n"
)


def test_a_name_set_off_after_its_office_issues_the_statement_printed_below() -> None:
    report = report_of(_CEMETERY.format(
        frame="The Leader of Harwick Council, Councillor Delia Marston OBE, has issued the following statement:"))
    assert holders(report, "Who would do such a cruel thing") == ["Delia Marston"]
    assert holders(report, "specialist stonemason") == ["Delia Marston"]


def test_a_name_set_off_after_its_office_said_the_statement_printed_below() -> None:
    report = report_of(_CEMETERY.format(frame="The Leader of Harwick Council, Delia Marston, said:"))
    assert holders(report, "Who would do such a cruel thing") == ["Delia Marston"]


def test_letters_after_a_name_and_a_statement_issued() -> None:
    report = report_of(_CEMETERY.format(
        frame="The Mayor of Harwick, Delia Marston MBE, has issued the following statement:"))
    assert holders(report, "Who would do such a cruel thing") == ["Delia Marston"]


def test_an_answer_to_the_writers_question_is_the_person_asked_not_the_one_it_names() -> None:
    report = report_of(
        "Oriel Fenwick has run the Dunmere rowing club for eleven years, and on Tuesday she spoke about the season.\n\n"
        "“The boats are old, but the crews have never been stronger,” says Fenwick.\n\n"
        "Is Tobias Crane the right man to coach the first eight?\n\n"
        "“Well, I back him completely, and I want him to win the regatta.”\n\n"
        "The regatta is held on the last Saturday of June.\n"
    )
    assert holders(report, "I back him completely") == ["Oriel Fenwick"]


def test_a_remark_on_she_before_a_quotation_goes_on_with_the_person_last_quoted() -> None:
    report = report_of(
        "Oriel Fenwick has run the Dunmere rowing club for eleven years.\n\n"
        "“The boats are old, but the crews have never been stronger,” says Fenwick.\n\n"
        "Is there money for a new boathouse?\n\n"
        "“Not yet.”\n\n"
        "When I mention the flood of 2019, which cost the club its old sheds, she interrupts me. “We need a new boathouse before the river floods "
        "it again, and I cannot promise that we will find the money this year.”\n\n"
        "The club was founded in 1887.\n"
    )
    assert holders(report, "We need a new boathouse") == ["Oriel Fenwick"]


def test_a_quotation_over_paragraphs_after_a_paragraph_whose_subject_is_one_of_two_named() -> None:
    report = report_of(
        "Four home players reached the second round at Kessel on Tuesday.\n\n"
        "Tomas Ferrow needed just over two hours, beating Ivo Lanski 6-2, 6-4, 6-3.\n\n"
        "“Having the others win too is brilliant for the whole squad. You hear it all the time, but we really "
        "do push each other in practice.\n\n"
        "“The older players have been great role models for me. When I travel with them, they make me feel "
        "at home on the tour.\n\n"
        "“I am lucky to have them around, I suppose.”\n\n"
        "Additional reporting by agencies\n"
    )
    assert holders(report, "great role models for me") == ["Tomas Ferrow"]
    assert holders(report, "brilliant for the whole squad") == ["Tomas Ferrow"]


def test_a_question_asking_what_the_named_one_said_announces_their_words() -> None:
    report = report_of(
        "Declan Moss limped off in the third quarter after Ray Tolliver landed on his ankle.\n\n"
        "“He'll say it was an accident, and maybe it was,” Moss said after the game.\n\n"
        "What did Tolliver say after the play?\n\n"
        "“I was being pushed from behind. I never meant to land on anybody, and I told the referee so.”\n"
    )
    assert holders(report, "I was being pushed from behind") == ["Ray Tolliver"]


def test_no_quotation_goes_on_past_a_frame_ending_in_a_colon() -> None:
    report = report_of(
        "Governor Alma Reyes launched the campaign on Monday.\n\n"
        "“The whole point of the campaign is to get people talking,” Reyes said.\n\n"
        "She then shared the address of the campaign's website, which carries the following statement:\n\n"
        "“Our county has a problem. There is no single answer, but we can work on it from every side.”\n"
    )
    assert holders(report, "Our county has a problem") != ["Alma Reyes"]
