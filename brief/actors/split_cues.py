"""Two cues the cue tagger joined across the second one's subject: "said Paris hoped a compromise could be
found" is "said" (the envoy's) and "hoped" (Paris's), not one cue "said Paris hoped".

Why: the tagger labels a token a cue partly from the label before it, so after "said" it may take a name
too, and adjacent cue tokens form one cue; the name then is neither the second verb's source nor in the
first one's content, and the report shows a broken verb. A capitalised word inside a cue with cue words
on both sides is the subject of a reported clause, since a cue's own words are lower case past its first.
"""

from __future__ import annotations

from brief.actors.attribution.document import Doc

_OBJECT_OPENERS = frozenset("a an the his her its their our my your".split())
"""Words before a capital that make it part of the cue's object ("used his Easter message to call for")."""
MIN_SPLIT_TOKENS = 3
"""Shortest cue that can hold two verbs with a name between them."""


_SAID = frozenset({"said", "says"})
_NOT_NOUNS = frozenset("yes thanks as this is was has does goes".split())
"""Words ending in "s" after "said" that are no clause's plural subject ("said yes to", "said thanks")."""


def _said_then_noun(doc: Doc, c0: int, c1: int) -> bool:
    """Whether a cue is "said" or "says" and a plural noun the tagger took for a verb of saying: "said talks on a
    ceasefire had made progress", "said calls for his resignation were unfair", "said claims of fraud were false".
    "said" is never followed by a verb in "-s" in one clause, so the word opens the reported clause."""
    if c1 - c0 < 2 or doc.words[c0] not in _SAID:
        return False
    word = doc.words[c0 + 1]
    return (doc.shapes[c0 + 1] == "x" and word.endswith("s") and not word.endswith("ss") and word not in _NOT_NOUNS
            and doc.lemmas[c0 + 1] != word)


def split_cues(doc: Doc, cues: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``cues`` with each one that has a capitalised word between cue words cut in two around it, and "said" cut
    from a plural noun after it (``_said_then_noun``)."""
    out: list[tuple[int, int]] = []
    for c0, c1 in cues:
        if _said_then_noun(doc, c0, c1):
            out.append((c0, c0 + 1))
            continue
        cut = next((k for k in range(c0 + 1, c1 - 1) if doc.shapes[k] in ("X", "Xx")
                    and doc.sent_bounds[doc.sent[k]][0] < k and doc.shapes[k + 1] == "x"
                    and doc.words[k - 1] not in _OBJECT_OPENERS), None)
        if c1 - c0 < MIN_SPLIT_TOKENS or cut is None:
            out.append((c0, c1))
            continue
        out.extend([(c0, cut), (cut + 1, c1)])
    return out
