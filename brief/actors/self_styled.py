"""A name that a group gave itself, as the text introduces it: "a ransomware gang calling itself Night Owl", "a
hacking group known as RedCell Collective", "an armed movement that calls itself the Dawn Front".

Why: the tagger reads an unknown two-word name by its shape, which is a person's ("Night Owl"), so the gang's
claims were listed under a person. The noun right before "calling itself" or "known as" says what the name is
of: a group, a gang or a movement is a body, whatever the name's shape.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.mentions import Mention
from brief.text.ending import search_ending

GROUP_NOUNS = frozenset(
    "group gang collective crew cartel syndicate network movement organisation organization outfit militia "
    "faction coalition alliance campaign company firm band brigade front cell".split()
)
"""Nouns of a body that takes a name for itself ("a gang calling itself ...", "a group known as ...")."""
STYLED = (r"(?:(?:known|referred\s+to)\s+as|calling\s+(?:itself|themselves)|(?:which|that|who)\s+calls?\s+"
          r"(?:itself|themselves)|styling\s+(?:itself|themselves)|self-styled)")
"""The words between the noun and the name it goes by; not "called" or "named" alone, which also take an object
("the group called Smith a liar")."""
_BEFORE = re.compile(rf"\b([a-z]+),?\s+{STYLED}\s+(?:the\s+)?[\"“‘']?$")
"""A noun, then the words that introduce the name it goes by, right before the name."""
REACH = 60
"""Characters read before a name for ``_BEFORE`` (a noun and "calling itself")."""
BEFORE_RUNS = 6
"""The most runs of non-space characters a match of ``_BEFORE`` spans ('gang, which calls itself the "'): only that
end of the text before a name is searched (``search_ending``: the same matches)."""


def styled_noun(text: str, start: int) -> str | None:
    """The noun of the body that goes by the name starting at ``start`` ("gang" in "a gang calling itself
    Night Owl"), or None when no such words stand right before it."""
    match = search_ending(_BEFORE, text, BEFORE_RUNS, max(0, start - REACH), start)
    return match.group(1) if match is not None else None


def styled_bodies(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each person that a group's noun and "calling itself"/"known as" introduce typed a body."""
    return [dataclasses.replace(m, kind="organization", role="")
            if m.kind == "person" and styled_noun(text, m.start) in GROUP_NOUNS else m for m in mentions]


def styled_body(text: str, before: Sequence[Mention], noun: str) -> Mention | None:
    """The body "the group" (or "the gang") refers back to when the text brought one in by that noun and the
    name it goes by ("a hacking group known as RedCell Collective ... The group said"): the latest so
    introduced, over a body named since in passing; None when no body was introduced so."""
    return next((m for m in reversed(before)
                 if m.kind == "organization" and styled_noun(text, m.start) == noun), None)
