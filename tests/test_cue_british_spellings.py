"""Cue words the model read poorly: a British doubled l ("signalled", "counselled") is the same verb as its
American forms (brief.actors.cues.lemma), on texts written for these tests."""

from __future__ import annotations

from written import said_by

from brief.actors.cues import lemma, seed_cue


def test_a_doubled_l_of_british_spelling_is_the_verbs_own_stem() -> None:
    assert lemma("signalled") == lemma("signals") == lemma("signaled")
    assert lemma("controlling") == lemma("controls")
    assert lemma("recalled") == lemma("recalls") and lemma("called") == "call"
    assert seed_cue("signalled")


def test_a_body_that_signalled_a_clause_states_it() -> None:
    said = said_by("Rates on hold\n\nThe Central Bank of Dravia signalled it would keep rates on hold until spring.\n")
    assert said.get("Central Bank of Dravia") == ["it would keep rates on hold until spring"]

