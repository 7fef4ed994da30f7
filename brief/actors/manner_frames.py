"""Verbs of a manner of saying that close a quotation and come before the speaker: "“It's a disgrace,” fumed regular
Bill Tasker, 77." The cue tagger learned "said X" and "added X", not "fumed X" or "scoffed X", and left the
quotation with no one's name.

Why a list: after a quotation closed by its comma, a verb in the past or present followed by a name or a
description is the frame's cue whatever the verb; these are the manner verbs news writes there. The frame, not the
word, says the words are the speaker's (as ``framing.quote_closing_verbs`` reads "“...,” the businessman laughs").
"""

from __future__ import annotations

from brief.actors.attribution.document import Doc
from brief.text.language import stop_words

MANNER_VERBS = frozenset(
    "fumed fumes raged rages snapped snaps sighed sighs scoffed scoffs retorted retorts countered counters "
    "exclaimed exclaims quipped quips joked jokes laughed laughs grumbled grumbles groaned groans mused muses "
    "enthused enthuses gushed gushes chuckled chuckles cautioned cautions pleaded pleads urged urges".split()
)
"""Verbs of how something was said that news writes between a quotation and its speaker."""
DESCRIBING_WORDS = 3
"""Lower-case words of a description before the speaker's name ("fumed retired teacher Ann Lowe")."""
STOP = stop_words("en")
_SPEAKER_OPENERS = frozenset("the a an his her their its one".split())
"""Words a description of the speaker opens with ("fumed the landlord", "sighed one resident")."""


def manner_cues(doc: Doc, cues: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The manner verbs right after a quotation closed by a comma, "?" or "!", before a capitalised name or a
    description, that the tagger left untagged (see the module's docstring)."""
    tagged = {k for c0, c1 in cues for k in range(c0, c1)}
    found = []
    for k in range(2, len(doc.words) - 1):
        if (k in tagged or doc.words[k] not in MANNER_VERBS or doc.raw[k] != doc.words[k] or not doc.qclose[k - 1]
                or doc.raw[k - 2] not in (",", "?", "!") or doc.para[k + 1] != doc.para[k]):
            continue
        j = k + 1
        while j < min(len(doc.words) - 1, k + 1 + DESCRIBING_WORDS) and doc.shapes[j] == "x" and doc.words[j] not in STOP:
            j += 1  # "fumed regular Bill Tasker", "sighed retired teacher Ann Lowe"
        if doc.shapes[j] in ("Xx", "X") or doc.words[k + 1] in _SPEAKER_OPENERS:
            found.append((k, k + 1))
    return found
