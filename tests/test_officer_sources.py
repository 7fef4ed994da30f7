"""Sources the attribution model cuts short (texts written for these tests): a body's officer named by
title and name ("Grains Council chair Brett Hosking was more measured, saying ...") speaks, not the body
in the title; a name set off after an opening description ("The union, Unite, said") is who speaks."""

from __future__ import annotations

from written import said_by

from brief.actors.attribution import Attribution
from brief.actors.titled_sources import name_after_title

WATER = (
    "Farmers split over new water rules\n\n"
    "The federal government on Tuesday released new rules for water allocations in the river basin. "
    "Grains Council chair Brett Hosking was more measured, saying the rules were \"a step in the right direction\". "
    "The union, Unite, said members had voted to strike at two processing plants. "
    "Water Minister Tanya Plibersek said the rules would protect rivers for the next generation."
)


def test_the_officer_named_after_the_title_speaks() -> None:
    said = said_by(WATER)
    assert any("step in the right direction" in t for t in said.get("Brett Hosking", [])), said
    assert not any("step in the right direction" in t for t in said.get("Grains Council", [])), said


def test_a_name_set_off_after_an_opening_description_speaks() -> None:
    said = said_by(WATER)
    assert any("voted to strike" in t for t in said.get("Unite", [])), said


def test_the_source_runs_on_only_over_a_name_before_the_cue() -> None:
    text = "Grains Council chair Brett Hosking was more measured, saying the rules were fine."
    cut = Attribution(cue=(54, 60), source=(0, 20), content=(61, 80), quote=False, sentence=0)
    assert text[slice(*name_after_title(text, cut).source)] == "Grains Council chair Brett Hosking"
    plain = "The company chairman said on Monday the rules were fine."
    untitled = Attribution(cue=(20, 24), source=(0, 19), content=(25, 56), quote=False, sentence=0)
    assert name_after_title(plain, untitled) == untitled  # no name after the title
