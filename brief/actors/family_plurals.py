"""A family named by its surname's plural is a group of people, not a body: "The Okonkwos settled in Halifax",
"the Harrises".

Why: features and profiles name a household by its plural ("the Obamas", "the Harrises"); the tagger typed the
capitalised plural after "the" as a body ("Harrises (organization)"), listed among the actors though it said
nothing. A name written after "the" that is the plural of the surname of a person the article names in full
is the family: a group, listed, as other groups are, only where it says something ("the Okonkwos said").
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.mentions import Mention
from brief.actors.source_words import GROUP

_THE = re.compile(r"\b[Tt]he\s+$")
"""The article a family's plural is written after."""


def _singulars(name: str) -> set[str]:
    """The surnames a plural may be of: "Okonkwos" of "Okonkwo", "Harrises" of "Harris", "Kennedys" of "Kennedy"."""
    forms = set()
    if name.endswith("es"):
        forms.add(name[:-2])
    if name.endswith("s"):
        forms.add(name[:-1])
    return forms


def family_groups(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a family's plural after "the" (the plural of a surname of someone named in full)
    retyped a group."""
    surnames = {m.name.split()[-1] for m in mentions if m.kind == "person" and len(m.name.split()) >= 2}
    families = {m.name for m in mentions if m.kind in ("organization", "person") and " " not in m.name
                and m.name.isalpha() and _singulars(m.name) & surnames
                and _THE.search(text, max(0, m.start - 4), m.start)}
    if not families:
        return mentions
    return [dataclasses.replace(m, kind=GROUP) if m.name in families and m.kind in ("organization", "person")
            else m for m in mentions]
