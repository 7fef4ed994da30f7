"""A "told" whose content is only whom the words were told to: “We are behind,” Dana Lee told NBC's "Meet
the Press," adding that ...

Why: after "told" the content rules take what follows the verb, and when the sentence opens with the
quotation and the verb is followed by its addressee and nothing said ("told the Times, adding that ...",
"told NBC's "Meet the Press" on Sunday"), the addressee became the words: "tells NBC's 'Meet the Press,'"
while the quotation was lost (and the programme's quoted title read as a quotation). A reader takes the
quotation before the speaker as what was told, and the "adding" clause after the addressee as the
speaker's, not the newspaper's.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution

_TELL_CUE = re.compile(r"(?:told|tells|tell)", re.I)
"""The cue's text: a plain form of "tell" (not "told reporters that", whose cue the model marks alone too)."""
_WORD = r"(?:[A-Z][\w.&'’-]*|[0-9][\w'’]*|programme|program|show|radio|television|podcast|newspaper)"
_ADDRESSEE = re.compile(
    rf"(?:the\s+|a\s+)?(?:{_WORD}|reporters|journalists)(?:\s+{_WORD})*"
    r"(?:\s+[\"“][^\"“”\n]{1,60}[\"”])?"
    r"(?:\s+(?:on|this|last|late|early)\s+(?:[A-Z]\w+|morning|afternoon|evening|night|week))?"
    r"[\s,.;:]*"
)
"""The whole content is an addressee: a capitalised name (possessive allowed: "NBC's", "BBC Radio 4's Today
programme"), "reporters", an optional quoted programme title and a day ("on Sunday")."""
_GOES_ON = re.compile(r",?\s+(?:adding|saying)\b")
"""Where the addressee ends inside a content that runs on: "..., adding that ..."."""
_QUOTE_BEFORE = re.compile(r"[,?!]\s*[\"”](?=[^\"“”\n,;]*$)")
"""A quotation's closing mark after a comma, with only the speaker (no quote mark, comma or new paragraph)
between it and the cue: "“...,” Dana Lee told", "“...,” air force coordinator S.B. Lani told"."""
SPEAKER_REACH = 80
"""Characters before the cue searched for the quotation's close: a speaker with a short description."""
QUOTE_MIN_WORDS = 3
"""Words a quotation before the speaker needs to be taken as what was told (not a scare-quoted word)."""


def addressed_quotes(text: str, found: Sequence[Attribution]) -> list[Attribution]:
    """``found`` with each "told"+addressee-only attribution given the quotation that opens its sentence,
    and the "adding" after it given its speaker."""
    out = list(found)
    for k, a in enumerate(found):
        if a.source is None or a.quote or not _TELL_CUE.fullmatch(text, a.cue[0], a.cue[1]):
            continue
        body = text[a.content[0]:a.content[1]]
        stop = _GOES_ON.search(body)
        if not _ADDRESSEE.fullmatch(body[: stop.start()] if stop else body):
            continue
        said = _quotation_before(text, a.cue[0])
        if said is not None:
            out[k] = dataclasses.replace(a, content=said, quote=True)
        addressee_end = a.content[0] + (stop.start() if stop else len(body))
        for j in range(k + 1, len(found)):
            b = found[j]
            if b.sentence != a.sentence:
                break
            if b.source and a.cue[1] <= b.source[0] and b.source[1] <= addressee_end:
                out[j] = dataclasses.replace(b, source=a.source)  # "told the Times, adding": not the Times
    return out


def _quotation_before(text: str, cue_start: int) -> tuple[int, int] | None:
    """The span of the quotation (marks included) that closes with a comma a few words before the cue, in
    the same paragraph: "“...,” air force coordinator S.B. Lani told AFP"."""
    head = text[max(0, cue_start - SPEAKER_REACH):cue_start]
    found = _QUOTE_BEFORE.search(head)
    if found is None:
        return None
    end = cue_start - len(head) + found.end()
    mark = text[end - 1]
    opening = text.rfind("“" if mark == "”" else '"', 0, end - 1)
    if opening < 0 or "\n" in text[opening:end] or len(text[opening:end].split()) < QUOTE_MIN_WORDS:
        return None
    return opening, end
