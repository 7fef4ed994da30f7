"""A passage quoted from another text, which quotes a speaker inside single marks with its own frame,
gives the speaker's words to the speaker (brief.actors.quoted_passages), on articles written for these tests."""

from __future__ import annotations

from written import holders, line_sentences, report_of

from brief.actors.quoted_passages import unwrapped

PASSAGE = (
    "The Kessel Gazette reported on the ferry inquiry's closing day:\n\n"
    "\" 'The captain ignored every warning the harbour office sent him that night,' [Marta Velez] said.\n\n"
    "Velez, who led the inquiry, will publish her report in March.\n"
)


def test_the_speaker_inside_a_quoted_passage_speaks() -> None:
    report = report_of(PASSAGE)
    assert holders(report, "ignored every warning the harbour office sent") == ["Marta Velez"]


def test_curly_passage_closed_at_its_paragraphs_end() -> None:
    text = ("“‘Ferry fares will rise for some time to cover the new pier’ and the harbour's debts, said "
            "Harbour Director Tomas Brandt in remarks prepared for Monday.”\n")
    assert unwrapped(text, [(s.start, s.end) for s in line_sentences(text)]) == " " + text[1:-2] + " \n"


def test_outer_marks_closed_before_a_frame_are_the_quotation() -> None:
    text = "“‘Harbour Days’ was my first festival,” Velez said.\n"
    assert unwrapped(text, [(s.start, s.end) for s in line_sentences(text)]) == text


def test_an_elision_opens_no_inner_quotation() -> None:
    text = "\"'Cause he's the coolest captain on the harbour, and everyone knows it.\"\n"
    assert unwrapped(text, [(s.start, s.end) for s in line_sentences(text)]) == text
