"""A name set off in commas after a description and before the cue is the speaker, with an adverb the cue model
leaves out of the cue between them ("The mayor of Penarth, Carys Lloyd, also appealed to ..."; session 44 round 2,
r2a: before, the town named in the description held the appeal), on an article written for these tests."""

from __future__ import annotations

from written import holders, report_of

_STORM = (
    "Storm warning\n\n"
    "The mayor of Penarth, Carys Lloyd, said the harbour would stay shut.\n\n"
    "The mayor of Penarth, Carys Lloyd, also appealed to the fishermen to stay ashore.\n\n"
    "The leader of Barry council, Dafydd Rees, appealed to parents to keep children indoors."
)


def test_the_set_off_name_before_also_holds_the_appeal_not_the_town() -> None:
    assert holders(report_of(_STORM), "fishermen to stay ashore") == ["Carys Lloyd"]


def test_the_set_off_name_with_no_adverb_still_holds_the_appeal() -> None:
    assert holders(report_of(_STORM), "keep children indoors") == ["Dafydd Rees"]
