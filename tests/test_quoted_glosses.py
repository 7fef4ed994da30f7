"""The writer's hedged reading after what was said ("..., perhaps hinting that ...") is neither part of the
speaker's content nor a position of its own."""

from __future__ import annotations

from tests.written import said_by

TEXT = """League chief weighs penalties over signing

Asked by senators whether the Rovers had broken the league's rules, commissioner Aldous Pickering said: "It is something my office is still looking at," perhaps hinting that the club's owners could face a fine.

The club's chairman, Benedikt Sorrell, said the signing had followed every rule.

The players' union leader, Oriel Banfield, said the fine would be unfair, perhaps suggesting that the players would appeal.
"""


def test_a_hedged_reading_after_a_quotation_is_the_writers() -> None:
    said = said_by(TEXT)
    assert said.get("Aldous Pickering") == ['"It is something my office is still looking at,"']


def test_a_hedged_reading_after_a_reported_clause_is_the_writers() -> None:
    said = said_by(TEXT)
    assert said.get("Oriel Banfield") == ["the fine would be unfair"]
    assert said.get("Benedikt Sorrell") == ["the signing had followed every rule"]
