"""Where a medium was published, after the medium's noun: "the ministry said in a statement on its Telegram
channel on Saturday", "..., the agency said in a post on its website". Wire copy from Moscow, Kyiv or Ankara
names the channel a statement went out on as often as the statement itself; the place is part of the frame,
like the time after it, so the clause before the frame is still what was said."""

from __future__ import annotations

from brief.actors.attribution.document import Doc

_ON = frozenset("on via through".split())
"""Prepositions that open the place a medium went out on ("on its Telegram channel", "via its website")."""
_PLACES = frozenset("channel website site account page feed platform telegram facebook x twitter instagram "
                    "youtube tiktok vkontakte portal".split())
"""Nouns (lower-cased words) of a place a statement is published on."""
PLACE_WORDS = 4
"""Words from the preposition to the place's noun ("on its official Telegram channel"); more is a clause."""


def past_medium_place(doc: Doc, j: int, end: int) -> int:
    """The token after "on its Telegram channel" when one starts at ``j`` (before ``end``); ``j`` otherwise."""
    if j >= end or doc.words[j] not in _ON:
        return j
    for k in range(j + 1, min(end, j + PLACE_WORDS + 1)):
        if doc.words[k] in _PLACES:
            return k + 1 if not (k + 1 < end and doc.words[k + 1] in _PLACES) else k + 2
    return j
