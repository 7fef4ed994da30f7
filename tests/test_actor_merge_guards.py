"""Guards found when the second round's rules met the lead's probes: "the President" is no clipping of
"Presidential ...", and "the club said" in a story of two clubs is no one guessed."""

from __future__ import annotations

from tests.written import actors_of, holders, report_of


def test_the_president_is_no_clipped_presidential_office() -> None:
    actors = {a.name: a for a in actors_of(report_of("""President orders audit of flood projects

MANILA, Philippines — President Ferdinand Marlos Jr. on Monday ordered the Department of Public Works and Highways (DPWH) to audit all flood control projects after severe flooding.

In a statement, Presidential Communications Office Secretary Cheloy Garavil said the President was "deeply disappointed" by reports of substandard work.

DPWH Secretary Manuel Bonaon assured the public that erring contractors would be blacklisted.
"""))}
    assert "President" not in actors


def test_the_club_in_a_story_of_two_clubs_is_no_one_guessed() -> None:
    report = report_of("""Arsenal stun City with late winner

Arsenal moved to the top of the league with a 2-1 win over Manchester City at the Emirates Stadium on Sunday.

The City manager said his side had given away the points. Saka, who was substituted with a knock, is expected to be fit for Wednesday's tie, the club said.
""")
    assert holders(report, "expected to be fit") == []
