"""An ultimatum is a position: "Doctors' unions have given the government 14 days to restore allowances or face a
strike", "The pilots' association has given the airline a week to reopen talks", though "given" is a verb of
doing to the cue model and the subject opens with a plural possessive or an acronym: brief.actors.ultimatums,
plain_cues.after_subject, on an article written for these tests."""

from __future__ import annotations

from written import holders, report_of

_STRIKE = ("Strike threat at the port\n\n"
           "Dockers' unions have given the port authority 14 days to restore night allowances or face a strike. "
           "The pilots' association has given the ferry company a week to reopen talks. KPWU has given employers "
           "48 hours to pay arrears.\n\n"
           "The minister gave an award to a nurse on Friday.\n")


def test_a_deadline_given_to_act_is_a_position() -> None:
    report = report_of(_STRIKE)
    assert holders(report, "restore night allowances")
    assert holders(report, "reopen talks") == ["Pilots' Association"]


def test_a_plain_gift_is_no_position() -> None:
    assert holders(report_of(_STRIKE), "an award") == []
