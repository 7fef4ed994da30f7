"""A full name the tagger left untagged whose surname the article writes after a courtesy title: "Adrian Prince,
chief executive of Northgate, said ..." then "Mr. Prince said".

Why: a surname that is a common word or a title ("Prince", "Baker", "Bishop") makes the tagger read the full name
as no name at all, while "Mr. Prince" later is a person by its title. The full name was lost, so the first,
fullest statement went to the body in its description ("Northgate"), and the later ones to a person named by the
surname alone. A known given name right before the surname, in capitals and untagged, is that person's full name
(given names that are common words in the article, "Will Prince", are left alone). Only a surname no person the
article names in full bears: "Mr. Bush" beside "Jeb Bush" is his, and a "George Bush" the tagger missed is
another person, who would split the surname's mentions between them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from brief.actors.gender import first_names
from brief.actors.mentions import Mention
from brief.model import Sentence

COURTESIES = frozenset("mr mrs ms miss dr prof".split())
"""The titles whose surname is a person's, whatever the word ("Mr. Prince", "Ms. Bishop")."""
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+$")
"""A capitalised word on the same line right before, with no full stop: the given name is a longer name's end."""
_BEFORE_REACH = 40
"""Characters before the given name read for that word."""


def courtesy_full_names(article: int, text: str, sentences: Sequence[Sentence], mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each untagged "<given name> <surname>" whose surname a courtesy title names added as a
    person (see the module)."""
    named = {m.name.split()[-1] for m in mentions if m.kind == "person" and " " in m.name}
    surnames = {m.name for m in mentions if m.kind == "person" and m.after.rstrip(".") in COURTESIES
                and " " not in m.name and m.name[:1].isupper()} - named  # "Mr. Bush" beside "Jeb Bush": his already
    if not surnames:
        return mentions
    given = first_names()
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [s.start for s in sentences]
    added: list[Mention] = []
    pattern = re.compile(r"\b([A-Z][a-z]+)\s+(" + "|".join(re.escape(s) for s in sorted(surnames)) + r")\b(?![\w'’-])")
    for found in pattern.finditer(text):
        first = found.group(1)
        if first not in given or re.search(rf"\b{first.lower()}\b", text) or _CAPITAL_BEFORE.search(text[max(0, found.start() - _BEFORE_REACH) : found.start()]):
            continue  # no given name, or a common word of the article ("Will"), or a longer name's end
        k = bisect.bisect_left(taken, (found.start(), -1))
        near = [taken[j] for j in (k - 1, k) if 0 <= j < len(taken)]
        if any(a < found.end() and found.start() < b for a, b in near):
            continue  # tagged already
        index = bisect.bisect_right(starts, found.start()) - 1
        if index < 0:
            continue
        surface = found.group(0)
        added.append(Mention(article, sentences[index].index, found.start(), found.end(), f"{first} {found.group(2)}",
                             surface, "person"))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: m.start)
