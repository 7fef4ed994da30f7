"""What someone learned ("later found out that ...") or remembered to do ("don't think to ask") is no
position; a denial in a relative clause set off in the subject ends where the main clause's predicate
begins, an adverb before its verb (", who denies any wrongdoing, now controls ...")."""

from __future__ import annotations

from tests.written import said_by

TEXT = """Council budget row deepens

Ruth Okafor, who denies any wrongdoing, now controls the city budget after the mayor's resignation.

Okafor later found out that her deputy had signed the contract without a tender.

Many councillors don't think to ask about contracts signed in the summer recess, the auditor's report said.
"""


def test_relative_clause_denial_ends_before_the_main_predicate() -> None:
    assert said_by(TEXT).get("Ruth Okafor") == ["any wrongdoing"]


def test_learning_and_remembering_are_no_positions() -> None:
    texts = [t for ts in said_by(TEXT).values() for t in ts]
    assert not any("her deputy had signed" in t for t in texts)
    assert not any(t.startswith("ask about contracts") for t in texts)
