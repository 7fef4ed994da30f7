"""A feature about a language (session 35): the language named as one is no actor, and a specialist described
by her field's noun and her university has that role; on an article written for these tests."""

from __future__ import annotations

from written import actors_of, report_of

_SCHOOL = (
    "The school keeping a language alive\n\n"
    "When Ada Whitehorse was a girl, everyone in her village spoke Navajo. "
    '"My mother would pray in Navajo and sing in Navajo," Whitehorse, 70, said. '
    "Her nephew runs an immersion school where pupils learn Navajo every morning. "
    '"Every generation that does not pass it on halves the speakers," said Lena Ortiz, a linguist at the '
    "University of Arizona who has studied the language for twenty years."
)


def test_a_language_named_as_one_is_no_actor() -> None:
    names = {a.name for a in actors_of(report_of(_SCHOOL))}
    assert "Navajo" not in names
    assert "Ada Whitehorse" in names


def test_a_specialist_at_a_university_has_her_field_as_her_role() -> None:
    actors = {a.name: a for a in actors_of(report_of(_SCHOOL))}
    assert actors["Lena Ortiz"].role == "linguist at the University of Arizona"
