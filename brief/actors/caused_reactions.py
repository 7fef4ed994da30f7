"""A reaction a deed set off is no statement of the one who did it: "The Euphoria star sparked
speculation at the Golden Globes", "the post caused outrage among fans", "fuelled fears of a trade war".

Why: the cue model reads "speculation", "fears" or "criticism" as cues (nouns of saying and believing),
with the subject of the verb before them as the source; but sparking speculation says nothing, and the
star was listed as holding "the Golden Globes on Sunday when she was spotted ...".
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.text.ending import search_ending

_CAUSING = (
    r"(?:spark|sparks|sparked|sparking|cause|causes|caused|causing|prompt|prompts|prompted|prompting|trigger|"
    r"triggers|triggered|triggering|fuel|fuels|fuelled|fueled|fuelling|fueling|stoke|stokes|stoked|stoking|"
    r"provoke|provokes|provoked|provoking|draw|draws|drew|drawn|drawing|attract|attracts|"
    r"attracted|attracting|ignite|ignites|ignited|igniting)"
)
_CAUSING_BEFORE = re.compile(
    rf"\b{_CAUSING}\s+(?:(?:fresh|new|more|further|widespread|some|intense|"
    r"wild|growing|renewed|public|online|much|huge|major)\s+)?$",
    re.I,
)
"""A verb of causing right before the cue, with at most one adjective: the cue is what it caused. Not "raise",
which voices as often as it causes ("students raised worries about ...")."""
_CAUSING_CUE = re.compile(_CAUSING, re.I)
"""The verb of causing read as the cue itself ("Russia vetoed the resolution, drawing sharp criticism from
Britain"): what the deed drew is others' words, not the subject's."""


CAUSING_RUNS = 2
"""The most runs of non-space characters a match of ``_CAUSING_BEFORE`` spans (its verb, one word, and a modifier:
"sparked fresh "): only that end of the text before a cue is searched (``search_ending``: the same matches)."""


def caused_reaction(text: str, attribution: Attribution) -> bool:
    """Whether the cue is a reaction the subject's deed set off ("sparked speculation"), or the causing
    itself ("drawing sharp criticism")."""
    start, end = attribution.cue
    return (search_ending(_CAUSING_BEFORE, text, CAUSING_RUNS, max(0, start - 40), start) is not None
            or _CAUSING_CUE.fullmatch(text, start, end) is not None)
