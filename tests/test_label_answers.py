"""Text under a person's label is an answer only when said in clauses (brief.actors.label_answers)."""

from __future__ import annotations

from written import holders, report_of

from brief.actors.label_answers import spoken


def test_answers_in_clauses_are_spoken() -> None:
    assert spoken("A supermind is a group of individuals acting together.")
    assert spoken("At the start, we’re trying to keep costs down.")
    assert spoken("Absolutely. Nobody expected that result.")
    assert spoken("“Never again,” she wrote.")


def test_list_lines_are_not() -> None:
    assert not spoken("Possession of methamphetamine, possession of a Schedule IV substance, held in jail in lieu "
                      "of $70,000 bond.")
    assert not spoken("Two county warrants, possession of marijuana, held in jail with no bond.")


def test_a_transcript_label_with_a_title_before_the_name_is_that_person_s_turn() -> None:
    report = report_of(
        "Transcript: the harbour fees\n\n"
        "The following is a transcript of an interview with Mayor Maria Lopez on Sunday.\n\n"
        "RADIO HOST: Mayor, will the fees stay?\n\n"
        "MAYOR MARIA LOPEZ: I doubt it. We have the votes on the council, and I think the board will follow.\n\n"
        "HOST: Thank you.\n"
    )
    assert holders(report, "We have the votes on the council") == ["Maria Lopez"]
