"""A tribute round-up's "Name: He ..." heading and the writer's gloss on the person are furniture, not that person's
turn, when the person's own words follow with a cue naming them; a transcript's turns stay turns."""

from __future__ import annotations

from tests.written import said_by

_ROUNDUP = """Friends remember promoter Walt Kessler

Walt Kessler, the promoter who ran the city's film festival for 30 years, died on Sunday. Friends and colleagues shared their memories.

Nora Pike: She worked with Walt's brother, Sam Kessler, in the theatre business for a decade. Walt advised them both.

"He was my closest friend and a teacher," Pike said yesterday. "He never let anyone down."

Dan Ferris: He ran the festival's box office for ten years.

"Walt hired me when nobody would," Ferris said.
"""

_TRANSCRIPT = """Interview with the mayor

Mayor Lena Ortiz spoke to Ben Hale about the budget.

Ben Hale: What about the new stadium?

Lena Ortiz: He asked me that last year too. The stadium will be paid for by the owners, not the city.
"""


def test_round_up_heading_and_gloss_are_not_the_persons_words() -> None:
    found = said_by(_ROUNDUP)
    assert not any(t.startswith("She worked with") for t in found.get("Nora Pike", []))
    assert not any(t.startswith("He ran the festival") for t in found.get("Dan Ferris", []))
    assert any("closest friend" in t for t in found["Nora Pike"])


def test_a_transcript_turn_opening_with_he_stays_the_speakers() -> None:
    found = said_by(_TRANSCRIPT)
    assert any("stadium will be paid" in t or "asked me that" in t for t in found["Lena Ortiz"])
