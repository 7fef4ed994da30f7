"""A person the story names by surname alone whose full name the page writes only where no sentence of the story is
read: "Lewis Hamilton attended the unveiling ..." as a photo's caption over "Hamilton is confident that ...".

Why: the loader sets a caption apart from the story's sentences, so the tagger never reads the name in it, and the
actor was listed as "Hamilton", a surname a reader cannot place, though the page gives the whole name. As with a
headline's full name (``headline_full_names``), the actor takes the one full name written in the group's articles
whose last word is the surname and whose first is a known given name, unless another actor is listed by it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from brief.actors.gender import first_names

_GIVEN = r"([A-Z][a-z]+)"
"""A capitalised word right before the surname, the given name it would be ("Lewis" of "Lewis Hamilton")."""


def unread_full_name(name: str, kind: str, articles: Sequence[int], texts: Mapping[int, str], taken: set[str]) -> str:
    """The full name the articles write for a person listed by one word, or ``name`` unchanged: the one given name
    the texts write right before the surname (a space between), whom no other actor is listed as (``taken``); not
    one inside a longer name ("the Nancy Orme Space Telescope", named for someone the scientist Orme need not be)."""
    if kind != "person" or " " in name or not name[:1].isupper():
        return name
    given = {m.group(1) for k in articles
             for m in re.finditer(rf"(?<![\w.'’-]){_GIVEN} {re.escape(name)}(?![\w'’-]| [A-Z])", texts.get(k, ""))
             if m.group(1) in first_names()}
    if len(given) != 1:
        return name
    found = f"{next(iter(given))} {name}"
    return name if found in taken else found
