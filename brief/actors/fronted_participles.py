"""A participle that opens a sentence before the people it describes: "Striking nurses said ...", "Protesting
Boeing workers ...". Its capital marks only the sentence's start; it is no one's name.

Why a module of its own: a story about a strike writes "Striking ..." at several sentence openings and never in
lower case, which is how a name written only at openings looks (``opening_names``), so the tagger's second
reading made "Striking" a person, then a body, and gave it the workers' words. The word's own form tells: an
"-ing" form of a dictionary verb that is no noun ("Reading", "Building" are), before a dictionary noun, or before
a capitalised name and such a noun ("Striking Boeing workers").
"""

from __future__ import annotations

from collections.abc import Sequence

from brief.actors.phrasing import is_noun, verb_lemma


def _noun(word: str) -> bool:
    return word.islower() and word.isalpha() and is_noun(word)


def participle_before_noun(words: Sequence[str], i: int) -> bool:
    """Whether ``words[i]`` is a participle in "-ing" (no noun itself) before a noun, or before a capitalised
    word and a noun: "Striking | nurses", "Striking | Boeing workers"; not "Manning said", "Reading have"."""
    word = words[i].lower()
    if not (word.endswith("ing") and verb_lemma(word) is not None and not is_noun(word)):
        return False
    following = words[i + 1 : i + 3]
    return bool(following) and (_noun(following[0]) or len(following) == 2 and following[0][:1].isupper()
                                and following[0].isalpha() and _noun(following[1]))
