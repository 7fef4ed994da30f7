"""A speaker described by a relative clause between the name and the cue: "Margaret Hughes, 71, whose husband
has the disease, said families had waited too long".

Why: the source tagger walks outward from the cue and takes the first noun phrase it meets, which here is the
clause's own ("whose husband", "him" in "who cares for him"); a source before the cue then makes the content
tagger read everything before the cue as what was said ("Margaret Hughes, 71, whose husband has the
disease"). A clause opened by ", who" or ", whose" and closed by the comma right before the cue describes the
person named before it, who is the one speaking.
"""

from __future__ import annotations

from brief.actors.attribution.document import Doc

_RELATIVES = frozenset({"who", "whose", "which"})
"""Relative words that open a clause describing the speaker: a person's, or a body's ("The Minnesota Nurses
Association, which represents 15,000 nurses across the state, said": the tagger takes "across the state")."""
_NOT_PARTICIPLES = frozenset("according including excluding regarding concerning following during notwithstanding "
                              "something nothing anything everything morning evening thing king".split())
"""Words in -ing that open no clause describing the speaker: prepositions ("according to", "including") and nouns."""


def _clause_opener(word: str) -> bool:
    """A relative word, or a participle opening a clause about the speaker (", commentating for the BBC,")."""
    return word in _RELATIVES or (word.endswith("ing") and word.isalpha() and word not in _NOT_PARTICIPLES)


_BREAKS = frozenset({",", ";", ":", "(", ")", "“", "”", '"'})
"""Tokens a relative clause or the name before it does not cross."""
MAX_CLAUSE_TOKENS = 25
"""Longest relative clause read between the name and the cue (a long aside is rarely one clause)."""
MAX_NAME_TOKENS = 6
"""Longest speaker phrase taken before the clause ("the retired teacher Margaret Ann Hughes")."""


def relative_source(doc: Doc, c0: int, src: tuple[int, int] | None) -> tuple[int, int] | None:
    """The tagger's source, or the name before a ", who/whose/which ...," clause (or a participle's: ", speaking
    on the BBC,") that ends right before the cue when the tagger's source lies inside that clause (or there is
    none)."""
    if c0 < 4 or doc.words[c0 - 1] != ",":
        return src
    sent = doc.sent[c0]
    j = c0 - 2
    while j > 0 and c0 - j <= MAX_CLAUSE_TOKENS and doc.sent[j] == sent and (doc.words[j] not in _BREAKS
                                                                              or _inside_number(doc, j)):
        if _clause_opener(doc.words[j]) and doc.words[j - 1] == ",":
            break
        j -= 1
    else:
        return src
    if not _clause_opener(doc.words[j]) or doc.words[j - 1] != ",":
        return src
    if src is not None and not (j <= src[0] and src[1] <= c0):
        return src
    end = j - 1  # the comma opening the clause
    if end >= 2 and doc.words[end - 1].isdigit() and doc.words[end - 2] == ",":
        end -= 2  # "Margaret Hughes, 71, whose ...": an age between the name and the clause
    start = end
    while start > 0 and doc.sent[start - 1] == sent and doc.words[start - 1] not in _BREAKS:
        start -= 1
    if start == end or end - start > MAX_NAME_TOKENS or not doc.raw[start][:1].isupper():
        return src
    return (start, end)


def _inside_number(doc: Doc, k: int) -> bool:
    """Whether the comma at ``k`` groups a number's digits ("represents 15,000 nurses"): no clause ends there."""
    return (0 < k < len(doc.words) - 1 and doc.words[k - 1].isdigit() and doc.words[k + 1].isdigit()
            and doc.spans[k - 1][1] == doc.spans[k][0] and doc.spans[k][1] == doc.spans[k + 1][0])
