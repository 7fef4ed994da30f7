"""The body "the union" stands for when the article names no union as such: "The British Medical Association has
announced that resident doctors will walk out ... the union said".

Why: a trade union may be named for its field ("Medical Association"), not for its members, so the name says no
union; the story shows it by the union's action its own sentence tells of, and a later "the union" with no other body
named between is that body.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention

UNIONS_SO_NAMED = frozenset("association federation".split())
"""Last words of a body's name that a union may bear ("the British Medical Association", named for its field): "the
union" stands for it when the article names no union as such, it is the latest body named, no other between (not
"the American Medical Association" when "the Nurses Union" is named anywhere before), and its sentence tells of a
union's action (``_UNION_ACTION``: not "The Press Association reported that staff had voted")."""
_SENTENCE_END = re.compile(r"[.!?\n]")  # its own: any stop mark, an abbreviation's too, so the action is read close by
_UNION_ACTION = re.compile(r"\b(?:strikes?|striking|walk(?:ed|s)?\s+out|walkouts?|industrial\s+action|picket\w*|"
                           r"ballot(?:ed|ing)?)\b", re.I)
"""Words of a union's action in the sentence that names the body ("... will walk out for five days")."""


def association_union(text: str, bodies: list[Mention]) -> Mention | None:
    """The latest of ``bodies`` (organisations, in text order) when its name ends as a union's may
    (``UNIONS_SO_NAMED``) and its sentence tells of a union's action; else None."""
    if not bodies or bodies[-1].name.split()[-1].lower() not in UNIONS_SO_NAMED:
        return None
    sentence = _SENTENCE_END.split(text[bodies[-1].end :], maxsplit=1)[0]
    return bodies[-1] if _UNION_ACTION.search(sentence) else None
