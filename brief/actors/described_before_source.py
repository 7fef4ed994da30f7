"""A body's description run into the content before its name when the apposition's closing comma is missing
("..., the country's disaster mitigation agency, BPBS said in a statement"): the description is the
source's, not what was said.

Why: Asian and wire copy often drops the comma that would close "the country's X agency, NAME," before the
verb; the content model then reads the description as the end of the reported clause, and the position ends
"..., the country's disaster mitigation agency".
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution

MAX_DESCRIPTION_WORDS = 6
"""Words between the owner ("the country's") and the body's noun: "national disaster mitigation" and more."""
_DESCRIPTION_TAIL = re.compile(
    r",\s+(?:the|its|[A-Z][\w.-]*['’]s)\s+(?:country['’]s\s+|nation['’]s\s+|state['’]s\s+)?"
    rf"(?:(?!(?:and|or)\s)[\w-]+\s+){{0,{MAX_DESCRIPTION_WORDS}}}?"  # one description, no list ("the staff and the agency")
    r"(?:agency|ministry|office|department|service|council|authority|board|institute|centre|center|regulator|"
    r"watchdog|bureau|commission|administration|organi[sz]ation|force|police)$"
)
"""The content's tail: a comma, then a description of a body that ends with the body's noun."""
_BETWEEN = re.compile(r"\s*,\s*")
"""Between the content's end and its source: the description's comma only."""


def described_before_source(text: str, out: list[Attribution]) -> list[Attribution]:
    """Each content that runs over its source's description ("..., the country's X agency, | BPBS said") cut
    before it."""
    fixed = []
    for a in out:
        if a.source is not None and _BETWEEN.fullmatch(text, a.content[1], a.source[0]):
            tail = _DESCRIPTION_TAIL.search(text, a.content[0], a.content[1])
            if tail is not None and tail.start() > a.content[0]:
                a = dataclasses.replace(a, content=(a.content[0], tail.start()))
        fixed.append(a)
    return fixed
