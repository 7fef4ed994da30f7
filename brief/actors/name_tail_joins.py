"""A body's name without its first words, listed apart from the full name: the same body.

Why: two shapes listed one body twice at the top of real pages. The tagger cut a name's first word where it
is hyphened or lower-cased ("The Blu-ray Disc Association said": "Disc Association", beside "the Blu-ray Disc
Association" tagged whole elsewhere); and a body named "X of Y" is called by its Y alone ("the Church of
Scientology" ... "Scientology would be a shadow of what it is"). A place is never so joined ("the University
of Mississippi" and "Mississippi" are two), nor a name that more than one body ends with.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from brief.actors.mentions import Mention

BODY_HEADS = frozenset("Church Temple Order Society Museum Institute Academy Bank Fund League Union Federation "
                       "Association Council Foundation Guild Brotherhood Congregation Mission Friends".split())
"""Heads of a body named "X of Y" that news calls by its Y alone ("the Church of Scientology"); not a
university, ministry or court, named for a place or a field ("University of Mississippi", "Ministry of Health")."""


class _Group(Protocol):
    key: str
    kind: str
    mentions: list[Mention]


def _cut_before(short: _Group, full: _Group) -> bool:
    """Every mention of the short name stands right after the word the full name has before it: the tagger
    cut the name there ("Blu-ray [Disc Association]"). Two words at least are left: one alone ("RT" of
    "Surface RT") is too often a product's model or a word of its own; and the word cut is a name's, not a
    "for the" that puts a place after a body ("the U.S. Attorney's Office for the Western District")."""
    missing = full.key[: -len(short.key)].split()
    return (bool(missing) and " " in short.key and missing[-1][:1].isupper()  # not "Office for the [Western District]"
            and all(m.after == missing[-1].lower() for m in short.mentions))


def _called_by_field(short: _Group, full: _Group) -> bool:
    """The full name is "<head> of <short>" with a body's head ("Church of Scientology")."""
    words = full.key.split()
    return len(words) >= 3 and words[0] in BODY_HEADS and words[1] == "of" and " ".join(words[2:]) == short.key


def join_name_tails(groups: Mapping[tuple[str, str], _Group]) -> None:
    """Join an organisation's name written without its first words to the one fuller organisation it ends."""
    bodies = [g for g in groups.values() if g.kind == "organization" and g.mentions]
    for short in bodies:
        fits = [f for f in bodies if f is not short and f.mentions and f.key.endswith(" " + short.key)
                and (_cut_before(short, f) or _called_by_field(short, f))]
        if len(fits) == 1:
            fits[0].mentions.extend(short.mentions)
            short.mentions.clear()
