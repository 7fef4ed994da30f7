"""The voice of a body the article names by its acronym, spoken of by the noun its full name holds: "The FBI said it
had received the letter. ... a bureau spokesperson said", "the SEC ... a commission spokeswoman". The voice's noun
("bureau") ends no name written in the article, so it went to no one; an acronym that holds the noun's initial
(the B of FBI, the C of SEC) is the body whose full name holds it.
"""

from __future__ import annotations

from brief.actors.body_reference import is_body
from brief.actors.mentions import Mention

ACRONYM_VOICE_REACH = 3
"""Sentences back within which the acronym was named: as for any voice of a body by its noun
(``referring.VOICE_REACH``), further back the voice is as likely another body's."""
ACRONYM_NOUNS = frozenset("bureau agency commission board service administration authority department council".split())
"""Nouns that head the full names of bodies news names by their initials ("Federal Bureau of Investigation",
"Securities and Exchange Commission", "National Transportation Safety Board")."""


def acronym_voiced(before: list[Mention], noun: str) -> Mention | None:
    """The body a voice by its noun (``noun``, lower-cased: "a bureau spokesperson") speaks for among those named by
    an acronym holding the noun's initial within ``ACRONYM_VOICE_REACH`` sentences: the latest; None for another
    noun or none so named."""
    if noun not in ACRONYM_NOUNS or not before:
        return None
    near = before[-1].sentence - ACRONYM_VOICE_REACH
    return next((m for m in reversed(before) if m.sentence >= near and is_body(m) and 2 <= len(m.name) <= 6
                 and m.name.isalpha() and m.name.isupper() and noun[0].upper() in m.name), None)
