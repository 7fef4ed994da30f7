"""Who a description or a bare title refers to (session 49, helper refs52), on articles written for these tests:
a person's lawyers written in the plural, and a bare "counsel said"."""

from __future__ import annotations

from written import holders, report_of, said_by


def test_lawyers_for_a_titled_person_speak_for_her_and_make_no_body() -> None:
    text = (
        "Baker jailed for neglecting horses loses appeal\n\n"
        "Dorothy Kemble, 58, of Ashwell Lane, Brinford, was sentenced at Tolland Crown Court in March after admitting "
        "causing unnecessary suffering. "
        "Lawyers for Mrs Kemble had argued that she was caring for her sick husband and could not manage the animals. "
        "Lady Justice Orrin said the sentence was within the range open to the judge."
    )
    said = said_by(text)
    assert not any(name.startswith("Lawyers") for name in said)
    assert holders(report_of(text), "sick husband") == ["Dorothy Kemble"]


def test_lawyers_for_a_named_person_speak_for_him() -> None:
    text = (
        "Roofer loses appeal over fraud sentence\n\n"
        "Callum Reddish, 44, was jailed at Hartwell Crown Court last year for taking deposits for work he never did. "
        "Lawyers for Callum Reddish argued that the judge had given too little weight to his guilty plea. "
        "Lord Justice Penhale said the appeal had no merit."
    )
    assert holders(report_of(text), "guilty plea") == ["Callum Reddish"]


def test_a_body_of_lawyers_named_for_its_cause_stays_a_body() -> None:
    text = (
        "Rights group condemns ruling\n\n"
        "Lawyers for Open Courts said the ruling would keep families out of hearings. "
        "The ministry declined to comment."
    )
    assert "Lawyers for Open Courts" in said_by(text)
