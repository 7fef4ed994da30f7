"""A speaker described by what was done to them: "A woman who was abused by Tom Hale has revealed she was never
allowed into his office", "A man who was hired by Ada Quinn said the project would be late".

Why: the source model walks back from the cue and takes the first name it meets, which is the agent of the
relative clause's passive ("by Tom Hale"), so the position went to the one the subject accuses. The agent after
"by" in a passive relative clause ("who was abused ... by") belongs to the clause: the speaker is the noun the
clause describes ("A woman"), and the source becomes that noun, named or not.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution

_PASSIVE_RELATIVE = re.compile(
    r"(?P<head>\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:who|that)\s+"
    r"(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ght|pt|lt)\s+"
    r"(?:[\w'’-]+\s+){0,8}?by\s+(?:the\s+)?$")
"""From a subject noun through its relative clause's passive to "by" right before the model's source ("A woman who
was raped from the ages of 14 to 17 by "): up to eight words between the participle and "by", no comma."""
_BETWEEN = re.compile(r"(?:\s+(?:on|in|last|this|earlier)\s+[A-Za-z]+|\s+(?:yesterday|today)|\s+[a-z]+ly)*\s*")
"""What may stand between the agent and the cue: a time or an adverb ("in March", "recently")."""
SUBJECT_REACH = 160
"""Characters read back from the source for its clause (a subject with its relative clause runs to ~100)."""


def without_passive_relative_agents(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """The attributions with a passive relative clause's agent, taken for the source, replaced by the noun the
    clause describes (see the module's docstring)."""
    out: list[Attribution] = []
    for a in attributions:
        if a.source is not None and a.source[1] <= a.cue[0] and _BETWEEN.fullmatch(text, a.source[1], a.cue[0]):
            name = a.source[0] + 3 if text.startswith("by ", a.source[0]) else a.source[0]  # the model's "by Ada Quinn"
            found = _PASSIVE_RELATIVE.search(text, max(0, name - SUBJECT_REACH), name)
            if found is not None and "\n" not in found.group() and "," not in found.group():
                a = dataclasses.replace(a, source=found.span("head"))
        out.append(a)
    return out
