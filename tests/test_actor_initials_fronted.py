"""A name's initials ("M.A. Baby") are no sentence's end: the fronted phrase "Coming down heavily on ... M.A. Baby and
G. Varghese," still opens the sentence, so the "he" after it is not a name inside it (people_they.SENTENCE_BREAK)."""

from __future__ import annotations

from written import holders, report_of

_SPEECH = (
    "Party leader attacks ministers\n\n"
    "KOLLAM: RSP national secretary Raman Pillai opened the party's state conference in Kollam on Sunday.\n\n"
    "Coming down heavily on the performance of the ministers M.A. Baby and G. Varghese, he said that Baby was making "
    "declarations on school reforms every day and doing nothing.\n"
)


def test_initials_inside_a_fronted_phrase_leave_it_whole() -> None:
    assert holders(report_of(_SPEECH), "Baby was making declarations") == ["Raman Pillai"]
