"""A single name set off by commas right after "a" and a person's job or standing ("A driver, Sutrisno, said",
"One resident, Wahyudi, said"), or any name set off so after someone's job ("Zendaya's longtime stylist, Law Roach,
said", "her lawyer, Dana Holt,"): a person, whose role is that job.

Why: the tagger types a one-word name it does not know (Indonesian and Javanese names are often one word) by its
surroundings, and a name between commas after a noun reads to it as a place ("a town, X,"); the person was listed
as a place with no role, or lost. A job or a standing noun ("driver", "teacher", "resident") is never a place's,
so the name it introduces is the person who holds it. Only a name no gazetteer knows as a place is retyped.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.callings import CALLINGS
from brief.actors.job_nouns import STANDINGS, job_noun
from brief.actors.mentions import Mention
from brief.actors.personhood import known_place

VOX_NOUNS = frozenset("resident local witness neighbour neighbor passenger motorist commuter survivor".split())
"""Who a vox pop's speaker is beside a job ("One resident, Wahyudi, said")."""
_JOB_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)(?P<one>A|An|One|Another)\s+(?P<job>(?:[a-z][\w-]*\s+){0,3}(?P<head>[a-z]+)),\s+$")
"""A sentence opening with "a" or "one" and up to four lower-case words, the last the job, then the comma."""
_OWNERS_JOB = re.compile(r"(?:['’]s|\b(?:his|her|their))\s+(?P<job>(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z]+)),\s+$")
"""Someone's job, up to two words before it, then the comma: "Zendaya's longtime stylist, ", "her lawyer, "."""
FIRM_JOBS = frozenset("lawyer attorney counsel solicitor adviser advisor auditor accountant consultant broker banker "
                      "underwriter".split())
"""Jobs a firm holds as often as a person ("the company's lawyer, Baker Hale,"): their name is left as typed."""
_READ_BACK = 80
"""Characters read back from the name for the job before it."""


def apposed_jobs(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each one-word place no gazetteer knows that a job or standing introduces (see the
    module's docstring) made a person of that role."""
    out = []
    for m in mentions:
        if m.kind == "place" and " " not in m.name and not known_place(m.name) and text[m.end : m.end + 1] == ",":
            found = _JOB_BEFORE.search(text, max(0, m.start - _READ_BACK), m.start)
            head = found.group("head") if found else ""
            if found and (job_noun(head, CALLINGS | STANDINGS) or head in VOX_NOUNS):
                m = dataclasses.replace(m, kind="person", role=found.group("job"))
        elif m.kind in ("organization", "place") and not m.demonym and text[m.end : m.end + 1] == "," \
                and not known_place(m.name):  # "Zendaya's longtime stylist, Law Roach,": the tagger read "Law" a firm's
            owned = _OWNERS_JOB.search(text, max(0, m.start - _READ_BACK), m.start)
            if owned and owned.group("head") not in FIRM_JOBS and job_noun(owned.group("head"), CALLINGS | STANDINGS):
                m = dataclasses.replace(m, kind="person", role=owned.group("job"))
        out.append(m)
    return out
