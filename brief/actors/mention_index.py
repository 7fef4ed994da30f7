"""An article's mentions in text order, looked up by position: what every reader of sources asks
("who is named inside this span", "who was named before here").

Why a structure of its own: scanning every mention for each attribution was quadratic, minutes on one
huge article.
"""

from __future__ import annotations

import bisect

from brief.actors.gender import Genders
from brief.actors.mentions import Mention


class MentionIndex:
    """An article's mentions in text order, looked up by position. Looking back is bounded by ``LOOKBACK`` mentions, more than a whole news article holds.
    """

    LOOKBACK = 1000

    def __init__(self, mentions: list[Mention], text: str = "") -> None:
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.mentions]
        self.surnames = {m.name.rsplit(" ", 1)[1] for m in self.mentions if m.kind == "person" and " " in m.name}
        self.people = {m.name for m in self.mentions if m.kind == "person" and not m.demonym}
        self.genders = Genders(text, mentions)

    def personal(self, m: Mention) -> bool:
        """A person, or a name the tagger typed otherwise where the article names a person so ("Peters
        said" read as an organisation after "Ann Peters"; "Stone had just come off ..." after "Stone,
        who ..." read as a person)."""
        return m.kind == "person" or (not m.demonym and (m.name in self.people
                                                          or " " not in m.name and m.name in self.surnames))

    def within(self, span: tuple[int, int]) -> list[Mention]:
        lo, hi = bisect.bisect_left(self.starts, span[0]), bisect.bisect_left(self.starts, span[1])
        return [m for m in self.mentions[lo:hi] if m.end <= span[1]]

    def overlapping(self, span: tuple[int, int]) -> list[Mention]:
        """Mentions that straddle an edge of the span ("estimates Evan Sparks" with the source "Sparks")."""
        k = bisect.bisect_left(self.starts, span[1])
        return [m for m in self.mentions[max(0, k - self.LOOKBACK) : k]
                if span[0] < m.end and not (span[0] <= m.start and m.end <= span[1])]

    def add(self, m: Mention) -> None:
        """A mention found after the index was built (a speaker the tagger missed)."""
        k = bisect.bisect_left(self.starts, m.start)
        self.mentions.insert(k, m)
        self.starts.insert(k, m.start)
        if m.kind == "person" and not m.demonym:
            self.people.add(m.name)
        if m.kind == "person" and " " in m.name:
            self.surnames.add(m.name.rsplit(" ", 1)[1])

    def before(self, position: int) -> list[Mention]:
        k = bisect.bisect_left(self.starts, position)
        return [m for m in self.mentions[max(0, k - self.LOOKBACK) : k] if m.end <= position]


def add_found(mentions: list[Mention], index: MentionIndex, mention: Mention) -> None:
    """A speaker's mention found by framing, counted once (a label may be met twice); it stands for
    the tagger's mention of the same words ("Nadia" read as a place), which is dropped."""
    if mention not in mentions:
        mentions[:] = [m for m in mentions if (m.start, m.end) != (mention.start, mention.end)]
        index.add(mention)
        mentions.append(mention)
