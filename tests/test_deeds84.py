"""Cue words in a sense that states nothing give no position (brief.actors.deed_verbs, brief.actors.felt_by_object):
a thing's name given by a participle, talks held or a meeting's deliberations, a reply's form, a memory lent by the
writer, a verb whose object stands before its subject, and the one whose deed is felt by someone else. The same
verbs with something said keep their positions. On articles written for these tests."""

from __future__ import annotations

from written import cues_by

HEAD = "Harbour town weekend\n\n"


def _texts(cues: dict[str, list[tuple[str, str]]], name: str) -> list[str]:
    return [text for _, text in cues.get(name, [])]


def _anyone(cues: dict[str, list[tuple[str, str]]], fragment: str) -> bool:
    return any(fragment in text for name in cues for text in _texts(cues, name))


def test_a_name_given_by_a_participle_is_no_ones_words() -> None:
    cues = cues_by(HEAD + "Some 200 fishermen and women gathered yesterday at a solemn memorial service, called a "
                          "Harbour Vigil, at the town hall to pay tribute to the crew.")
    assert not _anyone(cues, "Harbour Vigil")


def test_called_with_a_judgement_stays() -> None:
    cues = cues_by(HEAD + "Mayor Dennis Albright, speaking at a rally, called the plan a disaster for the town.")
    assert any("a disaster" in text for text in _texts(cues, "Dennis Albright"))


def test_talks_held_and_deliberations_are_meetings() -> None:
    talks = cues_by(HEAD + "In the evening, Harbour Youth League members were also involved in talks with the mayor "
                           "at his residence.")
    assert not _anyone(talks, "at his residence")
    deliberated = cues_by(HEAD + "The council leaders also deliberated on ways to take the party's message to the "
                                 "villages of the coast.")
    assert not _anyone(deliberated, "villages of the coast")


def test_talks_about_a_plan_stay() -> None:
    cues = cues_by(HEAD + "Mayor Dennis Albright talked with reporters about the plan to close the pier.")
    assert any("close the pier" in text for text in _texts(cues, "Dennis Albright"))


def test_a_reply_with_a_letter_is_its_form() -> None:
    cues = cues_by(HEAD + "Mayor Dennis Albright responded to the audit with an open letter to residents of the "
                          "harbour district.")
    assert not _anyone(cues, "open letter")


def test_a_reply_with_a_statement_saying_stays() -> None:
    cues = cues_by(HEAD + "Mayor Dennis Albright responded to the audit with a statement saying the figures were "
                          "wrong.")
    assert any("figures were wrong" in text for text in _texts(cues, "Dennis Albright"))


def test_remembered_only_too_well_is_the_writers_aside() -> None:
    cues = cues_by(HEAD + "As many fishermen remember only too well, storms can strike the harbour without warning.")
    assert not _anyone(cues, "only too well")


def test_a_verb_whose_object_stands_before_its_subject() -> None:
    cues = cues_by(HEAD + "Over the last few years, the principal justification Canada has invoked to rattle its "
                          "sabre against Norway is the need to protect its fishing fleet.")
    assert not _anyone(cues, "rattle its sabre")
    kept = cues_by(HEAD + "Canada has invoked the treaty to demand that Norway stop fishing.")
    assert any("Norway stop fishing" in text for text in _texts(kept, "Canada"))


def test_who_impressed_someone_said_nothing() -> None:
    cues = cues_by(HEAD + "Harbour United may have won the plaudits from its own fans but visiting coach Tane "
                          "Whitcombe was most impressed by Marla Devane.")
    assert not _texts(cues, "Marla Devane")


def test_the_letter_replied_with_is_its_writers() -> None:
    cues = cues_by(HEAD + "Mayor Dennis Albright responded to the audit with an open letter to residents of the "
                          "harbour district.\n\n"
                          "\"We have done everything the auditors asked of us and more,\" the letter said.")
    assert not _anyone(cues, "open letter")
    assert any("everything the auditors asked" in text for text in _texts(cues, "Dennis Albright"))


def test_discussed_above_is_the_writers_pointer() -> None:
    cues = cues_by(HEAD + "The mayoral race is tightening in part due to Dennis Albright's quiet campaign discussed "
                          "above, a steady run of mixed reviews in the papers, and a stream of attack ads from Ruth "
                          "Okafor.")
    assert not _anyone(cues, "mixed reviews")
