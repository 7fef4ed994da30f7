"""A body's officer named by "its" and the office, as a speaker: "The African Union welcomed the deal. Its
spokesman said ...", "Its chief executive told reporters ...".

Why: "its spokesman" names no one and no body, so the position had no holder, though whose officer it is was
named just before: the body the sentence or the one before it names. The officer speaks for the body, as "a
spokesman for the union" does, so the body holds the words.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention

OFFICER_NOUNS = frozenset("spokesman spokeswoman spokesperson spokespeople representative representatives chairman "
                          "chairwoman chairperson chair president executive director head leader secretary "
                          "officials official".split())
"""Offices whose holder, unnamed, speaks for the body ("its spokesman", "its chief executive", "its officials");
not its founder, lawyer or staff, who may speak for themselves."""
_ITS = re.compile(r"[Ii]ts\s+(?:[a-z-]+\s+){0,2}?([a-z]+)")
"""The source: "its", two modifiers at most, and the office ("its commission chairperson", "its chief executive")."""
SENTENCES_BACK = 1
"""Sentences back read for the body "its" goes back to: its own, then the one before (the body that opens it)."""


def its_officer(text: str, attribution: Attribution, index: MentionIndex, article: int, sentence: int) -> Mention | None:
    """The body whose officer "its <office>" is, as a mention at the source, or None: the latest body named
    before it in its sentence, else the first body named in the sentence before."""
    if attribution.source is None:
        return None
    start, end = attribution.source
    source = _ITS.fullmatch(text, start, end)
    if source is None or source.group(1) not in OFFICER_NOUNS:
        return None
    bodies = [m for m in index.before(start) if m.kind == "organization" and not m.demonym and not m.medium
              and sentence - SENTENCES_BACK <= m.sentence <= sentence]
    own = [m for m in bodies if m.sentence == sentence]
    body = own[-1] if own else next(iter(bodies), None)
    if body is None:
        return None
    return Mention(article, sentence, start, end, body.name, text[start:end], "organization")
