"""Verbs of saying the cue tagger never learned, before the "that" of what was said: "he professed that he would
“no longer be complicit”", "She confided that the board had known", "Reyes averred that the deal was void".

Why: the tagger knows a verb from the news it was trained on; a rarer verb of saying ("professed", "averred",
"divulged", "confided", "theorized", "swore") is left untagged, and the clause it reports, quotation and all, went
to no one. A finite form (or a participle) of such a verb followed straight by "that" reports a clause whatever the
site; after a form of "be" ("it was divulged that") it is a passive with no speaker, and is left alone.
"""

from __future__ import annotations

from brief.actors.attribution.document import Doc

RARE_SAYING = frozenset(
    "professed professes professing avowed avows averred avers averring divulged divulges divulging confided confides "
    "confiding theorized theorizes theorised theorises theorizing theorising conjectured conjectures swore swears "
    "intimated intimates attested attests reasoned".split())
"""Forms of rarer verbs of saying before "that" which the tagger leaves untagged (not "reasons", "figures": nouns as
often, "the reasons that led to")."""
_BE = frozenset("is are was were be been being".split())
"""A form of "be" before the verb: a passive ("it was divulged that"), whose speaker goes unnamed."""


def rare_saying_cues(doc: Doc, cues: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cue spans of an untagged rarer verb of saying right before "that", outside quotations and not after "be"."""
    tagged = {k for c0, c1 in cues for k in range(c0, c1)}
    found: list[tuple[int, int]] = []
    for k in range(1, len(doc.words) - 1):
        if (k in tagged or doc.words[k] not in RARE_SAYING or doc.words[k + 1] != "that" or doc.inq[k]
                or doc.words[k - 1] in _BE or doc.sent[k + 1] != doc.sent[k]):
            continue
        found.append((k, k + 1))
    return found
