"""Anonymous sources described by what they know: "a source close to the probe", "a person familiar with the
matter", "an official with knowledge of the plans", "a diplomat briefed on the talks".

Why: news names such sources by their closeness to the story, and the phrase after the person's noun ends in
"the probe", "the matter": read whole, the description looks definite ("the probe"), so no one unnamed seemed
to speak, and the next "He cautioned that ..." went on with the last named speaker (the rescue chief quoted
before the source), a statement that was not theirs. The person is the noun before the phrase.
"""

from __future__ import annotations

from brief.actors.person_nouns import one_person

_ACQUAINTED = frozenset("close familiar briefed involved knowledgeable".split())
"""Words that open what a source is close to or knows of, right after the person's noun ("close to",
"familiar with", "briefed on", "involved in")."""
_KNOWING = (("with", "knowledge"), ("with", "direct"), ("with", "detailed"), ("with", "inside"))
"""Openings of "with knowledge of" ("with direct knowledge of", "with inside knowledge of")."""


def person_before_acquaintance(words: list[str]) -> list[str]:
    """A description's words up to the person's noun when what the person is close to or knows of follows it
    ("a source close to the probe" -> "a source"); the words unchanged otherwise."""
    for k in range(2, len(words)):
        opens = words[k] in _ACQUAINTED or tuple(words[k : k + 2]) in _KNOWING
        if opens and (one_person(words[k - 1]) or words[k - 1] in ("people", "sources", "officials")):
            return words[:k]
    return words
