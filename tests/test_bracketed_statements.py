"""A statement inside brackets ends at the bracket that closes them, not in the sentence after it."""

from __future__ import annotations

from tests.written import said_by

TEXT = """Farm subsidy row

Kenya's Ministry of Agriculture lost its case against Del Monte Kenya in the High Court on Friday. (The Ministry of Agriculture said it would appeal) Farmers in Thika welcomed the ruling.

(Harlow Bank said it was reviewing the loan.) Residents remain sceptical.
"""


def test_a_bracketed_statement_ends_at_its_bracket() -> None:
    said = said_by(TEXT)
    assert said.get("Ministry of Agriculture") == ["it would appeal"]
    assert said.get("Harlow Bank") == ["it was reviewing the loan"]
