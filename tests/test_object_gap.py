"""A cue inside a relative clause whose object is the noun before it states nothing (brief.actors.clause_spans)."""

from __future__ import annotations

from brief.actors.attribution import Attribution
from brief.actors.clause_spans import object_gap


def _attribution(text: str, source: str, cue: str, content: str) -> Attribution:
    s0, c0 = text.index(source), text.index(cue, text.index(source))
    k0 = text.index(content, c0)
    return Attribution((c0, c0 + len(cue)), (s0, s0 + len(source)), (k0, k0 + len(content)), False, 0)


def test_object_moved_to_the_noun_before() -> None:
    for text, source, cue, content in [
        ("But the decree that Governor Hale plans to sign on Friday will have a review period.", "Governor Hale",
         "plans", "to sign on Friday will have a review period"),
        ("Two visits to the border, which they cited as evidence of a new spirit.", "they", "cited",
         "as evidence of a new spirit"),
        ("An old man whom Dorran refers to as uncle sat by the door.", "Dorran", "refers", "to as uncle sat by the door"),
    ]:
        assert object_gap(text, _attribution(text, source, cue, content)), text


def test_what_was_said_after_that() -> None:
    for text, source, cue, content in [
        ("Aides said that Governor Hale plans to sign the decree.", "Governor Hale", "plans", "to sign the decree"),
        ("He said that Hale plans to sign on Friday.", "Hale", "plans", "to sign on Friday"),
        ("The decree, which Hale says will cut costs, passed.", "Hale", "says", "will cut costs"),
    ]:
        assert not object_gap(text, _attribution(text, source, cue, content)), text
