"""A name followed by words that make it a body: "the Sage group of science advisers", "Penguin Random House,
her publisher, said".

Why: the tagger reads a publisher, a lender or a shop named with a common word ("House", "Street", a town's
name) as a place; the apposition after the name says what it is, whatever its words.
"""

from __future__ import annotations

import re

_BODY_AFTER = re.compile(r"^\s+(?:group|panel|committee|board|taskforce|task force)\s+of\b")
# "Penguin Random House, her publisher, said", "Brightwell, the company that runs the site,": a body's noun heading
# an apposition after the name (a determiner or an owner's word, up to two modifiers, the noun, then the apposition's end).
_BODY_APPOSITION_AFTER = re.compile(
    r"^,\s+(?:the|its|his|her|their|our|my|your|a|an)\s+(?:[\w-]+\s+){0,2}?(?:company|firm|publisher|retailer|"
    r"manufacturer|maker|carmaker|automaker|chipmaker|drugmaker|developer|studio|label|lender|bank|insurer|airline|"
    r"broadcaster|distributor|supplier|operator|owner|parent|employer|landlord|agency|charity|regulator)"
    r"(?=\s*[,;]|\s+(?:that|which|behind)\b)"
)


def body_context(after: str) -> bool:
    """ "the independent Sage group of science advisers", "Penguin Random House, her publisher,": a body,
    though its name read as a place."""
    return bool(_BODY_AFTER.match(after) or _BODY_APPOSITION_AFTER.match(after))
