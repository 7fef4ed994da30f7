"""A role written as a body's through "its" before a name: "Harbor Lines, a shipping firm, cut three routes. Its
chief executive, Marta Olsen, said ...". The role read beside the name is "chief executive"; whose office it is
the possessive says, and "its" stands for the body named last before it. Olsen's role is then "Harbor Lines'
chief executive", as "Harbor Lines' chief executive, Marta Olsen," would read.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.mentions import Mention

_ITS_ROLE = re.compile(r"\b[Ii]ts\s+(?P<role>[a-z][\w -]*?)\s*,\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$")
""""Its chief executive, " right before the name (a courtesy may stand between: "Its spokesman, Mr. X")."""
_BRACKETED = re.compile(r"\)")
"""A name closed by a bracket: a dateline's agency ("LONDON (Reuters) -") or a short form, no owner of "its"."""
ROLE_REACH = 60
"""Characters before a name searched for "its" and the role: a few words."""
OWNER_REACH = 400
"""Characters before "its" searched for the body it stands for (a long sentence before it)."""
OWNER_SENTENCES = 1
"""Sentences back the body "its" stands for may be named in: the one before or the same one. Further back, the
sentence between speaks of something else "its" takes up ("Residents formed a group ... Its convener,")."""
_LOCATING = frozenset("in at from to near of across into outside inside around based".split())
"""Words before a place that make it where something is, not an owner "its" may stand for ("a firm based in
Rotterdam. Its chief executive" is the firm's)."""


def _possessive(name: str) -> str:
    """ "Harbor Lines'" for a name ending in s, "Acme's" otherwise."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _owner(m: Mention) -> bool:
    """A body, or a place named as an actor (not where: "in Rotterdam"): what "its" may stand for; a person is
    "his" or "her"."""
    return m.kind == "organization" or m.kind == "place" and m.after not in _LOCATING


def pronoun_roles(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each person whose role is apposed after "its" given the role as the body's it stands for
    (see the module's docstring): the first body (else place) named in the latest sentence naming one, its subject
    ("The Water Board said it had opened an inquiry into Vale Water. Its spokesman, X," is the board's)."""
    out = []
    for m in mentions:
        found = _ITS_ROLE.search(text, max(0, m.start - ROLE_REACH), m.start) if m.kind == "person" and m.role else None
        if found is not None and " ".join(found.group("role").split()) == m.role:
            at = found.start()
            before = [n for n in mentions if at - OWNER_REACH <= n.start and n.end <= at and not n.demonym
                      and not n.medium and not n.thing and _owner(n) and not _BRACKETED.match(text[n.end : n.end + 1])]
            last = max(before, key=lambda n: n.end, default=None)
            if last is not None and last.sentence >= m.sentence - OWNER_SENTENCES:  # the first named in that
                # sentence: its subject, which "its" takes up
                held = [n for n in before if n.sentence == last.sentence]
                bodies = [n for n in held if n.kind == "organization"]  # not "LONDON - Barclays said"
                first = min(bodies or held, key=lambda n: n.start)
                m = dataclasses.replace(m, role=f"{_possessive(first.name)} {m.role}")
        out.append(m)
    return out
