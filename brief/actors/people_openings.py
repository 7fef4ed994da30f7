"""A plural noun of people opening a sentence, which the tagger took for a name: "Forecasters said it would
weaken", "Economists expect". At a sentence's start a capital says nothing, and a plural of experts or private
people describes many, none named: the people speak as a group (``brief.actors.groups``), not as a body called
"Forecasters".
"""

from __future__ import annotations

from brief.actors.source_words import EXPERTS, OUTSIDERS, PRIVATE_PEOPLE, line_of_work_plural


def people_plural_alone(words: list[str]) -> bool:
    """Whether a one-word name is the plural of experts, private people or those who deal with a body
    ("Forecasters", "Economists", "Residents", "Investors") or of a line of work ("Pilots", "Nurses"): many people
    described, no one's name."""
    if len(words) != 1 or not words[0].endswith("s") or not words[0][:1].isupper():
        return False
    lower = words[0].lower()
    return lower in EXPERTS or lower in PRIVATE_PEOPLE or lower in OUTSIDERS or line_of_work_plural(lower)
