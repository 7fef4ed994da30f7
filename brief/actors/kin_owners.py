"""A name whose children, parents or siblings the text writes: a person's.

News names a one-word person (a leader known by one name, a player, a singer) with no given name or
title beside it, and then writes their family as theirs: "Sutarno's six children", "Kavela's late brother",
"Omari's parents". Only a person has a son or a mother; a body's "sister company" or "children's
programming" is no kin of it, so a kin word that a noun of a thing follows, or that is itself possessive,
is left out.
"""

from __future__ import annotations

import re

from brief.text.phrases import phrase_spans

_KIN = ("children|child|sons|son|daughters|daughter|wife|husband|widow|widower|mother|father|parents|brother|brothers|"
        "sister|sisters|half-brother|half-sister|stepson|stepdaughter|grandchildren|grandson|granddaughter|nephew|niece")
_THING_AFTER = ("company|companies|firm|firms|paper|papers|station|ship|ships|city|cities|publication|network|channel|"
                "brand|brands|site|sites|title|label|group|organisation|organization|hotel|school|restaurant|board|"
                "bank|store|stores|chain|club|team|church|vessel|craft|lode|tongue|nature|earth|figure|language")
# "Sutarno's six children", "Kavela's late brother,", "Omari's parents said": the possessive, at most one word
# (a number, "late", "eldest") and the kin word, neither possessive itself ("children's") nor a thing's
# modifier ("sister company", "mother ship").
_KIN_OWNED = re.compile(rf"['’]s?\s+(?:[a-z][\w-]*\s+)?(?:{_KIN})\b(?!['’-])(?!\s+(?:{_THING_AFTER})\b)")


def kin_owned(text: str, name: str) -> bool:
    """Whether the text writes a relative of ``name``'s right after one writing of it ("X's six children")."""
    return any(_KIN_OWNED.match(text, end) for _, end in phrase_spans(text, name))
