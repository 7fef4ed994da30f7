"""A body called by one word of its name after "the", listed apart from its full name: the same body.

Why: "the Liberation Tigers of Tamil Eelam" then "the Tigers", "the Sunday Telegraph" then "the Telegraph"
came out as two actors each (the one word even typed a person). brief.actors.grouping joins a capitalised
common noun so written ("the Ministry", "the Commission"); a name's own word so written ("the Tigers", "the
Telegraph", "the Post") refers back to the one body whose name holds it just as well, so long as the word is
that name's head, not a word before another of its nouns ("the Army" is no "Army Public Relations").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from brief.actors.definite_antecedents import named_before
from brief.actors.mentions import Mention
from brief.actors.personhood import known_place

DEFINITE = frozenset({"the"})
"""The word before each mention that makes a one-word name a reference back to a body."""


class _Group(Protocol):
    key: str
    kind: str
    mentions: list[Mention]


def _head_in(words: list[str], word: str) -> bool:
    """Whether ``word`` stands in the name ``words`` as its head: last, or before "of" ("Tigers of Tamil Eelam")."""
    return any(w == word and (k + 1 == len(words) or words[k + 1] == "of") for k, w in enumerate(words))


def _written_definite(group: _Group) -> bool:
    """A one-word name written after "the" mostly, never with a role, and not only as an adjective ("Tiger rebels")."""
    return (" " not in group.key and bool(group.mentions) and group.kind in ("organization", "person")
            and not any(m.role for m in group.mentions) and not all(m.demonym for m in group.mentions)
            and not known_place(group.key)
            and 2 * sum(_definite(m) for m in group.mentions) > len(group.mentions))


def _definite(m: Mention) -> bool:
    """ "the Tigers", or "The Tigers" opening a sentence with the article in the name's span."""
    return m.after in DEFINITE or m.surface.split()[0].lower() in DEFINITE


def join_definite_names(groups: Mapping[tuple[str, str], _Group]) -> None:
    """Join a one-word name written after "the" to the one body whose name it heads."""
    bodies = [g for g in groups.values() if g.kind == "organization" and " " in g.key and " and " not in g.key]
    for g in list(groups.values()):
        if not _written_definite(g):
            continue
        fits = [b for b in bodies if b.mentions and _head_in(b.key.split(), g.key)]
        if len(fits) > 1:
            fits = named_before(g.mentions, fits)
        if len(fits) == 1:
            fits[0].mentions.extend(g.mentions)
            g.mentions.clear()
