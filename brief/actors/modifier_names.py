"""A name the text writes only before a common noun it qualifies ("majority of Web users", "any Web sites"):
a word of a thing, not a body "the company" refers back to.

Why: the tagger reads a capitalised common word as an organisation, whose name, ending in no word of a kind,
fits any description; being named last, it took the cable company's statement ("... degrade service to the
majority of Web users. The cable company said ..."). A body is written alone somewhere ("Vantel has denied"),
or before its own people ("a Vantel spokeswoman"); a name never so written is passed over while another fits.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention
from brief.actors.person_nouns import one_person
from brief.actors.phrasing import is_noun, present

_QUALIFYING = re.compile(r"(?:the|a|an|any|all|many|most|some|no|other|of|for|to|by|in|on|with|from|about)\s+$", re.I)
"""Before a name inside a noun phrase ("any Web sites", "of Web users"): the word after it is then that phrase's
noun, even one also a verb's form ("sites")."""


def only_modifies(text: str, m: Mention) -> bool:
    """Whether every time the text writes the name it stands before a common noun of things or users that it
    qualifies (``_QUALIFYING``), never alone nor before its own people ("Vantel spokeswoman")."""
    seen = False
    for found in re.finditer(rf"\b{re.escape(m.name)}\b", text):
        after = re.match(r" ([a-z]+)\b", text[found.end() : found.end() + 24])
        if after is None:
            return False
        word = after.group(1)
        if not is_noun(word) or one_person(word) and not word.endswith("s"):
            return False  # "Vantel has denied", "a Vantel spokeswoman"
        if present(word) is not None and not _QUALIFYING.search(text, max(0, found.start() - 8), found.start()):
            return False  # "Vantel plans to": a verb
        seen = True
    return seen
