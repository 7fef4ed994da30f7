"""A given name that is a month's name ("April Galway, a lifelong resident of the town, said", "said June
Carrow"): the person's first name, which the tagger reads as a date and leaves out of the name, or leaves the
whole name untagged.

Why a module of its own: April, May, June and August are common given names; the tagger, which learned "in April"
as a time, tagged only the surname or nothing at all, and the person's quotation went to no one. A month's name
with no time word before it (no "in", "since", "last") and no number beside it, right before one capitalised
word, is a person's given name where a person's signs follow: the surname tagged a person, or the two words set
off by an apposition ("April Galway, a resident ...") or followed by a speech verb ("June Carrow said").
"""

from __future__ import annotations

MONTH_GIVEN_NAMES = frozenset("April May June August".split())
"""Months that are also common given names (not "March" or "July", which rarely are)."""
TIME_WORDS_BEFORE = frozenset(
    "in on since by until till before after from during through throughout last next this early late mid of to "
    "between for into around as each every".split())
"""Words before a month that make it a time ("in April", "since May", "last June", "the end of August")."""
APPOSITION_OPENERS = frozenset("a an the who".split())
"""Words that open an apposition or a relative clause after a person's name ("April Galway, a resident")."""
SPEECH_VERBS = frozenset("said says told added asked explained".split())
"""Speech verbs right after a name: the name is the speaker's."""

Span = tuple[int, int, str]


def _month_name_at(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` is a month's name read as no time: no time word before it, no number beside it."""
    if words[k] not in MONTH_GIVEN_NAMES:
        return False
    before = words[k - 1] if k > 0 else ""
    return before.lower() not in TIME_WORDS_BEFORE and not before[:1].isdigit() and not (k + 1 < len(words) and words[k + 1][:1].isdigit())


def _surname(word: str) -> bool:
    return word.isalpha() and word[:1].isupper() and word[1:].islower() and word not in MONTH_GIVEN_NAMES


def _person_follows(words: list[str], b: int) -> bool:
    """Whether what follows ``words[:b]`` marks a person's name: an apposition set off by a comma, or a speech verb."""
    if b < len(words) and words[b].lower() in SPEECH_VERBS:
        return True
    return b + 1 < len(words) and words[b] == "," and words[b + 1].lower() in APPOSITION_OPENERS


def with_month_given_names(words: list[str], spans: list[Span]) -> list[Span]:
    """The sentence's spans with a month's name that is a given name taken into the person's name after it."""
    covered = {i for a, b, _ in spans for i in range(a, b)}
    out: list[Span] = []
    for a, b, label in spans:
        k = a - 1
        if (k >= 0 and k not in covered and _month_name_at(words, k) and _surname(words[a])
                and (label == "PER" or b == a + 1 and _person_follows(words, b))):
            out.append((k, b, "PER"))  # "April | Galway (PER)": the person April Galway
        else:
            out.append((a, b, label))
    for k, word in enumerate(words[:-1]):  # neither word tagged: "April Galway, a resident ..., said"
        if (word in MONTH_GIVEN_NAMES and k not in covered and k + 1 not in covered and _month_name_at(words, k)
                and _surname(words[k + 1]) and _person_follows(words, k + 2)):
            out.append((k, k + 2, "PER"))
    return sorted(out)
