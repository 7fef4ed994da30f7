"""Names the tagger cut short at a number or an "and": "Channel 4", "Radio 5", "the Competition and Markets
Authority", "the Australian Competition and Consumer Commission".

The tagger learned from 1996 wire copy, where such names were rare: it tagged "Channel" of "Channel 4 said"
alone (a common noun, listed as an actor) and "Consumer Commission" of a body whose name joins two nouns with
"and". A name is extended over the words its own form shows are part of it; the rest of the list is left as
the tagger read it.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.gazetteer import demonym_country
from brief.actors.gender import first_names
from brief.actors.mentions import Mention
from brief.actors.phrasing import is_noun
from brief.actors.product_signs import EDITIONS

# "Channel 4 said", "BBC Radio 5 Live": a number of one or two digits right after the name, not a score,
# a quantity or a date ("Chelsea 2-1", "Channel 4,000", "Radio 4.5", "Ward 4 %"), nor a product's model
# number before its edition ("Pixel 9 Pro", "Galaxy Z Fold 6", "iPhone 15 Plus").
_NUMBER_AFTER = re.compile(r"[ \xa0](\d{1,2})(?![\d.,:%/-]\d|[\d%-])"
                           rf"(?![ \xa0]{EDITIONS}\b)")
# "Competition and Markets Authority": capitalised nouns, "and" and more nouns before a body's name ending.
_JOINED_BEFORE = re.compile(r"((?:[A-Z][a-z]+[ \xa0]){1,3})and[ \xa0](?:([A-Z][a-z]+[ \xa0])([a-z]+[ \xa0]))?$")
"""With the name's own first word and a lower-case noun the tagger stopped at after the "and" ("Medicines and
Healthcare products | Regulatory Agency")."""
COMPASS_WORDS = frozenset("North South East West Mid Central Upper Lower".split())
"""A region's compass word, which joins another with "and" before a place in a council's name ("Mid and East
Antrim Borough Council", "North and West Kent Council")."""
JOINED_ENDINGS = frozenset("Commission Authority Agency Administration Department Ministry Council Committee Institute "
                           "Association Foundation Board Service Office Bureau Tribunal Protection Enforcement "
                           "Prevention".split())
"""Last words of a public body's name, which joins its remit's nouns with "and" ("Food and Drug Administration",
"Competition and Markets Authority", "Customs and Border Protection"); not "Party" or "Club", before which "and" joins two names in a list
("Labour and Conservative Party members")."""
JOIN_REACH = 60
"""Characters before a body's name read for the nouns and the "and" that open it."""


def common_noun(word: str) -> bool:
    """A dictionary noun that is no given name ("Border", not "Rose")."""
    return is_noun(word) and word not in first_names()


def _demonym_word(word: str) -> bool:
    """ "Australian" of "the Australian Competition and Consumer Commission": a nation's adjective opening a body's name."""
    return demonym_country(word) is not None


def numbered(text: str, m: Mention) -> Mention:
    """``m`` over the number after it where the name is one common noun ("Channel 4", "Radio 1")."""
    after = _NUMBER_AFTER.match(text, m.end)
    if after is None or " " in m.name or not m.name[:1].isupper() or not common_noun(m.name) or m.demonym:
        return m
    name = f"{m.name} {after.group(1)}"
    return dataclasses.replace(m, end=after.end(), name=name, surface=text[m.start : after.end()],
                               kind="organization", medium=False)


def joined_body(text: str, m: Mention, starts: set[int]) -> Mention:
    """``m`` over the nouns and "and" before it where it ends a body's name ("[Competition and] Markets
    Authority") and those nouns are common ones no other name the tagger found holds ("Apple and Google Pay")."""
    words = m.name.split()
    if len(words) < 2 or words[-1] not in JOINED_ENDINGS or m.demonym or m.kind != "organization" and not (
            m.kind == "person" and all(common_noun(w) for w in words)):  # "Border Protection" typed a man
        return m
    before = _JOINED_BEFORE.search(text, max(0, m.start - JOIN_REACH), m.start)
    if before is None:
        return m
    # the longest run of nouns before the "and" ("The" of "The Australian Competition and ..." is not one)
    runs = list(re.finditer(r"\S+", before.group(1)))
    if before.group(2) and not (common_noun(before.group(2).strip()) and is_noun(before.group(3).strip())):
        return m
    if words[0] in COMPASS_WORDS and not before.group(2) and runs and runs[-1].group() in COMPASS_WORDS:
        runs = runs[-1:]  # "Mid and | East Antrim": the compass word alone, not "Armagh" of a list before
    else:
        while runs and not all(common_noun(w.group()) or _demonym_word(w.group()) for w in runs):
            runs.pop(0)
        if not runs or not common_noun(runs[-1].group()):
            return m
    start = before.start(1) + runs[0].start()
    if any(start <= s < m.start for s in starts):
        return m
    surface = text[start : m.end]
    return dataclasses.replace(m, start=start, name=" ".join(surface.split()), surface=surface, kind="organization")


_AND = re.compile(r"[ \xa0]+and[ \xa0]+")
MAX_REMIT_WORDS = 2
"""Words of the second field a remit's "and" joins ("Insect Physiology and Ecology", "Health and Social Care")."""


def _remit_joined(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "the International Centre of Insect Physiology and Ecology": a body named for its remit ("... of X") and
    the capitalised common nouns the tagger read after its "and" as a body of their own are one name, where the
    remit before the "and" is common nouns too (fields, not a place: "the Bank of Ruritania and Kestrel Savings"
    are two bodies)."""
    out: list[Mention] = []
    for m in mentions:
        prior = out[-1] if out else None
        words = m.name.split()
        if (prior is not None and prior.kind == "organization" and m.kind == "organization" and not m.demonym
                and " of " in prior.name and _AND.fullmatch(text, prior.end, m.start)
                and all(common_noun(w) for w in prior.name.split(" of ", 1)[1].split() if w[:1].isupper())
                and len(words) <= MAX_REMIT_WORDS and all(w[:1].isupper() and common_noun(w) for w in words)
                and not re.match(r"['’]", text[m.end : m.end + 1])):
            surface = text[prior.start : m.end]
            out[-1] = dataclasses.replace(prior, end=m.end, surface=surface, name=" ".join(surface.split()))
            continue
        out.append(m)
    return out


def extended_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each name cut short at a number or an "and" made whole (see the module's docstring)."""
    mentions = _remit_joined(text, mentions)
    starts = {m.start for m in mentions if not m.demonym}
    out = [joined_body(text, numbered(text, m), starts) for m in mentions]
    grown = [(m.start, m.end) for m, was in zip(out, mentions, strict=True) if m is not was]
    # "Australian" of "the Australian Competition and Consumer Commission": a word of the body's name now
    return [m for m in out if not (m.demonym and any(a <= m.start and m.end <= b for a, b in grown))]
