"""A transcript's label that names an office, not a person ("THE PRESIDENT:", "THE FIRST LADY:"),
or a person by honorific and surname ("MR. EARNEST:"): the person the page names with it.

Why: official transcripts (the White House, parliaments, courts) label turns by office, and name the
office holders once, in a heading line ("Remarks of President Barack Obama and First Lady Michelle
Obama"); without the link the turn has no speaker, or the label itself is listed as an
organisation. The holder is the person named right after the office's words somewhere in the page;
an office no one is named with ("Q:", "THE MODERATOR:") stays no one's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mentions import Mention

_ARTICLE = re.compile(r"^THE\s+")
_HONORIFIC = re.compile(r"^(?:MR|MRS|MS|MISS|DR|SEN|REP|GOV)\.?\s+")
ROLE_WORDS_MAX = 3
"""An office in a label runs to three words ("THE VICE PRESIDENT", "THE FIRST LADY"); more is no office."""


_HOLDER_NAME = re.compile(r"(?:,\s*(?:Mr|Mrs|Ms|Miss|Dr)\.?)?\s+([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*(?: [A-Z]\.)?(?: [A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*){1,2})\b")
"""A full name, two or three words, right after the office's words ("President Barack Obama"), or
apposed to them with an honorific, as official transcripts introduce their speaker ("the Chief
Executive, Mr Daniel Fung, at a media session")."""


def role_holder(text: str, label: str, people: Sequence[Mention]) -> str | None:
    """The full name of the person a label in capitals names by office ("THE FIRST LADY") or by
    honorific and surname ("MR. EARNEST"), or a label in capitalised words names by office
    ("Chief Executive:"), or None where the page names no one, or two, so."""
    honorific = _HONORIFIC.match(label)
    if honorific is not None:
        surname = label[honorific.end() :].lower()
        names = {m.name for m in people if " " in m.name and m.name.split()[-1].lower() == surname}
        return names.pop() if len(names) == 1 else None  # "MR. SMITH" of two Smiths: unsure
    article = _ARTICLE.match(label)
    role = label[article.end() :].split() if article is not None else []
    if not label.isupper():  # "Chief Executive:" of a government's transcript, in its own capitals
        role = label.split()
    if not role or len(role) > ROLE_WORDS_MAX:
        return None
    office = re.compile(r"\b" + r"\s+".join(map(re.escape, role)) + r"\b", re.I)
    names = set()
    for found in office.finditer(text):
        name = _HOLDER_NAME.match(text, found.end())
        if name is not None and text[found.start()].isupper():  # "First Lady Michelle Obama", not "first lady"
            names.add(name.group(1))
    return names.pop() if len(names) == 1 else None  # "President Obama ... President Biden": unsure
