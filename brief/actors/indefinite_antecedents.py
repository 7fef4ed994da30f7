"""A definite description that goes back to someone brought in a little before with an indefinite one: "one former
aide said he was sure ... “...,” the former aide said" is that aide, no one named.

Why: ``positions`` reads a bare description ("the former aide said") as the person the story was just about, so the
aide's words went to the politician the aide had been talking about. News English brings an unnamed source in with
"a", "an", "one" or "another" and then goes on with "the" and the same noun; the description then stands for that
unnamed person, unless a name is set beside the first ("one aide, Ada Quinn, said"), which the tagger reads itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.person_nouns import one_person

INTRODUCED_REACH = 600
"""Characters back read for the indefinite introduction: a paragraph, three or four sentences; further back, a
"the aide" may well be another aide the story has since named."""


def introduced_unnamed(text: str, start: int, words: Sequence[str]) -> bool:
    """Whether the source at ``start`` ("the former aide", lower-cased ``words``) repeats the noun of someone brought
    in shortly before as "one former aide", "a former aide" or "another aide" with no name set beside them."""
    if len(words) < 2 or words[0] != "the" or not one_person(words[-1]):
        return False
    head = re.escape(words[-1])
    pattern = re.compile(rf"\b(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+(?:[a-z-]+\s+){{0,3}}?{head}\b(?!\s*,\s*[A-Z]|\s+[A-Z])")
    return pattern.search(text, max(0, start - INTRODUCED_REACH), start) is not None
