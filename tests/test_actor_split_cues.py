"""A reported clause whose subject is a capital's name right after the cue ("said Paris hoped ...") keeps
the speaker's verb whole (session 35), on articles written for these tests."""

from __future__ import annotations

from written import actors_of, report_of


def test_said_then_a_capital_that_hoped_is_not_one_verb() -> None:
    text = (
        "Leaders fail to agree on aid\n\n"
        "European leaders failed to agree on an aid package at a summit on Friday. "
        "Portugal's envoy to the bloc, Duarte Memmel, said Paris hoped a compromise could be found in March."
    )
    cues = {p.cue for a in actors_of(report_of(text)) for p in a.positions}
    assert "said Paris hoped" not in cues
    said = {a.name: [p.text for p in a.positions] for a in actors_of(report_of(text))}
    assert said["Duarte Memmel"] == ["Paris hoped a compromise could be found in March"]
