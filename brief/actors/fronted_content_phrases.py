"""A reported clause that opens with its own fronted phrase: "Olmert said for their own good, Israelis must
consider giving up ...", "she said for now, the plant would stay open".

Why: the content reader drops a preposition right after the cue ("said of the plan", "spoke about the strike"),
where it heads what was spoken of. When the preposition opens a short phrase closed by a comma and a clause
follows (a subject, then its verb), the phrase belongs to that clause; dropping the preposition left "their own
good, Israelis must ..." as content, which later rules took for no statement at all, so the position was lost.
The phrase must be lower-case words only: "said on Tuesday, the union ..." is a date the cue's own, as before.
"""

from __future__ import annotations

from brief.actors.attribution.document import Doc

MAX_PHRASE_WORDS = 4
"""Words of the fronted phrase after its preposition ("their own good", "the time being", "now")."""
_SUBJECT_OPENERS = frozenset("the a an his her their its our my this these those he she it they we i there no some "
                             "all every many most".split())
_VERBS_AFTER_SUBJECT = frozenset("must will would could should can may might shall had have has is are was were "
                                 "do does did need".split())


def opens_fronted_phrase(doc: Doc, a: int, b: int) -> bool:
    """Whether the content from ``a`` to ``b`` opens with a preposition whose short lower-case phrase is closed by
    a comma before a clause (a subject opener, a capitalised word, or a noun and a verb): keep the preposition."""
    end = min(b - 1, a + MAX_PHRASE_WORDS + 2)
    comma = next((k for k in range(a + 2, end) if doc.raw[k] == ","), None)
    if comma is None or not all(doc.raw[k].isalpha() and doc.raw[k].islower() for k in range(a + 1, comma)):
        return False
    k = comma + 1
    if any(doc.inq[j] or doc.qopen[j] for j in range(a, k + 1)):
        return False
    return (doc.words[k] in _SUBJECT_OPENERS or doc.shapes[k] == "Xx"
            or k + 1 < b and doc.raw[k].isalpha() and doc.words[k + 1] in _VERBS_AFTER_SUBJECT)
