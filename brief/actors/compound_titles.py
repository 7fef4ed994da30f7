"""Titles of two words that name another office than their last word alone: a "press secretary" is a
spokesperson, no secretary general and no cabinet secretary; a "general secretary" heads a union or a world
body, and is no minister.

Why: a description was matched to a role by its last word, so "the press secretary added" after
"Presidential spokesman Lev Danko" went to a secretary general named before him, and the spokesman lost
his words.
"""

from __future__ import annotations

from brief.actors.source_words import ROLE_FAMILIES

GENERAL_SECRETARY = frozenset({"secretary", "general"})
"""The words of a union's, a party's or a world body's head ("general secretary", "Secretary-General"): an
office of its own, never what a text calls "the minister"."""

SPOKESPEOPLE = ROLE_FAMILIES["spokesman"]
"""Titles of those who speak for someone: a press secretary is one of them."""


def press_secretary(words: list[str]) -> bool:
    """Whether a description ends in "press secretary": a spokesperson's office."""
    return words[-2:] == ["press", "secretary"]


def compound_family(family: frozenset[str], words: list[str]) -> frozenset[str]:
    """The roles a description may go back to: "the press secretary" to a spokesman too."""
    return family | SPOKESPEOPLE if press_secretary(words) else family


def other_office(role: set[str], family: frozenset[str], words: list[str]) -> bool:
    """Whether a person of ``role`` holds another office than the description ``words`` names though they
    share its last word: "secretary general Ada Okonkwo" of a union is no "minister" (a cabinet secretary
    is) and no "press secretary"; a press secretary is a spokesperson, not "Secretary of State"."""
    if GENERAL_SECRETARY <= role and family & role <= {"secretary"} and "secretary" not in words:
        return True
    return press_secretary(words) and not role & (SPOKESPEOPLE | {"press"})
