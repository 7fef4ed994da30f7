"""A report inserted after its content, then what it cites: "Corran Textiles is exploring a sale of its dye unit,
Bloomberg reports, citing people briefed on the talks." The report is Bloomberg's; so is the citing.

Why: the cue model often misses "reports" set off after a fronted clause and reads "citing" as the sentence
subject's participle (the company "cites" the people briefed), or takes the fronted clause as what was cited.
Where a name and a verb of reporting stand between two commas right before "citing" or "quoting", that name
is the source of both: its report is the fronted clause, and its citing what follows "citing".
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution

_INSERTED = re.compile(
    r",\s+(?P<name>(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+){0,4}?[A-Z][\w.&'’-]*)\s+"
    r"(?:has\s+)?(?P<verb>reports|reported|says|said|writes|wrote)"
    r"(?:\s+on\s+[A-Z][a-z]+|\s+(?:on\s+)?(?:today|yesterday|earlier))?\s*,\s*$")
"""A reporting clause set off by commas right before the participle (", Bloomberg reports,", ", the Marlow
Ledger reported on Monday,"): a capitalised name (a newspaper may be "the ..."), a verb of reporting, a day."""
INSERT_REACH = 90
"""Characters before the participle searched for the inserted clause: a name of up to five words, a verb, a day."""
_PARTICIPLES = frozenset({"citing", "quoting"})
"""Participles that say where a report's news came from: they go with the reporter, not the fronted clause."""


def inserted_reports(text: str, attributions: list[Attribution], sentences: list[tuple[int, int]]) -> list[Attribution]:
    """The attributions, each "..., NAME reports, citing ..." made NAME's: the citing re-sourced, and the report of
    the fronted clause added where no cue of the model's stands at the verb (see the module's docstring)."""
    cues = {a.cue[0] for a in attributions}
    out: list[Attribution] = []
    for a in attributions:
        inserted = _inserted_before(text, a, sentences)
        if inserted is None:
            out.append(a)
            continue
        name, verb, front = inserted
        if a.content[1] <= a.cue[0]:  # the fronted clause read as the citing's content: it is the report's
            if verb[0] not in cues:
                out.append(dataclasses.replace(a, cue=verb, source=name, content=front))
            continue
        if verb[0] not in cues:
            out.append(dataclasses.replace(a, cue=verb, source=name, content=front, quote=False))
        out.append(dataclasses.replace(a, source=name))
    return sorted(out, key=lambda a: a.cue[0]) if len(out) != len(attributions) else out


def _inserted_before(text: str, a: Attribution,
                     sentences: list[tuple[int, int]]) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]] | None:
    """The spans of the inserted clause's name and verb and of the fronted clause before it, when ``a``'s cue is
    a participle of citing right after one; None otherwise."""
    if text[a.cue[0] : a.cue[1]].lower() not in _PARTICIPLES or not 0 <= a.sentence < len(sentences):
        return None
    start = sentences[a.sentence][0]
    m = _INSERTED.search(text, max(start, a.cue[0] - INSERT_REACH), a.cue[0])
    if m is None:
        return None
    front_start = start + len(text[start : m.start()]) - len(text[start : m.start()].lstrip(" \t\n\"“”'‘’"))
    if m.start() - front_start < 2:
        return None
    verb_start = m.start("verb")
    verb = (verb_start, m.end("verb"))
    return m.span("name"), verb, (front_start, m.start())
