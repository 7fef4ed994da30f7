"""A paragraph under a person's label that names that person in the third person is a who's-who entry (a tribute's
list of friends), the writer's account of them, not their answer; an answer that introduces its speaker ("I'm ...")
or names a namesake of the family ("my husband, Tom Kell") stays the speaker's."""

from __future__ import annotations

from written import said_by

from brief.actors.label_answers import names_itself

WHO_IS_WHO = ("The friends of Dan Cole remember him.\n\n"
              "Ann Kell: Now president of the Harbour Board, and former city treasurer, Kell worked with Dan "
              "throughout his career.\n\n"
              "Bo Lind: A film critic and his old friend, Lind shared an office with him for a decade.")


def test_a_label_over_an_account_of_its_person_gives_no_position() -> None:
    said = said_by(WHO_IS_WHO)
    assert not any("Kell worked" in text for texts in said.values() for text in texts)


def test_an_answer_naming_its_speaker_only_to_introduce_them_or_kin_is_theirs() -> None:
    assert names_itself("Now president of the Harbour Board, Kell worked with Dan.", "Ann Kell")
    assert not names_itself("Hello, I'm Ann Kell, and we moved here in 1990.", "Ann Kell")
    assert not names_itself("My husband, Tom Kell, and I moved here in 1990.", "Ann Kell")
    assert not names_itself("We moved here in 1990 and never looked back.", "Ann Kell")


def test_only_the_labels_own_paragraph_is_read() -> None:
    assert not names_itself("Harbour Mother Wrong to Call Me a Liar.\n\nOn Monday, Ann Kell said the mother was wrong.",
                            "Ann Kell")
