"""An office's title written alone ("The Taoiseach has rejected calls ...") is the one person the story names
with that title as their whole role ("Taoiseach Ciarán Moloney said").

Why: the tagger reads a capitalised title with no name after it as a name of its own, and ``office_people``
makes it a person; a person called "Taoiseach" beside the one who holds the office is one actor split in two,
and what was said under the title (often in the lead, before the holder is named) was not the holder's. A
story that names two holders of the title ("President Biden ... President Lula") leaves the bare title as it
is: which one it means is not shown by the title.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from brief.text.lexicon import PERSON_TITLES

if TYPE_CHECKING:
    from brief.actors.grouping import Group


def join_title_holders(groups: dict[tuple[str, str], Group]) -> None:
    """Each person named by a bare title joined to the one person of its articles whose role is that title."""
    for g in list(groups.values()):
        if not (g.mentions and g.kind == "person" and " " not in g.key and g.key.lower() in PERSON_TITLES
                and g.key[:1].isupper()):
            continue
        articles = {m.article for m in g.mentions}
        holders = [p for p in groups.values() if p is not g and p.kind == "person" and " " in p.key
                   and any(m.article in articles and m.role.lower() == g.key.lower() for m in p.mentions)]
        if len(holders) == 1:
            holders[0].mentions.extend(g.mentions)
            g.mentions.clear()
