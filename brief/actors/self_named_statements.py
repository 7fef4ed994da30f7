"""A body's statement that names the body itself first: "“Norvex welcomes the Commission's announcement as a step
towards ensuring Halvex's compliance,” the group said in a statement." The group is Norvex, not Halvex.

Why: a description closing its sentence stands for the body its words open with (``body_reference.opening_body``),
but a name inside a quotation was never read for it ("“At no time did X agree ...,” the company said" is not X),
so the description fell to the body named last, here the one the statement is about. A press statement names its
own body in the third person as its very first words ("X welcomes", "X is disappointed"): a body of the kind the
description says, written first inside the quotation, is who speaks.
"""

from __future__ import annotations

import re

from brief.actors.body_reference import body_referred
from brief.actors.mentions import Mention

_OPENED = re.compile(r"\s*[\"“]\s*(?:[Tt]he\s+)?(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,5})")
"""A quotation's opening mark, at most "the", and the capitalised words of the name it opens with."""
_QUOTE_MARKS = re.compile(r"[\"“”]")
OPENING_REACH = 2
"""Characters before a content's start read for its opening quotation mark (a content may start after it)."""


def self_named_opening(text: str, named: list[Mention], noun: str, content: tuple[int, int]) -> Mention | None:
    """The body a description closing its sentence ("..., the group said") stands for when its words are a
    quotation that opens with that body's name (as the text names it elsewhere, ``named``: the tagger may not
    read a name inside a quotation) and the description fits it; None otherwise."""
    start, end = content
    opened = _OPENED.match(text, start) or _OPENED.match(text, max(0, start - OPENING_REACH))
    if opened is None or opened.end() > end:
        return None
    words = opened.group("name").split()
    for size in range(len(words), 0, -1):  # "Norvex welcomes", "Norvex Holdings Ltd said": the longest name known
        name = " ".join(words[:size])
        body = next((m for m in reversed(named) if name in (m.name, m.surface) and m.kind == "organization"
                     and not m.demonym), None)
        if body is not None:
            return body if _fits(text, body, noun) else None
    return None


def _fits(text: str, body: Mention, noun: str) -> bool:
    """Whether the noun fits the body as it would written outside any quotation (its line's marks blanked, the
    offsets kept): ``body_referred`` passes over a name inside someone's quotation."""
    line = text.rfind("\n", 0, body.start) + 1
    unquoted = text[:line] + _QUOTE_MARKS.sub(" ", text[line : body.start]) + text[body.start :]
    return body_referred(unquoted, [body], noun) is body
