"""A cue word after a quantifier that is no subject is a noun: "stirs up some worry among parents", "there was
much concern about the plan", "gave no warning of the strike", "so many complaints that the mayor said ..." (a
plural's quantifier and a word with a verb's "-s").

Why: the cue model reads a word that is both a noun and a verb of feeling or saying ("worry", "concern",
"warning") as a verb and takes the nearest plural noun after it for its source ("some worry among parents":
"parents worry", with "teachers and ..." as what they worry). A quantifier before the word makes it a noun:
"much", "no", "little" and "enough" always do; "some", "any" and "more" do when a verb or preposition stands
right before them ("stirs up some worry"), as at a clause's start they may be the subject themselves ("Some
worry that ...", "and some say ..."), as after a verb of saying or thinking ("analysts say some worry that").
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution

_ALWAYS = re.compile(r"\b(?:[Mm]uch|[Nn]o|little|enough)\s+$")
"""Quantifiers that never stand for people as a subject: the word after them is their noun ("Little" may be a name,
so only the lower-case one counts)."""
_SOMETIMES = re.compile(r"\b([a-z]+)\s+(?:some|any|more)\s+$")
"""A quantifier that may be a subject ("some worry that ...") after the word before it, in lower case."""
_NOT_A_GOVERNOR = frozenset(
    """and but or nor yet so that while whilst though although because as when whenever if unless since where
    whereas who which say says said think thinks thought believe believes believed fear fears feared know knows
    knew argue argues argued""".split()
)
"""Words after which the quantifier may open a clause of its own (a conjunction, a relative, a verb of saying or
thinking): then it may be the subject, and the word after it its verb."""
_PLURAL = re.compile(r"\b(?:[Mm]any|[Ss]everal|[Ff]ew|[Bb]oth|[Nn]umerous|[Cc]ountless|[Vv]arious)\s+$")
"""Quantifiers of a plural: a verb after them takes no "-s" ("many complain"), so a word in "-s" after them
("many complaints", "several claims") is a plural noun."""
REACH = 30
"""Characters before the cue read for the quantifier and the word before it."""


def quantified_noun_cue(text: str, attribution: Attribution) -> bool:
    """Whether the cue's first word follows a quantifier that makes it a noun (``_ALWAYS``, or ``_SOMETIMES``
    after a word that cannot open the quantifier's own clause)."""
    start = attribution.cue[0]
    before = text[max(0, start - REACH) : start]
    if _ALWAYS.search(before):
        return True
    first = text[start : attribution.cue[1]].split()[0] if attribution.cue[1] > start else ""
    if _PLURAL.search(before) and first.endswith("s") and not first.endswith("ss"):
        return True  # "so many complaints that ...": a plural noun, as no plural subject takes a verb's "-s"
    found = _SOMETIMES.search(before)
    return found is not None and found.group(1) not in _NOT_A_GOVERNOR
