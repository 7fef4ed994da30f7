"""People written with initials first (brief.actors.initialled_names), a subject with a day between it and
its cue (brief.actors.time_subjects) and a body's officer as the subject of a participle
(brief.actors.opening_subject). Articles written for these tests."""

from __future__ import annotations

from written import actors_of, kinds_of, report_of


def _lines(text: str) -> list[tuple[str, str]]:
    return [(a.name, p.summary) for a in actors_of(report_of(text)) for p in a.positions]


def test_initials_before_a_surname_with_a_title_or_a_role_are_a_person() -> None:
    kinds = kinds_of(
        "Port city row over relief funds\n\n"
        "Kovalam: Coastal Affairs Minister RK Pillai on Tuesday met fishermen in the harbour.\n\n"
        "DS Menon, group chief financial officer of Kovalam Shipping, told reporters the company would "
        "stay profitable.\n\n"
        "V Anantha Raghavan, chairman of the port trust, said cargo volumes had doubled.\n\n"
        "Pillai said the state would take the matter up with the Centre.\n")
    assert kinds.get("RK Pillai") == "person", kinds
    assert kinds.get("DS Menon") == "person", kinds
    assert kinds.get("V Anantha Raghavan") == "person", kinds
    assert "Minister RK Pillai" not in kinds and "Anantha Raghavan" not in kinds, kinds


def test_initials_before_a_bodys_word_stay_a_body() -> None:
    kinds = kinds_of(
        "Telecom group cuts jobs\n\n"
        "KT Group said on Monday it would cut 2,000 jobs as demand for landlines fell. The company's "
        "shares rose 3 per cent.\n")
    assert kinds.get("KT Group") == "organization", kinds


def test_a_subject_with_a_day_before_its_cue_is_the_source() -> None:
    lines = _lines(
        "Relief funds row deepens\n\n"
        "Kovalam: Coastal Affairs Minister RK Pillai on Monday accused the Centre of withholding relief "
        "funds from the state.\n")
    assert ("RK Pillai", "accuses the Centre of withholding relief funds from the state") in lines, lines


def test_a_bodys_officer_is_the_subject_of_a_participle_after_the_clause() -> None:
    lines = _lines(
        "Relief funds row deepens\n\n"
        "The Coastal Party's state president Arun Varghese hit back, saying the minister was misleading "
        "the public.\n\n"
        "Coastal Party state president Arun Varghese later hit back again, saying the figures were wrong.\n")
    assert ("Arun Varghese", "says the figures were wrong") in lines, lines
    assert not any(name == "Coastal Party" for name, _ in lines), lines


def test_initials_that_hold_a_letter_three_times_are_a_body() -> None:
    kinds = kinds_of(
        "Regulator to examine rents\n\n"
        "Rents rose sharply in Port Elwyn this year.\n\n"
        "The ACCC said it would examine rental practices before the end of the year.\n")
    assert kinds.get("ACCC") == "organization", kinds
