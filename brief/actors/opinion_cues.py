""" "The court struck down the map, with Chief Justice Helena Marsh writing for the majority that ...": the judge who
writes a court's opinion holds what it says.

Why: the cue tagger knows "writing that", not "writing for the majority that"; the phrase naming whom the judge
writes for (the majority, the court, a unanimous panel) or in what (the majority opinion, a dissent) stands
between the verb and its clause, so the verb went untagged and the opinion went to no one. The whole of
"writing for the majority" is the cue: the content is the clause after its "that".
"""

from __future__ import annotations

from brief.actors.attribution.document import Doc

_WRITING = frozenset({"writing", "wrote", "writes"})
_FOR = ("for", "the")
_WHOM = frozenset({"majority", "court", "panel", "minority", "plurality", "dissenters", "bench"})
"""Whom a judge writes for ("for the majority", "for the unanimous court")."""
_IN = frozenset({"dissent", "concurrence", "opinion", "dissenting", "concurring", "majority", "ruling"})
"""What a judge writes in ("in the majority opinion", "in a dissent", "in a concurring opinion")."""
MOST_PHRASE_WORDS = 4
"""Words of the phrase between the verb and "that" ("for the unanimous court", "in a concurring opinion")."""


def opinion_cues(doc: Doc, cues: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cue spans "writing for the majority" (the verb and its phrase) before a "that" clause, not tagged already and
    not inside a quotation."""
    tagged = {k for c0, c1 in cues for k in range(c0, c1)}
    found: list[tuple[int, int]] = []
    n = len(doc.words)
    for k in range(1, n - 3):
        if k in tagged or doc.words[k] not in _WRITING or doc.inq[k] or doc.words[k + 1] not in ("for", "in"):
            continue
        end = next((j for j in range(k + 2, min(n, k + MOST_PHRASE_WORDS + 2)) if doc.words[j] == "that"), None)
        if end is None or doc.sent[end] != doc.sent[k]:
            continue
        phrase = set(doc.words[k + 2 : end])
        if (doc.words[k + 1] == "for" and phrase & _WHOM) or (doc.words[k + 1] == "in" and phrase & _IN):
            found.append((k, end))
    return found
