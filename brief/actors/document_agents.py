""" "A statement by the group on Thursday said ...", "A release issued by the company said ...": the one the
document is by speaks, as in "the group said in a statement".

Why: a document that opens its sentence as the subject of "said" is only the way its author's words came out;
the author stands after "by" or "from". The source tagger marks such a subject badly (none at all, or "A
statement issued by the company on"), and a whole "a statement by X" phrase resolves to no one, so the words
were lost or went to the last body named. Only a subject that opens its sentence and runs straight into the cue
(perhaps with a day), so the "by"/"from" phrase is the document's, not a clause's; or, inverted after a quotation,
a frame that ends the sentence with the document and its named author ('“...,” states a release of the Board.').
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
_AFTER_CUE = re.compile(
    rf"\s+(?:a|an|the)\s+(?:(?:joint|written|brief|short|new|formal|official)\s+)?(?:{_DOCUMENT_NOUNS})\s+(?:of|by|from)\s+"
    r"(?P<agent>(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’&.-]*){0,6})\s*[.!?]")
"""An inverted frame closing a quotation with a document and its author: '“...,” states a release of the NBE Board.'
The author is capitalised words (a name, "the Central Bank of X") right up to the sentence's end."""
_NOT_AGENT = re.compile(r"\b(?:that|which|who|said|says|is|was|were|are|has|have|had)\b", re.I)
"""Words no author's name or description holds: the "by" phrase runs into a clause of its own."""


def document_agents(text: str, attributions: list[Attribution], sentence_spans: list[tuple[int, int]]) -> list[Attribution]:
    """The attributions with the author of a subject document as the source (see the module's docstring)."""
    starts = [s for s, _ in sentence_spans]
    out = []
    for a in attributions:
        inverted = _AFTER_CUE.match(text, a.cue[1]) if a.source is None else None
        quoted = _quotation_before(text, a.cue[0]) if inverted is not None else None
        if inverted is not None and quoted is not None and (a.content[0] < a.cue[1] or a.content[1] <= inverted.end()):
            out.append(dataclasses.replace(a, source=inverted.span("agent"), content=quoted, quote=True))
            continue
        if a.content[0] < a.cue[1]:
            out.append(a)
            continue
        if not starts:
            out.append(a)
            continue
        start = starts[max(0, bisect.bisect_right(starts, a.cue[0]) - 1)]
        frame = _FRAME.fullmatch(text, start, a.cue[0]) if start <= a.cue[0] else None
        if frame is None or _NOT_AGENT.search(frame.group("agent")):
            out.append(a)
            continue
        out.append(dataclasses.replace(a, source=frame.span("agent")))
    return out


_CLOSING = re.compile(r"[,?!][\"”]\s*$")
"""A quotation closed by a comma (or "?", "!") and its mark right before the cue: '“...,” states'."""


def _quotation_before(text: str, cue_start: int) -> tuple[int, int] | None:
    """The span of the quotation (its marks included) that closes right before the cue, within its paragraph."""
    closing = _CLOSING.search(text, max(0, cue_start - 4), cue_start)
    if closing is None:
        return None
    end = text.rfind(text[closing.start() + 1], 0, cue_start) + 1
    paragraph = text.rfind("\n", 0, end) + 1
    opening = max(text.rfind("“", paragraph, end - 1), text.rfind('"', paragraph, end - 1))
    return (opening, end) if opening >= paragraph else None
