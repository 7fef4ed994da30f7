"""A campaign named by what it wants done, its verb first ("Save Hadley Fields", "Stop Kelso Quarry"): the verb
is the campaign's name's first word, which the tagger left out.

Why: the tagger read only the place after the verb ("Hadley Fields") and typed it a person, so the group's words
went to a person named after the place it campaigns for, and its own name was lost."""

from __future__ import annotations

from brief.actors.phrasing import inflected_verb

CAMPAIGN_VERBS = frozenset("Save Stop Protect Keep Defend Reclaim Scrap Fight Free Restore Reopen".split())
"""Verbs that open a campaign's name, written with a capital ("Save Our Shores", "Free Nazanin", "Reopen Dunmore
Station")."""


def _names_a_body(words: list[str], a: int, b: int) -> bool:
    """Whether the verb before ``words[a:b]`` opens a name, not a sentence's command: inside a sentence a capital
    shows it; at a sentence's start the name must be the subject, set off by a comma or before its verb
    ("Save Hadley Fields, a residents' group, said", "Stop Kelso Quarry says")."""
    if a >= 2 and words[a - 2] not in ('"', "“", "‘", "'"):
        return True
    return b < len(words) and (words[b] == "," or words[b].islower() and inflected_verb(words[b]))


def _named_for(verb: str, label: str) -> bool:
    """Whether a span the tagger began at a campaign verb is the place or person it is named for: not a work
    ("Fight Club", tagged no actor) nor the province "Free State"."""
    return label == "PER" or label == "LOC" and verb != "Free"


def with_campaign_names(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans, each right after a capitalised campaign verb begun at the verb and typed a body; and each the
    tagger began at the verb itself typed a body, not the place or person it is named for ("the Save Victoria
    Park group said": the group, not a park that speaks)."""
    return [(a - 1, b, "ORG") if a >= 1 and words[a - 1] in CAMPAIGN_VERBS and label in ("PER", "ORG", "LOC", "MISC")
            and _names_a_body(words, a, b) else (a, b, "ORG") if b - a >= 2 and words[a] in CAMPAIGN_VERBS
            and _named_for(words[a], label) and _names_a_body(words, a + 1, b) else (a, b, label)
            for a, b, label in spans]
