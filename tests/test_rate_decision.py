"""A central bank's decision (session 35): "kept rates at 5.25% on Thursday, but signalled that ..." is the bank's
signal, a comma before the "but" notwithstanding; on an article written for this test."""

from __future__ import annotations

from written import holders, report_of


def test_a_signal_after_a_comma_and_but_is_the_subjects() -> None:
    text = (
        "Central bank holds rates\n\n"
        "The Bank of Arden kept interest rates at a 15-year high of 5.25% on Thursday, but signalled that cuts could "
        "come later this year. Governor Ana Pell said the committee needed more evidence."
    )
    assert holders(report_of(text), "cuts could come later") == ["Bank of Arden"]
