"""A firm's "cut its full-year forecast on Thursday, blaming ..., and said it would ..." gives the firm the "said"
too: the cue model took the first verb's object ("its full-year forecast") for the source of "said", so the
statement went to no one, and read the noun "forecast" as a verb with the dateline for its subject, whose place then
took "blaming" (session 38, cues39). On an article written for these tests."""

from __future__ import annotations

from written import actors_of, report_of

_OUTLOOK = (
    "Pellam trims outlook as orders slow\n\n"
    "PORTLAND, Oregon, May 7 - Pellam Systems cut its full-year forecast on Tuesday, blaming weaker orders from "
    "hospital customers, and said it would close two factories in Ohio.\n\n"
    "Chief financial officer Ines Marlow told analysts that the closures would save about $40 million a year.\n"
)


def test_and_said_after_a_participle_keeps_the_subject() -> None:
    firm = next(a for a in actors_of(report_of(_OUTLOOK)) if a.name.startswith("Pellam"))
    assert any(p.cue == "said" and p.text == "it would close two factories in Ohio" for p in firm.positions)


def test_an_owned_noun_is_no_cue_and_the_dateline_no_speaker() -> None:
    actors = actors_of(report_of(_OUTLOOK))
    firm = next(a for a in actors if a.name.startswith("Pellam"))
    assert any(p.cue == "blaming" for p in firm.positions)
    assert not any(p.cue == "forecast" or "PORTLAND" in a.name.upper() and a.positions for a in actors for p in a.positions)
