"""A speaker's name whose apposed role is left unclosed before the cue: "Brigadier Salman Qadir, spokesman
of the Frontier Corps said ...", "Major General Tariq Azam, Director General of the Media Wing said Tuesday".

Why: South Asian and West African papers, and hurried wire copy, often drop the comma that closes the role set
off after a name. The source tagger then walks back from the cue over the role alone ("spokesman of the Frontier
Corps") and stops at the comma, so the body in the role spoke the person's words and the person was lost. A role
(a person's title or noun, then "of"/"for"/"at" and the body) that opens right after a comma, with a capitalised
name of two words or more before that comma, is the person's: the name is the source.
"""

from __future__ import annotations

from brief.actors.attribution.document import Doc
from brief.actors.person_nouns import one_person
from brief.text.lexicon import PERSON_TITLES

MAX_NAME_TOKENS = 7
"""Tokens of a name with its ranks before the comma ("Major General Tariq Azam", "Lt. Gen. Ada N. Obi")."""
MIN_NAME_WORDS = 2
"""Capitalised words of such a name: one alone may be a place or a date ("In Lagos, head of the union said")."""
MAX_ROLE_HEAD = 3
"""Words of the role before its "of" ("Director General of", "chief military spokesman of")."""
_ROLE_LINKS = frozenset({"of", "for", "at"})


def unclosed_apposition(doc: Doc, c0: int, src: tuple[int, int] | None) -> tuple[int, int] | None:
    """The name before a role the source tagger took alone as the source of the cue at ``c0``; else ``src``."""
    if src is None or src[0] < MIN_NAME_WORDS + 1 or doc.raw[src[0] - 1] != ",":
        return src
    a, b = src
    if any(doc.raw[k] in (",", '"', "“", "”") for k in range(a, c0)) or not _role(doc, a, b):
        return src
    comma = a - 1
    k = comma
    while k > 0 and comma - k < MAX_NAME_TOKENS and doc.sent[k - 1] == doc.sent[comma] and (
            doc.shapes[k - 1] in ("Xx", "X") or doc.raw[k - 1] in (".", "-")):
        k -= 1
    opens = k == 0 or doc.sent[k - 1] != doc.sent[comma] or doc.raw[k - 1] == ","
    if not opens or sum(doc.shapes[j] == "Xx" for j in range(k, comma)) < MIN_NAME_WORDS:
        return src
    return (k, comma)


def _role(doc: Doc, a: int, b: int) -> bool:
    """Whether ``doc.words[a:b]`` is a person's role in a body: a title or a person's noun, then "of"/"for"/"at"."""
    link = next((j for j in range(a, min(b, a + MAX_ROLE_HEAD + 1)) if doc.words[j] in _ROLE_LINKS), None)
    if link is None or link == a or link + 1 >= b:
        return False
    return any(doc.words[j] in PERSON_TITLES or one_person(doc.words[j]) for j in range(a, link))
