"""Where what was said ends when the speaker's next act follows in a concessive clause of its own: "Velik said the
envoys should now return home, although she also vowed to continue working for the release".

Why: ``speaker_next_acts`` stops a content at the speaker's next act joined by "but" or "and" with no subject of
its own; a concession ("although", "though", "while") brings its subject back as a pronoun. The content then ran
over the second act, whose own position was dropped as its overlap, or (a long content with a relative clause
inside) the first statement was lost to the second. A person's pronoun right after the concessive word, then a
finite verb of saying, pledging or urging (an adverb may stand between: ``SPEECH_ACT_GROUPS``), opens the
speaker's next statement: the writer's account of a second act, not the content. Any other verb may be part of
what was said ("says she identifies as an independent, although she is currently registered as a Democrat"), and
"but" often joins a clause of the same statement ("said the fee was $500, but he paid only $300"), so neither cuts.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.content_ends import finite_word, open_quotation
from brief.actors.cues import CUE_GROUP, lemma

SPEECH_ACT_GROUPS = frozenset({"speech", "commit", "demand"})
"""Cue families (``cues.CUE_GROUP``) whose verb after the concession is a second statement ("also vowed", "warned",
"insisted", "urged"); beliefs ("felt", "knew") and stances ("backed", "hit") may be what the speaker said."""
_CONCESSION = re.compile(r"\s*,\s+(?:although|though|while)\s+(?:he|she|they)\s+(?:(?:also|then|later|still)\s+)?"
                         r"(?P<verb>[a-z]+)\b")
"""A concessive word, a person's pronoun, perhaps an adverb, and the verb after it."""
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
MIN_SAID_WORDS = 3
"""Words of the content before the concession: a clause ("the envoys should return"), not "nothing"."""


def _speech_act(verb: str) -> bool:
    """Whether a finite verb is one of saying, pledging or urging ("vowed", "admits", "warned")."""
    return finite_word(verb) and CUE_GROUP.get(lemma(verb)) in SPEECH_ACT_GROUPS


def before_concessive_act(text: str, attribution: Attribution) -> Attribution:
    """The attribution with its unquoted content, after its cue, ended before a concessive clause of the speaker's
    next act (see the module); any other is returned as it is."""
    start, end = attribution.content
    if attribution.quote or attribution.source is None or start < attribution.cue[1]:
        return attribution
    for found in _CONCESSION.finditer(text, start, end):
        if not _speech_act(found.group("verb")) or open_quotation(text[start : found.start()]):
            continue
        if len(_WORD.findall(text, start, found.start())) >= MIN_SAID_WORDS:
            return dataclasses.replace(attribution, content=(start, found.start()))
    return attribution
