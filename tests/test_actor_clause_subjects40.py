"""A cue whose source the tagger read as the whole clause before it ("they condemned the killings of Officers
Oduya and Brandt, but also wondered ...") takes that clause's own subject, not the last name in its object:
brief.actors.object_subjects.shared_subjects, on attributions laid over a sentence written for these tests."""

from __future__ import annotations

from brief.actors.attribution import Attribution
from brief.actors.object_subjects import shared_subjects

_TEXT = ("At a calm meeting of the Harbour League, they denounced the shootings of Officers Oduya and Brandt, "
         "but also wondered why dockers beaten by guards draw less anger.")


def _span(fragment: str) -> tuple[int, int]:
    at = _TEXT.index(fragment)
    return at, at + len(fragment)


def _found(second_source: str) -> list[Attribution]:
    first = Attribution(_span("denounced"), _span("they"), _span("the shootings of Officers Oduya and Brandt"), False, 0)
    second = Attribution(_span("also wondered"), _span(second_source), _span("why dockers beaten by guards draw less anger"), False, 0)
    return shared_subjects(_TEXT, [first, second])


def test_a_whole_clause_read_as_the_source_gives_way_to_its_subject() -> None:
    assert _found("they denounced the shootings of Officers Oduya and Brandt")[1].source == _span("they")


def test_a_source_of_its_own_is_kept() -> None:
    """Only a source that is the earlier clause whole, ending where its object ends, gives way."""
    assert _found("Officers Oduya")[1].source == _span("Officers Oduya")
