"""A speaker's clause cut off another's statement is its own position: "The EU said the evidence was
overwhelming, as Moscow rejected the claim" gives Moscow's rejection, once the EU's words end at "as"
(session 43, leads48). On an article written for these tests."""

from __future__ import annotations

from written import actors_of, report_of

_ROW = (
    "Sanctions row deepens\n\n"
    "The European Union on Monday accused Belarus of supplying fuel to the junta.\n\n"
    "The EU said the evidence was overwhelming, as Minsk rejected the allegation. Warsaw said it had shared "
    "intelligence with Brussels.\n"
)


def test_a_clause_cut_off_a_statement_is_its_speakers() -> None:
    said = {a.name: [p.text for p in a.positions] for a in actors_of(report_of(_ROW))}
    # Minsk acting is Belarus, the state the page names (capital_states): its rejection, under the state
    assert any("rejected" in p.cue for a in actors_of(report_of(_ROW)) if "Minsk" in (a.name, *a.aliases) for p in a.positions)
    assert any("evidence was overwhelming" in t for t in said.get("European Union", []))
    assert not any("Minsk" in t for t in said.get("European Union", []))


def test_a_contrasting_clause_of_stance_is_its_subjects() -> None:
    text = (
        "Tariff ruling splits allies\n\n"
        "A trade court on Tuesday struck down the steel tariffs.\n\n"
        "Portugal said the ruling would take effect within a month, while Norway welcomed the decision. Chile "
        "said it would study the judgment.\n"
    )
    said = {a.name: [p.text for p in a.positions] for a in actors_of(report_of(text))}
    assert any("decision" in t for t in said.get("Norway", []))
    assert not any("Norway" in t for t in said.get("Portugal", []))
