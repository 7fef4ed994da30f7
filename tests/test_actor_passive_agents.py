"""A stance told in the passive with its holder as the agent ("The levy was rejected by the Guild of Bakers") is
the agent's position on the subject (session 44 round 2, r2a: before, every passive cue was dropped, so the
agent held nothing), on an article written for these tests."""

from __future__ import annotations

from written import actors_of, report_of

_LEVY = (
    "Bakers reject flour levy\n\n"
    "The new flour levy proposed by the Marlow council was rejected by the Guild of Independent Bakers on Tuesday. "
    "The scheme was condemned by Oxfam Cymru as a tax on the poorest families. "
    "Council leader Petra Lindqvist said the levy would pay for school meals."
)


def _positions() -> dict[str, list[tuple[str, str]]]:
    return {a.name: [(p.cue, p.summary) for p in a.positions] for a in actors_of(report_of(_LEVY))}


def test_the_agent_of_a_rejecting_passive_holds_the_rejection_of_the_subject() -> None:
    held = _positions()["Guild of Independent Bakers"]
    assert any(cue == "rejected" and "flour levy" in summary for cue, summary in held)


def test_the_agent_before_as_holds_the_condemnation() -> None:
    held = _positions()["Oxfam Cymru"]
    assert any(cue == "condemned" and "scheme" in summary for cue, summary in held)


def test_a_be_the_cue_model_left_out_of_the_cue_still_turns_the_passive() -> None:
    text = (
        "Quarry plan opposed\n\n"
        "The decision to reopen the Pendle quarry was also condemned by the Ribble Valley Society on Friday. "
        "The scheme is strongly opposed by Friends of the Fells."
    )
    held = {a.name: [(p.cue, p.summary) for p in a.positions] for a in actors_of(report_of(text))}
    assert any(cue == "condemned" and "Pendle quarry" in summary for cue, summary in held["Ribble Valley Society"])
    assert any(cue == "opposed" and "scheme" in summary for cue, summary in held["Friends of the Fells"])


def test_a_passive_of_no_stance_is_left_alone() -> None:
    text = (
        "Harbour plan approved\n\n"
        "The harbour plan was approved by the Tenby Harbour Board on Monday after a long debate. "
        "Chair Alys Morgan said the work would start in spring."
    )
    names = {a.name: [p.cue for p in a.positions] for a in actors_of(report_of(text))}
    assert not names.get("Tenby Harbour Board")


def test_people_welcomed_by_a_host_are_greeted_not_a_stance() -> None:
    text = (
        "Trade fair opens\n\n"
        "The visiting exporters were welcomed by the Marlow Chamber of Commerce at the town hall on Monday. "
        "The fair runs until Friday, organisers said."
    )
    held = {a.name: [p.cue for p in a.positions] for a in actors_of(report_of(text))}
    assert "welcomed" not in held.get("Marlow Chamber of Commerce", [])
