"""Where the model's source stops short of the name it stands for: at the last dot of an abbreviation
("The S.E.C" of "The S.E.C. said"), or before it, when the cue took the name in ("Reuters reported").

Why: the resolver reads the names within a source; a name that runs one character past it ("S.E.C.")
or lies in the cue is no source's, and the statement went to no one.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution

_DOTTED_END = re.compile(r"(?:^|\s)(?:[A-Z]\.)+[A-Z]$")
"""A source ending in an abbreviation whose last dot it left out ("The S.E.C", "the U.N")."""
_NAME_THEN_VERB = re.compile(
    r"((?:[A-Z][\w'’&.-]*\s+){0,2}[A-Z][\w'’&.-]*)\s+(?=(?:[a-z]+ed|said|told|wrote|says|tells|writes|reports)\b)"
)
"""A cue opened by a name and then its verb ("Reuters reported", "The Guardian said")."""
_VERB_FORMS = re.compile(r"[A-Z][a-z]*(?:ed|ing)$")
"""A capitalised first word that is itself a verb form ("Asked", "Speaking"): a cue, no name."""


def source_edges(text: str, attribution: Attribution) -> Attribution:
    """The source run on over its abbreviation's last dot, or taken out of the cue's opening name when
    it has none; any other attribution as it is."""
    source = attribution.source
    if source is not None:
        if text[source[1] : source[1] + 1] == "." and _DOTTED_END.search(text, source[0], source[1]):
            return dataclasses.replace(attribution, source=(source[0], source[1] + 1))
        return attribution
    name = _NAME_THEN_VERB.match(text, attribution.cue[0], attribution.cue[1])
    if name is None or _VERB_FORMS.match(name.group(1).split()[0]) or name.end() >= attribution.cue[1]:
        return attribution
    return dataclasses.replace(attribution, source=name.span(1), cue=(name.end(), attribution.cue[1]))
