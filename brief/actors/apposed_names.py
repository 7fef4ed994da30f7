"""The name a description set off by a comma right after it stands for ("Erik van Sebille, a
physical oceanographer at ..., told Reuters"; "Dunmore Analytics, a Varna research firm, says")."""

from __future__ import annotations

import dataclasses
import re

from brief.actors.documents import AUTHORED
from brief.actors.fronted_objects import closes_fronted_phrase
from brief.actors.gazetteer import is_country
from brief.actors.mentions import Mention
from brief.actors.officials import BODY_NOUNS
from brief.actors.placehood import WHERE_WORDS
from brief.actors.roles import is_role_word
from brief.actors.source_words import TRADE_NOUNS

STATE_NOUNS = frozenset("ally partner neighbour neighbor member country nation state power rival producer exporter "
                         "importer economy signatory".split())
"""Heads of a description of a state ("The United States, a treaty ally of the Philippines, said"): the country
before it speaks, as a body before a description of a body does."""
APPOSITION_MIN_WORDS = 3
"""Words of a description after a name and a comma that make it the name's apposition ("Erik van
Sebille, a physical oceanographer at ..., told"); "Ivo Marten, the mayor said" is too short to tell."""


def apposed_to(text: str, phrase: tuple[int, int], words: list[str], before: list[Mention]) -> Mention | None:
    """ "“...,” Erik van Sebille, a physical oceanographer at the University of New South Wales told
    Reuters": a description right after a person's name and a comma is that person, the speaker,
    not the body it names (the comma that would close it is often left out). So too a body's name
    before a description of a body set off by commas ("Dunmore Analytics, a Varna research firm, says"):
    the firm, not Varna, whatever kind its name was read as; "..., in Inner Mongolia, the news agency
    said" ends what was said with a place."""
    start = phrase[0]
    if len(words) < APPOSITION_MIN_WORDS or words[0] not in ("a", "an", "the"):
        return None
    written = text[start : phrase[1]].split()[1:]
    if written and all(w[:1].isupper() for w in written) and not is_role_word(written[-1].strip(",")):
        return None  # "signed by its spokesperson, Ada Obi, the Peoples Democratic Party said": a name, no description
        # (a title is one: "Ada Obi, the Managing Director, said")
    comma = re.search(r",\s*$", text[max(0, start - 3) : start])
    if comma is None or _issued_document(words):
        return None  # "..., Governor X, a statement from the Chief Minister's Office said": the document's, not X's
    end = max(0, start - 3) + comma.start()
    body = words[-1] in BODY_NOUNS | TRADE_NOUNS and text.startswith(",", phrase[1])
    head = words[words.index("of") - 1] if "of" in words[2:] else words[-1]  # "a treaty ally of the Philippines"
    state = head in STATE_NOUNS and text.startswith(",", phrase[1])
    named = next((m for m in reversed(before) if m.end == end and not m.demonym
                  and (body or m.kind == "person" or state and m.kind == "place" and is_country(m.name))
                  and not (m.kind == "person" and m.after in WHERE_WORDS | {"at"})  # "Speaking in Palo Alto, the CEO said"
                  and not closes_fronted_phrase(text, m.start, phrase)), None)  # "After talks with X, the President said"
    if named is not None and body and named.kind == "place":
        return dataclasses.replace(named, kind="organization")  # the description says what it is
    return named


_ISSUER_LINKS = frozenset("from by issued released published signed of on".split())
"""Words after a document's noun that name who issued it ("a statement from", "a report by")."""


def _issued_document(words: list[str]) -> bool:
    """ "a statement from the office", "a joint statement by the ministries", "the report": a document set off
    after a name, which describes no person nor body (the name before it ends what was said)."""
    k = next((k for k in range(1, min(len(words), 4)) if words[k] in AUTHORED), None)
    return k is not None and (k == len(words) - 1 or words[k + 1] in _ISSUER_LINKS)
