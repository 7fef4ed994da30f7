"""A verb of stance the cue tagger leaves untagged in a contrasting clause after another's statement: "Germany
said the sanctions would take effect on Friday, while France welcomed the decision".

Why: the tagger learned such verbs after speakers it knew ("the union welcomed"), less after a country's name in a
clause opened by ", while"; untagged, the clause ran on inside the first speaker's words (Germany's position read
"..., while France welcomed the decision") and the second speaker's stance was lost. A clause opened by ", while"
or ", whereas", whose subject is a name and whose verb is one of taking a side in the past tense before its
object, is that name's statement of stance: the writer's contrast between two parties, not what the first said.
"""

from __future__ import annotations

from brief.actors.attribution.document import Doc
from brief.actors.cues import lemma

CONTRAST_WORDS = frozenset({"while", "whereas"})
"""Words after a comma that open a contrasting clause with a subject of its own."""
SIDE_LEMMAS = frozenset(lemma(w) for w in (
    "welcomed rejected condemned criticised criticized praised denied dismissed opposed backed hailed slammed "
    "applauded decried").split())
"""Verbs of taking a side that state a stance with their object ("welcomed the decision", "rejected the claim")."""
MAX_NAME_WORDS = 4
"""Capitalised words of the clause's subject ("France", "the Sierra Club", "Prime Minister Ana Ruiz")."""


def contrast_cues(doc: Doc, cues: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cue spans of the untagged verb of stance in ", while <name> <verb>ed <object>" outside quotations."""
    tagged = {k for c0, c1 in cues for k in range(c0, c1)}
    found: list[tuple[int, int]] = []
    for k, word in enumerate(doc.words):
        if word not in CONTRAST_WORDS or k < 1 or doc.raw[k - 1] != "," or doc.inq[k]:
            continue
        j = k + 2 if k + 1 < len(doc.words) and doc.words[k + 1] == "the" else k + 1
        start = j
        while j < len(doc.words) and j - start < MAX_NAME_WORDS and doc.shapes[j] in ("Xx", "X") and doc.sent[j] == doc.sent[k]:
            j += 1
        if (start < j < len(doc.words) - 1 and j not in tagged and doc.shapes[j] == "x" and doc.words[j].endswith("ed")
                and doc.lemmas[j] in SIDE_LEMMAS and doc.shapes[j + 1] == "x" and doc.sent[j + 1] == doc.sent[k]):
            found.append((j, j + 1))
    return found
