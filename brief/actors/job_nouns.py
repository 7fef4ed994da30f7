"""The nouns of a job that a description names a person by ("a senior dietitian at the charity", "Sheep farmer Tom
Gallagher", "an economist at Standard Chartered"), beside the role heads ``roles`` knows.

Why a module of its own: the trades and their endings are a vocabulary, read by ``roles`` for a job before "at" or
"for" and a body and for a job right before a name; roles.py had grown past its size.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

TRADES = frozenset(
    "lecturer teacher nurse officer fellow trader dietitian dietician nutritionist physician surgeon pharmacist "
    "midwife paramedic tutor curator coach trainer pilot engineer planner inspector auditor accountant forecaster "
    "economist analyst lawyer attorney astronomer veterinarian librarian historian coroner farmer fisherman "
    "shopkeeper baker butcher plumber mechanic builder publican grocer winemaker shepherd legislator doctor astronaut "
    "convener convenor coordinator organiser organizer "
    "driver vendor hawker labourer laborer cleaner cashier waiter waitress tailor carpenter electrician welder "
    "bricklayer cook courier porter butler chauffeur housekeeper nanny maid bodyguard gardener valet caretaker "
    "janitor".split())
"""The trades news names staff or people by, with the street trades of a vox pop ("Sutrisno, a motorcycle taxi
driver, said", "a street vendor") and a household's staff ("Paul Ames, the family's former butler"), which name a
person as surely as a profession."""
KIN_TITLES = frozenset("father mother brother sister".split())
"""Kin words that are also a priest's or a nun's title: never a job ("a father at the school" is a parent)."""
JOB_SUFFIX = re.compile(r"[a-z]+(?:ologist|itian|ician)|[a-z]{4,}ist")
"""Job nouns by their ending: "epidemiologist", "dietitian", "statistician", "linguist", "journalist" (before "at",
"for", "with" or "on" and a body: "a linguist at the University of New Mexico")."""
STANDINGS = frozenset("retiree pensioner commuter shopper homeowner villager widow widower student "
                      "undergraduate jobseeker".split())
"""A person's standing in life, which news writes capitalised before a vox pop's name as it writes a trade
("Retiree Lim Boon Huat, 71, said", "Pensioner Ruth Callaghan said"): their role there, never part of the name."""
PRIVATE_CALLINGS = frozenset("retiree pensioner homeowner villager widow widower accountant grandmother grandfather "
                             "great-grandmother great-grandfather fan".split())
"""A private person's standing or trade that a page calls someone it has just named and quoted ("“...,” said the
accountant", "the widower said"), as it does a calling (``referring.CALLINGS``): no office a body has many of,
and one that brings in someone new comes with "a" ("a pensioner said"). Not "student" or "shopper": a page of vox
pops calls several people so."""
AT_BODY = frozenset({"at", "for", "with", "on", "in"})
"""Words after a job noun that name where or for whom it is done ("a dietitian at the charity", "an obstetrician in
Houston")."""


def job_noun(word: str, heads: frozenset[str]) -> bool:
    """Whether ``word`` names a job: one of ``heads`` (the role heads and callings), a trade, or a job's ending."""
    return word not in KIN_TITLES and (word in heads or word in TRADES) or bool(JOB_SUFFIX.fullmatch(word))


def job_at_body(words: Sequence[str], heads: frozenset[str]) -> bool:
    """ "a senior dietitian at the charity", "an economist at Standard Chartered", "a lawyer for the family", "the
    group's lead lawyer on the case": a job noun (``job_noun``), then "at", "for" or "with" and what it is done in,
    is a role though its last word is the body's."""
    for k in range(1, len(words) - 1):
        if words[k] in AT_BODY:
            return job_noun(words[k - 1].lower(), heads)
    return False


AUTHORSHIPS = frozenset("study lead senior first last co-lead corresponding author co-author authors co-authors".split())
"""Words of a study's authorship written before a name ("study lead author Lucas Paganini, a planetary scientist at
...", "co-author Dr. X"): the person's part in the story, which a job or post set off after the name says better;
with none after it, the authorship is the role."""
