"""A name described by a firm's part in a business, with no given name: "Kwik Leisure, the venue's owner, said",
"Live Arena, the tour's promoter," "Rail Metro, the line's operator,"; and a name written after a firm's trade, "Fund manager Hartwell Investors told clients", "Proxy
adviser Vantage Governance recommended". A body, not a person.

Why: the tagger reads two capitalised words as a given name and a surname, and the description apposed after the
name became its role, which keeps a person's reading (a role is a person's sign). A tour's promoter, a line's
operator, a venue's owner are most often firms; a person who is one (a boxing promoter, a club's owner) is
named with a given name first, which keeps them a person here. So do the trades of finance that name a firm as
often as a person's job ("fund manager", "proxy adviser"): business desks write them before the firm's name.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.gender import first_names, given_names
from brief.actors.mentions import Mention
from brief.actors.spelling_variants import unaccented

BUSINESS_PARTS = frozenset("promoter promoters operator operators owner owners organiser organisers organizer organizers "
                           "developer manufacturer maker distributor publisher sponsor broadcaster landlord insurer "
                           "supplier contractor builder carrier provider retailer".split())
"""A firm's part in someone else's business, the head of a description apposed after its name."""
_OWNED_PART = re.compile(r"[\w'’ -]+['’]s?\s+(?:[a-z-]+\s+)?(?P<head>[a-z]+)")
"""A role read from "the tour's promoter", "the festival's main sponsor": someone's, then the head."""
_PART_OF = re.compile(r"(?:the\s+)?(?:[a-z-]+\s+)?(?P<head>[a-z]+)\s+of\s+(?:the\s+)?[A-Z].*")
"""The same part written with "of" and the business's name ("the owner of the Evening Lantern newspaper",
"operator of Kellbrook Airport"): kept to names of two words or more that are no one's surname (a person named
alone by surname, "Ferro, the owner of Ferro Foods", is met after the full name)."""


_FIRM_TRADE = re.compile(r"(?:[\w'’-]+\s+){0,2}?(?:(?:asset|fund|wealth|investment|portfolio|money|hedge[- ]fund)\s+manager"
                         r"|proxy\s+advis[eo]r|(?:credit\s+)?ratings?\s+agency|research\s+(?:firm|house)|brokerage)", re.I)
"""A firm's trade written before its name ("Fund manager Hartwell Investors", "proxy adviser Vantage Governance",
"ratings agency Meridian Credit"), with up to two words before it ("US asset manager")."""


def _business_role(role: str) -> bool:
    found = _OWNED_PART.fullmatch(role)
    return found is not None and found.group("head") in BUSINESS_PARTS or _FIRM_TRADE.fullmatch(role) is not None


def _part_of(role: str, name: str, surnames: set[str]) -> bool:
    found = _PART_OF.fullmatch(role)
    return found is not None and found.group("head") in BUSINESS_PARTS and " " in name and name not in surnames


def _given(word: str) -> bool:
    """Whether ``word`` is a given name of either list (looked up in each: no union built per mention)."""
    return word in given_names() or word in first_names()


def business_bodies(mentions: list[Mention]) -> list[Mention]:
    """The mentions, each name a person's mention gave a firm's part in a business as role (see the module's
    docstring), with no given name first, an organisation at every writing."""
    surnames = {m.name.split(" ", 1)[1] for m in mentions if m.kind == "person" and " " in m.name}
    names = {m.name for m in mentions if m.kind == "person" and m.role and not _given(unaccented(m.name.split()[0]))
             and (_business_role(m.role) or _part_of(m.role, m.name, surnames))}
    if not names:
        return mentions
    return [dataclasses.replace(m, kind="organization", role="") if m.name in names and m.kind == "person" else m
            for m in mentions]
