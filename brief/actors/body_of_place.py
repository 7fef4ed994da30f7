"""A body named for the place it serves, after "of": "the Human Rights Commission of Pakistan", "the Central Bank
of Nigeria", "the Law Society of Kenya" are one body each.

Why: the tagger reads the body and the place apart ("Human Rights Commission" | "of" | "Pakistan"), and a source
"The Human Rights Commission of Pakistan has warned" went to the place its name ends with. A body's ending right
before "of" and a place right after it make one name, as "the Bank of England" is.
"""

from __future__ import annotations

from brief.actors.body_endings import ORGANIZATION_ENDINGS


def with_bodies_of_places(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans with each body whose name ends in a body's word, "of" and a place tagged right after it made one
    body (ORG)."""
    if "of" not in words:
        return spans
    out = list(spans)
    for body in spans:
        a, b, label = body
        if label != "ORG" or b + 1 >= len(words) or words[b] != "of" or words[b - 1] not in ORGANIZATION_ENDINGS:
            continue
        place = next((s for s in out if s[0] == b + 1 and s[2] == "LOC"), None)
        if place is None or body not in out:
            continue
        out = sorted([*(s for s in out if s is not place and s != body), (a, place[1], "ORG")])
    return out
