"""A union described by its members ("the writers union", "the actors' guild") after a body so named was ("the
Writers Guild of America"): a mention of that body where the description stands.

Why: news names a union once in full, then often by whom it has as members, and the next "the guild said" or "the
union contends" means the body that description named. Read as no mention, the description left "the guild" to the
latest body whose name ends in the noun: another union named between ("the Screen Actors Guild has urged ...
a dispute with the writers union. The guild contends ...": the writers', not the actors').
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mentions import Mention
from brief.model import Sentence

UNION_NOUNS = "union|guild"
"""Nouns of a body described by its members ("the writers union", "the actors' guild")."""
UNION_NAME_WORDS = frozenset({"union", "guild", "association", "federation"})
"""Words of a union's name, one of which the body described must hold ("Writers Guild", "Nurses Association")."""
_MEMBERS_UNION = re.compile(rf"\b[Tt]he\s+([a-z]+s)['’]?\s+(?:{UNION_NOUNS})\b")
"""'the' and a plural noun of the members (lower case: no name), then the union's noun."""


def member_unions(article: int, text: str, sentences: Sequence[Sentence], mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each description of a union by its members (``_MEMBERS_UNION``) added as a mention of the
    latest organisation named before it whose name holds both the members' word and a union's word
    (``UNION_NAME_WORDS``); a description no such body was named before is left as it is."""
    added = []
    for found in _MEMBERS_UNION.finditer(text):
        start, end = found.span()
        if any(m.start < end and start < m.end for m in mentions):
            continue
        members = found.group(1)
        body = next((m for m in reversed(mentions) if m.end <= start and m.kind == "organization" and not m.demonym
                     and members in (words := m.name.lower().split()) and not UNION_NAME_WORDS.isdisjoint(words)), None)
        sentence = next((s.index for s in sentences if s.start <= start < s.end), None)
        if body is None or sentence is None:
            continue
        added.append(Mention(article, sentence, start, end, body.name, text[start:end], "organization"))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions
