"""A "he" or "she" after a fronted clause whose subject is a described person, not a name: that person.

"Although the judge called Ivo Marten a model citizen ..., he said the crime demanded a sentence": the
clause's subject is the judge, whom the main clause goes on with; the name after the clause's verb is its
object (whom the judge called, met, thanked), and the pronoun is not him. The resolver gave the pronoun
the latest person its own sentence names, which after such a clause is that object. With the subject
written as a role ("the judge", "the team's coach") and no name, the pronoun names no actor.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.fronted_others import clause_before
from brief.actors.mentions import Mention
from brief.actors.roles import is_role_word

_FRONTED_ROLE = re.compile(
    r"[\s\"“‘'(]*(?:(?:But|And|Yet)\s+)?(?:Although|Though|Even\s+though|Whereas|While|When|After|Once|Because)\s+"
    r"(?:the|a|an)\s+(?:[a-z][\w'’-]*\s+){0,2}?(?P<role>[a-z][\w-]*)\s+(?P<verb>[a-z][\w'’-]*)\b")
"""A sentence that opens on a subordinator and a described subject: an article, at most two words, the
role the subject ends on, and the clause's verb after it ("Although the judge called", "When the
team's new coach met")."""
_SINGULAR = frozenset({"he", "she"})


def described_subject_before(text: str, pronoun: int, head: str, before: Sequence[Mention]) -> bool:
    """Whether the pronoun ``head`` at ``pronoun`` follows, right after its comma, a fronted clause of
    its sentence whose subject is a person described by a role and whose predicate names a person of
    ``before`` (see the module): the described person, whom no name here stands for, is the speaker.
    A clause that names no one leaves the pronoun to the resolver, which may know who the role is."""
    if head not in _SINGULAR:
        return False
    clause = clause_before(text, pronoun)
    if clause is None:
        return False
    opening, comma = clause
    fronted = _FRONTED_ROLE.match(text, opening, comma)
    if fronted is None or not is_role_word(fronted.group("role")) or is_role_word(fronted.group("verb")):
        return False
    return any(m.kind == "person" and fronted.end("role") <= m.start and m.end <= comma for m in before)
