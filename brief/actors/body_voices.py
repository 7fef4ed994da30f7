"""Who speaks for a body the article names by a common noun: "a company spokesperson", "a spokesman for the
ministry", "council officials" (the body speaks, not a person).

Why a module of its own: the source descriptions (brief.actors.source_descriptions), the voices
(brief.actors.voices) and the reference to a body by its kind (brief.actors.referring) all ask it.
"""

from __future__ import annotations

import re

_VOICES = "spokesperson|spokesman|spokeswoman|spokespeople|representative|rep|publicist|statement|official|officials"
"""Who or what speaks for someone: a spokesperson, a representative (in show business "a rep"), a publicist."""
VOICED_BODIES = frozenset("company firm agency ministry government group bank".split())
"""Common nouns for a body that stand for the latest of that kind named, with no name ending so."""
_VOICE_OF_BODY = re.compile(rf"(?:a|an|the)\s+(?:(?P<a>[a-z]+)\s+(?:{_VOICES})"
                            rf"|(?:{_VOICES})\s+(?:for|of|from|at)\s+the\s+(?P<b>[a-z]+))"
                            rf"|(?:the\s+)?(?P<c>[a-z]+)\s+officials")
"""One who speaks for a body the article names by a common noun ("A company spokesperson said",
"a spokesman for the ministry", "a council spokesman", "a company statement", "company officials"):
the body speaks; a person's name in the phrase ("A WeWork spokesperson") is found before this rule."""


def voice_of_body(phrase: str) -> bool:
    """Whether a source phrase is one who speaks for a body ("a company spokesperson"): the body's
    voice, not a name for the body, so no alias of it."""
    return voiced_body(re.findall(r"[\w'’-]+", phrase.lower())) is not None


def voiced_body(words: list[str]) -> str | None:
    """The body noun of a source that speaks for one ("a company spokesperson": "company", "a
    council spokesman": "council"), else None."""
    voice = _VOICE_OF_BODY.fullmatch(" ".join(words))
    noun = (voice.group("a") or voice.group("b") or voice.group("c")) if voice is not None else None
    return noun if noun not in _NO_BODY_NOUNS else None


_NO_BODY_NOUNS = frozenset("official senior top former joint written brief new earlier separate further formal public "
                           "private local state federal national".split())
"""Words before a voice that say how or where, not whose ("an official statement", "a senior spokesman",
"state officials"): no body is named by them."""
