"""The relative "who" a source tagger gave as a speaker: the person named right before its comma or bracket."""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.person_of_body import person_of_body

_SET_OFF = re.compile(r"(?:,|\s*\()\s*$")
"""What sets the relative clause off from the name: a comma, or a bracket ("Tom Hale (who said ...)")."""
_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+[^,;:()“”\"\n]{1,60}")
"""An apposition between the name and the relative's comma ("Oxfam, a British charity, which ..."): a determiner
and a short description, no comma or quote in it."""


def relative_source(text: str, attribution: Attribution, index: MentionIndex) -> Mention | None:
    """ "I got a reply from Julia Blystone, who confirmed that ...": "who" alone as the source stands
    for the person named right before its comma (or before an apposition set off before it), "which" for a
    body so named. Only for words that follow the cue: in "help from
    Pegg, who tweeted about the event" the words before are the writer's, not Pegg's. "whose" is no
    subject at all: "X, whose office is ..., declined to comment but said": the model's slip for X."""
    if attribution.source is None:
        return None
    start, end = attribution.source
    word = text[start:end].strip().lower()
    if word != "whose" and (word not in ("who", "which") or attribution.content[0] < attribution.cue[1]):
        return None
    comma = _SET_OFF.search(text[max(0, start - 4) : start])
    if comma is None:
        return None
    at = max(0, start - 4) + comma.start()
    named = [m for m in index.before(at + 1) if m.end == at and not m.demonym]
    if not named:  # "Oxfam, a British charity, which argued": the name before the apposition
        named = [m for m in index.before(at + 1) if _APPOSITION.fullmatch(text, m.end, at) and not m.demonym]
    if word == "which":
        if named and (body := _located_body(text, named[-1], index)) is not None:
            return body  # "the Palestinian Dialogue Group in Turkey, which says": the group, which the place locates
        return named[-1] if named and named[-1].kind != "person" else None  # a body's clause; a person takes "who"
    if named and named[-1].kind != "person":  # "said Ada Banda of the Miners' Network, who added": Banda
        return person_of_body(text, named[-1], index)
    return named[-1] if named else None


_LOCATED_IN = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?$")
"""Between a body's name and the place that says where it is ("the Dialogue Group in Turkey")."""


def _located_body(text: str, place: Mention, index: MentionIndex) -> Mention | None:
    """The body named right before "in PLACE" when ``place`` is a place that only locates it, else None."""
    if place.kind != "place":
        return None
    located = _LOCATED_IN.search(text, max(0, place.start - 12), place.start)
    if located is None:
        return None
    bodies = [m for m in index.before(located.start() + 1) if m.end == located.start()]
    return bodies[-1] if bodies and bodies[-1].kind == "organization" and not bodies[-1].demonym else None
