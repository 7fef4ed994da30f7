"""A speaker written "<Name> of <Firm>" at a sentence's start keeps the name: "Raymond Achterberg of Fulton
Pryce went so far as to ...".

Why: the source tagger takes the run of capitalised words nearest the cue, and before a cue it never learned
("went so far as to", "was quick to") it stopped at the firm ("Fulton Pryce"), so the firm, read as a person,
was given the analyst's words. Business news names analysts, bankers and lawyers by their firm this way
("Dan Moss of Halden Securities"); the name before "of" is the one who speaks, and downstream the "X of Y"
source already resolves to X. Only a sentence-opening name (after a full stop, a quote mark or a line break)
is joined, so an object before the "of" ("the views of Fulton Pryce") is never taken.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution

_NAME_OF = re.compile(r"(?:^|(?<=[.!?\"“”\n])\s*|\n)((?:[A-Z][\w'’.-]*\s+){1,3})of\s+(?:the\s+)?$")
"""A sentence-opening run of one to three capitalised words, then "of" (and "the"), right before the source."""
_NOT_NAMES = frozenset("The A An Some Many Most Each All None One Two Both Several Few Half Members Shares".split())
"""Sentence openers before "of" that are quantities or determiners, not a name ("Some of Fulton Pryce ...")."""
_REACH = 60
"""How far back from the source the name is looked for: three words of a name and "of the"."""


def with_named_of_sources(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """The attributions with a sentence-opening "<Name> of" joined to their source (see the docstring)."""
    return sources_opened_by_name(text, attributions, _NAME_OF, _REACH, _NOT_NAMES)


def sources_opened_by_name(text: str, attributions: list[Attribution], name_before: re.Pattern[str], reach: int,
                           not_names: frozenset[str], source_shape: re.Pattern[str] | None = None) -> list[Attribution]:
    """The attributions whose source stands before its cue (and is all of ``source_shape``, where given) with the
    source begun at the name ``name_before`` finds ending right before it, within ``reach`` characters (its first
    group; not one that opens with a word of ``not_names``): the one rule of this module and of
    ``brief.actors.home_town_sources``."""
    out = []
    for a in attributions:
        if (a.source is not None and a.source[1] <= a.cue[0]
                and (source_shape is None or source_shape.fullmatch(text, *a.source))):
            found = name_before.search(text, max(0, a.source[0] - reach), a.source[0])
            if found is not None and found.group(1).split()[0] not in not_names:
                a = dataclasses.replace(a, source=(found.start(1), a.source[1]))
        out.append(a)
    return out
