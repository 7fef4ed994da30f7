"""Agreeing to do something (a deal, a loan, a purchase) is a deed, no position; agreeing that, with, or to
a verb of attitude ("agreed to back the bill") is a stance."""

from __future__ import annotations

from tests.written import said_by

TEXT = """Port deal sealed

The Gulf Investment Fund agreed to invest $2bn in the port of Mombasa on Tuesday.

The Halton Bank has agreed in principle to lend the council £40m for new housing.

Separately, Dunmere Council agreed that the plan was flawed. Labour agreed to back the bill.
"""


def test_agreeing_to_a_transaction_is_no_position() -> None:
    said = said_by(TEXT)
    # A short article's lead party may be listed (short_leads), but with no position for the deal.
    assert said.get("Gulf Investment Fund", []) == []
    assert said.get("Halton Bank", []) == []


def test_agreeing_that_or_to_back_stays_a_stance() -> None:
    said = said_by(TEXT)
    assert said.get("Dunmere Council") == ["that the plan was flawed"]
    assert said.get("Labour") == ["to back the bill"]
