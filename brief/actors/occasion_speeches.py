"""An occasion used to say something: "Ann Holm used the occasion of her lecture here to tell the world: ...",
"the minister took the opportunity to warn that ...", the message it came in: "The Prime Minister used his New
Year message to say ...".

Why: the cue model reads the infinitive's verb ("to tell") as a cue of its own and takes the nearest noun phrase
before it for its source: the occasion's ("her 2007 Peace Prize"), a possessive that resolves to no one, so the
statement went to no actor. The one who used the occasion says it: the source of the cue read at "used"
(or "took"), or the subject right before that verb.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution

MEDIA = r"(?:message|speech|address|statement|sermon|broadcast|lecture|keynote|column|interview|remarks)"
"""What a speaker's words came in: "used his New Year message to say" is the user's saying, as an occasion's is
(after a determiner, up to three modifiers, "his own", "her Christmas", "the annual State of the Union", and "to"
right after it: "used the speech of a rival to" is not one)."""
MEDIUM_MODIFIERS = r"(?:(?:own|first|last|final|annual|weekly|televised|[A-Z][\w'’-]*)\s+){0,3}"
_OCCASION = re.compile(
    r"\b(?P<verb>used|uses|took|takes|seized|seizes)\s+(?:the|this|that|his|her|their|its|an|a)\s+"
    r"(?:(?:occasion|opportunity|chance|moment|platform|stage)\b[^.:;!?“”\"]{0,150}?"
    rf"|{MEDIUM_MODIFIERS}{MEDIA}\s+)\bto\s+"
    r"(?P<say>tell|warn|remind|urge|assure|say|declare|announce|call|criticise|criticize|attack|defend|thank|insist)\b")
"""A verb of using an occasion, the occasion, and the infinitive of saying that follows it."""


def occasion_speakers(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """The attributions, each cue read at an occasion's infinitive of saying given the source of the one who used
    the occasion (the attribution whose cue is the verb of using, when it has a source)."""
    out = list(attributions)
    for found in _OCCASION.finditer(text):
        user = next((a for a in out if a.cue[0] == found.start("verb") and a.source is not None), None)
        if user is None:
            continue
        for k, said in enumerate(out):
            if (said is not user and found.start("verb") < said.cue[0] <= found.end("say")
                    and (said.source is None or said.source[0] > found.start("verb"))):
                out[k] = dataclasses.replace(said, source=user.source)
    return out
