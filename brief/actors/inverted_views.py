"""A quotation that opens its sentence and is given to its speaker by a noun of saying after it, in the same
sentence: "“Nobody gave us a chance in August,” was the verdict of captain Leo Brandt.", "“We will be back,”
came the promise from Ada Quinn." Sports and feature pages vary "said" so; the attribution model finds
no cue there, and the words went under no actor (the form with a sentence of its own, "That was the
message from ...", is ``speakers.views_named_after``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.model import Sentence

_NOUNS = (r"(?:verdict|message|view|warning|assessment|reaction|response|words|plea|promise|vow|assurance|"
          r"admission|reply|answer|rallying\s+cry|battle\s+cry)")
_INVERTED_VIEW = re.compile(
    r"[\s\-–—•*]*(?P<q>[“\"][^”\"]{3,}?[”\"])\s*,?\s+(?:was|were|is|came)\s+(?:the|a)\s+(?:[a-z-]+\s+){0,2}?"
    rf"{_NOUNS}\s+(?:of|from)\s+(?P<rest>.*)$", re.DOTALL)
"""A whole quotation, then "was the verdict of" (or "came the promise from") and who said it."""
NAME_REACH = 40
"""Characters after "of"/"from" within which the speaker's name begins (past a description: "captain",
"a proud", "Dunmere coach")."""


def inverted_views(text: str, sentences: Sequence[Sentence], index: MentionIndex, cue: str) -> list[tuple[Mention, int, tuple[int, int], str]]:
    """(speaker, sentence position, quotation span, cue) for each sentence of that shape whose speaker the
    article names within ``NAME_REACH`` of the noun (a person or a body, none a place nor a demonym)."""
    out = []
    for k, s in enumerate(sentences):
        found = _INVERTED_VIEW.match(s.text)
        if found is None:
            continue
        rest = s.start + found.start("rest")
        named = [m for m in index.within((rest, s.end)) if m.start - rest <= NAME_REACH and not m.demonym
                 and m.kind != "place" and not re.search(r"[,.;:!?]", text[rest : m.start])]
        if named:
            speaker = officer_named(text, named[0], index, s.end)
            out.append((speaker, k, (s.start + found.start("q"), s.start + found.end("q")), cue))
    return out


_ROLE_BETWEEN = re.compile(r"\s+(?:[a-z][a-z-]*\s+){1,3}")
"""Lower-case words between a body and a person's name: the person's role there ("Dunmere coach Ada Quell")."""


def officer_named(text: str, named: Mention, index: MentionIndex, end: int) -> Mention:
    """The person a body's name and a role lead up to ("the message from Dunmere coach Ada Quell": the coach,
    not the club), else the mention itself."""
    if named.kind == "person":
        return named
    person = next((m for m in index.within((named.end, end)) if m.kind == "person"), None)
    return person if person is not None and _ROLE_BETWEEN.fullmatch(text, named.end, person.start) else named
