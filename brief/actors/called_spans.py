"""A performer the tagger labelled MISC: "Nigerian superstar Burna Boy", "rapper Central Cee".

The tagger labels unfamiliar capitalised words MISC where they look like a nationality's, an event's or a
work's name, and a MISC name is no actor, so a story's subject named so ("Burna Boy sells out London Stadium")
was missing from its actors. A calling only a person has written right before the name says it is a person's.
"""

from __future__ import annotations

from brief.actors.callings import CALLINGS

MAX_CALLED_WORDS = 3
"""Words of a stage name read so ("Burna Boy", "Central Cee", "Kendrick Lamar"); a longer MISC run is a title."""


def with_called_people(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A sentence's spans, each MISC span right after a calling ("singer", "rapper", "superstar") a person."""
    return [(a, b, "PER") if label == "MISC" and a > 0 and words[a - 1].lower() in CALLINGS and b - a <= MAX_CALLED_WORDS
            and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words[a:b]) else (a, b, label)
            for a, b, label in spans]
