"""A one-word name right after a person's job ("the agency's seismic analyst Wiratmo, who heads the unit,
said"): a person who goes by one name, not a body.

Why: news from places where many go by a single name (Indonesia, Myanmar, parts of India) writes them after
their job as it writes anyone; the tagger, meeting one capitalised word it never saw, often reads it as an
organisation, and the person's quotes then land on a "body" that a later "the agency said" also joins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.job_nouns import job_noun

_JOB_BEFORE = re.compile(r"\b([a-z]+)\s+$")
"""The lower-case word right before the name, with no comma between: its job noun ("analyst Wiratmo")."""
_PERSON_AFTER = re.compile(r"^(?:,\s+who\b|\s+(?:said|says|told|added)\b)")
"""What follows the name: a relative clause for a person ("Wiratmo, who heads"), or the person's own saying."""


def one_name_staff(before: str, after: str, words: Sequence[str]) -> bool:
    """ "the agency's seismic analyst Wiratmo, who goes by one name, said": a person, though read as a body."""
    if len(words) != 1:
        return False
    job = _JOB_BEFORE.search(before)
    return bool(job and job_noun(job.group(1), frozenset()) and _PERSON_AFTER.match(after))
