"""Verbs of saying the cue tagger leaves untagged in a plain sentence opening on its speaker: "wrote" before a
clause with no "that", a body's "confirmed" before its object (session 37), on articles written for these tests."""

from __future__ import annotations

from written import holders, report_of


def test_wrote_before_a_bare_clause_is_what_the_writer_wrote() -> None:
    text = (
        "Book prize row deepens\n\n"
        "The shortlist was announced in London on Thursday. Novelist Ines Harrow criticised the choices. "
        "Harrow wrote the judges had ignored younger authors."
    )
    report = report_of(text)
    assert holders(report, "the judges had ignored younger authors") == ["Ines Harrow"]


def test_wrote_before_a_thing_written_is_no_statement() -> None:
    text = (
        "Book prize row deepens\n\n"
        "Novelist Ines Harrow criticised the choices on Thursday. "
        "Harrow wrote the novel in two years while living in Lisbon."
    )
    report = report_of(text)
    assert holders(report, "novel in two years") == []


def test_a_body_described_at_a_sentence_opening_confirms_the_cuts() -> None:
    text = (
        "Steelmaker cuts jobs\n\n"
        "Corvane Steelworks will close its Odessa mill next spring, local officials said on Tuesday. "
        "The Texas company confirmed the closure. Workers were not told in advance."
    )
    report = report_of(text)
    assert holders(report, "the closure") == ["Corvane Steelworks"]
