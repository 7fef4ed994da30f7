"""Actors on shapes met in pages written for session 43 (helper pages48): a press release's company
with its legal form and a listing in mixed case before "today announced", and others added below."""

from __future__ import annotations

from written import actors_of, report_of

from brief.text.segment import sentences

RELEASE = (
    "Harrowgate Biosciences Reports Trial Results\n\n"
    "DENVER--(BUSINESS WIRE)--Harrowgate Biosciences, Inc. (Nasdaq: HRGB) today announced that its Phase 2 "
    "study of HB-114 in chronic cough met its main goal, cutting coughs by 41% against placebo.\n\n"
    "The study enrolled 380 patients at 52 clinics in six countries.\n"
)
RELEASE_UPPER = RELEASE.replace("(Nasdaq: HRGB)", "(NYSE: HRGB)")


def _positions(text: str) -> dict[str, list[str]]:
    return {a.name: [p.text for p in a.positions] for a in actors_of(report_of(text))}


def test_a_mixed_case_exchange_after_the_legal_form_ends_no_sentence() -> None:
    text = "Acme Holdings, Inc. (Nasdaq: ACMH) today announced a deal. It closes in May."
    assert list(sentences(text)) == ["Acme Holdings, Inc. (Nasdaq: ACMH) today announced a deal.", "It closes in May."]


def test_the_company_with_its_legal_form_and_listing_holds_what_it_today_announced() -> None:
    for text in (RELEASE, RELEASE_UPPER):
        actors = _positions(text)
        assert any("met its main goal" in p for p in actors.get("Harrowgate Biosciences", [])), actors
