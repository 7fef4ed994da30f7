"""Positions whose clause says something else than the cue alone (session 34, from fresh35's sample), on articles
written for these tests: a content the model started inside an expletive clause ("noted there's no evidence
that ..."), a cue inside what something "doesn't mean", and the narrative "knew"."""

from __future__ import annotations

from written import said_by

_CLINIC = (
    "Clinic trial stalls\n\n"
    "Doctors at Marlow General tried a new drug on the patient. Later treatment with rest seemed to help, though "
    "physician Karen Oduya noted there's no firm evidence that rest will cure the illness. "
    "Oduya said it was unlikely that the ward would reopen."
)


def test_a_content_opened_by_there_is_keeps_the_clause_it_belongs_to() -> None:
    said = said_by(_CLINIC)["Karen Oduya"]
    assert "there's no firm evidence that rest will cure the illness" in said
    assert "that rest will cure the illness" not in said  # the opposite of what she noted


def test_a_content_opened_by_it_was_keeps_its_clause() -> None:
    said = said_by(_CLINIC)["Karen Oduya"]
    assert any(t.startswith("it was unlikely that the ward") for t in said)


_HARBOR = (
    "Harbor council vote\n\n"
    "The Harbor Council voted on Monday to close the east pier. "
    "That doesn't mean that the Harbor Council thinks the pier was a mistake. "
    "This does not necessarily mean the Harbor Council believes the port will shrink. "
    "The Harbor Council said the pier was unsafe."
)


def test_a_cue_inside_what_something_does_not_mean_is_no_position() -> None:
    said = said_by(_HARBOR)["Harbor Council"]
    assert "the pier was unsafe" in said
    assert not any("mistake" in t or "shrink" in t for t in said)


def test_a_thinks_inside_a_condition_is_no_position_either() -> None:
    text = (
        "Harbor council vote\n\n"
        "If the Harbor Council thinks the pier can be saved, it will vote again. "
        "The Harbor Council said the pier was unsafe."
    )
    said = said_by(text)["Harbor Council"]
    assert not any("saved" in t for t in said)


def test_what_a_body_knew_is_the_writers_fact_not_its_statement() -> None:
    text = (
        "Port plans\n\n"
        "The Marlow Port Authority knew it was working on a far larger plan. "
        "The Marlow Port Authority said the pier was unsafe."
    )
    said = said_by(text)["Marlow Port Authority"]
    assert said == ["the pier was unsafe"]


def test_what_a_speaker_knows_in_quoted_words_stays_theirs() -> None:
    text = (
        "Harbor council vote\n\n"
        'Mayor Dana Whitfield says she hopes to be elected again, but she knows that "the harbor will always be the '
        'king." The Marlow Port Authority said the pier was unsafe.'
    )
    by = said_by(text)
    assert any("king" in t for t in by["Dana Whitfield"])
    assert not any("king" in t for t in by.get("Marlow Port Authority", []))
