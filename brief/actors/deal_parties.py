"""A plural description of the bodies a sentence names: "Halvorsen ASA has agreed to buy Brightwater Lines,
the companies said": both companies speak.

Why: "the companies said" closes most merger and partnership stories, and resolved to no one (no one body's
name is plural), so the deal's announcement was lost. The two organisations named last, in the sentence or
the ones just before, are the companies: both get the words, as two bodies named with "and" do when they say
"they" (``coordinated_names.co_speaking_body``). Three or more named there is a round-up: no guess.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention

PARTY_NOUNS = frozenset("companies firms groups banks lenders airlines carmakers automakers insurers retailers "
                        "carriers operators partners".split())
"""Plural words a story calls two companies by after naming them ("the companies", "the two firms", "both
banks")."""
SENTENCE_REACH = 2
"""Sentences back from the source read for the two companies: the deal's sentence, or the one before it."""

_PARTIES = re.compile(rf"\s*(?:[Tt]he\s+(?:two\s+)?|[Bb]oth\s+(?:the\s+)?)({'|'.join(sorted(PARTY_NOUNS))})\s*")
"""The whole source: "the companies", "the two firms", "both banks"."""


def deal_parties(text: str, attribution: Attribution, index: MentionIndex) -> tuple[Mention, Mention] | None:
    """The two companies a source "the companies" stands for, in the order named, or None."""
    if attribution.source is None or _PARTIES.fullmatch(text, *attribution.source) is None:
        return None
    before = [m for m in index.before(attribution.source[0]) if m.kind == "organization" and not m.demonym
              and m.sentence >= attribution.sentence - SENTENCE_REACH + 1]
    for sentence in range(attribution.sentence, attribution.sentence - SENTENCE_REACH, -1):
        named: dict[str, Mention] = {}
        for m in before:
            if m.sentence == sentence:
                named.setdefault(m.name, m)
        if len(named) == 2:
            first, second = named.values()
            return first, second
        if named:
            return None  # one company, or a round-up: no pair
    return None
