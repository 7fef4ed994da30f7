"""Places that only say where a source's speakers are or whom they sit for, and the government a sentence means.

"Ruling coalition officials in Johor insisted": the coalition's officials speak, the state only says where they
are (unlike "officials in Kyiv", the place's own voices: ``place_bodies.officials_in_place``). "Plymouth MP warns":
a member for a seat is a person speaking for themselves, not the city; "UK institutes" are bodies of their own. "As host, Brazil's role is to ...: the
government says": the government of the country the sentence names, not the latest governing body named
sentences before ("the Trump administration"). "Sri Lanka's defence secretary said" is the person the article
names Defence Secretary, when it names one.

Why: on read pages (K, G) each of these was listed under the place or the wrong government; the source's words
say whose voice it is, and a new site writes them the same way.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.describing import source_phrase
from brief.actors.gazetteer import TITLES, is_country
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.side_officials import side_official
from brief.actors.source_words import MEMBER_HEADS
from brief.actors.sport_callings import LEADING_CALLINGS, PLAYING_CALLINGS

OWN_BODY_WORDS = frozenset("coalition party parties opposition union company campaign team club league church "
                           "alliance bloc movement group firm".split())
"""Words before "officials" that name a body of its own, not the place's government ("ruling coalition
officials", "party officials", "club officials"): the place after them only says where they are."""

PLURAL_BODIES = frozenset("institutes companies firms banks universities colleges charities unions insurers lenders "
                           "carmakers airlines retailers hospitals schools clubs".split())
"""Heads of several bodies of a place ("UK institutes have thrown their weight behind", "Ohio universities said"):
the bodies speak, each for itself, and the place only says where they are; its government is not among them."""

_OFFICIALS_IN = re.compile(r"(?:[Tt]he\s+)?((?:[A-Za-z][a-z-]*\s+){1,3})(?:officials|authorities|leaders)\s+"
                           r"(?:in|of|from)\s+(?:the\s+)?")
"""The source up to the place: lower- or capitalised plain words, then the officials and a preposition."""

_GOVERNMENT = re.compile(r"[Tt]he\s+government\s*")
"""The whole source "the government", named by no place or body of its own."""
_ANY_GOVERNMENT = re.compile(r"[Tt]he\s+[Gg]overnment\s*")
"""... written with a capital too ("the Government said"), as British and Indian papers write it."""


def located_source(text: str, attribution: Attribution, mentions: MentionIndex, found: Mention | None) -> Mention | None:
    """``found`` unless the source's words make a place only where its speakers are or whom they sit for (None then),
    or the source is "the government" of the one country its sentence named before it (that country then), or,
    where nothing else resolved it, of the one country whose government the article named before (``_governed_country``)."""
    phrase = source_phrase(text, attribution)
    if phrase is None:
        return found
    if (found is not None and (found.kind == "place" or found.demonym or is_country(found.name))
            and phrase[0] <= found.start and found.end <= phrase[1]):
        if (_own_bodys_officials(text, found, phrase) or _heads_after(text, found, phrase, MEMBER_HEADS | PLURAL_BODIES)
                or _calling_after(text, found, phrase) or side_official(text, found, phrase)):
            return None
        if (holder := _titled_holder(text, found, phrase, mentions)) is not None:
            return holder
    if _GOVERNMENT.fullmatch(text, phrase[0], phrase[1]) and (found is None or found.sentence < attribution.sentence):
        country = _sentence_country(attribution, mentions, phrase[0])
        if country is not None:
            return country
    if found is None and _ANY_GOVERNMENT.fullmatch(text, phrase[0], phrase[1]):
        return _governed_country(text, mentions, phrase[0])
    return found


def _own_bodys_officials(text: str, place: Mention, phrase: tuple[int, int]) -> bool:
    """ "Ruling coalition officials in Johor", "party officials in Texas": a body's officials the place locates."""
    officials = _OFFICIALS_IN.fullmatch(text, phrase[0], place.start)
    return (officials is not None and not text[place.end : phrase[1]].strip(" ,")
            and any(w.lower() in OWN_BODY_WORDS for w in officials.group(1).split()))


def _heads_after(text: str, place: Mention, phrase: tuple[int, int], heads: frozenset[str]) -> bool:
    """ "Plymouth MP", "a Texas congressman", "UK institutes": the place names the seat of one member, or where
    several bodies are, and the one word after it, which ends the source, is that member or those bodies."""
    after = text[place.end : phrase[1]].split()
    return len(after) == 1 and after[0].lower().strip(".,") in heads


def _calling_after(text: str, place: Mention, phrase: tuple[int, int]) -> bool:
    """ "The former England captain and Lions colossus": a player's or a coach's calling right after the place, in a
    source of two callings of one person, the person the story is about, never the country's side or state."""
    after = text[place.end : phrase[1]].split()
    return (len(after) >= 3 and after[1] == "and" and after[0].lower() in PLAYING_CALLINGS | LEADING_CALLINGS
            and text[phrase[0] : place.start].split()[:1] in (["The"], ["the"]))


_OFFICE_AFTER = re.compile(r"['’]s\s+((?:[a-z-]+\s+){0,2}[a-z-]+)\s*")
"""After the place to the source's end: its possessive and an office in lower case ("'s defence secretary")."""


def _titled_holder(text: str, place: Mention, phrase: tuple[int, int], mentions: MentionIndex) -> Mention | None:
    """ "Sri Lanka's defence secretary said ... Defence Secretary Gotabhaya Rajapakse": the one person the article
    names with that office as their whole title holds it and speaks, not the state (whose ministry would)."""
    office = _OFFICE_AFTER.fullmatch(text, place.end, phrase[1])
    if office is None or office.group(1).split()[-1] not in TITLES:
        return None
    held = [m for m in mentions.mentions if m.kind == "person" and m.article == place.article
            and " ".join(m.role.lower().split()) == office.group(1)]
    if not held or len({m.name.split()[-1] for m in held}) != 1:
        return None  # none, or two people of that office ("Defence Secretary Rajapakse" is the one named in full)
    return max(held, key=lambda m: len(m.name.split()))


def _sentence_country(attribution: Attribution, mentions: MentionIndex, start: int) -> Mention | None:
    """The one country the source's sentence names before ``start`` and outside what was said, else None."""
    lo, hi = attribution.content
    named = [m for m in mentions.before(start) if m.sentence == attribution.sentence and not (lo <= m.start < hi)
             and (m.kind == "place" or m.demonym) and is_country(m.name)]
    return named[-1] if named and len({m.name for m in named}) == 1 else None


_GOVERNMENT_AFTER = re.compile(r"(?:['’]s)?\s+government\b", re.I)
"""A country's government written after its name or adjective ("the Indian government", "India's government")."""
_GOVERNMENT_BEFORE = re.compile(r"\bgovernment\s+of\s+(?:the\s+)?$", re.I)
"""... or before it ("the government of India")."""


def _governed_country(text: str, mentions: MentionIndex, start: int) -> Mention | None:
    """ "The Indian government has been under pressure ... The government said": the one country whose government
    the article named before a bare "the government" speaks is whose government it is (its latest mention), not a
    body of its own named "Government" beside the country; None when no country's or several countries'
    governments were named."""
    named = [m for m in mentions.before(start) if (m.kind == "place" or m.demonym) and is_country(m.name)
             and (_GOVERNMENT_AFTER.match(text, m.end) or _GOVERNMENT_BEFORE.search(text, max(0, m.start - 30), m.start))]
    return named[-1] if named and len({m.name for m in named}) == 1 else None
