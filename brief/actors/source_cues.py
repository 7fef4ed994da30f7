"""A cue the model read into a source: "(though Voss claims both admitted it in person and says ...)".

Why: the cue model tagged "admitted" as the cue and took "Voss claims both" for its source, so Voss's claim lost
its first words ("both admitted it in person" became "it in person") and Voss was said to have admitted it. A
source made of a name, a finite verb of saying and a short lower-case subject holds two attributions: the name
states the whole clause after the verb (its subject, the inner cue and what follows), and the inner cue is that
short subject's. Another cue of the sentence given the same source ("... and says he has photographs") is the
name's: the name is the subject the two verbs share.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.cues import seed_cue

_NAME_VERB_SUBJECT = re.compile(
    r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)\s+([a-z]+(?:s|ed))\s+((?:both|all|each|they|he|she|it|we|the\s+[a-z]+)"
    r"(?:\s+[a-z]+)?)$")
"""A whole source: a capitalised name of up to four words, a finite verb (its -s or -ed form), then the inner
clause's subject: a pronoun, a quantifier or a determined noun ("both", "they", "the company"), a word at most
after it ("both men")."""
_NOT_SAYING = frozenset({"s", "ed"})
"""Forms too short to be verbs once their ending is taken off."""


def _split(text: str, a: Attribution) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]] | None:
    """The name's, the verb's and the inner subject's spans when ``a``'s source is such a run, else None."""
    if a.source is None or a.quote or a.content[0] < a.cue[1] or a.source[1] > a.cue[0]:
        return None
    m = _NAME_VERB_SUBJECT.fullmatch(text, a.source[0], a.source[1])
    if m is None or m.group(2) in _NOT_SAYING or not seed_cue(m.group(2)):
        return None
    if text[m.end(3) : a.cue[0]].strip():
        return None  # words between the source and its cue: not one clause's subject and verb
    return m.span(1), m.span(2), m.span(3)


def with_cues_in_sources(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """The attributions, with a name's verb of saying read out of a source ("Voss claims both | admitted"):
    the name's statement of the whole inner clause added, the inner cue given the inner subject, and the
    sentence's other cues of that same source given the name."""
    names: dict[tuple[int, int], tuple[int, int]] = {}
    out: list[Attribution] = []
    for a in attributions:
        parts = _split(text, a) if a.source not in names else None
        if parts is None:
            out.append(dataclasses.replace(a, source=names[a.source]) if a.source in names else a)
            continue
        name, verb, subject = parts
        assert a.source is not None
        names[a.source] = name
        out.append(Attribution(verb, name, (subject[0], a.content[1]), False, a.sentence))
        out.append(dataclasses.replace(a, source=subject))
    return out
