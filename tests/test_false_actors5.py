"""Names the tagger called people that are made of the dictionary's common words ("Powder River Basin",
"Moment Wildcat", "Park Ranger"), on texts written for these tests: no person, unless a given name, a
title or a relation opens the name, the text writes its last word alone as a surname, or it acts."""

from __future__ import annotations

from brief.actors.mentions import Mention
from brief.actors.personhood import unevidenced_people


def _kind(text: str, name: str) -> str:
    start = text.index(name)
    mention = Mention(1, 0, start, start + len(name), name, name, "person")
    return unevidenced_people(text, [mention])[0].kind


def test_a_name_of_common_words_is_no_person() -> None:
    assert _kind("Coal output from the Powder River Basin fell by a third this year.", "Powder River Basin") != "person"
    assert _kind("We skied the Moment Wildcat in deep snow for a week.", "Moment Wildcat") != "person"
    assert _kind("Sales in the Rust Belt grew slowly over the year.", "Rust Belt") != "person"


def test_a_person_named_with_common_words_keeps_the_signs_of_a_person() -> None:
    # the surname written alone, as news writes a person once named in full
    assert _kind("Tanner Morgan threw for 300 yards. Morgan ran in the last score.", "Tanner Morgan") == "person"
    # a title or a relation before the name
    assert _kind("They met Aunt Sally at the fair every summer.", "Aunt Sally") == "person"
    # the name acts ("X said")
    assert _kind("Harbor Light said the vote would wait until spring.", "Harbor Light") == "person"
    # a given name first, or a word the dictionary lacks ("Kat")
    assert _kind("Mark Field walked out of the square in a temper.", "Mark Field") == "person"
    assert _kind("Kat Moon walked out of the square in a temper.", "Kat Moon") == "person"
