"""The side a barrister argues for, set off by commas after the name, is no statement: "She agreed with Brian
Hession SC, defending, that his client ...", "Tom Ruane BL, prosecuting, told the court".

Why: British and Irish court reports write counsel's side as a bare participle between commas; the cue model read
"defending" as a verb of its own, and the witness was given a position ("defends his client had been addicted")
made of what she agreed to. A side so set off labels the name before it; the attribution it cues is dropped.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution

_SIDE = re.compile(r"(?:defending|prosecuting)\s*,", re.IGNORECASE)
"""Counsel's side, closed by a comma ("defending,"); the comma before it is checked apart."""
_SIDES = frozenset({"defending", "prosecuting"})
"""The side alone is the cue; "Ann Lee, defending, said" has its cue in "said", and keeps it."""


def without_counsel_sides(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """The attributions, less those cued by counsel's side set off by commas (see the module's docstring)."""
    return [a for a in attributions if not (
        text[a.cue[0] : a.cue[1]].strip().lower() in _SIDES
        and text[: a.cue[0]].rstrip().endswith(",") and _SIDE.match(text, a.cue[0]) is not None)]
