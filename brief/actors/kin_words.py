"""A kin word right before a name ("his wife, Mary Brel"): the name is a relative's, brought in by someone
else's. Moved out of ``mentions`` (full) so the rule has a home of its own."""

from __future__ import annotations

import re

KIN_BEFORE = re.compile(
    r"\b(?:wife|husband|son|daughter|brother|sister|mother|father|widow|widower|partner|fianc[ée]e?|girlfriend|"
    r"boyfriend|niece|nephew|cousin|grandson|granddaughter|grandmother|grandfather|stepson|stepdaughter|"
    r"uncle|aunt|mum|mom|dad|spouse)\b,?\s*$",
    re.I,
)
