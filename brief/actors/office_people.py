"""An office written alone after "the" that the tagger typed a body: "the Pope urged", "the Chancellor said".

Why: the tagger reads a capitalised title with no name after it as often as a body's name, and the actor
list held "Pope (organization)". A title of a person's office ("the Pope", "the Premier") is the one person
who holds it; the titles that also name a rank, a court or a department ("the General", "the Justice") are
left as the tagger read them.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.mentions import Mention
from brief.text.lexicon import PERSON_TITLES

_NOT_ONLY_PEOPLE = frozenset("justice general major director delegate lady lord supervisor representative "
                             "attorney lawyer coach secretary treasurer commissioner".split())
"""Titles that alone after "the" may name a thing or a body as well ("the Justice Department", "the Majors",
"the Treasurer's office", "the Secretary of State's office"): not retyped."""
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
REACH = 5
"""Characters before the title read for its "the "."""


def office_people(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each body named by one person's title alone after "the" ("the Pope") a person."""
    return [dataclasses.replace(m, kind="person")
            if m.kind == "organization" and len(m.name.split()) == 1 and m.name.lower() in PERSON_TITLES
            and m.name.lower() not in _NOT_ONLY_PEOPLE and m.name[:1].isupper()
            and _THE_BEFORE.search(text, max(0, m.start - REACH), m.start) is not None
            else m for m in mentions]
