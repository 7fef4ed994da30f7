"""Shapes found by probing articles written in new styles (session 37, probes29), each on text written for
these tests:
- a participle of saying in a lead that opens with a wire's dateline ("MADRID, March 9 (Reuters) - The Bank of
  Valdoria kept its rate unchanged, saying ...") is the subject's after the dateline, not the dateline
  city's, which the cue model may take for its source (furniture_words.source_past_dateline,
  opening_subject.participle_subject).
"""

from __future__ import annotations

from written import holders, report_of

_RATES = ("Valdoria holds rates steady\n\n"
          "{dateline} The Bank of Valdoria kept its main interest rate unchanged at 3.25% on Tuesday, saying "
          "inflation was easing but remained too high.\n\n"
          "The currency fell 0.2% against the euro. Analysts had expected the decision.\n")


def test_participle_after_a_wire_dateline_is_the_subjects() -> None:
    report = report_of(_RATES.format(dateline="MADRID, March 9 (Reuters) -"))
    assert holders(report, "inflation was easing") == ["Bank of Valdoria"]


def test_participle_after_a_dashed_dateline_is_the_subjects() -> None:
    report = report_of(_RATES.format(dateline="MADRID, March 9 —"))
    assert holders(report, "inflation was easing") == ["Bank of Valdoria"]
