"""A company the tagger misses where its one sentence opens, which speaks of itself as "it" ("Vueling said on
Tuesday it would ..."), is read again in mid-sentence and kept (session 43, leads48). On articles written for
these tests."""

from __future__ import annotations

from written import actors_of, report_of

_FLIGHTS = (
    "Airlines trim winter timetables\n\n"
    "Vueling said on Tuesday it would suspend flights to Marrakesh until the end of March because of a shortage "
    "of aircraft. Finnair said demand remained strong.\n\n"
    "Novatek said in a statement it had delayed the start of its second plant.\n"
)


def test_an_opening_body_that_calls_itself_it_is_kept() -> None:
    said = {a.name: [p.text for p in a.positions] for a in actors_of(report_of(_FLIGHTS))}
    assert any("suspend flights" in t for t in said.get("Vueling", []))
    assert any("second plant" in t for t in said.get("Novatek", []))

