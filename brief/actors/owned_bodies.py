"""The body a possessive source names ("Britain's army said", "California's grid operator said"): the latest
body named with the head, but never one of another country's.

Why: the head alone ("army") took the latest body whose name ends in it, so after "The Ukrainian army said",
"Britain's army said" was the Ukrainian army's word. A country's possessive says whose the body is; a body named
for another country ("Ukrainian army", "the Polish Army") is not it, and the source then names that country's
own body (``armed_forces``).
"""

from __future__ import annotations

from collections.abc import Sequence

from brief.actors.gazetteer import demonym_country, is_country
from brief.actors.mentions import Mention
from brief.actors.referring import body_named


def _countries(name: str) -> set[str]:
    """The countries a body's name says it is of: its demonyms' and its countries' names."""
    out = {demonym_country(w) for w in name.replace("'s", "").replace("’s", "").split()}
    out |= {w for w in name.split() if is_country(w)}
    return {c for c in out if c}


def owned_body(before: list[Mention], inside: Sequence[Mention], head: str, owner_end: int) -> Mention | None:
    """The body named with ``head`` that the possessive ending at ``owner_end`` owns: ``body_named``'s, unless the
    owner is a country and the body's name says it is another's."""
    body = body_named([*before, *inside], head)
    owner = next((m for m in inside if m.end == owner_end and m.kind == "place" and not m.demonym), None)
    if body is None or owner is None:
        return body
    countries = _countries(body.name)
    return None if countries and owner.name not in countries else body
