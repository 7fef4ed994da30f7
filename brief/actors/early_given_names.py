"""A given name written alone before anyone of that given name is named in full is not that person's.

Why: "the two youngest were Clodagh and James, who was nine months old" and, paragraphs later, "a stockman for
James Crammond": grouping joins a lone given name to the one full name it opens, so the farmer took in the dead
baby as his alias. News names a person in full before it calls them by a given name alone; a lone given name
that comes first in its article (outside the headline) is someone else of that name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from brief.actors.grouping import Group


def split_early_given_names(groups: dict[tuple[str, str], Group], make: type[Group]) -> None:
    """Move each person's lone given names written before their full name in that article to a person of their own."""
    for person in list(groups.values()):
        words = person.key.split()
        if person.kind != "person" or len(words) < 2 or not person.mentions:
            continue
        given = words[0]
        full_first: dict[int, int] = {}
        for m in person.mentions:
            if " " in m.name and not m.headline:
                full_first[m.article] = min(full_first.get(m.article, m.start), m.start)
        early = [m for m in person.mentions if m.name == given and not m.headline and not m.role
                 and m.article in full_first and m.start < full_first[m.article]]
        if not early:
            continue
        person.mentions[:] = [m for m in person.mentions if m not in early]
        groups.setdefault(("person", given), make(given, "person")).mentions.extend(early)
