"""A verb of writing made one of doing by its particle: "wrote up a business plan" makes a document,
"wrote off the debts" cancels them; neither is what the writer said."""

from __future__ import annotations

from written import said_by

WROTE_UP = """A trader's long road to the capital

Omar Haddad started his trading firm with one truck and a loan from his uncle.
He wrote up a business plan and a price list, put them in a folder and drove for two days to the capital.
"Nobody there had heard of us," Haddad said of his first meeting with the ministry.
"""


def test_writing_up_a_document_is_a_deed() -> None:
    said = said_by(WROTE_UP)
    assert not any("business plan" in t for texts in said.values() for t in texts)
    assert any("Nobody there had heard" in t for t in said.get("Omar Haddad", []))


def test_writing_off_a_debt_is_a_deed() -> None:
    said = said_by("""Lender forgives farm loans

The regional bank wrote off the debts of forty farms after the floods, its chief executive Mara Voss said on Monday.
""")
    assert not any(t.startswith("off the debts") for texts in said.values() for t in texts)


def test_writing_that_is_still_a_statement() -> None:
    said = said_by("""Inspector reports on the bridge

Inspector Paul Grady wrote up his findings on Tuesday, and he wrote that the bridge "must close until its cables are replaced."
""")
    assert any("must close" in t for t in said.get("Paul Grady", []))
