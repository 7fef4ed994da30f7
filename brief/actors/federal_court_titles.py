"""The country in a federal court officer's title is no actor: "U.S. District Judge Harriet Coyle said", "Assistant
U.S. Attorney Rachel Kim argued", "the U.S. Attorney's Office for the Eastern District" name a judge and a
prosecutor, not the United States.

Why: the tagger reads "U.S." inside these titles as the country, and a sentencing story listed "United States
(place)" among its actors, from nothing but the judge's and the prosecutor's titles. The title after the country
says it is an office's name; a country named elsewhere in the story keeps its own mentions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mentions import Mention

_COUNTRY = frozenset({"U.S.", "US", "U.S", "United States"})
"""How news writes the country in the federal courts' titles."""
_COURT_TITLE_AFTER = re.compile(
    r"\s+(?:District|Magistrate|Bankruptcy|Circuit|Attorney|Attorneys|Attorney['’]s|Marshal|Marshals|Trustee|"
    r"Court\s+of\s+(?:Appeals|Federal\s+Claims|International\s+Trade))\b")
"""A federal court or its officers right after the country: a district or magistrate judge, the prosecutor ("U.S.
Attorney"), the marshals, an appeals court."""


def federal_titles_dropped(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions less the country written inside a federal court officer's title (see the module's docstring)."""
    return [m for m in mentions
            if not (m.kind == "place" and m.surface in _COUNTRY and _COURT_TITLE_AFTER.match(text, m.end))]
