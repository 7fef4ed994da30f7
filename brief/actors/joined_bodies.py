"""One body whose name holds two places joined by "and" before its head words: "University Hospitals of
Ashby and Westbury NHS Foundation Trust", "Royal Borough of Kensington and Chelsea London Borough Council".

Why: the name tagger closes a name at "and", so such a trust or council came out as two bodies (or a body and a
place), and the second, "Westbury NHS Foundation Trust", took the body's statements. Merged hospital trusts,
councils and health boards are named so, after the places they join. The rule wants both halves' shapes: the
second a place of one or two words and at least two descriptor words ending with a body's head ("NHS Foundation
Trust", "District Council"), the first head words, "of" or "for" and a place right before its "and", so "the
University of Colorado and Columbia University Medical Center" or "Oxfam and Barclays Bank" stay two.
A body named for two countries or states after its own head ("the Law Society of England and Wales", "the Catholic
Bishops' Conference of England and Wales") was cut the same way, and the second place took its statements.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.body_endings import ORGANIZATION_ENDINGS
from brief.actors.gazetteer import is_country, state_names
from brief.actors.mentions import Mention, normalise

_FIRST_HALF = re.compile(
    r"(?<![\w'’-])((?:[A-Z][\w'’&-]*\s+){1,4}(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)[ \t]+and[ \t]+$")
"""The first half, right before "and": up to four capitalised head words, "of" or "for", a place of one or two
words ("University Hospitals of Ashby and ")."""
DESCRIPTORS = frozenset(
    "NHS Foundation County Borough City District Metropolitan Health Care Community Fire Rescue Combined Regional "
    "Joint Unitary Town Parish Primary Ambulance Teaching Mental Integrated Partnership Hospitals Hospital "
    "Police Education Services Service Local Royal".split()
)
"""Words that describe a merged public body between its places and its head ("NHS Foundation Trust",
"County Council"); no place's or person's name, and not "University", which opens a body of its own
("Columbia University")."""
MIN_DESCRIPTORS = 2
"""Descriptor words the second half needs after its place (its head counted): "District Council" but not
"Barclays Bank", a body of its own."""
MAX_PLACE_WORDS = 2
"""Words of the place that opens the second half ("Moss Vale")."""
REACH = 120
"""Characters read before the second half for the first (four head words, "of", a place of two words)."""
_OPENERS = frozenset("In On At By For From With And But The A An".split())
"""Capitalised words that may open a sentence before the name, no part of it ("In University Hospitals of ...")."""


def _second_half(surface: str) -> bool:
    """ "Westbury NHS Foundation Trust": a place of one or two words, then descriptors ending with a body's head."""
    words = surface.split()
    if not words or words[-1] not in ORGANIZATION_ENDINGS:
        return False
    k = len(words) - 1
    while k > 0 and words[k - 1] in DESCRIPTORS:
        k -= 1
    return len(words) - k >= MIN_DESCRIPTORS and 1 <= k <= MAX_PLACE_WORDS


def joined_bodies(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each body's name that the tagger cut at "and" between two places made one body, named by
    the whole, and the mentions inside its first half dropped."""
    joined: list[tuple[int, Mention]] = []
    for m in mentions:
        if m.kind != "organization" or not _second_half(m.surface):
            continue
        first = _FIRST_HALF.search(text, max(0, m.start - REACH), m.start)
        if first is None or "\n" in first.group():
            continue
        start = first.start(1)
        while text[start : text.find(" ", start)] in _OPENERS:
            start = text.find(" ", start) + 1
        if start >= first.end(1):
            continue
        surface = text[start : m.end]
        joined.append((start, dataclasses.replace(m, start=start, surface=surface, name=normalise(surface),
                                                  after=next((n.after for n in mentions if n.start == start), m.after))))
    if not joined:
        return list(mentions)
    spans = [(start, j.end) for start, j in joined]
    kept = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in spans)]
    return sorted([*kept, *(j for _, j in joined)], key=lambda m: m.start)


_NAMED_FOR_PLACE = re.compile(r"\b([A-Z][\w'’-]*)\s+of\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)$")
"""A body's name that ends with its head, "of" and a place ("Law Society of England")."""
PAIRED_HEADS = frozenset(
    "Conference Society Council Association Federation Confederation Union Church Board Commission Institute "
    "College Chamber Court Tribunal Assembly Synod Congress League Alliance Bar Institution".split())
"""Heads of bodies that serve two countries or states at once ("Law Society of England and Wales", "Court of
Appeal of England and Wales"); not "Bank" ("the Bank of England and France"), whose second place is another actor."""
_AND_GAP = re.compile(r"[ \t]+and[ \t]+")


def _state_or_country(name: str) -> bool:
    return is_country(name) or name in state_names()


def bodies_of_two_places(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a body named for two places ("the Law Society of England | and Wales") made one, named by
    the whole, and the second place's mention dropped: the tagger closed the body's name at "and"."""
    out: list[Mention] = []
    skip: set[int] = set()
    for k, m in enumerate(mentions):
        if k in skip:
            continue
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        named = _NAMED_FOR_PLACE.search(m.surface) if m.kind == "organization" else None
        if (nxt is not None and named is not None and named.group(1) in PAIRED_HEADS
                and _state_or_country(named.group(2)) and nxt.kind == "place" and _state_or_country(nxt.name)
                and _AND_GAP.fullmatch(text, m.end, nxt.start) and not re.match(r"['’]", text[nxt.end : nxt.end + 1])):
            surface = text[m.start : nxt.end]
            out.append(dataclasses.replace(m, end=nxt.end, surface=surface, name=normalise(surface)))
            skip.add(k + 1)
            continue
        out.append(m)
    return out
