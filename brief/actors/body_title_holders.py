"""Whose title a description naming a body means: "The RSP leader said" after "RSP national secretary K. Varughese"
and "CPM leader Mohan Dev" is the RSP's leader, never the CPM's.

Why: a description of a line of work ("the leader") goes back to the person named with a title of that line
(``referring.title_holder``), who may lead another body the text named ("CPM leader Mohan Dev"); the RSP the
description names then lost its words to the CPM. A description that names a body or a place means a title of
that one: a person whose role names another body the text named is not its holder, and the person whose role
names this body with a leader's title is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mentions import Mention
from brief.actors.name_heads import LEADER_ROLE_WORDS
from brief.actors.referring import RANKS, role_words

TOP_OFFICES = ("general secretary", "national secretary", "secretary general", "secretary-general")
"""A party's or a union's top office written as a secretary ("RSP national secretary", "the CPI general secretary"):
its leader, as a chairman or a president is another body's."""

_NAMING_KINDS = ("organization", "place")
"""Kinds of the names a description may give its title's body with ("the RSP leader", "the Kerala chief minister")."""


def _names(role: str, name: str) -> bool:
    """Whether a role writes a name as a word of its own ("CPM leader" names "CPM", not "CP")."""
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", role) is not None


def _bodies(inside: Sequence[Mention]) -> list[Mention]:
    """The bodies and places a description names itself ("RSP" in "the RSP leader"); no demonym: a
    nationality is written otherwise in a role ("Indian" in a description, "India's" in a role)."""
    return [m for m in inside if m.kind in _NAMING_KINDS and not m.demonym]


def _holds(m: Mention, family: frozenset[str], words: Sequence[str]) -> bool:
    """Whether a role is the title a description of ``family`` gives ("leader" any leader's title, "national
    secretary" among them), of the same rank ("the BJP president" is no BJP vice president)."""
    role = role_words(m)
    if (RANKS & role) != (RANKS & set(words)):
        return False
    leading = not family.isdisjoint(LEADER_ROLE_WORDS | {"leader"})
    return bool(role & family) or leading and (bool(role & LEADER_ROLE_WORDS) or any(o in m.role.lower() for o in TOP_OFFICES))


def holders_of_named_body(inside: Sequence[Mention], before: list[Mention], family: frozenset[str],
                          words: Sequence[str]) -> tuple[Mention | None, list[Mention]]:
    """For a description of ``family``'s title that names a body or a place (``inside`` its words): the person whose
    role names that body with a leader's title ("RSP national secretary K. Varughese" for "the RSP leader"), and
    the mentions before it left for the title's holder without those whose role names another body the text named
    ("CPM leader Mohan Dev"). A description naming no body leaves ``before`` as it is."""
    own = _bodies(inside)
    if not own:
        return None, before
    ours = {n for m in own for n in (m.name, m.surface)}
    others = {m.name for m in before if m.kind in _NAMING_KINDS and not m.demonym and m.name not in ours}
    kept: list[Mention] = []
    holder: Mention | None = None
    for m in before:
        if m.kind != "person" or not m.role:
            kept.append(m)
            continue
        if any(_names(m.role, n) for n in ours):
            if _holds(m, family, words):
                holder = m  # the latest so named
            kept.append(m)
        elif not any(_names(m.role, n) for n in others):
            kept.append(m)
    return holder, kept


def another_bodys(inside: Sequence[Mention], owner: Mention | None) -> bool:
    """Whether a role brought in unnamed is another body's than the one the description names: "how a CPM leader
    could say so ... The RSP leader said" is the RSP's leader, not the CPM's unnamed one."""
    own = _bodies(inside)
    return bool(own) and owner is not None and owner.kind in _NAMING_KINDS and not any(
        owner.name in (m.name, m.surface) for m in own)
