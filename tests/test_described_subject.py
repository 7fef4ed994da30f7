"""A description after a sentence with a subject and an object, both people ("the ex-prime minister's office
said", "the former president's spokesman said"), is of the subject, whom the sentence is about."""

from __future__ import annotations

from tests.written import holders, report_of

TEXT = """Visit to Lagos

Olusegun Obasanjo received Jacob Zuma at his farm in Ota on Sunday, the former president's spokesman said.

Zuma later flew to Abuja for talks with officials.
"""


def test_a_description_is_of_the_sentences_subject() -> None:
    assert holders(report_of(TEXT), "received Jacob Zuma") == ["Olusegun Obasanjo"]
