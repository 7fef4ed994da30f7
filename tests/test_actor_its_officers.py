"""An officer named by "its" and the office ("Its spokeswoman said") speaks for the body named just before,
which holds the words (brief/actors/its_officers.py).

Why: the source names no one and no body, so the statement had no holder and was lost. Articles invented
for this test.
"""

from __future__ import annotations

from written import said_by


def test_its_officer_speaks_for_the_body_named_before() -> None:
    text = ("Regulator fines lender\n\n"
            "The Harbour Savings Bank was fined £4m on Tuesday for mishandling complaints.\n\n"
            "Its chief executive said in a statement that the bank accepted the findings in full.")
    said = said_by(text)
    assert any("accepted the findings" in p for p in said.get("Harbour Savings Bank", [])), said


def test_its_founder_is_no_officer_speaking_for_it() -> None:
    text = ("Start-up closes\n\n"
            "Loomcraft Labs shut its doors on Friday after failing to raise money.\n\n"
            "Its founder said she would take a long holiday.")
    said = said_by(text)
    assert not any("holiday" in p for p in said.get("Loomcraft Labs", [])), said
