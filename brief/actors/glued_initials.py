"""Initials glued to a surname, as South Asian copy writes a person's name ("K.Ravindran", "P.K.Divakaran").

The tagger keeps such a name whole, one word with no space, so the rules that read a full name's words ("Ravindran
said" after "K.Ravindran, the party's secretary") found no given name nor surname in it, and the surname written
alone had no full name to stand for: it was retyped a body. One to three initials, each a capital and a full stop,
glued to a capitalised word the tagger read as a person's are that person's name (not "U.S.Army", a body's), named
here as news spaced elsewhere writes it ("K. Ravindran").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.mentions import Mention

_GLUED = re.compile(r"((?:[A-Z]\.){1,3})([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)")


def spaced_initials(mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions, each named by initials glued to a surname given the space between them ("K. Ravindran")."""
    return [dataclasses.replace(m, name=f"{found.group(1).replace('.', '. ').strip()} {found.group(2)}")
            if m.kind == "person" and not m.demonym and (found := _GLUED.fullmatch(m.name))
            else m for m in mentions]
