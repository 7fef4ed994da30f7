"""A quotation whose inverted frame names its speaker by a description alone: "“The coach is right,” said the
midfielder.", "“We are looking into it,” said a spokesman.", "“It was terrifying,” said the 34-year-old."
The source tagger, which learned "said X" with names, leaves the description out, and the words went
under no actor; with it as the source they are resolved as any description is (an epithet to the player
the story was just about, "a spokesman for X" to X).
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution

_DESCRIPTION_ALONE = re.compile(
    r"\s+(?P<source>(?:the|a|an|his|her|their|its|one)\s+(?:[\w'’-]+\s+){0,3}?\w[\w'’-]*[a-z0-9])"
    r"(?=\s*(?:[,.;:!?]|$))", re.MULTILINE)
"""After the cue: a determiner and up to four words that end the clause ("said the midfielder.")."""
_NOT_SOURCES = frozenset("time day week year night morning moment statement interview end way".split())
"""Last words of what follows a cue that is no one ("said the next day", "said at the time", "said in the end")."""


def description_after_cue(text: str, attribution: Attribution) -> Attribution:
    """The attribution with the description after its cue as its source, for a quotation closed before
    the cue and left with no source (see the module's docstring); any other attribution as it is."""
    if attribution.source is not None or not attribution.quote or attribution.content[1] > attribution.cue[0]:
        return attribution
    found = _DESCRIPTION_ALONE.match(text, attribution.cue[1])
    if found is None or found.group("source").split()[-1].lower() in _NOT_SOURCES:
        return attribution
    return dataclasses.replace(attribution, source=found.span("source"))
