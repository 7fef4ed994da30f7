"""A cue in the imperative states nothing of anyone's (session 34, from fresh35's not-cue shape), on an article
written for this test."""

from __future__ import annotations

from written import said_by


def test_dont_tell_opening_a_sentence_is_no_position_of_the_last_named() -> None:
    text = (
        "Two directors talk\n\n"
        "Mara Lind and Ava Pell sat down to talk about their careers.\n"
        "What about you, Ava? Who was your idol?\n"
        'AP My aunt ran a cinema, and she would take me to every matinee. She would say, "Watch how they frame a face."\n'
        "ML Oh, I'm emotional about that. You never told me that! (She playfully nudges Pell.) Don't tell me that in "
        "an interview for the first time! Let's talk about something lighter."
    )
    said = said_by(text)
    assert not any("for the first time" in t for texts in said.values() for t in texts)
