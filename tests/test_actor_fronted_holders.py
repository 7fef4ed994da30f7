"""A name set off after a fronted phrase that ends in a role of the subject's own ("In a letter signed by its
general secretary, Ama Boateng, the union said") holds that role in apposition; the subject is the name
after it (brief/actors/opening_subject.py).

Why: the second verb of such a sentence ("welcomed the ruling and said") has no source of its own and
takes the clause's subject, the name that opens the sentence past its fronted phrase: that was read as the
role's holder, so the body's words went to its officer. Article invented for this test.
"""

from __future__ import annotations

from written import said_by


def test_the_body_after_its_officer_set_off_is_the_subject() -> None:
    text = ("Mayor joins ruling party\n\n"
            "TAMALE - The mayor of Tamale crossed to the governing party on Friday.\n\n"
            "In a statement signed by its spokesman, Kwame Asante, the NDC welcomed the mayor and said more "
            "defections were coming.")
    said = said_by(text)
    assert any("defections" in p for p in said.get("NDC", [])), said
    assert not any("defections" in p for p in said.get("Kwame Asante", [])), said


def test_a_name_after_a_fronted_phrase_with_no_role_of_its_own_still_opens() -> None:
    text = ("Cup final\n\n"
            "After the final whistle, Kofi Mensah, 24, ran to the stand and said the win was for his mother.")
    said = said_by(text)
    assert any("for his mother" in p for p in said.get("Kofi Mensah", [])), said
