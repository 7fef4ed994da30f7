"""How a medium went out, after the medium's noun: "said in a new report made public today", "said in a letter
released on Monday", "said in a statement issued by her office". The participle and its agent describe the
report, like the time after it: the clause before the frame is still what was said (without this, a frame of
seven words or more was read as the content itself: "in a new report made public today")."""

from __future__ import annotations

from brief.actors.attribution.document import QUOTES, Doc

PUBLISHED = frozenset("released published issued posted circulated distributed sent presented tabled delivered filed "
                       "unveiled aired broadcast".split())
"""Past participles that say how a medium went out ("a letter released by her office")."""
_MADE = frozenset("public available".split())
"""What "made" needs after it to say the same ("made public", "made available to reporters")."""
AGENT_WORDS = 6
"""Words of the agent after "by" or "to" ("by the office of the Secretary-General"); more may hold a clause."""
_VERBISH = frozenset("is was are were has have had will would can could may might be been that".split())


def past_medium_participle(doc: Doc, j: int, end: int) -> int:
    """The token after "released by her office" or "made public" when one starts at ``j`` (before ``end``); ``j``
    otherwise, or when what follows the participle holds a clause, a quotation or a comma."""
    if j >= end:
        return j
    k = j + 1
    if doc.words[j] == "made" and k < end and doc.words[k] in _MADE:
        k += 1
    elif doc.words[j] not in PUBLISHED:
        return j
    if k < end and doc.words[k] in ("by", "to"):
        stop = next((n for n in range(k + 1, min(end, k + AGENT_WORDS + 2)) if not doc.words[n].isalpha()
                     or doc.words[n] in ("on", "in", "at", "last", "this", "earlier")), end)
        if stop - k - 1 > AGENT_WORDS or any(doc.words[n] in _VERBISH or doc.raw[n] in QUOTES or doc.raw[n] == ","
                                            for n in range(k + 1, stop)):
            return j
        k = stop
    return k
