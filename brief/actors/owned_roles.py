"""A role named again, unnamed, as someone's: "Lind's lawyer, Rachel Moss, said ... Brandt denied the claims
through his attorney. “These allegations are false,” the attorney said." The description goes back to the
latest phrase it repeats ("his attorney": Brandt's), not to the latest person named with that role (Moss,
who is on the other side). The unnamed one speaks for whose they are, as "Brandt's attorney said" does; one brought
in as "a senior official" is no one named.
"""

from __future__ import annotations

import re

from brief.actors.content_ends import quoted_at
from brief.actors.mentions import Mention
from brief.text.sentence_stops import STOP_BEFORE_SPACE

_OWNED = (r"\b(?:(?P<pronoun>his|her|their)|(?P<owner>[A-Z][\w.'’-]*)['’]s?)\s+(?:[a-z-]+\s+)?(?P<head>{heads})\b"
          r"(?!\s*,?\s*(?:Mr|Mrs|Ms|Dr)?\.?\s*[A-Z])")
"""A role as someone's, not followed by the name that would make it a named one ("his attorney, Jane Doe")."""

_INTRODUCED = (r"\b[Aa]n?\s+(?:(?!(?:the|for|of|to|with|from|by|at|on|in|and|or)\b)(?:[a-z-]+|[A-Z][\w'’.&-]*)\s+){{0,4}}"
               r"(?:{heads})\b(?!\s*,?\s*(?:Mr|Mrs|Ms|Dr)?\.?\s*[A-Z])")
"""A role brought in unnamed ("A senior administration official, who briefed reporters on condition of anonymity"):
"the official" after it is that one, whom no name the text gives; "A Moravan Defence Ministry spokesman said" brings
in the ministry's, who speaks for it. Its words are modifiers, no preposition or article ("a question for the
president" brings in no president)."""



_SENTENCE_END = STOP_BEFORE_SPACE
"""The end of the holder's sentence: a role written as someone's after it is another's mention of it."""


def owner_of_unnamed(text: str, since: int, start: int, family: frozenset[str],
                     before: list[Mention]) -> tuple[bool, Mention | None]:
    """Whether a role of ``family`` is written as someone's, unnamed, between ``since`` (the end of the named
    holder's mention) and ``start`` (the description that refers back); and whose it is: the person named
    by the possessive, or for "his"/"her"/"their" the latest person named before it (None if none is)."""
    heads = "|".join(sorted(map(re.escape, family), key=len, reverse=True))
    closed = _SENTENCE_END.search(text, since, start)
    if not heads or closed is None:
        return False, None  # "Rachel Moss, Lind's lawyer, said": the holder's own apposition, not another
    since = closed.end()
    between = text[since:start]
    if not any(head in between for head in family):
        return False, None  # both patterns match a head as written: none is, so no pattern is compiled for the family
    found = list(re.finditer(_OWNED.format(heads=heads), between))
    last = found[-1] if found else None
    # "“I am not only a chief minister but ...,” Kamal said" brings in no unnamed chief minister for a later "the
    # chief minister said" to mean
    unnamed = [m for m in re.finditer(_INTRODUCED.format(heads=heads), between) if not quoted_at(text, since + m.start())]
    if unnamed and (last is None or unnamed[-1].start() > last.start()):
        # "A senior administration official, who briefed ... The official said": no one named; "A Moravan
        # Defence Ministry spokesman said ... the spokesman said": the ministry's, not a spokesman named before
        first, end = since + unnamed[-1].start(), since + unnamed[-1].end()
        return True, next((m for m in reversed(before) if first <= m.start and m.end <= end and not m.demonym), None)
    if last is None:
        return False, None
    at = since + last.start()
    if last.group("owner"):
        owner_end = since + last.end("owner")
        owner = next((m for m in reversed(before) if m.end == owner_end and m.kind == "person"), None)
        return (True, owner) if owner is not None else (False, None)  # "the company's attorney": another's
    return True, next((m for m in reversed(before) if m.end <= at and m.kind == "person" and not m.demonym), None)
