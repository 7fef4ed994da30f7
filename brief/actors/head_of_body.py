"""A head described by the body they lead, with "of" ("the head of the alliance said", "the chief of the
league"): the same description as "the alliance chief", which goes back to the person named with a role of
that body ("Alliance Secretary General Peter Varga").

Why: a description was read for a calling or a title as its last word; in "the head of the alliance" the last
word is the body, so the head's words were given to no one.
"""

from __future__ import annotations

HEAD_WORDS = frozenset({"head", "chief", "leader", "boss"})
"""Nouns for whoever leads a body, whatever their title is ("Secretary General", "President", "chairwoman")."""
HEAD_AS = "chief"
"""The title the head is read as, in the order "the league chief": one of the titles a role is matched by."""


def body_first(words: list[str]) -> list[str]:
    """``words`` after the determiner, "head of the alliance" written as "alliance chief"; other words as
    they are. The body is one lower-case noun: "the head of the Coastal League" names its own body."""
    if len(words) in (3, 4) and words[0] in HEAD_WORDS and words[1] == "of" and words[2:-1] in ([], ["the"]):
        return [words[-1], HEAD_AS] if words[-1].isalpha() else words
    return words
