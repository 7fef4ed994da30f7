"""Words put in the right mouth: a participle after a named object ("sought a meeting with coach X claiming", "met X on
Monday, saying") shares the clause's subject."""

from __future__ import annotations

from tests.written import cues_by

_MEETING = """Reyes set to leave Harbour City

Winger Carlos Reyes will be among three players released by Harbour City in the January window.

Reyes sought a meeting with manager Tom Ellery claiming he was unhappy about sitting on the bench at this stage of his career.

The club has not commented on the move.
"""

_MET_ON_MONDAY = """Reyes set to leave Harbour City

Winger Carlos Reyes will be among three players released by Harbour City in the January window.

Reyes met manager Tom Ellery on Monday, claiming he was unhappy about sitting on the bench at this stage of his career.
"""

_ABSOLUTE_WITH = """Council backs housing plan

The Harbour City council approved the housing plan on Monday with Mayor Tom Ellery saying it would bring hundreds of new homes to the town.
"""


def test_participle_after_a_meeting_with_a_named_person_is_the_subjects() -> None:
    found = cues_by(_MEETING)
    assert ("claiming", "he was unhappy about sitting on the bench at this stage of his career") in found["Carlos Reyes"]
    assert not found.get("Tom Ellery")


def test_participle_after_a_clause_with_a_named_object_is_the_subjects() -> None:
    found = cues_by(_MET_ON_MONDAY)
    assert ("claiming", "he was unhappy about sitting on the bench at this stage of his career") in found["Carlos Reyes"]
    assert not found.get("Tom Ellery")


def test_with_clause_keeps_its_own_speaker() -> None:
    found = cues_by(_ABSOLUTE_WITH)
    assert ("saying", "it would bring hundreds of new homes to the town") in found["Tom Ellery"]


_LETTER_GOES_ON = """Police chief writes to residents

A survey by the Harbour Road Safety Institute found that speeding on local roads has risen for three years.

Harbour City Police Chief Anna Marsh responded to the survey with an open letter to residents.

"Too many drivers still believe that a crash will only ever happen to someone else," the letter said.

"We will seize the cars of repeat offenders and ask the courts for longer bans," the letter continued.

"Speeding kills more people in this city than any other crime, and it can be stopped," it said.
"""


def test_it_framing_a_quotation_after_a_letters_frame_is_the_letter() -> None:
    found = cues_by(_LETTER_GOES_ON)
    said = [text for _, text in found["Anna Marsh"]]
    assert any("Speeding kills more people" in text for text in said)
    assert not any("Speeding kills" in text for _, text in found.get("Harbour Road Safety Institute", []))


_GROUP_INTERNATIONAL = """Riots spread to Harbour City

Hundreds of people in masks were seen forming a ring outside a Burger Palace restaurant amid rumours of a march.

Police said the crowd outside Burger Palace left after an hour.

Liberty International has condemned the "utterly unacceptable" attacks committed across the country this week.

In a statement, the group said the recent events should not be called protests but violent attacks on communities.
"""


def test_the_group_is_a_body_whose_name_ends_with_international() -> None:
    found = cues_by(_GROUP_INTERNATIONAL)
    assert ("said", "the recent events should not be called protests but violent attacks on communities") in found[
        "Liberty International"]
    assert not found.get("Burger Palace")
