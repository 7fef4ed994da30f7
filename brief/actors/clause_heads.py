"""A clause's opening word the tagger took into a name: "What Tarnwell did is wrong" gave a person "What
Tarnwell", and every other "Tarnwell" of the story (the company, its spokeswoman) was gathered under him.

Why: at a sentence's start, mid-quotation, the tagger reads a capitalised question word or conjunction before a
name as the name's first word. News English opens clauses with them ("When Harrow learned of it", "Why Orbit
left"), and a name almost never opens with one. The word is cut only where the text names the rest alone
elsewhere, so a title that opens with one ("When Harry Met Sally", a name written whole each time) is left.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.mentions import Mention, normalise

_CLAUSE_HEAD = re.compile(
    r"(?:What|Whatever|When|Whenever|Where|Why|How|Whether|While|Whilst|Although|Though|Because|Unless|Until|"
    r"Once|Since|If|Had|Did|Does|Should|Could|Would|Will|Can)\s+(?=[A-Z])"
)
"""Clause openers (question words, subordinating conjunctions, inverted auxiliaries) before a capitalised word."""


def clause_heads_cut(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each that opens with a clause's first word and a name the text names alone elsewhere cut
    to that name (see the module's docstring)."""
    out = []
    for m in mentions:
        head = _CLAUSE_HEAD.match(text, m.start, m.end)
        if head is None:
            out.append(m)
            continue
        start = head.end()
        rest = text[start : m.end]
        alone = [k.start() for k in re.finditer(rf"\b{re.escape(rest)}\b", text) if k.start() != start]
        if not alone:
            out.append(m)
            continue
        out.append(dataclasses.replace(m, start=start, surface=rest, name=normalise(rest)))
    return out
