""" "The pilot was Dara Quill ... 'Dara called the tower,' his wife says": a given name written alone, after the story
named one person in full by it, is that person, whatever kind the tagger gave the bare name.

Why: features and sports reports name someone in full once and then by the given name ("Dara says", "in Dara's
corner"); grouping joins a surname alone to the full name, but a given name alone only when the tagger typed it a
body and the full name was written as often (``name_joins.join_given_names``), so a family's story listed "Dara"
and "Dara Quill" as two people, or "Dara" as a place. Only a known given name that no one's surname or middle
name is, with no demonym or kin of its own, and only when exactly one person so named in full was named before the
bare name's first use ("Dara Quill" first, "Dara Flint" the celebrity named later, is still Dara Quill).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from brief.actors.gender import first_names
from brief.actors.personhood import known_place

if TYPE_CHECKING:
    from brief.actors.grouping import Group

BARE_KINDS = ("person", "place")
"""Kinds of a bare given name joined here (an organisation-typed one is ``join_given_names``'s, which weighs counts)."""


def _first(group: Group) -> tuple[int, int]:
    return min((m.article, m.start) for m in group.mentions)


def join_bare_given_names(groups: dict[tuple[str, str], Group]) -> None:
    """Join each bare given name to the one person named in full by it before its first use (see the docstring)."""
    full: dict[str, list[Group]] = {}
    later_words: set[str] = set()
    for g in groups.values():
        words = g.key.split()
        if g.kind == "person" and len(words) > 1 and g.mentions:
            full.setdefault(words[0], []).append(g)
            later_words.update(words[1:])
    for g in list(groups.values()):
        key = g.key
        if (g.kind not in BARE_KINDS or not g.mentions or " " in key or key not in full or key in later_words
                or not key.isalpha() or not key[1:].islower() or key not in first_names() or known_place(key)
                or any(m.demonym or m.kin for m in g.mentions)):
            continue
        article, start = _first(g)
        before = [f for f in full[key] if f.mentions and any(m.article == article and m.start < start for m in f.mentions)]
        if len(before) == 1:
            before[0].mentions.extend(g.mentions)
            g.mentions.clear()
