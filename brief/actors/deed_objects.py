"""Cue verbs whose object's kind makes them a deed: a country attacked ("Israel attacked Iran in late February"),
holdings declared ("Starmer declared the gifts to his wife", "members have to declare any interest which ..."),
a product's features supported ("the AX4 supports iSCSI or Fibre Channel connectivity").

Why: the cue model reads "attacked" as "attacked the plan" and "declared" as "declared that ...", from their place
after a subject. The object tells the sense: a country attacked, with nothing after it of what for ("over the
cuts", "as weak", "for its stance") nor where it was said ("in a speech", "on Twitter"), is a strike, not
criticism; gifts, income or interests declared are entered in a register, not a stance stated; software, formats
or capabilities supported are what a product works with, not a side it takes.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.gazetteer import is_country
from brief.actors.object_heads import WORD, object_phrase
from brief.actors.phrasing import verb_lemma

_COUNTRY_THEN = re.compile(
    r"\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:overnight|with|in\s+(?:early|late|mid-?)?\s*"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4}))\b")
"""A name right after "attacked", then a strike's "with" or a time ("in late February", "in 2019", "overnight")."""
_CRITICISM_AFTER = re.compile(r"[^.;:!?]*?\b(?:for|over|as|saying|calling|accusing|because)\b", re.I)
"""What criticism names within its clause: what for, or the words of it ("attacked China in May over its trade
policy", "..., saying ..."); a strike names none."""
_ATTACK = "attack"
_DECLARE = "declare"
_HOLDINGS = frozenset("gift gifts income incomes interest interests asset assets donation donations earnings "
                      "hospitality shareholding shareholdings property properties payment payments".split())
"""Heads of what is entered in a register of interests (gifts, income, donations, shareholdings): declared, not
said."""
HELD_OBJECT_WORDS = 4
"""Words read after "declare" for the head of its object ("the gifts", "any interest", "all his shareholdings")."""
_QUOTE_OPEN = "\"“‘'"


def _head(text: str, attribution: Attribution) -> str | None:
    words = WORD.findall(text, *attribution.cue)
    return verb_lemma(words[-1].lower()) if words else None


def country_attacked(text: str, attribution: Attribution) -> bool:
    """ "The United States attacked Iran in late February": a strike on a country, no criticism stated."""
    if attribution.quote or attribution.content[0] < attribution.cue[1] or _head(text, attribution) != _ATTACK:
        return False
    target = _COUNTRY_THEN.match(text, attribution.cue[1])
    return (target is not None and is_country(target.group(1).removeprefix("the "))
            and _CRITICISM_AFTER.match(text, target.end()) is None)


def holdings_declared(text: str, attribution: Attribution) -> bool:
    """ "Starmer declared the gifts to his wife": holdings entered in a register, nothing stated; "declared that
    ...", "declared victory" and a quotation of words keep their position."""
    if attribution.content[0] < attribution.cue[1] or _head(text, attribution) != _DECLARE:
        return False
    after = text[attribution.cue[1] : attribution.cue[1] + 80].lstrip().lstrip(_QUOTE_OPEN)
    words = WORD.findall(after)[:HELD_OBJECT_WORDS]
    stop = next((k for k, w in enumerate(words) if w.lower() in ("that", "to", "for", "of")), len(words))
    held = [k for k, w in enumerate(words[:stop]) if w.lower() in _HOLDINGS]
    # "declared an interest in buying the club" is a want, not an interest registered
    return bool(held) and not (held[0] + 1 < len(words) and words[held[0] + 1].lower() == "in")


_SUPPORT = "support"
_FEATURES = frozenset("software firmware hardware connectivity capability capabilities feature features format formats "
                      "protocol protocols codec codecs resolution resolutions storage drives devices peripherals "
                      "controllers accessories apps applications browsers plugins plug-ins".split())
"""Heads of what a product works with (Levin's sense of "support" as "accommodate"): software, formats,
connectivity, capabilities. A stance's object is a side, a plan or an idea ("supports the bill")."""
_FEATURE_END = re.compile(r"\s+(?:in|for|from|at|on|across|including|like|such|by|that|which|to|as|so|but)\b|[,.;:(“\"—–]")
"""Where the supported thing's noun phrase ends (a conjunction does not end it: "iSCSI or Fibre Channel
connectivity")."""
FEATURE_OBJECT_WORDS = 7
"""Words of the supported thing's noun phrase up to its head ("either iSCSI or Fibre Channel SAN connectivity")."""


def feature_supported(text: str, attribution: Attribution) -> bool:
    """ "The AX4 supports either iSCSI or Fibre Channel SAN connectivity": what a product works with, no stance."""
    if attribution.quote or attribution.content[0] < attribution.cue[1] or _head(text, attribution) != _SUPPORT:
        return False
    phrase = WORD.findall(object_phrase(text, attribution, _FEATURE_END))
    return any(w.lower() in _FEATURES for w in phrase[:FEATURE_OBJECT_WORDS])  # "software and costs ...": its head


def deed_object(text: str, attribution: Attribution) -> bool:
    """Whether the cue's object makes it a deed (see the module's docstring)."""
    return (country_attacked(text, attribution) or holdings_declared(text, attribution)
            or feature_supported(text, attribution))
