"""A government's seat speaking for it ("Downing Street insisted", "a No 10 spokesman said") is a
body, not a person."""

from __future__ import annotations

from written import actors_of, report_of

TEXT = (
    "Ministers clash over visa cap\n\n"
    "Home Secretary Daniel Okoro told the Commons the cap was essential. Hours later Business Secretary "
    "Fiona Lyle warned that it would strangle growth.\n\n"
    "Downing Street insisted the Prime Minister had full confidence in both ministers. A No 10 spokesman "
    "said: \"There is a healthy debate in government, as there should be.\"\n\n"
)


def test_downing_street_and_no_10_are_one_body_that_speaks() -> None:
    actors = {a.name: a for a in actors_of(report_of(TEXT))}
    seat = actors["Downing Street"]
    assert seat.kind == "organization"
    texts = " ".join(p.text for p in seat.positions)
    assert "full confidence" in texts and "healthy debate" in texts, texts

