"""A lawyer's honour written after the name: "Advocate Ada Quinn King's Counsel (KC)", "Tom Reddy Queen's
Counsel", "Ada Quinn SC". The tagger runs the name on into "King" ("Ada Quinn King", whose "'s" then
makes the person a possessor, not a speaker) and types "Counsel" and the bracketed "KC" as bodies; a
quotation framed by the whole phrase then went to "KC". The honour is the person's title: the name ends
before it, and the honour's words are no actor.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.mentions import Mention, normalise

_HONOUR = re.compile(r"[ \t]+(?:King|Queen)['’]s[ \t]+Counsel(?:[ \t]*\((?:KC|QC)\))?")
"""The honour after a name: "King's Counsel", "Queen’s Counsel (QC)"."""


def honours_cut(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a person's name cut before the honour it ran into ("Ada Quinn King" of "Ada Quinn
    King's Counsel") and the honour's own words ("Counsel", "KC") dropped."""
    if "Counsel" not in text:
        return mentions
    honours = []
    for honour in _HONOUR.finditer(text):
        honours.append((honour.start() + len(honour.group(0)) - len(honour.group(0).lstrip()), honour.end()))
    if not honours:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        if any(a <= m.start and m.end <= b for a, b in honours):
            continue  # "Counsel", "KC": the honour's words
        inside = next(((a, b) for a, b in honours if m.start < a < m.end), None)
        if inside is not None and m.kind == "person":
            surface = text[m.start : inside[0]].rstrip()
            m = dataclasses.replace(m, end=m.start + len(surface), surface=surface, name=normalise(surface))
        out.append(m)
    return out
