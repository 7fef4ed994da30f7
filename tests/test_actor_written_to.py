"""The one written to before a participle of asking ("wrote to the Marlow Trust board asking that ...") is its
addressee: the request is the writer's (session 44 round 2, r2a: before, the board was read as the source and
the request was lost), on an article written for these tests."""

from __future__ import annotations

from written import actors_of, holders, report_of

_CLINIC = (
    "Clinic closure opposed\n\n"
    "Dr. Ines Halloran, a midwife at Kelvin Vale Hospital, wrote to the Marlow Health Board asking that the "
    "birth clinic be kept open through the winter. "
    "Halloran has worked at the clinic for eleven years."
)


def test_the_writer_not_the_board_written_to_asks() -> None:
    report = report_of(_CLINIC)
    assert holders(report, "birth clinic be kept open") == ["Ines Halloran"]


def test_a_participle_after_an_object_with_no_writing_is_left_alone() -> None:
    text = (
        "Traders meet council\n\n"
        "The council met the Harbour Traders Association on Monday. "
        "Members of the Harbour Traders Association asked that parking be kept free in December."
    )
    assert any(a.positions for a in actors_of(report_of(text)))
