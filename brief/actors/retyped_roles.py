"""The role written beside a name the tagger typed a body and a later step found a person: "Eleanor Price, a
lawyer for the farmers, said" (the tagger read "Price" as a firm's name).

Why: a person's role is read where the tagger's names become mentions (``roles.read_role``), and only for the
names it typed a person; a name retyped later, by its age, its pronoun or its acts, kept no role, so the lawyer
was listed as no one in particular. Its sentence's words are read again for it, as for any person's. And a name
still typed a body that opens with a given name and has a person's role written beside it ("a lawyer for the
farmers", "the union's general secretary") is that person: a body has no job. So is the tail of a body's span
a later step cut to a person ("Leader of the Opposition K Varadappa": the tagger's "Opposition K Varadappa", cut
at its initial): the words cut off are the title the role is read from.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from brief.actors.body_endings import organization_ending
from brief.actors.gender import given_names
from brief.actors.mentions import Mention, Token
from brief.actors.roles import read_role
from brief.model import Sentence
from brief.text.tokens import token_spans

MAX_NAME_WORDS = 3
"""Words of a person's name typed a body that a role beside it makes a person ("Eleanor Price", "Ana de Souza")."""


def retyped_roles(text: str, sentences: Sequence[Sentence], mentions: list[Mention],
                  bodies: set[tuple[int, int]]) -> list[Mention]:
    """The mentions, with each person of no role whose span the tagger typed a body (``bodies``) given the role
    its sentence writes beside it, and each body so typed that opens with a given name made a person when a role
    stands beside it."""
    out = []
    body_starts = {end: start for start, end in bodies}
    for m in mentions:
        words = m.name.split()
        named = (m.kind == "organization" and not m.demonym and 2 <= len(words) <= MAX_NAME_WORDS
                 and words[0] in given_names() and not organization_ending(m.name))
        tail = m.kind == "person" and not m.role and body_starts.get(m.end, m.end) < m.start  # "[Opposition] K Varadappa"
        if (m.kind == "person" and not m.role or named) and (m.start, m.end) in bodies or tail:
            sentence = next((s for s in sentences if s.start <= m.start < s.end), None)
            if sentence is not None:
                sent = [Token(sentence.text[a:b], sentence.start + a, sentence.start + b)
                        for a, b in token_spans(sentence.text)]
                a = next((k for k, t in enumerate(sent) if t.start == m.start), None)
                b = next((k + 1 for k, t in enumerate(sent) if t.end == m.end), None)
                if a is not None and b is not None and a < b:
                    role = read_role(text, sent, a, b)
                    if role or not named:
                        m = dataclasses.replace(m, role=role, kind="person")
        out.append(m)
    return out
