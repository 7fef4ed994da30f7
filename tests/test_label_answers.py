"""Text under a person's label is an answer only when said in clauses (brief.actors.label_answers)."""

from __future__ import annotations

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
