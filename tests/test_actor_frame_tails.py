"""The writer's words after a cue's frame (``frame_tails``), a cue word after a quantifier (``quantified_nouns``)
a main clause whose subject is a possessive phrase after a subordinate clause (``statements``) researchers
at a university (``academic_staff``) and a name set off after a sentence's opening description, whom a "he" after
it goes on with (``apposed_openings``): articles written for these tests."""

from __future__ import annotations

from written import said_by

HARBOR = """Coast guard widens search for missing trawler

Crews searched a wide area of the bay on Monday, coast guard commander Lena Marsh said.

Investigators would also look into reports by local divers of a loud bang near the harbor mouth, Marsh added, although such blasts are common in the area.

Crews will search the outer bay again on Tuesday, harbor master Tom Reyes said, though fog may slow them down.
"""

COUNCIL = """Council doubts the mayor's account

Given that record -- and the fact that the mayor has missed 40 council votes this year, according to the City Ledger -- there is every reason to doubt the account his office is giving.

Council member Rita Osei said the mayor should explain his absences.
"""

SCHOOLS = """City schools add cameras to hallways

The district installed new cameras in every hallway last month.

Increased monitoring stirs up some worry among parents, teachers and civil liberties groups.

Principal Dana Whitfield said the cameras would make the buildings safer.
"""

FESTIVAL = """Band denies festival booking

When a member of Brody's campaign team announced that the Rolling Pines would be playing at the harvest festival, the band's managers swiftly shut down his claim.

Mayor Alan Brody later said he had been misinformed by an aide.
"""

FILMS = """Sad films may bring viewers closer

Watching a tearjerker with friends may be good for you. Now researchers at the University of Leeds suggest our taste for sad films has a hidden benefit: stronger bonds with the people we watch them with.

Separately, researchers at Norvale Robotics said their new arm could sort parcels twice as fast as a person.

The University of Leeds said in a statement that it was proud of the study.
"""

MEETING = """Founder's shake-up stuns staff

At the meeting, Tom Varga told the staff he would fire every project manager that week.

The news was met with grumbling. Finally, one of the engineers in the room, Ron Dale, started shouting at Varga. He said a staff meeting was no place for a performance review. What Varga was doing was "completely absurd," he said, and "deeply unfair."
"""


def _all(said: dict[str, list[str]]) -> list[str]:
    return [t for texts in said.values() for t in texts]


def test_a_concessive_clause_after_the_frame_is_the_writers() -> None:
    said = said_by(HARBOR)
    assert not any("common in the area" in t or "fog may slow" in t for t in _all(said))
    assert any(t.startswith("Investigators would also look into reports") for t in said.get("Lena Marsh", []))
    assert any(t.startswith("Crews will search the outer bay") for t in said.get("Tom Reyes", []))


def test_a_frame_closing_a_dashed_aside_vouches_for_the_aside_alone() -> None:
    said = said_by(COUNCIL)
    assert not any("every reason to doubt" in t for t in _all(said))
    assert "the mayor has missed 40 council votes this year" in said.get("City Ledger", [])


def test_a_cue_word_after_a_quantifier_is_a_noun() -> None:
    said = said_by(SCHOOLS)
    assert not any("civil liberties groups" in t for t in _all(said))
    assert any("make the buildings safer" in t for t in said.get("Dana Whitfield", []))


def test_a_possessive_subject_opens_the_main_clause_after_a_subordinate_one() -> None:
    said = said_by(FESTIVAL)
    texts = said.get("Alan Brody", [])
    assert "that the Rolling Pines would be playing at the harvest festival" in texts
    assert not any("shut down" in t for t in _all(said))


def test_researchers_at_a_university_are_not_the_university() -> None:
    said = said_by(FILMS)
    assert not any("hidden benefit" in t for t in said.get("University of Leeds", []))
    assert any("proud of the study" in t for t in said.get("University of Leeds", []))
    assert any("sort parcels" in t for t in said.get("Norvale Robotics", []))


def test_he_goes_on_with_a_name_set_off_after_the_opening_description() -> None:
    said = said_by(MEETING)
    dale = said.get("Ron Dale", [])
    assert any("no place for a performance review" in t for t in dale)
    assert any("completely absurd" in t for t in dale)
    assert not any("absurd" in t or "performance review" in t for t in said.get("Tom Varga", []))
