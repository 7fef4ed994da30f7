""" "A statement by the group on Thursday said ...", "A release issued by the company said ...": the one the
document is by speaks, as in "the group said in a statement".

Why: a document that opens its sentence as the subject of "said" is only the way its author's words came out;
the author stands after "by" or "from". The source tagger marks such a subject badly (none at all, or "A
statement issued by the company on"), and a whole "a statement by X" phrase resolves to no one, so the words
were lost or went to the last body named. Only a subject that opens its sentence and runs straight into the cue
(perhaps with a day), so the "by"/"from" phrase is the document's, not a clause's.
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from brief.actors.attribution import Attribution

_DOCUMENT_NOUNS = (r"statement|(?:press\s+|news\s+)?release|communiqu[eé]|letter|post|notice|memo|message|"
                   r"announcement|circular|bulletin|advisory|note|email|e-mail|filing|submission|press\s+note")
"""Documents whose author speaks through them (as ``documents.AUTHORED``, with the release's kinds)."""
_DAY = r"(?:\s+(?:on|late\s+on|early\s+on|last|this|on\s+the\s+night\s+of)\s+[A-Z][a-z]+day|\s+(?:yesterday|today|overnight))"
"""A day after the author ("on Thursday", "late on Friday", "yesterday"): when the document came, no part of who."""
_FRAME = re.compile(
    r"[\s\-–—•*]*(?:(?:But|And|Meanwhile|However|Separately|Later|Earlier),?\s+)?(?:A|An|The)\s+"
    r"(?:(?:joint|written|brief|short|new|separate|later|earlier|formal|official|subsequent|second|further)\s+)?"
    rf"(?:{_DOCUMENT_NOUNS})\s+(?:(?:issued|released|published|posted|put\s+out|sent\s+out|sent|shared|signed)\s+)?"
    rf"(?:by|from)\s+(?P<agent>(?:the\s+|its\s+|their\s+)?[\w'’&.-]+(?:\s+[\w'’&.-]+){{0,7}}?){_DAY}?\s*,?\s+(?:also\s+)?$")
"""A sentence whose subject is a document and its author, right before the cue: "A statement by the group on
Thursday said". The author is at most eight words, none a clause's mark (no comma, no "that")."""
_NOT_AGENT = re.compile(r"\b(?:that|which|who|said|says|is|was|were|are|has|have|had)\b", re.I)
"""Words no author's name or description holds: the "by" phrase runs into a clause of its own."""


def document_agents(text: str, attributions: list[Attribution], sentence_spans: list[tuple[int, int]]) -> list[Attribution]:
    """The attributions with the author of a subject document as the source (see the module's docstring)."""
    starts = [s for s, _ in sentence_spans]
    out = []
    for a in attributions:
        if a.content[0] < a.cue[1] or not starts:
            out.append(a)
            continue
        start = starts[max(0, bisect.bisect_right(starts, a.cue[0]) - 1)]
        frame = _FRAME.fullmatch(text, start, a.cue[0]) if start <= a.cue[0] else None
        if frame is None or _NOT_AGENT.search(frame.group("agent")):
            out.append(a)
            continue
        out.append(dataclasses.replace(a, source=frame.span("agent")))
    return out
