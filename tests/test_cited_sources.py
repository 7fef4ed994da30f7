"""A statement cited to a source after its cue ("..., according to sources close to the deal") is that
source's, never a name inside an apposition earlier in the sentence; and a "for" that follows a club's
name before a player's job is a preposition, no part of his role."""

from __future__ import annotations

from tests.written import actors_of, holders, report_of

TRANSFER = """Rovers close in on winger

Harlow Rovers have agreed a fee of £12 million with Dunmere for midfielder Tomas Brenner's team-mate, the Welsh international Owen Price, according to sources close to the deal.

Rovers manager Ada Quinn refused to comment on the talks. "We do not discuss players from other clubs," she said.
"""


def test_anonymous_cited_source_goes_to_no_name_in_an_earlier_apposition() -> None:
    report = report_of(TRANSFER)
    assert holders(report, "agreed a fee") in ([], ["Harlow Rovers"])
    assert "Tomas Brenner" not in holders(report, "fee of £12 million")


def test_for_after_a_club_name_is_no_part_of_the_players_role() -> None:
    roles = {a.name: a.role for a in actors_of(report_of(TRANSFER))}
    assert "Dunmere for" not in (roles.get("Tomas Brenner") or "")
    assert roles.get("Ada Quinn") == "Rovers manager"
