"""A given name that is a day's name, after a courtesy ("Mr Sunday Ameh", "Chief Monday Okonkwo", "Pastor Friday
Obi"): the person's first name, which the tagger leaves out of the name as a date.

Why a module of its own: West African papers write many people whose given names are days of the week; the
tagger, which learned "on Sunday" as a time, tagged only the surname, and the actor was "Ameh". After a courtesy
and before a capitalised surname, the day is no time.
"""

from __future__ import annotations

_DAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_COURTESIES = frozenset(
    "mr mrs ms miss dr chief alhaji alhaja pastor rev prof engr barr hon comrade prince princess mallam evangelist "
    "bishop apostle elder deacon madam".split())
"""Forms of address a Nigerian or Ghanaian paper writes before a name ("Mr", "Chief", "Pastor", "Comrade")."""


def _courtesy_before(words: list[str], k: int) -> bool:
    """Whether a courtesy ends right before ``words[k]`` ("Mr", "Mr .", "Dr.")."""
    j = k - 1
    if j >= 0 and words[j] == ".":
        j -= 1
    return j >= 0 and words[j].lower().rstrip(".") in _COURTESIES


def with_day_given_names(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The sentence's spans with a day's name after a courtesy taken into the name that follows it."""
    ends = {b for _, b, _ in spans}
    out = []
    for a, b, label in spans:
        if a >= 1 and words[a - 1] in _DAYS and a - 1 not in ends and _courtesy_before(words, a - 1) and words[a][:1].isupper():
            out.append((a - 1, b, "PER"))  # "Mr | Sunday | Ameh": the person Sunday Ameh
            continue
        out.append((a, b, label))
    return out
