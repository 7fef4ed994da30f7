"""A speaker's name whose apposed role is left unclosed before the cue: "Brigadier Salman Qadir, spokesman
of the Frontier Corps said ...", "Major General Tariq Azam, Director General of the Media Wing said Tuesday".

Why: South Asian and West African papers, and hurried wire copy, often drop the comma that closes the role set
off after a name. The source tagger then walks back from the cue over the role alone ("spokesman of the Frontier
Corps") and stops at the comma, so the body in the role spoke the person's words and the person was lost. A role
(a person's title or noun, then "of"/"for"/"at" and the body) that opens right after a comma, with a capitalised
name of two words or more before that comma, is the person's: the name is the source. So is a bare role set off
by commas before the body, with no "of" ("Samuel Obi, governor, Bank of Kendara (BoK) said"): the tagger takes the
body after the second comma, and the name before the role spoke.
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
    if any(doc.raw[k] in (",", '"', "“", "”") for k in range(a, c0)):
        return src
    comma = a - 1
    if not _role(doc, a, b):
        role = _bare_role(doc, comma)
        if role is None:
            return src
        comma = role
    k = comma
    while k > 0 and comma - k < MAX_NAME_TOKENS and doc.sent[k - 1] == doc.sent[comma] and (
            doc.shapes[k - 1] in ("Xx", "X") or doc.raw[k - 1] in (".", "-")):
        k -= 1
    opens = k == 0 or doc.sent[k - 1] != doc.sent[comma] or doc.raw[k - 1] == ","
    if not opens or sum(doc.shapes[j] == "Xx" for j in range(k, comma)) < MIN_NAME_WORDS:
        return src
    return (k, comma)


def _bare_role(doc: Doc, comma: int) -> int | None:
    """The comma before a bare role ("governor", "managing director") that ends at ``comma``; None if none."""
    k = comma
    while k > 0 and comma - k < MAX_ROLE_HEAD and doc.raw[k - 1] != "," and doc.sent[k - 1] == doc.sent[comma]:
        k -= 1
    words = doc.words[k:comma]
    if k == 0 or doc.raw[k - 1] != "," or not words or not any(w in PERSON_TITLES or one_person(w) for w in words):
        return None
    return k - 1 if all(w.isalpha() for w in words) else None


def _role(doc: Doc, a: int, b: int) -> bool:
    """Whether ``doc.words[a:b]`` is a person's role in a body: a title or a person's noun, then "of"/"for"/"at"."""
    link = next((j for j in range(a, min(b, a + MAX_ROLE_HEAD + 1)) if doc.words[j] in _ROLE_LINKS), None)
    if link is None or link == a or link + 1 >= b:
        return False
    return any(doc.words[j] in PERSON_TITLES or one_person(doc.words[j]) for j in range(a, link))
