"""Each body of a list its voices speak for: "Spokespeople for Harlow Foods, Brindle and Corran Dairies declined to
comment", "Representatives of Tansy Creameries and Pollard Milk did not respond to requests for comment".

Why: a spokesperson for one body gives that body the refusal ("A spokesman for Oster declined to comment": Oster's,
``reporting._voiced_body``); spokespeople for several speak for each of them alike, so each body named declined, as
"A, B and C declined to comment" would say. The list must stand as the sentence's subject, right before the verb,
after a plural or singular voice and its "for"/"of" (not "a friend of", nor "shares of": only a voice speaks for
whom it names). ``reporting`` gives the refusal to the first body named; ``co_refusers`` to the others.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.model import Position, Sentence

_VOICES_FOR = re.compile(
    r"(?:^|[.!?]\s+|\n)[\s\"“]*(?:(?:But|And|Meanwhile|However|Separately),?\s+)?(?:(?:[Aa]n?|[Tt]he)\s+)?"
    r"(?:[Ss]pokes(?:person|man|woman|people|persons|men|women)|[Rr]epresentatives?|[Oo]fficials?)\s+(?:for|of|at)\s+"
    r"(?:the\s+)?$")
"""The sentence's opening up to the first body of the list: a voice's noun and its "for"/"of"/"at"."""
_BETWEEN = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?")
"""Between two bodies of the list: a comma, "and", or both (", and the")."""
_REFUSAL = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?P<verb>(?:declined|refused)\s+to\s+comment|did\s+not\s+(?:immediately\s+)?"
                      r"(?:respond|reply)\s+to|could\s+not\s+be\s+reached)\b")
"""A refusal to the reporter right after the list ("declined to comment", "did not respond to")."""
OPENING_REACH = 80
"""Characters before the first body read for the voice's noun and the sentence's opening ("Spokespeople for the ")."""
MOST_BODIES = 6
"""Most bodies such a list holds here: a longer run of names is a roll, not a subject."""
_SPEAKING_KINDS = ("organization", "person")
"""Who a voice speaks for: a body or a person (never a place: "officials in Harlow")."""


def voiced_list(text: str, s: Sentence, position: int, index: MentionIndex) -> list[Mention]:
    """The bodies, in text order, of a list after a voice's "for"/"of" that opens sentence ``s`` and ends right at
    ``position`` (where the verb's subject stands); empty when there is no such list."""
    named = [m for m in index.within((s.start, position)) if m.end <= position]
    listed: list[Mention] = []
    for m in reversed(named):
        end = listed[-1].start if listed else position
        if m.end > end:
            continue  # a mention inside the last one's span
        if m.kind not in _SPEAKING_KINDS or m.demonym:
            return []
        if listed and not _BETWEEN.fullmatch(text, m.end, end) or not listed and m.end != end:
            break
        listed.append(m)
        if len(listed) > MOST_BODIES:
            return []
    if not listed or not _VOICES_FOR.search(text, max(0, listed[-1].start - OPENING_REACH), listed[-1].start):
        return []
    return listed[::-1]


def refused_list(text: str, s: Sentence, index: MentionIndex) -> list[Mention]:
    """The bodies of a voiced list (``voiced_list``) that opens ``s`` and refuses right after it."""
    for refusal in _REFUSAL.finditer(text, s.start, s.end):
        listed = voiced_list(text, s, refusal.start(), index)
        if listed:
            return listed
    return []


def co_refusers(text: str, sentences: Sequence[Sentence], index: MentionIndex,
                positions: list[tuple[Mention, Position]]) -> list[tuple[Mention, Position]]:
    """The refusal a voiced list's first body holds given to every other body of the list too (see the module)."""
    by_index = {s.index: s for s in sentences}
    out: list[tuple[Mention, Position]] = []
    for mention, position in positions:
        s = by_index.get(position.index)
        if s is None or not _REFUSAL.match(" " + position.cue):
            continue
        listed = refused_list(text, s, index)
        if listed and listed[0] == mention:
            out += [(m, position) for m in listed[1:] if (m, position) not in positions]
    return out
