"""Who "counsel said" is: the barrister the court report last named, by the letters after the name ("Aoife Brennan
BL", "Tom Ruane SC", "Ann Lee KC"), by the side set off beside it ("Defending, Ann Lee said", "Ann Lee,
prosecuting, told the court") or by a lawyer's role ("defence barrister Ann Lee").

Why a module of its own: British and Irish court reports name counsel once, then write "counsel said" with no
article; the rules for "the judge said" need "the" and a role, and a barrister named by letters or side has none,
so the words were lost. A side written in the source ("defence counsel said", "counsel for the prosecution said")
picks that side's barrister; "counsel" alone the last named.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention

_COUNSEL_SOURCE = re.compile(
    r"(?:(?P<side>defence|defense|defending|prosecution|prosecuting|crown)\s+)?counsel"
    r"(?:\s+for\s+the\s+(?P<for>defence|defense|prosecution|crown|state))?"
)
"""A bare counsel as a source (lower-cased words): alone, or with its side before or after it."""
_PROSECUTION = frozenset({"prosecution", "prosecuting", "crown", "state"})
"""Side words of the prosecution; every other side word is the defence's."""
_LETTERS_AFTER = re.compile(r",?\s+(?:SC|BL|KC|QC)\b")
"""Counsel's letters written right after the name."""
_SIDE_AFTER = re.compile(r"(?:,?\s+(?:SC|BL|KC|QC))?\s*,\s*(defending|prosecuting)\b", re.IGNORECASE)
"""The side set off by a comma after the name (past any letters): "Ann Lee SC, defending,"."""
_SIDE_BEFORE = re.compile(r"\b(defending|prosecuting)\s*,\s*$", re.IGNORECASE)
"""The side set off before the name: "Defending, Ann Lee said"."""
SIDE_REACH = 14
"""Characters before a name read for the side that opens its clause ("Prosecuting, " with its space)."""
_LAWYER_ROLES = frozenset({"counsel", "barrister", "solicitor", "lawyer", "attorney", "advocate", "prosecutor"})
"""Role words of counsel named with a role ("defence barrister Ann Lee")."""


def _side(text: str, m: Mention) -> str | None:
    """ "prosecution" or "defence" for a barrister whose side is written beside the name, "" for one named only
    by letters or role, None for no counsel at all."""
    after = _SIDE_AFTER.match(text, m.end)
    before = _SIDE_BEFORE.search(text[max(0, m.start - SIDE_REACH) : m.start])
    written = after.group(1) if after else before.group(1) if before else None
    if written is not None:
        return "prosecution" if written.lower() == "prosecuting" else "defence"
    if _LETTERS_AFTER.match(text, m.end) or _LAWYER_ROLES & set(m.role.lower().split()):
        return ""
    return None


def counsel_named(text: str, words: list[str], before: list[Mention]) -> Mention | None:
    """The barrister a bare counsel source (its lower-case ``words``) refers back to, or None (see the module)."""
    source = _COUNSEL_SOURCE.fullmatch(" ".join(words))
    if source is None:
        return None
    said = source.group("side") or source.group("for")
    wanted = None if said is None else "prosecution" if said in _PROSECUTION else "defence"
    for m in reversed(before):
        if m.kind != "person":
            continue
        side = _side(text, m)
        if side is not None and (wanted is None or side == wanted):
            return m
    return None
