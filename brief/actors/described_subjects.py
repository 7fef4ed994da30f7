"""A body described, not named, as the subject of a clause a participle of saying goes with: "The airline
hit back, saying the fine was unfair", "But last night, the Government came out fighting by branding the
letter 'totally misleading' and insisting: ...". The participle shares its clause's subject, as it does
when a name opens the sentence (``opening_subject.participle_subject``); the description is then
resolved as any source is ("the airline" to the airline named, "the Government" to the government).
"""

from __future__ import annotations

import re

from brief.actors.source_words import BODY_WORDS, ORG_NOUNS, TRADE_NOUNS

FAITH_BODIES = frozenset("church diocese archdiocese synod".split())
"""A religious body answering as one ("The church has responded with a statement, calling the book ..."): it issues
statements as a firm or a council does; not "mosque" or "temple", more often the building."""
BODY_HEADS = ORG_NOUNS | BODY_WORDS | TRADE_NOUNS | FAITH_BODIES
"""Heads of a description that names a body ("the airline", "the council", "the Government", "the church")."""
_FRONT = (r"(?:(?:Meanwhile|However|Separately|Elsewhere|Still|Earlier|Later|Instead|(?:[Ll]ast|[Tt]his|[Ee]arlier|"
          r"[Ll]ater)\s+[a-z]+|[Oo]n\s+[A-Z][a-z]+),\s+)?")
_DESCRIBED = re.compile(rf"(?:^|\n|[.!?][\"”’']?\s)\s*(?:(?:But|And|Yet)\s+)?{_FRONT}([Tt]he\s+(?:[\w-]+\s+){{0,2}}?([\w-]+))\s+"
                        r"(?:(?:has|had|have|was|were|is|are|also|then|later|swiftly|quickly)\s+)?([a-z]+)\b")
"""A sentence's opening: "the", up to two modifiers, the head noun, then the clause's verb."""
_VERB_ENDS = ("ed", "s")
"""How the clause's verb after a described subject ends ("hit" aside: ``_BARE_VERBS``): a past or a present."""
_BARE_VERBS = frozenset("hit came went said made took gave put set struck fought stood held told".split())
"""Past forms that do not end in "-ed" and open a body's reply ("hit back", "came out fighting")."""


def described_subject(text: str, sentence_start: int, cue_start: int) -> tuple[int, int] | None:
    """The span of "the <body noun>" that opens the sentence as its clause's subject, before the cue; None
    when the sentence opens otherwise, its head is no body's ("The fine was unfair"), or no verb follows."""
    found = _DESCRIBED.match(text, max(0, sentence_start - 2), cue_start)
    if found is None or found.end(1) > cue_start:
        return None
    head, verb = found.group(2).lower(), found.group(3)
    if head not in BODY_HEADS or not (verb.endswith(_VERB_ENDS) or verb in _BARE_VERBS):
        return None
    return found.span(1)
