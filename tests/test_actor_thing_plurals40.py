"""Plurals of things shaped as people's ("Glaciers warn us", "Computers predicted") are no group of people:
brief.actors.groups.people_noun, on words and an article written for these tests."""

from __future__ import annotations

from written import actors_of, report_of

from brief.actors.groups import people_noun


def test_thing_plurals_are_not_people_but_agent_nouns_are() -> None:
    assert not any(people_noun(w) for w in ("glaciers", "computers", "rivers", "craters"))
    assert all(people_noun(w) for w in ("loggers", "campaigners", "farmers", "investors"))


def test_a_landform_that_warns_is_no_actor() -> None:
    text = ("Ice loss\n\nThe ice field lost a tenth of its mass this year. Glaciers warn us that the climate is "
            "changing fast. Computers predicted the melt would slow.\n")
    assert not [a.name for a in actors_of(report_of(text)) if a.name.lower() in ("glaciers", "computers")]
