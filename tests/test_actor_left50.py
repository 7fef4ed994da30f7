"""Shapes left by session 44's probes (left50): an officer whose given name no list holds named in a row with
his company ("Lumio CEO Tarq Velloso said"); no answer to a request for comment at a sentence's opening."""

from __future__ import annotations

from written import actors_of, holders, report_of

from brief.actors.officer_spans import with_officers
from brief.actors.opening_names import declines_comment


def test_an_officer_with_an_unlisted_given_name_is_cut_from_the_company() -> None:
    words = "Lumio CEO Tarq Velloso said the deal would create jobs".split()
    assert with_officers(words, [(0, 4, "ORG")]) == [(0, 1, "ORG"), (2, 4, "PER")]
    words = "Vale Police Inspector Training College said".split()
    assert with_officers(words, [(0, 5, "ORG")]) == [(0, 5, "ORG")]  # a body's ending
    words = "Vale Police Inspector Awards Gala Dinner said".split()
    assert with_officers(words, [(0, 6, "ORG")]) == [(0, 6, "ORG")]  # a longer name goes on


def test_the_officer_with_an_unlisted_given_name_speaks_in_his_role() -> None:
    report = report_of("Lumio signs hospital deal\n\nLumio has signed a deal with the Northgate hospital trust, "
                       "the company said on Monday. The deal was signed by Lumio CEO Tarq Velloso at a ceremony. "
                       "Lumio CEO Tarq Velloso said the deal would create 200 jobs. Velloso added that the firm "
                       "would open a new office in the spring.")
    people = {a.name: a for a in actors_of(report) if a.kind == "person"}
    assert "Tarq Velloso" in people and people["Tarq Velloso"].role == "Lumio CEO"
    assert holders(report, "create 200 jobs") == ["Tarq Velloso"]
    assert holders(report, "open a new office") == ["Tarq Velloso"]


def test_no_answer_to_a_request_for_comment_at_a_sentence_opening() -> None:
    """ "Zentrix did not respond to a request for comment.": the only mention, at a sentence's opening; the
    name is read again there as "declined to comment" has it read, and the report is its position."""
    assert declines_comment("Zentrix did not respond to a request for comment .".split(), 0)
    assert declines_comment("Zentrix did not immediately return calls seeking comment .".split(), 0)
    assert declines_comment("Zentrix could not be reached for comment .".split(), 0)
    assert not declines_comment("Zentrix did not respond to the attack .".split(), 0)
    report = report_of("Data leak hits customers\n\nCustomers of the online shop were told on Monday that their "
                       "details had been stolen in a cyber attack.\n\nZentrix did not respond to a request for "
                       "comment.\n\nHacker group Nullwave said it had taken the data.")
    assert holders(report, "a request for comment") == ["Zentrix"]
