"""A photo's caption line that closes on its credit after a label: "Camera IconThe Premier at Parliament House on
Wednesday. Credit: News Corp Australia", "Liam Doyle Credit: AAP", "Police guard the paintings. Photograph: Jane
Roe/EPA". Australian pages print the credit so, after
the caption's full stop, where wire pages bracket it ("(AP Photo/...)", ``furniture._CAPTION_CREDIT``); the
caption describes a picture, no one says it, and its run-together icon label ("Camera IconMs Carrick") would
otherwise be read as a name. Not "Picture:" or "Image:" lines: there a caption may be the only line naming the
story's subject outside its headline ("Graham Tulloch named his squad. Image: ...")."""

from __future__ import annotations

import re

CAPTION_MAX_WORDS = 40
"""Words of a caption with its credit; a paragraph longer than this is prose that happens to end on a credit."""
_CREDIT_NAME = r"[A-Z][\w&.'’/-]*(?:\s+[A-Z][\w&.'’/-]*){0,4}"
_CREDIT_TAIL = re.compile(
    r"(?:^|[.!?)”\"]\s+|\s)(?:Credits?\s*:|Photo(?:graph)?s?\s*(?::|by\b))\s*"
    rf"{_CREDIT_NAME}(?:\s*/\s*{_CREDIT_NAME})?\s*\.?\s*$"
)
"""The credit closing a caption: its label, a colon, then a name or agency in capitals ("Credit: AAP"); the
Guardian's and others' "Photograph: Jane Roe/EPA", "Photograph by Jane Roe / AFP." the same way."""
_ICON_LABEL = re.compile(r"^Camera\s?Icon\S")
"""The label a page's camera icon leaves, run together with its caption ("Camera IconThe new school...")."""


def is_credited_caption(paragraph: str) -> bool:
    """Whether the paragraph is a photo's caption: an icon's label opening it, or a credit closing it."""
    if len(paragraph.split()) > CAPTION_MAX_WORDS:
        return False
    return bool(_ICON_LABEL.match(paragraph) or _CREDIT_TAIL.search(paragraph))
