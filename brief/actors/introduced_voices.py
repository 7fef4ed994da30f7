"""Whose a bare "the spokesman" is when the text brought that voice in with its body's name: "A Foreign Office
spokesman said the tape would ... The tape ... was broadcast on Al-Arabiya television. ... Consular officials had
remained in contact with the families, the spokesman added." The spokesman is the Foreign Office's again, not the
broadcaster's named last.

Why: a bare voice with no body speaking within reach went to the body named last (``officials.officials_of``),
which a story about what a body said often names in between as a place, a channel or a thing. The voice the text
last wrote with a body's name ("A Foreign Office spokesman", "the Acme spokeswoman", "Mayor Dale's spokesman") is
the one "the spokesman" repeats, while no other voice came in since.
"""

from __future__ import annotations

import re

from brief.actors.content_ends import quoted_at
from brief.actors.mentions import Mention

_VOICE = re.compile(r"\bspokes(?:person|man|woman)\b", re.I)
_NAMED_VOICE = re.compile(r"(?:\b(?:[Aa]n?|[Tt]he)\s+(?P<body>(?:[A-Z][\w'’.&-]*\s+){1,5})"
                          r"|(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4})['’]s?\s+)$")
"""A voice written with its body's or person's name before it: "A Foreign Office ", "the Acme ", "Mayor Dale's "."""
_BARE = re.compile(r"\b[Tt]he\s+$")
"""A bare "the spokesman": the voice again, whichever it is."""
INTRODUCED_VOICE_REACH = 2000
"""Characters back from a bare voice read for the named one it repeats (a short story's first paragraphs)."""
_NAME_REACH = 80
"""Characters before a voice word read for the name written before it."""




def introduced_voice(text: str, at: int, before: list[Mention]) -> Mention | None:
    """The body or person whose voice a bare "the spokesman" before ``at`` repeats: the latest voice written
    before it outside a quotation, when that one was written with a name the text holds as a mention ("A
    Foreign Office spokesman"); None when the latest is unnamed ("a spokesman said") or none is in reach."""
    voices = [v for v in _VOICE.finditer(text, max(0, at - INTRODUCED_VOICE_REACH), at) if not quoted_at(text, v.start())]
    for voice in reversed(voices):
        lead = text[max(0, voice.start() - _NAME_REACH) : voice.start()]
        if _BARE.search(lead):
            continue  # "the spokesman" again
        named = _NAMED_VOICE.search(lead)
        if named is None:
            return None  # "a spokesman said", "a spokesman for ...": no name before this voice
        end = voice.start() - len(lead) + (named.end("body") if named.group("body") else named.end("owner"))
        begin = voice.start() - len(lead) + named.start("body" if named.group("body") else "owner")
        return next((m for m in reversed(before) if begin <= m.start and m.end <= end and not m.demonym), None)
    return None
