"""Names a press release marks as trademarks are brands or products, and a trademark notice's owner is furniture:
none is listed as an actor; a senator's spaced party letter "(R)" is no trademark sign."""

from __future__ import annotations

from tests.written import actors_of, report_of

_RELEASE = """Tarnwell unveils pocket navigator

SAN JOSE, Calif. -- Tarnwell Devices said on Monday it would ship a new pocket navigator in May. "Drivers asked for a smaller unit," said Ana Ortiz, Tarnwell's chief executive. Ortiz said the unit would sell in 20 countries.

About Tarnwell: the company makes the Pathwise(TM) handheld units and the Roadcall(R) rental navigation system.

Tarnwell and Pathwise are trademarks of Tarnwell Devices, Inc. Roadcall is a registered trademark of Brisco Rentals, Inc.
"""

_SENATOR = """Senate vote on roads bill

Sen. Ann Colby (R) said on Monday she would back the roads bill. Colby said the money was overdue. Sen. Tom Reyes said he would not.
"""


def test_trademarked_products_and_a_notices_owner_are_not_actors() -> None:
    names = [a.name for a in actors_of(report_of(_RELEASE))]
    assert "Ana Ortiz" in names
    assert not {"Pathwise", "Roadcall", "Brisco Rentals"} & set(names)


def test_a_senators_party_letter_is_no_trademark_sign() -> None:
    names = [a.name for a in actors_of(report_of(_SENATOR))]
    assert "Ann Colby" in names
