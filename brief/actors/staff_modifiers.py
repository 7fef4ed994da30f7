"""A common word capitalised at a sentence's start before the people it describes: "Election officials changed the
polling places", "Health workers said". It is no body's name.

Why: the tagger reads a capitalised word before a plural of people as a body ("Election", "Health") and brief listed
it as an organisation, though the text names no body: the officials are a group, the word only says of what. The page
shows the word is a common one where it writes it in lower case in its prose ("more election updates"); a body's name
("Labour officials") is not written so. A one-word name typed a body is dropped when the page writes it in lower case
too, opens a sentence with it at least once, and writes it only right before a noun of people ("officials",
"workers", "director"), never on its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mentions import Mention
from brief.actors.word_case import prose_lowercase
from brief.text.phrases import phrase_spans

STAFF_NOUNS = frozenset("official officials worker workers staff staffer staffers officer officers director directors "
                        "chief chiefs inspector inspectors expert experts authorities volunteers".split())
"""Nouns of people a common word may describe at a sentence's start ("Election officials", "Health workers")."""

_NOUN_AFTER = re.compile(r"[^\S\n]+([a-z]+)\b")
"""The lower-case word right after the name."""
_OPENS = re.compile(r"(?:^|[.!?][\"”’']?\s+|\n\s*)\Z")
"""A sentence's or a line's start right before the name."""
OPENING_REACH = 8
"""Characters read before a writing for the sentence's start."""


def _modifier_only(text: str, name: str) -> bool:
    """Whether every writing of ``name`` stands right before a noun of people, one of them opening a sentence."""
    spans = list(phrase_spans(text, name))
    if not spans:
        return False
    for _, end in spans:
        noun = _NOUN_AFTER.match(text, end)
        if noun is None or noun.group(1) not in STAFF_NOUNS:
            return False
    return any(_OPENS.search(text, max(0, start - OPENING_REACH), start) for start, _ in spans)


def staff_modifiers_dropped(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions without those of a common word the tagger read as a body's name before a noun of people (see
    the module)."""
    lowered = prose_lowercase(text)
    names = {m.name for m in mentions if m.kind == "organization" and " " not in m.name and not m.role
             and not m.demonym and m.name.isalpha() and m.name[1:].islower() and m.name.lower() in lowered}
    dropped = {name for name in names if _modifier_only(text, name)}
    return [m for m in mentions if m.name not in dropped] if dropped else list(mentions)
