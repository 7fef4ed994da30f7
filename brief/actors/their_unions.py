"""The union of a group of people the sentence names, as a speaker: "Nurses at Kingsway Hospital voted to walk
out, their union said", "Bus drivers will strike on Friday, according to their union".

Why: "their union" names no body and no one, so the position had no holder, though whose union it is stands in
the same sentence: the plural of people that opens the union's reported words, or the sentence. The union is
named by them ("Nurses' union"), as the story names it to a reader.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from brief.actors.attribution import Attribution
from brief.actors.mentions import Mention

UNION_NOUNS = frozenset("union unions association federation".split())
"""Bodies that speak for a trade's people ("their union", "their professional association")."""
_THEIR = re.compile(r"[Tt]heir\s+(?:[a-z]+\s+)?([a-z]+)")
"""The source: "their", a modifier at most, and the body's noun ("their trade union")."""
_PEOPLE_OPENING = re.compile(r"[\"“]?(?:[A-Z][a-z]+\s+|[a-z]+\s+)?([A-Za-z][a-z]+s)\b")
"""The words that open what the union said: a modifier at most and a plural ("Nurses", "Striking drivers")."""


def their_union(text: str, attribution: Attribution, article: int, sentence: int,
                people: Callable[[str], bool]) -> Mention | None:
    """The union that "their union" names, when its reported words open with a plural of people (``people``,
    a predicate on a word): a body named by them ("Nurses' union"); None otherwise."""
    if attribution.source is None:
        return None
    start, end = attribution.source
    source = _THEIR.fullmatch(text, start, end)
    if source is None or source.group(1) not in UNION_NOUNS:
        return None
    opening = _PEOPLE_OPENING.match(text, *attribution.content)
    if opening is None or not people(opening.group(1)):
        return None
    owners = opening.group(1).lower()
    name = f"{owners[:1].upper()}{owners[1:]}' {source.group(1)}"
    return Mention(article, sentence, start, end, name, text[start:end], "organization")
