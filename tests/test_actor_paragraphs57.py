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
