"""A role written as the predicate of the name's own sentence: "Owen Tarrant is the director of the State Fire
Protection Service. He says ...". The role, as an apposition would give it ("Owen Tarrant, the director of
...,").

Why: radio and feature pages introduce a speaker in a sentence of their own, the name, "is", then the office;
the role reader looks only at the words set off beside a name, and the speaker had none, though the page says
who they are. The predicate is read the way an apposition is (``roles.read_role`` with the "is" standing for
the comma), so it yields a role only where an apposition of those words would: a title or a job and what it
is of ("is the favourite to win" is none), and only an office of a body named after it (``_OFFICE_OF_BODY``).
Only the present "is": "was the director" is an office held before.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.mentions import Mention, Token
from brief.actors.roles import read_role
from brief.model import Sentence
from brief.text.tokens import token_spans

_LINKS = frozenset({"is"})
"""The verb between the name and its office."""
_DETERMINERS = frozenset({"the", "a", "an"})
"""Words opening the office after the verb ("is the director", "is a senior lecturer")."""
_OFFICE_OF_BODY = re.compile(r"\b(?:of|at|for)\s+(?:the\s+)?[A-Z]")
"""The office's body named after it ("director of the State ...", "lecturer at Wendham University"): a predicate
without one describes more often than it names an office ("is a police scientist with super-speed", of a
character in a show), and a role would list its bearer among the actors though they say nothing."""


def _predicate_role(text: str, sentence: Sentence, m: Mention) -> str:
    sent = [Token(sentence.text[a:b], sentence.start + a, sentence.start + b) for a, b in token_spans(sentence.text)]
    a = next((i for i, t in enumerate(sent) if t.start == m.start), None)
    b = next((i + 1 for i, t in enumerate(sent) if t.end == m.end), None)
    if a is None or b is None or b + 1 >= len(sent):
        return ""
    if sent[b].text not in _LINKS or sent[b + 1].text.lower() not in _DETERMINERS:
        return ""
    comma = Token(",", sent[b].start, sent[b].end)  # "Owen Tarrant | is | the director of X.": read as "X, the director"
    role = read_role(text, [*sent[:b], comma, *sent[b + 1 :]], a, b)
    return role if _OFFICE_OF_BODY.search(role) else ""


def predicate_roles(text: str, sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each person's mention that has no role and is followed by "is" and its office (see the
    module's docstring) given that office as role."""
    out = []
    for m in mentions:
        if m.kind == "person" and not m.role and " " in m.name and text[m.end : m.end + 4] == " is ":
            sentence = next((s for s in sentences if s.start <= m.start < s.end), None)
            role = _predicate_role(text, sentence, m) if sentence is not None else ""
            m = dataclasses.replace(m, role=role) if role else m
        out.append(m)
    return out
