"""Where a person's role starts and ends in a sentence when the writer's punctuation does not say so: a clause's
conjunction right before a lower-case title ("while council president Rosa Delgado warned"), and a description
after a name whose closing comma was left out ("Dr. Ada Venn, the chief medical officer for the Trust said ...")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from brief.actors.cues import seed_cue
from brief.actors.phrasing import inflected_verb, is_noun

if TYPE_CHECKING:
    from brief.actors.mentions import Token

CLAUSE_CONJUNCTIONS = frozenset("while whilst although though because whereas when unless until".split())
"""Subordinating conjunctions, which open a clause whose subject may be a titled person: a lower-case word after them
and before the title is the office's field ("while council president X warned", "although union secretary X said"),
as after "said" or "the"; after a verb it is none ("to kill Rep. X"). Not "as", "after", "before", "since":
prepositions as often ("as party leader, she ..."); nor "and", "but", which join a noun phrase as often ("he and
fellow Ennahda members": no office)."""


def description_end(sent: Sequence[Token], start: int, reach: int, stops: Sequence[str]) -> int | None:
    """The index where a description after a name ends: its closing stop (a comma, a full stop, a relative), or,
    when the writer left the comma out, the speaker's own reporting verb right after it ("the chief medical officer
    for the Northern Health Trust said staff ..."): what follows the verb is what was said, never the role. None
    when it runs past ``reach`` words or to the sentence's end with no stop."""
    k = start
    while k < len(sent) and k - start < reach and sent[k].text not in stops:
        if k > start + 1 and _reporting_verb(sent[k].text) and sent[k - 1].text[:1].isupper():
            return k
        k += 1
    return k if k < len(sent) and sent[k].text in stops else None


def _reporting_verb(word: str) -> bool:
    """A reporting verb's finite form ("said", "told", "warned"), no noun as well ("claims", "calls")."""
    return word.islower() and inflected_verb(word) and not is_noun(word) and seed_cue(word)
