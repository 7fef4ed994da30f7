"""A comparison with what someone expected ("Revenue was higher than analysts had expected", "a loss deeper
than Wall Street had forecast") states a result, not a position of the ones who expected it.

Why: business news measures results against forecasts in a "than" clause. The cue tagger took "had expected" as
a cue with the clause before it as content, and the analysts were listed as a group that "expects revenue ...
was also higher than": a malformed stance, and an actor who took none. The "than" right before the source (or
before the cue when the source is elided: "than expected") marks the verb as the comparison's, with no content.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution

_EXPECTING = re.compile(
    r"(?:(?:had|have|has|was|were|had\s+been|been|is|are|would\s+have|previously|initially|originally|widely|"
    r"generally|many|most|some|\s)+\s)?"
    r"(?:expect|forecast|estimat|predict|anticipat|project|fear|hope|think|thought|believ|guid|assum|imagin|"
    r"suspect|plan|bargain|model|pencil|budget)\w*(?:\s+for)?",
    re.I,
)
"""The cue, as a verb of expecting or forecasting (with its auxiliaries and adverbs: "had widely expected")."""
_THAN_BEFORE = re.compile(
    r"(?<!\brather )(?<!\bother )\bthan\s+(?!\d|half\b|a\s+(?:dozen|third|quarter|handful)\b|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b)(?:[\w'’&.-]+\s+){0,4}$"
)
"""The comparison's "than", before the cue with at most four words of its subject between ("than many Wall
Street analysts had expected"); no punctuation between, so the "than" is the cue's own clause. Not a count
("more than 20 economists expect a cut": the economists expect it), nor "rather than"."""
_REACH = 60
"""How far before the cue the "than" is looked for: the four words of a subject, with room for long names."""


def without_comparative_expectations(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """The attributions less the expectations a "than" clause compares with (see the module's docstring)."""
    out = []
    for a in attributions:
        if _EXPECTING.fullmatch(text, *a.cue) and _THAN_BEFORE.search(text, max(0, a.cue[0] - _REACH), a.cue[0]):
            continue
        out.append(a)
    return out
