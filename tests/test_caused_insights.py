"""What a thing made someone see ("helps me understand why ...", "made me realise that ...") is no position of
the thing's, nor of a person it names; "Tom Hale understands why ..." stays his."""

from __future__ import annotations

from tests.written import said_by

TEXT = """Why I left the city

My year on a farm in Devon with Anna Clarke helps me understand why my grandparents never complained.

Meeting Jack Hill made me realise that nobody there is in a hurry. Tom Hale understands why voters are angry.
"""


def test_a_causatives_object_sees_not_its_subject() -> None:
    said = said_by(TEXT)
    # a short piece may list the person its lead names (short_leads), but never with the thing's insight
    assert said.get("Anna Clarke", []) == [] and said.get("Jack Hill", []) == []
    assert said.get("Tom Hale") == ["why voters are angry"]
