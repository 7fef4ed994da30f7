"""A deed or statement whose whole clause is what another speaker reports goes under the reporter
when the reporter resolves ("Brandt has recalled two soups, the safety agency said"), and stays with
the one who did it when the reporter is unnamed (brief.actors.nested_clauses), on articles written
for these tests."""

from __future__ import annotations

import dataclasses

from written import holders, report_of

from brief.actors.attribution import Attribution
from brief.actors.nested_clauses import held_deed, holds, outer_first, saying_frame


def test_a_deed_reported_after_it_goes_under_the_reporter() -> None:
    report = report_of(
        "Soups recalled over botulism fears\n\n"
        "Brandt Foods has recalled two tinned soups over fears of botulism, the Food Safety Council said "
        "on Tuesday.\n\n"
        "The council said shoppers who had bought the soups should not eat them.\n"
    )
    assert holders(report, "two tinned soups") == ["Food Safety Council"]
    assert "Brandt Foods" not in holders(report, "should not eat them")


def test_a_spokesperson_reporting_an_order_keeps_the_statement() -> None:
    report = report_of(
        "Governor Ellen Marsh ordered the state guard to patrol the flooded river towns, her spokeswoman "
        "Dana Fitch said on Sunday.\n\n"
        "Fitch said the guard would stay for at least a week.\n"
    )
    assert holders(report, "patrol the flooded river towns") == ["Dana Fitch"]


def test_it_after_a_reported_deed_is_the_reporter() -> None:
    report = report_of(
        "Lender misled borrowers, watchdog finds\n\n"
        "The Consumer Credit Board said Halwick Bank had misled thousands of borrowers about its fees. "
        "It said the bank would repay £9 million to customers.\n"
    )
    assert holders(report, "repay £9 million") == ["Consumer Credit Board"]


def test_a_deed_reported_by_unnamed_sources_stays_with_its_doer() -> None:
    report = report_of(
        "Shares in Corlan Steel fell on Friday after a bid for the company collapsed.\n\n"
        "Corlan Steel rejected a takeover offer from a rival group last month, people familiar with "
        "the matter said.\n"
    )
    assert holders(report, "takeover offer") == ["Corlan Steel"]


def test_a_held_clause_comes_after_its_holder() -> None:
    text = "Ardo has recalled soups, the agency said. Then Lund said it was late."
    inner = Attribution(cue=(5, 17), source=(0, 4), content=(18, 23), quote=False, sentence=0)
    outer = Attribution(cue=(36, 40), source=(25, 35), content=(0, 23), quote=False, sentence=0)
    later = Attribution(cue=(52, 56), source=(47, 51), content=(57, 68), quote=False, sentence=1)
    sentences = [(0, 41), (42, 69)]
    assert holds(text, outer, inner, sentences[0]) and not holds(text, inner, outer, sentences[0])
    assert not holds(text, outer, later, sentences[1])
    assert outer_first(text, [inner, outer, later], sentences) == [(outer, ()), (inner, (outer,)), (later, ())]


def test_a_deed_is_held_and_a_statement_is_not() -> None:
    def cue(text: str, words: str) -> bool:
        start = text.index(words)
        return held_deed(text, Attribution((start, start + len(words)), None, (0, 1), False, 0))

    assert cue("Ardo has recalled two soups.", "has recalled") and cue("Lund ordered a review.", "ordered")
    assert cue("Ardo rejected the bid.", "rejected") and not cue("Lund recalled that it rained.", "recalled")
    assert not cue("Lund said it rained.", "said") and not cue("Lund warned it would rain.", "warned")
    assert cue("Lund believes it rained.", "believes") and cue("Lund plans a vote.", "plans")  # held in another's frame
    assert not cue("It rained, according to Lund.", "according to") and not cue("Lund urged a vote.", "urged")


def test_only_a_saying_frame_holds_and_only_a_clause_with_a_subject_is_held() -> None:
    text = "Ardo rejected bids, the agency said."
    said = Attribution(cue=(31, 35), source=(20, 30), content=(0, 18), quote=False, sentence=0)
    rejected = Attribution(cue=(5, 13), source=(0, 4), content=(14, 18), quote=False, sentence=0)
    assert saying_frame(text, said) and not saying_frame(text, rejected) and holds(text, said, rejected, (0, 36))
    # a subject the model gave no source is still the clause's own ("Ardo ... rejected"); a cue opening the
    # reported words has none ("... and rejected bids, the agency said": coordinated with another cue)
    assert holds(text, said, dataclasses.replace(rejected, source=None), (0, 36))
    bare = "Rejected bids, the agency said."
    said = Attribution(cue=(26, 30), source=(15, 25), content=(0, 13), quote=False, sentence=0)
    assert not holds(bare, said, Attribution(cue=(0, 8), source=None, content=(9, 13), quote=False, sentence=0), (0, 31))


def test_a_deed_whose_subject_the_model_left_out_is_still_held() -> None:
    report = report_of(
        "Council backs harbour plan\n\n"
        "The council of Dunmere on Tuesday backed a plan to rebuild the harbour wall, spokeswoman Sara Lund said.\n\n"
        "The work will start in the spring.\n"
    )
    assert holders(report, "rebuild the harbour wall") == ["Sara Lund"]
