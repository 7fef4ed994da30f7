"""A legal action brought against someone is a deed, not a statement: "filed a lawsuit against her co-star",
"has lodged a complaint against the council", "brought a case against the ministry", "has sued her label".

Why: the cue model reads the whole phrase up to "against" as a cue of opposing (it learned "railed against",
"warned against"), and the actor was listed as holding "her co-star Justin Baldoni on Tuesday". What a suit
claims comes in its own words ("..., accusing him of ...", "alleging that ..."), which their own cue gives;
a request filed ("filed a request for the court to remove ...") asks for something, and stays.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution

_LEGAL_ACTION = re.compile(
    r"(?:(?:has|have|had)\s+)?(?:file|files|filed|filing|lodge|lodges|lodged|lodging|bring|brings|brought|bringing|"
    r"launch|launches|launched|launching|initiate|initiated)\s+(?:a|an|the|its|his|her|their|new|fresh|\s)*"
    r"(?:legal|formal|civil|criminal|federal|class-action|defamation|libel|discrimination|harassment|\s)*"
    r"(?:lawsuit|suit|complaint|case|claim|petition|action|charges|proceedings)\s+against"
    r"|(?:(?:has|have|had|is|are)\s+)?(?:sue|sues|sued|suing)",
    re.I,
)
"""Bringing a suit, a complaint or a case, up to "against" ("filed a lawsuit against"), or suing."""


def legal_action(text: str, attribution: Attribution) -> bool:
    """Whether the cue is a legal action brought against someone ("filed a lawsuit against")."""
    return _LEGAL_ACTION.fullmatch(text, *attribution.cue) is not None
