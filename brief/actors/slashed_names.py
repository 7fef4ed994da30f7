"""A body's name written with a slash to its other name ("the TMVP/Karuna faction"): the body, not another one.

Why: a breakaway group known by its initials and by its leader's name ("the Tamil Makkal Viduthali Pulikal
(TMVP)/Karuna faction", then "the TMVP/Karuna faction") was listed twice, once under its full name with
"TMVP" and once as "TMVP/Karuna". A name of two capitalised parts joined by a slash, one of which is a name
or alias of exactly one other actor of its kind, is that actor: the slash gives a second name, not a
second body. A slashed name no one else bears ("AC/DC" alone) is left as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from brief.actors.grouping import Group

SLASH = "/"


def _parts(key: str) -> set[str]:
    """The two names of "TMVP/Karuna", or nothing when the key is not two capitalised names so joined."""
    parts = [p.strip() for p in key.split(SLASH)]
    if len(parts) != 2 or not all(p[:1].isupper() for p in parts):
        return set()
    return set(parts)


def join_slashed_names(groups: dict[tuple[str, str], Group]) -> None:
    """Join each slashed name to the one other actor of its kind that bears one of its two names."""
    for group in list(groups.values()):
        parts = _parts(group.key) if group.mentions and SLASH in group.key else set()
        if not parts:
            continue
        hosts = [h for h in groups.values() if h is not group and h.mentions and h.kind == group.kind
                 and parts & ({h.key} | {m.name for m in h.mentions} | {m.surface for m in h.mentions})]
        if len(hosts) == 1:
            hosts[0].mentions.extend(group.mentions)
            group.mentions.clear()
