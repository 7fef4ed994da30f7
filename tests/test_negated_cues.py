"""A verb of saying or thinking under a negation keeps it (brief.actors.cue_edges.negated_cue): the
position reads "does not disclose ...", never "discloses ...", and one under a modal keeps the modal
(cue_edges.modal_cue): "may believe ...", never "believes ...". A verb of speaking followed by "like"
says how someone spoke, not what (brief.actors.manner_cues.manner_cue). Articles written for these tests."""

from __future__ import annotations

from written import report_of

from brief.model import Report


def _positions(report: Report) -> list[tuple[str, str, str]]:
    return [(a.name, p.cue, p.summary) for s in report.stories for a in s.actors for p in a.positions]


def test_a_negated_cue_keeps_its_negation() -> None:
    report = report_of(
        "Orbital Freight said on Monday it would bid to carry cargo to the Moon for the space agency.\n\n"
        "Marta Quell, the company's vice president, said the firm could take larger loads. But Quell did not "
        "disclose how large a load the company could carry on its first flight."
    )
    cues = {(name, cue) for name, cue, _ in _positions(report)}
    assert ("Marta Quell", "did not disclose") in cues
    assert not any(cue == "disclose" for _, cue, _ in _positions(report))
    summaries = [summary for name, cue, summary in _positions(report) if cue == "did not disclose"]
    assert summaries and summaries[0].startswith("does not disclose")


def test_talking_like_someone_is_no_statement() -> None:
    report = report_of(
        "Arlo Benning coached the Harbor Hawks for twenty seasons and won three titles with them.\n\n"
        "He still walked and talked like he was pacing a sideline, and he told friends he missed the locker room."
    )
    positions = _positions(report)
    assert not any(summary.startswith("talks like") for _, _, summary in positions)
    assert ("Arlo Benning", "told") in {(name, cue) for name, cue, _ in positions}


def test_a_modal_before_the_cue_is_kept() -> None:
    report = report_of(
        "Orbital Freight lost its launch contract with the space agency last spring.\n\n"
        "Orbital Freight's board may still believe the loss is a price worth paying for its independence."
    )
    positions = _positions(report)
    assert not any(summary.startswith("believes") for _, _, summary in positions)
    summaries = [summary for _, cue, summary in positions if cue.startswith("may")]
    assert summaries and summaries[0].startswith("may believe the loss")


def test_a_modal_see_is_no_statement() -> None:
    report = report_of(
        "Health officials in Ardmore published their weekly figures on Friday.\n\n"
        "The county could see up to 300 new cases a day by the end of the month, the officials said."
    )
    assert not any(cue.endswith("see") for _, cue, _ in _positions(report))
