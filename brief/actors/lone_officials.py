"""One official kept anonymous: "a senior Afghan economic official, who asked to remain anonymous", "one EU
diplomat", "an official speaking on condition of anonymity". The country or union before the noun says whom
they serve, not who speaks: an official who will not be named, or one singled out among many ("one"), gives
their own account, no state's position; "An Ohio official said", "Afghan officials said" or "the Afghan
government said" still speak for the state (``source_words.STATE_VOICES``).

Why: the gold of real pages (bench/positions_web_gold.json) judged "Afghanistan says ..." for such a source
a place listed where a person spoke. A spokesperson is the body's appointed voice and still speaks for it
("a Foreign Ministry spokesperson said"), so only the nouns of ``LONE_VOICES`` are read so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution
from brief.actors.mentions import Mention
from brief.actors.source_words import EXPERTS, LINES_OF_WORK, PRIVATE_PEOPLE

LONE_VOICES = frozenset({"official", "diplomat", "aide", "insider", "source"})
"""Nouns of one person in a state's service who speaks for themselves when unnamed (not "spokesperson")."""
_ONE = frozenset({"one", "another"})
_ONE_BEFORE = re.compile(r"\b(?:[Oo]ne|[Aa]nother)\s+$")
_UNIONS = frozenset({"European Union", "EU", "NATO", "United Nations", "UN"})
"""Unions of states whose officials are described as a state's are ("an EU diplomat", "a NATO official"). Kept
anonymous, a union's official still speaks for it ("A senior EU diplomat, who asked not to be named, said": the
EU, as the gold reads "an official said" of a hospital as the hospital's; a union is a body, no place listed
for a person); singled out with "one" ("one EU diplomat"), they are one among the member states' many."""
_ANONYMOUS = re.compile(r"[^.;:!?]{0,40}?\b(?:anonymous|anonymity|not\s+to\s+be\s+(?:named|identified)|"
                        r"not\s+(?:authori[sz]ed|permitted)\s+to\s+(?:speak|comment|discuss))\b", re.I)
"""An anonymity the source keeps, within a few words after it ("who asked to remain anonymous", "speaking on
condition of anonymity", "who asked not to be named", "who was not authorised to speak publicly")."""


def lone_official(text: str, span: tuple[int, int], words: Sequence[str], noun: str, first_part: Sequence[Mention]) -> bool:
    """Whether the source at ``span`` is one official described by the state or union they serve, with no name,
    kept anonymous or singled out with "one" ("a senior Afghan economic official, who asked to remain
    anonymous", "one EU diplomat"; the determiner may stand just before the source's words)."""
    if noun not in LONE_VOICES or not first_part or not all(
            m.kind == "place" or m.demonym or m.name in _UNIONS for m in first_part):
        return False
    one = bool(words) and words[0] in _ONE or _ONE_BEFORE.search(text, max(0, span[0] - 10), span[0]) is not None
    states = all(m.kind == "place" or m.demonym for m in first_part)
    return one or states and _ANONYMOUS.match(text, span[1]) is not None


STAFF_NOUNS = PRIVATE_PEOPLE | EXPERTS | LINES_OF_WORK | frozenset({"employee", "staffer", "engineer", "teacher", "worker"})
"""One person on a body's staff or at its site who speaks for themselves ("a nurse", "an engineer"), unlike its
appointed voices ("a spokeswoman", "an official", "an executive")."""
_AT_BODY = frozenset({"at", "for", "from", "with", "in"})


def lone_worker(text: str, span: tuple[int, int], words: Sequence[str]) -> bool:
    """Whether the source at ``span`` is one person on a body's staff, singled out with "one" or kept anonymous
    ("One pilot at Westhaven Air, who asked not to be named", "an engineer at Pixelwave, speaking on condition of
    anonymity"): their own account, not the body's position, which its spokesperson would give."""
    at = next((k for k, w in enumerate(words) if k >= 1 and w in _AT_BODY), None)
    if at is None or words[at - 1] not in STAFF_NOUNS:
        return False
    one = words[0] in _ONE or _ONE_BEFORE.search(text, max(0, span[0] - 10), span[0]) is not None
    return one or _ANONYMOUS.match(text, span[1]) is not None


def kept_anonymous(text: str, end: int) -> bool:
    """Whether the source ending at ``end`` is kept anonymous in the words right after it ("..., who asked not to be
    named,", "speaking on condition of anonymity")."""
    return _ANONYMOUS.match(text, end) is not None


_KEPT_ANONYMOUS = re.compile(r"\s*(?:not\s+to\s+be\s+(?:named|identified)|to\s+remain\s+anonymous|for\s+anonymity|"
                             r"(?:the\s+)?condition\s+of\s+anonymity|"
                             r"that\s+(?:their|his|her)\s+names?\s+not\s+be\s+(?:used|published))\b", re.I)
"""What a source asks for about their own name ("asking not to be identified", "requested anonymity"), or the
terms they speak on ("speaking on condition of anonymity": read as "speaking on" and its object)."""


def anonymity_asked(text: str, attribution: Attribution) -> bool:
    """ "..., the people said, asking not to be identified because the deliberations are private": a source's request
    to stay unnamed is how the text may quote them, never a position of theirs nor of a body in the sentence."""
    return _KEPT_ANONYMOUS.match(text, attribution.content[0]) is not None
