"""A first person's quotation set down with no cue right after a sentence that names its speaker
(brief/actors/named_before.py): that person's words; never a quotation about them, nor one after a
sentence that is itself someone's quotation. On articles written for these tests."""

from __future__ import annotations

from written import holders, report_of


def test_a_quotation_after_a_sentence_naming_its_speaker_is_theirs() -> None:
    """"..., but Ada Quinn is unfazed. “That is important to us ...”" in one paragraph, and a line
    "Donated by Gina McVey, Oak Grove, Calif." with the donor's account as the next paragraph."""
    unfazed = (
        "New tablet\n\n"
        "Velmora makes a tablet for artists. The company says it sells well in Europe.\n\n"
        "That is different from the approach of its rivals, but Ada Quinn is unfazed. “That is important "
        "to us, and it might not be important to them. Honestly, competition is great.”"
    )
    assert holders(report_of(unfazed), "Honestly, competition is great") == ["Ada Quinn"]
    donated = (
        "Relics donated\n\n"
        "The museum asked readers for objects from their families.\n\n"
        "Donated by Gina McVey, Oak Grove, Calif.\n\n"
        "“In 2010, I took my car to the dealership to get it fixed and a man sitting next to me told me "
        "about his grandmother.”"
    )
    assert holders(report_of(donated), "I took my car to the dealership") == ["Gina McVey"]


def test_a_quotation_about_the_person_named_is_not_theirs() -> None:
    """Words in the third person about the one named ("He was just one of ...") are someone else's,
    and a sentence that is a quotation itself names no speaker for the next."""
    about = (
        "A strange man\n\n"
        "No one knew that name in the park. People only saw a tall man who fed the pigeons, Orrin Vasquez.\n\n"
        "“He was just one of the strange people who make up a city.”"
    )
    assert holders(report_of(about), "strange people who make up a city") == []
    quoted = (
        "A strange man\n\n"
        "No one knew that name in the park. “People only saw a tall man, Orrin Vasquez.”\n\n"
        "“I saw him every day and we never spoke.”"
    )
    assert holders(report_of(quoted), "we never spoke") == []
