"""A speaker set off with commas in a "with" clause: "..., with its chief forecaster, Lee Dunn, saying ..."
and "..., with Tom Ferris, an economist at Harlow Bank, saying ..." (brief/actors/absolute_speakers.py)."""

from __future__ import annotations

from tests.written import holders, report_of, said_by


def test_titled_name_speaks_the_words_after_the_participle() -> None:
    said = said_by(
        "Storm warning for the coast\n\n"
        "The Met Office warned of heavy rain, with its chief meteorologist, Jason Kelly, saying rivers could "
        "burst their banks by Friday.\n"
    )
    assert said.get("Jason Kelly") == ["rivers could burst their banks by Friday"]
    assert said.get("Met Office") == ["heavy rain"]  # its statement ends before the clause


def test_described_name_speaks_not_the_description_body() -> None:
    report = report_of(
        "Bond yields climb\n\n"
        "Oil prices fell, with Sara Lind, an analyst at Nordvik Energy, saying demand from China was weakening.\n"
    )
    assert holders(report, "demand from China was weakening") == ["Sara Lind"]


def test_title_of_a_body_after_a_stance() -> None:
    report = report_of(
        "Nurses reject pay deal\n\n"
        "The nurses' union turned down the offer, with its general secretary, Grace Mwangi, arguing that "
        "members had waited too long for a fair rise.\n"
    )
    assert holders(report, "members had waited too long") == ["Grace Mwangi"]


def test_object_of_met_with_is_no_speaker() -> None:
    report = report_of(
        "Minister meets economist\n\n"
        "The finance minister met with Tom Ferris, an economist at Harlow Bank, saying the talks had been "
        "useful for both sides.\n"
    )
    assert "Tom Ferris" not in holders(report, "the talks had been useful")
