"""A surname is shown by a given name written before it, on texts written for these tests; in a line set in
title case (the page's title, a heading) every word is capitalised, so there only a census given name counts:
a product named after its maker in a title ("Vantrel Quillo Review") is no person's full name."""

from __future__ import annotations

from brief.actors.mentions import Mention
from brief.actors.personhood import unevidenced_people


def _kind(text: str, name: str, title: str = "") -> str:
    start = text.index(name)
    mention = Mention(1, 0, start, start + len(name), name, name, "person")
    return unevidenced_people(text, [mention], title)[0].kind


def test_a_maker_before_a_word_in_a_title_case_line_is_no_given_name() -> None:
    text = "The Quillo costs less than its rivals and plays loud enough for a kitchen."
    assert _kind(text, "Quillo", "Vantrel Quillo Review: A Speaker Worth Buying") != "person"
    heading = "Vantrel Quillo Speaker Review\nThe Quillo costs less than its rivals and plays loud enough for a kitchen."
    assert _kind(heading, "Quillo") != "person"


def test_a_given_name_before_a_surname_still_shows_a_person() -> None:
    text = "Sabatier lives frugally and keeps a notebook of every purchase he makes."
    # a census given name before the word in the title still counts
    assert _kind(text, "Sabatier", "Maria Sabatier On Saving Money") == "person"
    # in a sentence, a rare capitalised word before the word is read as a given name, as before
    assert _kind("Readers wrote to Zorlan Sabatier last year. Sabatier lives frugally.", "Sabatier") == "person"
