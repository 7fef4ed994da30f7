"""Which named bodies "the council" or "the court" may refer back to.

A company or a campaign goes by a bare name ("Quillbase ... the company said"), but a body of these
kinds is named for what it is ("Hackney Council", "the Supreme Court") or
by its initials ("the ICC ... the court ruled"). A name that says neither ("Smith", a surname the
tagger typed a body; "Acme Corp") is not the council the story never named, so the description
stays with no one rather than going to the last speaker.
"""

from __future__ import annotations

import re

from brief.actors.acted_on_bodies import not_acting_on
from brief.actors.mentions import Mention

SITTING_KINDS: dict[str, frozenset[str]] = {
    "council": frozenset({"council", "assembly", "board"}),
    "court": frozenset({"court", "tribunal"}),
}
"""Descriptions of a body named for its kind, with the words a name of that kind holds. Not "the
ministry" nor "the committee": a ministry often goes by a bare name ("the Treasury said ... the ministry
added"), and a committee speaks for the body it sits in ("the Fed ... the committee said")."""


def _initials(name: str, words: frozenset[str]) -> bool:
    """ "ICC", "UNSC": a word with two capitals or more is a body's initials, which may be a body of the
    kind ``words`` names when one of its letters is the first of such a word ("C" of the Security Council);
    "MMR", a review's initials, is no council."""
    firsts = {w[0].upper() for w in words}
    return any(sum(c.isupper() for c in w) >= 2 and firsts & set(w) for w in name.split())


def may_be_called(m: Mention, noun: str) -> bool:
    """Whether ``m`` may be "the ``noun``": always, unless the noun is a sitting kind
    (``SITTING_KINDS``) and the name neither holds a word of that kind nor is initials."""
    words = SITTING_KINDS.get(noun)
    if words is None:
        return True
    return (bool(words & set(m.name.lower().split())) or _initials(m.name, words)
            or noun == "council" and _LOCAL_COUNCIL.match(m.name) is not None)


_LOCAL_COUNCIL = re.compile(r"(?:The\s+)?(?:City|Town|Shire|Borough|Village|Municipality|District|Township)\s+of\s+[A-Z]"
                            r"|.*\b(?:Shire|Municipal|Municipality)\b")
"""A local council named for its place, as Australian, American and Indian councils go ("the City of Ballarat",
"the Town of Cary", "Brimbank Shire", "Pune Municipal Corporation"): "the council" may be it."""


def callable_bodies(before: list[Mention], noun: str, text: str = "") -> list[Mention]:
    """The mentions before a description "the ``noun``" that may be what it refers to (``may_be_called``), less a
    body shown acting on the company a trade describes (``acted_on_bodies``, given the ``text``); people and places
    pass, as the body resolvers pass over them themselves."""
    return not_acting_on(text, [m for m in before if m.kind != "organization" or may_be_called(m, noun)], noun)
