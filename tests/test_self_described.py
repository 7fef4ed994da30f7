"""A bare description as a quotation's source ("the club said", "the 45-year-old said") goes back to
the one the page itself described with that noun ("Harwick Rovers, the west Dunmere club"; "Ada
Quinn, 45,"), when no other rule resolved it; a noun that opens a new clause after a name ("in
Boston, the feds announced") describes no one."""

from __future__ import annotations

from written import said_by

from brief.actors.mentions import Mention
from brief.actors.self_described import described_as


def test_the_page_s_own_apposition_names_the_source() -> None:
    text = (
        "Rovers fined over stand\n\n"
        "Harwick Rovers, the west Dunmere club, were fined on Monday after a stand was closed. The Football "
        "Association said the fine was the largest it had set this season. The Dunmere Council said the "
        "stand had failed two checks.\n\n"
        "“We will appeal against the decision and we expect to win,” the club said.\n\n"
        "Ada Quinn, 45, has run the ground for a decade. Officials of the league met her on Tuesday. "
        "“Nobody was ever at risk in that stand,” the 45-year-old said."
    )
    said = said_by(text)
    assert any("appeal against the decision" in t for t in said.get("Harwick Rovers", [])), said
    assert any("Nobody was ever at risk" in t for t in said.get("Ada Quinn", [])), said


def _mention(text: str, name: str, kind: str) -> Mention:
    start = text.index(name)
    return Mention(0, 0, start, start + len(name), name, name, kind)


def test_a_noun_that_opens_a_clause_describes_no_one() -> None:
    text = "A ring was busted in Boston, the feds announced. Later the feds said more arrests would follow."
    boston = _mention(text, "Boston", "place")
    assert described_as(text, [boston], "feds") is None
    text = "Ireland's letter\n\nIreland could see more cases. The letter said a slow approach would fail."
    start = text.index("\n\nIreland") + 2
    ireland = Mention(0, 1, start, start + len("Ireland"), "Ireland", "Ireland", "place")
    assert described_as(text, [ireland], "letter") is None  # a heading above a paragraph describes nothing in it
    text = "The actress Emma Stone came late. The actress says she was tired."
    stone = _mention(text, "Emma Stone", "person")
    assert described_as(text, [stone], "actress") == stone
