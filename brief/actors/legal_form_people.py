"""A name written with a company's legal form is a company, never a person: "the Weinstein Co.".

Why: the tagger typed "the Weinstein Co." a person, and the mention, its legal form dropped, joined Bob Weinstein
as his alias: the studio and its founder listed as one man. A legal form ("Co.", "Inc.", "Ltd") ends a
company's name and no person's, so the mention is the company, named with its form so that it stays apart
from the person whose surname it holds.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from brief.actors.mentions import Mention, normalise
from brief.actors.name_endings import LEGAL_FORMS


def legal_form_people(mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each person whose written name ends on a legal form made that company."""
    out = []
    for m in mentions:
        words = m.surface.replace(",", " ").split()
        if m.kind == "person" and len(words) >= 2 and words[-1] in LEGAL_FORMS:
            m = dataclasses.replace(m, kind="organization", role="", name=normalise(m.surface))
        out.append(m)
    return out
