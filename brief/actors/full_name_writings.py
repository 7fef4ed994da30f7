"""A person's full name the tagger missed or glued to a nationality, where it tagged the surname alone elsewhere:
"the services of Eddie Jones - the former coach ..." then "Jones will ...", "Fifth-seeded Israeli Shahar Peer
overcame ..." then "Peer told reporters".

Why: the tagger, reading a long opening sentence or a nationality before a given name it never saw, left the full
name untagged or read "Israeli Shahar Peer" as one body; the later bare surname, tagged a person, was then listed as
its own actor under the surname alone ("Jones", "Peer") though the page names them in full. Each writing of a
one-word person's name right after a known given name (untagged, not a common word of the article, not a longer
name's end) is that person's full name, when the article writes the surname after one given name only (two are two
people: "Jeb Bush", "George Bush"); and a body's name opened by a nationality whose last word is such a surname is that
person, the nationality only describing them. (A place's or a body's name of a given name and such a surname, "Travis
Okoro" typed a place, was retyped too and dropped: it cost a held-out half two checks.)
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import defaultdict
from collections.abc import Sequence

from brief.actors.gazetteer import demonym_country
from brief.actors.gender import first_names
from brief.actors.mentions import Mention
from brief.model import Sentence

_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+$")
"""A capitalised word on the same line right before the given name: the given name is then a longer name's end."""
BEFORE_REACH = 40
"""Characters before the given name read for that word."""


def _surnames(mentions: Sequence[Mention]) -> set[str]:
    """One-word names of people no full name of the article ends with ("Jones" where no "X Jones" is tagged)."""
    named = {m.name.split()[-1] for m in mentions if m.kind == "person" and " " in m.name}
    return {m.name for m in mentions if m.kind == "person" and " " not in m.name and m.name[:1].isupper()
            and not m.name.isupper() and not m.demonym and m.name.isalpha()} - named


def _nationals(mentions: Sequence[Mention], surnames: set[str]) -> list[Mention]:
    """ "Israeli Shahar Peer" typed a body: a nationality, one capitalised word and one of the ``surnames``, retyped the
    person the last two words name."""
    out = []
    for m in mentions:
        words = m.surface.split()
        if (m.kind == "organization" and not m.role and not m.demonym and len(words) == 3 and words[2] in surnames
                and words[1][:1].isupper() and words[1].isalpha() and demonym_country(words[0]) is not None):
            at = m.start + m.surface.index(words[1], len(words[0]))
            full = f"{words[1]} {words[2]}"
            out.append(dataclasses.replace(m, start=at, name=full, surface=full, kind="person"))
        else:
            out.append(m)
    return out


def untagged_full_names(article: int, text: str, sentences: Sequence[Sentence], mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each untagged "<given name> <surname>" of a one-word person's surname added as that person,
    and each body "<nationality> <name> <surname>" retyped that person (see the module)."""
    surnames = _surnames(mentions)
    if not surnames:
        return mentions
    mentions = _nationals(mentions, surnames)
    given = first_names()
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [s.start for s in sentences]
    found_names: dict[str, dict[str, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    pattern = re.compile(r"\b([A-Z][a-z]+)[ \t]+(" + "|".join(re.escape(s) for s in sorted(surnames)) + r")\b(?![\w'’-])")
    for found in pattern.finditer(text):
        first = found.group(1)
        if (first not in given or re.search(rf"\b{first.lower()}\b", text)
                or _CAPITAL_BEFORE.search(text, max(0, found.start() - BEFORE_REACH), found.start())):
            continue  # no given name, a common word of the article ("Will"), or a longer name's end
        k = bisect.bisect_left(taken, (found.start(), -1))
        if any(taken[j][0] < found.end() and found.start() < taken[j][1] and taken[j] != found.span(2)
               for j in (k - 1, k) if 0 <= j < len(taken)):
            continue  # a longer name tagged there already
        found_names[found.group(2)][first].append(found.span())
    added: list[Mention] = []
    covered: set[tuple[int, int]] = set()
    for surname, firsts in found_names.items():
        if len(firsts) != 1:
            continue  # two given names before one surname: two people
        first, spans = next(iter(firsts.items()))
        for start, end in spans:
            index = bisect.bisect_right(starts, start) - 1
            if index < 0:
                continue
            added.append(Mention(article, sentences[index].index, start, end, f"{first} {surname}", text[start:end], "person"))
            covered.add((end - len(surname), end))
    if not added:
        return mentions
    kept = [m for m in mentions if (m.start, m.end) not in covered]  # the surname tagged alone inside the full name
    return sorted([*kept, *added], key=lambda m: m.start)
