"""A company named for the site it runs is the company at every writing: "Etlaq, the company behind the
spaceport, ... the first launch from Etlaq".

Why: a spaceport's, a resort's or a port's operator shares its name, and the tagger reads the writings that
put it somewhere ("launched from X", "X sits at 18 degrees north") as a place; most of them outvoted the one
the text set a body's apposition after, and the company that spoke and planned was listed as a place. The
apposition ("X, the company behind ...", "X, a state-owned firm,") says what the name is; a place the
gazetteer or the world list of cities knows is left a place ("Dubai, the company's home,": not so written).
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.apposed_bodies import BODY_NOUNS
from brief.actors.mentions import Mention
from brief.actors.personhood import known_place
from brief.actors.world_cities import known_city

_APPOSED = re.compile(r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?([a-z-]+)\s+(?:behind|that|which|of|running|"
                      r"operating|set|based|owned|,)")
"""After the name: a comma, a determiner, up to three modifiers and a noun, then what the body does or is
("the company behind the spaceport", "a state-owned firm that")."""


def _apposed_body(text: str, m: Mention) -> bool:
    found = _APPOSED.match(text, m.end)
    return found is not None and found.group(1) in BODY_NOUNS


def site_companies(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a name typed a place at some writings and a body at one that a body's apposition
    follows retyped a body at each."""
    typed = {m.name for m in mentions if m.kind == "organization" and _apposed_body(text, m)}
    sites = {m.name for m in mentions if m.kind == "place" and not m.demonym and m.name in typed
             and not known_place(m.name) and not known_city(m.name)}
    if not sites:
        return mentions
    return [dataclasses.replace(m, kind="organization") if m.kind == "place" and m.name in sites else m
            for m in mentions]
