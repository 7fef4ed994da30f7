"""Speakers named in shapes the resolver missed: a leader's office in lower case, a rank that sets an
office apart, staff "at" a firm, a plural party name the tagger left untagged."""

from __future__ import annotations

from tests.written import holders, report_of


def test_lower_case_leader_office_is_the_subject_just_named() -> None:
    report = report_of("Levy plan defended\n\nMarta Ilves toured a bus depot in Tallinn on Monday. "
                       "The prime minister said the new levy would pay for cleaner buses.")
    assert holders(report, "cleaner buses") == ["Marta Ilves"]


def test_lower_case_leader_office_is_not_an_object_just_named() -> None:
    report = report_of("Man held after fire\n\nPolice arrested Dean Moss on Monday after a fire in the market. "
                       "The governor said the market would reopen within a week.")
    assert "Dean Moss" not in holders(report, "reopen within a week")


def test_rank_sets_an_office_apart() -> None:
    report = report_of("Minister quits\n\nHealth Minister Ada Quell resigned on Monday after the hospital row. "
                       "The prime minister said he accepted the resignation with regret.")
    assert "Ada Quell" not in holders(report, "with regret")
    report = report_of("Road levy\n\nPresident Samuel Otieno met traders in Kisumu. Deputy President Grace Wanjiru "
                       "toured Eldoret on Monday. The president said the funds would build new roads.")
    assert holders(report, "build new roads") == ["Samuel Otieno"]


def test_analysts_at_a_firm_are_the_firm() -> None:
    report = report_of("Chip shares slide\n\nShares of Orvane fell 6% on Tuesday. Analysts at Bernstein estimate "
                       "that the company will lose a fifth of its sales next year.")
    assert holders(report, "fifth of its sales") == ["Bernstein"]


def test_plural_party_name_opening_a_sentence_speaks() -> None:
    report = report_of("Fuel duty row\n\nThe Conservatives accused ministers of breaking their promise to "
                       "drivers on Tuesday. The Treasury said the rise was needed.")
    assert holders(report, "breaking their promise") == ["Conservatives"]


def test_plural_demonym_is_no_party() -> None:
    report = report_of("Talks resume\n\nThe Saudis said the talks would resume in Riyadh next month.")
    assert "Saudis" not in holders(report, "talks would resume")
