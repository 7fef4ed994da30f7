"""A bare surname right after a relative was brought in by given name is the relative's: "Anna Keller beat ... Her
sister Lotte, the defending champion, lost ... “...,” Keller said" is Lotte.

Why: a bare surname that two people of one family bear goes to the one the article named first, never to one who
came in as someone's relative (``namesakes.named_last``: so a husband and wife never swap). But a relative
introduced in their own right, by given name and with a role of their own ("her sister Lotte, the defending
champion"), is the one the story has moved to, and the surname written alone in the next sentences is theirs: the
subject would be named again in full (or by "she", which ``namesakes.nearest_of_gender`` reads) to move back.
"""

from __future__ import annotations

from typing import TypeVar

from brief.actors.mentions import Mention

T = TypeVar("T")

KIN_CENTRE_REACH = 2
"""Sentences after the relative's introduction within which a bare surname goes on with them: their sentence and
one more about them ("It was her first match back ..."); further on the story is as likely back on its subject."""


def centred_kin(m: Mention, named: list[tuple[T, list[Mention]]]) -> T | None:
    """The bearer ``m`` (a bare surname) means when the latest full naming before it, within ``KIN_CENTRE_REACH``
    sentences, is a relative's given name written alone with a role set beside it (the family name supplied by
    ``kin_given_names``); None otherwise. ``named``: each bearer with its full-name mentions before ``m``."""
    latest = max(((x, b) for b, xs in named for x in xs if x.article == m.article and x.start < m.start),
                 key=lambda xb: xb[0].start, default=None)
    if latest is None:
        return None
    x, bearer = latest
    if x.kin and x.role and x.surface != x.name and 0 <= m.sentence - x.sentence <= KIN_CENTRE_REACH:
        return bearer
    return None
