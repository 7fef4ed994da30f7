"""A role read as an area's name alone ("The Commissioner for Education in Ondo State, Mrs Funmilayo Akinbode,":
"Ondo State"): the reading stopped at the lower-case "in" that joins the office to where it serves, and kept
only the area, which says where the person serves, not what she is.

Why a module of its own: ``roles.read_role`` is at its size limit; the actor's role is chosen from its
mentions' (``grouping``), where an area alone is left out. Only a sub-national area's name, whose last word says
it is one: a city or a country alone may name a club or a government ("Liverpool's Salah").
"""

from __future__ import annotations

_AREA_ENDINGS = frozenset("State Province County District Region Division Municipality".split())
"""Last words of a sub-national area's name ("Lagos State", "Kajiado County")."""


def place_alone(role: str) -> bool:
    """Whether the role is only an area's name: capitalised words, the last an area's word ("Lagos State")."""
    words = role.split()
    return len(words) >= 2 and words[-1] in _AREA_ENDINGS and all(w[:1].isupper() and w.isalpha() for w in words)
