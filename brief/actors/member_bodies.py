"""A body named for its members' trade before its kind: "The Directors Guild of America", "the Producers Guild",
"Engineers Union".

Why a module of its own: the tagger reads the capitalised plural as a common word and tags the body from its kind
on ("Guild of America"), so the name is cut and the body listed under a name nobody wrote. A capitalised plural
right before a span that opens on a body's kind word is the name's first word: a guild or union is named for whom
it gathers.
"""

from __future__ import annotations

BODY_KINDS = frozenset("Guild Union Association Federation Alliance Society League Council Coalition Institute "
                       "Caucus Congress Chamber".split())
"""Kind words that open a tagged body's span when its members' plural was left out ("Guild of America")."""


def _members_plural(word: str) -> bool:
    """A capitalised plural of a trade or a group ("Directors", "Producers"), not a possessive nor "-ss"."""
    return word[:1].isupper() and word.isalpha() and word.endswith("s") and not word.endswith("ss") and len(word) > 3


def with_member_bodies(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans, a body's opened at the untagged members' plural before its kind word (see the module's
    docstring)."""
    covered = {i for a, b, _ in spans for i in range(a, b)}
    out = []
    for a, b, label in spans:
        if (label == "ORG" and a > 0 and words[a] in BODY_KINDS and a - 1 not in covered
                and _members_plural(words[a - 1])):
            a -= 1
        out.append((a, b, label))
    return out
