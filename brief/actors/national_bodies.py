"""Common words before a country's or a state's name: a body or a region, never a person.

Sports and public bodies are named for what they run and the country they run it in ("Football
Australia", "Athletics Kenya", "Sport England"), and regions and the colleges named for them by a part of
a state ("Northern Illinois"). The tagger reads a capitalised word and a name as a given name and a
surname; a person whose surname is a country's or a state's ("Chris England", "Joe Jordan") has a given
name first, never a common word. Which of a body or a place the name is, the retyping decides.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from brief.actors.gazetteer import phrase_table, state_names
from brief.actors.gender import first_names, given_names
from brief.actors.phrasing import is_noun
from brief.actors.spelling_variants import unaccented


def national_body(words: Sequence[str], plain: Callable[[str], bool], states: frozenset[str]) -> bool:
    """ "Football Australia", "Northern Illinois": common words (``plain`` or a dictionary noun; no given
    name) before a country's name or a federation's state's (``states``)."""
    if len(words) < 2 or not all((plain(w) or is_noun(w.lower())) and w not in first_names() for w in words[:-1]):
        return False
    last = words[-1]
    return phrase_table().get((last,)) == "CTRY" or last in states


COUNTY_END = "shire"
"""The ending of an English county's name ("Derbyshire", "Lincolnshire"), which the gazetteer does not list."""


def branch_of_place(words: Sequence[str]) -> bool:
    """ "Healthwatch Derbyshire", "Santé Québec": one word that is no given name (read without its accents)
    before a country's, a state's, a city's or a county's name; a body's branch or a public body named for
    where it serves. A person whose surname is a place has a given name first ("Chris England"); the tagger reads
    a word it never saw as one, which the census does not list."""
    if len(words) != 2 or not words[0].isalpha():
        return False
    first = unaccented(words[0])
    if first in given_names() or first in first_names():  # two lookups: their union was built at every call
        return False
    last = unaccented(words[-1])
    return (phrase_table().get((last,)) in ("CTRY", "PLACE") or last in state_names()
            or last.endswith(COUNTY_END) and last[:1].isupper() and len(last) > len(COUNTY_END))
