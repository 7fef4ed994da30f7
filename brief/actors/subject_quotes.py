"""Quoted words that say what a named person is or feels, or what they pledged, with no cue:
"Brian Walsh remains “confident that the deal will go through”", "Mrs Barnes was “devastated”",
"The decision follows Gary Hunt's pledge to “clean up the river within five years”".

Why: news quotes a person's own words as the predicate of a sentence about them, or after a noun of
their saying; the cue model sees no verb of saying there, so the words went to no one, or (when the
sentence before was someone else's quotation, ``embedded_quotes``) to the speaker before. Read only
in a sentence that holds no cue (one there names whose the words are), with the quotation opening on
a lower-case word right after the copula or the noun (a quoted title or name opens with a capital).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mentions import Mention
from brief.actors.opening_subject import opens_sentence
from brief.actors.speakers import Continued
from brief.model import Sentence

_STATE = re.compile(
    r"(?:,[^,“”\"\n]{1,60},)?\s+(?:(?:is|was)(?=\s+(?:now|still|also|clearly|understandably|left|feeling)\b)"
    r"|remains|remained|feels|felt|seems|seemed|appears|appeared|sounds|sounded)"
    r"(?:\s+(?:now|still|also|clearly|understandably|left|feeling)){0,2}\s+(?P<open>[“\"])(?=[a-z])"
)
"""After the subject's name (and an apposition set off by commas: ", 52,"): a verb of how they are or
feel and the quotation. A bare "is" or "was" is left: "Smith was “known to police”" quotes the
police, not Smith (with "now", "still", "left" it is Smith's state again)."""
_SAYING_NOUN = re.compile(
    r"['’]s?\s+(?:pledge|promise|vow|claim|warning|plea|admission|insistence|assurance|remarks|comments|words|verdict"
    r"|view|opinion)\s*,?\s+(?:to\s+|that\s+|of\s+)?(?P<open>[“\"])(?=[a-z])"
)
"""After a name: a noun of what it said or holds, and the quotation ("Hunt's pledge to “...”", "in
Baxter's view, “...”")."""
_NAMING = re.compile(
    r"(?:,[^,“”\"\n]{1,60},)?(?:\s+(?:has|had|have|also|already|earlier|previously)){0,2}"
    r"\s+(?P<verb>termed|terms|dubbed|dubs|labell?ed|labels|deemed|deems)"
    r"\s+(?P<object>(?:the|this|that|these|those|his|her|their|its|a|an)\s+[^,;:“”\"\n]{1,40}?)"
    r"(?:\s+as)?\s+(?P<open>[“\"])(?=[a-z])"
)
"""After the subject's name: a verb that names a thing (which the cue model does not read as saying, as it reads
"called" and "branded"), the thing, and the quoted words it was named with: "Rahul Gandhi, however, termed the
move “a betrayal”" is Gandhi's judgement, not the last speaker's words (``embedded_quotes``). The verb may come
after an auxiliary or an adverb of time ("had already termed the wins the start of a “process of change”")."""
_QUOTED = re.compile(r"[^“”\"\n]+[”\"]")
"""The quotation from past its opening mark to its closing one, on its line."""
STATE_CUE = "said"
"""The cue such words are reported with: the person said they are so."""


def subject_quotations(text: str, sentences: Sequence[Sentence], mentions: Sequence[Mention],
                       cues: Sequence[tuple[int, int]]) -> list[Continued]:
    """Each quotation in a sentence with no cue that a person named there is said to be or feel
    (the sentence's subject, ``_STATE``), or that follows a noun of their saying (``_SAYING_NOUN``)."""
    out: list[Continued] = []
    for k, s in enumerate(sentences):
        if any(s.start <= c0 < s.end for c0, _ in cues):
            continue
        for m in mentions:
            if not (s.start <= m.start < s.end and m.kind == "person" and not m.demonym):
                continue
            shape = _SAYING_NOUN.match(text, m.end, s.end)
            if shape is None and opens_sentence(text, m.start):
                shape = _STATE.match(text, m.end, s.end) or _NAMING.match(text, m.end, s.end)
            if shape is None:
                continue
            quoted = _QUOTED.match(text, shape.end("open"), s.end)
            if quoted is not None:
                named = "verb" in shape.groupdict()  # the quoted name, under the verb and the thing as written
                cue = " ".join(text[shape.start("verb") : shape.start("open")].split()) if named else STATE_CUE
                out.append(Continued(m, k, (shape.start("open"), quoted.end()), cue=cue))
                break
    return out
