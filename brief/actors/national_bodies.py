"""Common words before a country's or a state's name: a body or a region, never a person.

Sports and public bodies are named for what they run and the country they run it in ("Football
Australia", "Athletics Kenya", "Sport England"), and regions and the colleges named for them by a part of
a state ("Northern Illinois"). The tagger reads a capitalised word and a name as a given name and a
surname; a person whose surname is a country's or a state's ("Chris England", "Joe Jordan") has a given
name first, never a common word. Which of a body or a place the name is, the retyping decides.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from brief.actors.gazetteer import phrase_table
from brief.actors.gender import first_names
from brief.actors.phrasing import is_noun


def national_body(words: Sequence[str], plain: Callable[[str], bool], states: frozenset[str]) -> bool:
    """ "Football Australia", "Northern Illinois": common words (``plain`` or a dictionary noun; no given
    name) before a country's name or a federation's state's (``states``)."""
    if len(words) < 2 or not all((plain(w) or is_noun(w.lower())) and w not in first_names() for w in words[:-1]):
        return False
    last = words[-1]
    return phrase_table().get((last,)) == "CTRY" or last in states
