"""A vox pop's answers, each signed on the line after it "Name, role, organisation", are that
person's words (brief.actors.vox_pop), on articles written for these tests."""

from __future__ import annotations

from written import holders, report_of

VOX_POP = (
    "When did you last take the harbour ferry to work? We asked business leaders in Kessel.\n\n"
    "==========\n\n"
    "I take the ferry every morning. It is the quickest way across the bay, and I can read on the way.\n\n"
    "Marta Velez, managing director, Dunmere Shipping\n\n"
    "==========\n\n"
    "I live twenty miles from the office, so I drive. A faster ferry would change my mind.\n\n"
    "Tomas Brandt, president, Kessel Savings Bank\n"
)


def test_each_signed_answer_is_its_signers() -> None:
    report = report_of(VOX_POP)
    assert holders(report, "quickest way across the bay") == ["Marta Velez"]
    assert holders(report, "twenty miles from the office") == ["Tomas Brandt"]


def test_one_signature_line_under_a_piece_is_no_vox_pop() -> None:
    report = report_of(
        "The harbour ferry should run every hour. I have taken it for ten years and I know its riders.\n\n"
        "Marta Velez, managing director, Dunmere Shipping\n"
    )
    assert holders(report, "I have taken it for ten years") == []
