"""A participle opening a paragraph is no name (brief.actors.participle_openers), and "disclosed this" gives
no position but keeps its speaker for the next "him" (brief.actors.cue_idioms). Articles written for these
tests."""

from __future__ import annotations

from written import actors_of, report_of, summaries_by

_WAGE = (
    "Governor approves new wage, union reacts\n\n"
    "Governor Ada Okonkwo has approved a new minimum wage for state workers, her office announced on "
    "Thursday.\n\n"
    "The Commissioner for Information, Tunde Bello, disclosed this in a statement in Enugu.\n\n"
    "According to him, the governor directed that the wage be reviewed every three years.\n\n"
    "Reacting, the chairman of the State Workers Union, Emeka Obi, described the approval as a step in the "
    "right direction but insisted that workers deserved more.\n\n"
    "Speaking to journalists, Obi said the union would study the details.\n")


def test_an_opening_participle_is_no_person_and_the_named_speaker_speaks() -> None:
    actors = actors_of(report_of(_WAGE))
    names = {a.name for a in actors}
    assert "Reacting" not in names and "Speaking" not in names, names
    said = {a.name: [p.summary for p in a.positions] for a in actors}
    assert any("describes the approval as a step in the right direction" in s for s in said.get("Emeka Obi", [])), said


def test_disclosing_this_is_no_position_but_its_speaker_is_him() -> None:
    said = summaries_by(_WAGE)
    assert not any("this in a statement" in s for lines in said.values() for s in lines), said
    assert any("the wage be reviewed every three years" in s for s in said.get("Tunde Bello", [])), said
