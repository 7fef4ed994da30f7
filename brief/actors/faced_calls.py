"""Calls made of the subject, not by it: "Ada Quinn is facing calls to resign", "the minister faced
demands for an inquiry", "the club is under pressure to sack him".

Why: the attribution model reads the noun "calls" (or "demands") after "facing" as the subject's verb,
so what others asked of her was listed as her position ("calls to resign"). A cue noun right after a
verb of facing or "under", with at most a few words that size it ("growing", "renewed"), is what the
subject is asked to do; no statement of the subject's.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution

_FACED = re.compile(
    r"\b(?:fac(?:e|es|ed|ing)|under|amid|despite|resist(?:s|ed|ing)?|ignor(?:e|es|ed|ing)|"
    r"reject(?:s|ed|ing)?|defied|def(?:y|ies|ying)|weather(?:s|ed|ing)?)\s+"
    r"(?:(?:growing|mounting|renewed|fresh|new|further|repeated|increasing|widespread|loud|louder|the|these|those)\s+){0,2}$",
    re.I,
)
"""Before a cue noun: a verb of facing or withstanding what others ask ("is facing", "amid growing",
"resisted renewed"), with words that size the asking."""
_ASKED = re.compile(r"(?:calls?|demands?|pressure|appeals?|pleas?|scrutiny|fire|attack|criticism)\b", re.I)
"""Cue nouns for what others ask of the subject, or turn on it ("With Labor under scrutiny for waving bills
through", "faced criticism for"): the subject is the one scrutinised, and says nothing."""
_REACH = 48
"""Characters before the cue read for ``_FACED`` (a verb and two sizing words)."""


def faced_call(text: str, attribution: Attribution) -> bool:
    """Whether the cue is a call the subject faces ("is facing calls to resign"), not one it makes."""
    start, end = attribution.cue
    return (_ASKED.match(text, start, end) is not None
            and _FACED.search(text, max(0, start - _REACH), start) is not None)
