"""Quotes given to the wrong person, or with the wrong span, on articles written for this test: a fronted question
frame read with the source and cue as what was said (brief.actors.content_ends.answer_after_frame); a "he said"
after narration about another man and a page box going to the last speaker (brief.actors.narrated_subjects). (The
branch's third fix, a given name alone taking its full name's gender, was left out at the merge: it made the nearest
woman of known gender take "says the woman who ..." over the woman just named, tests/test_actor_inverted57.py.)"""

from __future__ import annotations

from written import cues_by


def test_a_fronted_question_is_not_what_the_speaker_said() -> None:
    cues = cues_by("Hawks edge Bears\n\nThe Hawks won for the fifth time in a row on Friday night. Asked what he was "
                   "thinking when Dale Ortiz stepped to the line, Marco Vance said, \"Hit one. Just hit one for us.\" "
                   "Ortiz hit both.")
    assert cues["Marco Vance"] == [("said", '"Hit one. Just hit one for us."')]


def test_he_said_after_narration_about_another_man_goes_on_with_him() -> None:
    cues = cues_by("Rovers plan signings\n\nRovers boss Tom Keller says he will look to sign players when the window "
                   "opens in January.\n\nBut Albion chairman Dan Moss has ruled out any big signings.\n\nKeller had a "
                   "public row with the owners over his plans earlier this season.\n\nBut relations appear to have "
                   "calmed enough for Keller to be given more funds.\n\nFANS: HAVE YOUR SAY\n\nWho should Rovers sign?"
                   "\n\n\"We have some targets and we will try to sign the players we need,\" he said.")
    assert any("some targets" in text for _, text in cues["Tom Keller"])
    assert not any("some targets" in text for _, text in cues.get("Dan Moss", []))


def test_an_answer_in_reported_speech_after_a_question_is_what_was_said() -> None:
    cues = cues_by("Crash inquest\n\nThe inquest heard from her former aide on Monday. Asked about the singer's habits "
                   "in the car, Mr Pellow said she always wore a seatbelt.")
    assert cues["Pellow"] == [("said", "she always wore a seatbelt")]


def test_a_frame_that_is_the_speakers_own_act_keeps_it() -> None:
    cues = cues_by("Derby day\n\nThe club lost again on Saturday. Lamenting their luck, fans often say, \"Poor us, so far "
                   "from the title.\"")
    assert any(text.startswith("Lamenting their luck") for _, text in cues["fans"])  # as before: not cut to the quotation


def test_a_one_word_answer_is_kept_with_its_question() -> None:
    cues = cues_by("Speech row\n\nThe party met on Tuesday. Asked whether he would fire a writer over the row, Rolf Pardo "
                   "said, \"Probably.\"")
    assert cues["Rolf Pardo"] == [("said", 'Asked whether he would fire a writer over the row, "Probably."')]
