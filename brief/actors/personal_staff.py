"""One of a person's staff or circle, named by the person ("the Marlowe staffer", "a Marlowe friend"): one
who gives their own account, not the person's voice.

Why: a person speaks through a spokesperson, a lawyer or their office (``people_modifiers.PERSON_VOICES``), and
the resolver took any one-person noun after a person's name as such a voice: a staffer's account of what the
singer did in a hospital room went to the singer, whom it was about. Unnamed, the staffer is nobody the brief
lists.
"""

from __future__ import annotations

STAFF_MEMBERS = frozenset("staffer employee nanny bodyguard housekeeper chauffeur insider friend neighbour neighbor "
                          "confidant confidante".split())
"""Nouns of one who works for or knows a person and speaks for themselves: none of the person's voices."""


def own_account(head: str) -> bool:
    """Whether one a person's name describes by ``head`` ("the Marlowe staffer") speaks for themselves."""
    return head in STAFF_MEMBERS
