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


def split_cues(doc: Doc, cues: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``cues`` with each one that has a capitalised word between cue words cut in two around it."""
    out: list[tuple[int, int]] = []
    for c0, c1 in cues:
        cut = next((k for k in range(c0 + 1, c1 - 1) if doc.shapes[k] in ("X", "Xx")
                    and doc.sent_bounds[doc.sent[k]][0] < k and doc.shapes[k + 1] == "x"
                    and doc.words[k - 1] not in _OBJECT_OPENERS), None)
        if c1 - c0 < MIN_SPLIT_TOKENS or cut is None:
            out.append((c0, c1))
            continue
        out.extend([(c0, cut), (cut + 1, c1)])
    return out
