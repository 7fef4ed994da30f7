"""A body's name opened by a compass word the tagger read apart ("Western | Isles Ferries").

Why: the tagger reads "Western", "Northern" or "Central" before a name as a misc. word (as of a region) and
the rest as the name, so the ferry company became "Isles Ferries", a name no one writes. A compass word right
before a body's name of two words or more is part of that name when the article never writes the name without
it, as a demonym is (``tagged_spans.glue_demonyms``); "Northern Ireland" and other places are no body's name.
"""

from __future__ import annotations

from brief.actors.body_endings import organization_ending

REGION_OPENERS = frozenset("North South East West Northern Southern Eastern Western Central Mid Upper Lower".split())
"""Words of a compass point or a part that open names of bodies serving a region ("Western Isles Ferries",
"Northern Rail Workers' Union", "Central Valley Water Board"): a closed list."""
MIN_NAME_WORDS = 2
"""Words of the name after the compass word: a single one ("Western | Power") is as often a region's thing."""


def compass_opens(words: list[str], misc: tuple[int, int, str], name: tuple[int, int, str]) -> bool:
    """Whether the one-word misc. span ``misc``, a compass word, opens the body's name ``name`` right after it."""
    a, b, label = name
    return (misc[2] == "MISC" and misc[:2] == (a - 1, a) and words[a - 1] in REGION_OPENERS and b - a >= MIN_NAME_WORDS
            and label in ("ORG", "PER") and organization_ending(" ".join(words[a:b])))
