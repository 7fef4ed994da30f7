"""A public office named by what it serves: "the Office of the Australian Information Commissioner", "the U.S.
Attorney's Office for the Western District of New York".

Why: the tagger reads only the words it knows inside such a name ("Australian", "Western District of New York")
and gives them the office's statement: a country or a district said what the office said. The office's own
word, "Office", then "of the" or "for the" and capitalised words, show the whole name; it is one body.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.mentions import Mention, normalise

_OFFICE = re.compile(
    r"((?:(?:[A-Z][\w.]*|[A-Z][\w.]*['’]s)[ \xa0]){0,3})Office[ \xa0]+(?:of|for)[ \xa0]+the[ \xa0]+"
    r"([A-Z][\w'’-]*(?:[ \xa0]+(?:(?:of|for|and|on)[ \xa0]+)?[A-Z][\w'’-]*){0,7})"
)
"""Up to three capitalised words before "Office" ("U.S. Attorney's"), then "of the" or "for the" and up to
eight capitalised words, joined by "of", "for", "and" or "on" ("Director of National Intelligence")."""
_OPENERS = frozenset("The A An This That Its".split())
"""A sentence's first word before the office's name, no word of it ("The Office of the ...")."""


def office_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each office's whole name one body, in place of the names the tagger read inside it;
    left as they are where a person is named inside (no office's name holds one)."""
    out = list(mentions)
    if "Office" not in text:
        return out  # the pattern's one fixed word: most texts lack it, and the pattern is tried at every position
    for found in _OFFICE.finditer(text):
        words = list(re.finditer(r"\S+", found.group(1)))
        while words and words[0].group() in _OPENERS:
            words.pop(0)
        start = found.start(1) + words[0].start() if words else found.start() + len(found.group(1))
        end = found.end(2)
        inside = [m for m in out if start <= m.start < end or m.start < start < m.end]
        if any(m.kind == "person" or m.end > end for m in inside):
            continue
        if len(inside) == 1 and inside[0].start == start and inside[0].end == end:
            continue
        if not inside:
            continue  # nothing the tagger read inside: nothing wrongly said
        surface = text[start:end]
        before = text[max(0, start - 20) : start].split()
        whole = dataclasses.replace(inside[0], start=start, end=end, surface=surface, name=normalise(surface),
                                    kind="organization", demonym=False, role="", medium=False, thing=False,
                                    after=before[-1].lower() if before else "")
        out = sorted([m for m in out if m not in inside] + [whole], key=lambda m: m.start)
    return out
