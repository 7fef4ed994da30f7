"""The person whose office or spokesperson a possessive pronoun names: "Councillor Maud Halloran said ... Her office
said in a statement that ..."; "The harbour master, Tobias Reyne, welcomed the vote. His spokeswoman said ...".

Why: the source is "Her office", which names no one, so the statement went to no actor, though "the mayor's office"
and "a Pelosi spokesman" go to whom they serve. "His"/"her" with an office or a spokesperson stands for the latest
person named before whom the pronoun may mean (``Genders.may_be``); "their office" may be a body's, and is left.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.gazetteer import TITLES
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.source_words import ROLE_FAMILIES

_OWNED_OFFICE = re.compile(r"(?P<pronoun>[Hh]is|[Hh]er)\s+(?:own\s+|campaign\s+|press\s+|private\s+|chief\s+)?"
                           r"(?:office|spokesman|spokeswoman|spokesperson|press\s+secretary|publicist)")
"""A possessive pronoun and the office or person who speaks for its owner, as the whole source ("Her office", "his
campaign spokesman"); not "her lawyer" or "his son", who speak for themselves."""

_DESCRIBED_FIRST = re.compile(r"[\"“‘']?(?:The|A|An|This|That)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)")
"""Words said before their source that open on someone described by a title, not named ("The regional governor will
..., her office said"): the pronoun goes on with that description, not with a name before it (unlike "The bill will
pass, his office said")."""


def pronoun_office_owner(text: str, attribution: Attribution, mentions: MentionIndex) -> Mention | None:
    """The person "his"/"her" stands for when the source is their office or spokesperson; None otherwise or when no
    person named before may be meant."""
    if attribution.source is None:
        return None
    owned = _OWNED_OFFICE.fullmatch(text[attribution.source[0] : attribution.source[1]].strip())
    if owned is None or attribution.content[1] <= attribution.source[0] and _titled_first(text, attribution.content[0]):
        return None  # "The regional governor will announce ..., her office said": the governor's, whom no name gives
    before = mentions.genders.may_be(mentions.before(attribution.source[0]), owned.group("pronoun").lower(),
                                     attribution.sentence)
    return next((m for m in reversed(before) if m.kind == "person" and not m.demonym and not m.writer), None)


def _titled_first(text: str, start: int) -> bool:
    """Whether the words at ``start`` open on a description by a title ("The regional governor")."""
    described = _DESCRIBED_FIRST.match(text, start)
    return described is not None and any(w in TITLES or w in ROLE_FAMILIES for w in described.group(1).split())
