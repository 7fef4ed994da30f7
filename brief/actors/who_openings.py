"""A name the tagger did not read as a person (or read as a body, when it is one word), opening a sentence with a relative "who" set after it: "Marlo — who
only goes by his first name online — left his job at 50", "Tansy, who asked that her surname not be used, moved
in 2019".

Why: "who" says the subject is a person, and centering takes a sentence's subject as what the next "he" or "she"
goes on with. A single first name, a nickname or an unfamiliar name is often no mention (the tagger reads it as
nothing), so nothing stood between the pronoun and a person named paragraphs before, who was then given the new
person's words ("..., he wrote in a blog post" went to an investor the article had only cited). The words then go
to no one rather than to the wrong person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mentions import Mention

_WHO_OPENING = re.compile(
    r"(?:^|\n|[.!?][\"”’']?\s)[ \t]*(?:(?:But|And|Then|Meanwhile|Later),?\s+)?"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
    r"\s*(?:,|—|–|--)\s*who\s+[a-z]"
)
"""A sentence opening with a capitalised name (one to three words) and a relative "who" after a comma or a dash:
the subject is a person ("Marlo — who", "Tansy, who asked")."""
_PERSONAL = frozenset({"he", "she"})
"""Only a pronoun of one person goes on with the person the "who" brings in."""


def unnamed_who_since(
    text: str, before: Sequence[Mention], person: Mention, since: int, start: int, pronoun: str
) -> bool:
    """Whether, between ``since`` (where ``person`` was last named) and the pronoun at ``start``, a sentence opens
    with a person the tagger read as no mention (or as another person), set off by "who": someone new, whom the
    pronoun goes on with rather than ``person``."""
    if pronoun not in _PERSONAL:
        return False
    own = set(person.name.split())
    for found in _WHO_OPENING.finditer(text, since, start):
        at, end = found.start("name"), found.end("name")
        if own & set(found.group("name").split()):
            continue  # "Quintrell, who ...": the same person, by the surname or the first name
        tagged = [m for m in before if m.start < end and m.end > at]
        if all((m.kind == "person" and m.name != person.name) or _lone_first_name(m) for m in tagged):
            return True
    return False


def _lone_first_name(m: Mention) -> bool:
    """A single capitalised word the tagger took for a body ("Marlo"): with "who" after it, a person's first name;
    not a plural ("The Hawks, who") nor an acronym ("NATO, who"), which may be a body written of as people."""
    return m.kind == "organization" and " " not in m.name and not m.name.endswith("s") and not m.name.isupper()
