"""Shapes of a parliamentary budget story (session 37, the lead's probe): a committee set off with who chairs it
speaks, not its chair; a cue the model ended with an article ("rejected a") leaves the article to the object; and a
participle after what was rejected is the writer's, not part of the object. On an article written for these tests."""

from __future__ import annotations

from written import actors_of, report_of, said_by

_BUDGET = (
    "MPs throw out bread tax\n\n"
    "NAIROBI — The Budget and Appropriations Committee, chaired by Kitui MP Musa Ndambuki, had recommended that the "
    "clause be dropped. Members of the Senate on Thursday rejected a proposal to tax maize flour, handing the "
    "Treasury a fresh setback.\n\n"
    "Treasury Cabinet Secretary Paul Oduya warned that the government would have to borrow more."
)


def test_a_committee_set_off_with_its_chair_speaks_itself() -> None:
    said = said_by(_BUDGET)
    assert any("the clause be dropped" in t for t in said["Budget and Appropriations Committee"])
    assert not any("the clause be dropped" in t for t in said.get("Musa Ndambuki", []))


def test_an_article_the_cue_took_opens_the_object_and_a_closing_participle_is_left_out() -> None:
    senate = next(a for a in actors_of(report_of(_BUDGET)) if a.name == "Senate")
    position = next(p for p in senate.positions if "maize flour" in p.text)
    assert position.cue == "rejected"
    assert position.text == "a proposal to tax maize flour"
