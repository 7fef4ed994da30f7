"""The writer's note that a claim could not be checked, closing a statement: "its forces had captured
the village, a claim Reuters could not independently verify", "..., which could not be independently
confirmed".

Why: the wires close a side's claim with it; it is the newsroom's, not the side's, and the position
read "says its forces had captured the village, a claim Reuters could not independently verify".
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution

_ASIDE = re.compile(
    r",\s*(?:(?:a|an|which\s+is\s+a)\s+(?:claim|report|figure|assertion|statement|account|toll|number)\s+(?:that\s+)?"
    r"(?:[\w'’.-]+\s+){1,4}|(?:which|that)\s+(?:[\w'’.-]+\s+){0,2})(?:could|can|cannot|was|were|has|have|had|is|are)(?:\s+not|n['’]t)?\s+"
    r"(?:(?:not|unable\s+to|yet\s+to)\s+)?(?:be\s+|been\s+)?(?:able\s+to\s+)?(?:independently\s+|immediately\s+)?(?:verif|confirm)\w*"
    r"\s*[.;]?\s*$",
    re.IGNORECASE,
)
"""A closing aside that the claim could not be verified or confirmed, by whom or by no one named."""


def without_verification_aside(text: str, attribution: Attribution) -> Attribution:
    """The attribution with its content (not a quotation) ending before such an aside."""
    start, end = attribution.content
    if attribution.quote:
        return attribution
    found = _ASIDE.search(text, start, end)
    return attribution if found is None else dataclasses.replace(attribution, content=(start, found.start()))
