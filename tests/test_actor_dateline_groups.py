"""Bodies and people named by a plural alone ("Unions said", "Organisers said") after a wire story's
dateline are a group that speaks, as at a paragraph's start (brief/actors/groups.py).

Why: the word's capital is there only because it opens the story past "KAMPALA, May 9 (AFP) - "; the check
that the capital marks no name looked only for a sentence or line before it, so the group was dropped.
Articles invented for this test.
"""

from __future__ import annotations

from written import said_by


def test_a_bare_plural_of_bodies_after_a_dateline_speaks() -> None:
    text = ("Teachers threaten walkout\n\n"
            "KAMPALA, May 9 (AFP) - Unions said on Friday that teachers would stay home until arrears were paid.\n\n"
            "The education ministry said it had released half of the money.")
    said = said_by(text)
    assert any("stay home" in p for p in said.get("unions", [])), said


def test_a_plural_for_people_after_a_dateline_speaks() -> None:
    text = ("Marathon moved\n\n"
            "ROTTERDAM (Reuters) - Organisers said the race would start two hours earlier because of the heat.\n\n"
            "The city council said roads would close at dawn.")
    said = said_by(text)
    assert any("two hours earlier" in p for p in said.get("organisers", [])), said
