"""Who spoke last, and over how many sentences a speaker goes on: the state the speaker resolution
(``brief.actors.positions``) carries from one attribution to the next (``brief.actors.chain``)."""

from __future__ import annotations

from dataclasses import dataclass

from brief.actors.mentions import Mention

SPEAKER_REACH = 8
"""Sentences over which "he added" or a further quotation goes on with the last speaker: a
speaker's quotes run on over a few paragraphs between which others (a victim, a place) are named."""
PRONOUN_REACH = 2
"""Sentences back over which a bare "he said" or "it said" is the last speaker's (else the last
name of that kind): past two, another party has usually been named in between."""


@dataclass(frozen=True)
class Speaker:
    """Who spoke last: the mention their words went to, the sentence they spoke in (a description,
    "the governor said", ties it to a mention made long before), and whether a person spoke (a
    named one, or "a spokesperson for" a body, whom "he added" goes on with)."""

    mention: Mention
    sentence: int
    person: bool
    issued: tuple[str, Mention, int] | None = None
    """The last speaker who issued a document ("in a statement"), its noun and where the noun
    stands: "the statement read" goes back to them if it is the last such document named."""
    document: bool = False
    """Whether the last words were a document's ("the report said"): its author's experts were not
    brought in by it, so "Scientists believe" after it is no one's in particular."""
    proxy: bool = False
    """Whether someone unnamed spoke for the mention ("A representative for Pike said"): a "she said"
    right after is that representative again, for Pike, whatever Pike's own gender."""
    said_as: str = ""
    """The pronoun the last words were framed with ("he said in 1996"), when it was one: the speaker's gender
    where the text tells none, so a "she says" right after is someone else."""
