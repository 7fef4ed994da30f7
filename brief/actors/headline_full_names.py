"""A person the text names by surname alone whom the headline names in full: "Rowan Achterberg and Selena
Marquez split after months of fighting" over "Achterberg, 44, and Marquez, 39, split ...". Celebrity and
sports pages often give the whole name only in the headline; the actor is listed by that whole name (the
surname kept as an alias), as a reader of the page knows them.

Only a headline person whose name opens with a known given name (``headline_only``'s test: a title-case
headline's capitals fake names), whose last word is the surname, and who is the only such person there.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

from brief.actors.headline_only import full_name
from brief.actors.mentions import normalise
from brief.actors.title_entities import title_entities


@lru_cache(maxsize=256)
def headline_people(title: str) -> tuple[str, ...]:
    """The full names of the people a headline names (a known given name and a surname, or three words)."""
    words, found = title_entities(title)
    return tuple(normalise(" ".join(words[a:b])) for a, b, label in found if label == "PER" and full_name(words[a:b]))


def headline_full_name(name: str, kind: str, articles: Sequence[int], titles: Mapping[int, str],
                       taken: set[str]) -> str:
    """The headline's full name for a person listed by one word, or ``name`` unchanged: the one person of the
    group's articles' headlines whose last word it is, whom no other actor is listed as (``taken``)."""
    if kind != "person" or " " in name:
        return name
    fuller = {n for k in articles for n in headline_people(titles.get(k, "")) if n.split()[-1] == name}
    if len(fuller) != 1:
        return name
    found = next(iter(fuller))
    return name if found in taken else found
