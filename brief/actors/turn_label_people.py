"""A name that labels a transcript's turns is a person's: "Maulvi Sahib: Peace be on you." / "Mehsud: Fine.".

Why: a transcript of a call or an interview names its speakers by a form of address as often as by a name ("Maulvi
Sahib", "Emir Sahib", "the Cleric"), words the tagger may type a person but that no given name or surname list
knows, so the text's other signs leave the name marked a thing and grouping listed the speaker as a body, his
turns under it. Paragraphs that open with the name and a colon, more than once, are that speaker's turns: a body
or a thing does not take turns in a conversation.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.mentions import Mention

MIN_TURNS = 2
"""Paragraphs a name must open as a label before it is read as a speaker's: one "X: ..." line may be a heading or a
caption's credit."""


def _turns(text: str, name: str) -> int:
    """Paragraphs that open with the name, a colon (a space before it as transcripts sometimes write) and words."""
    return len(re.findall(rf"(?:^|\n){re.escape(name)} ?:[ \t]+\S", text))


def turn_label_people(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions, with a person's thing mark lifted where the name labels a transcript's turns."""
    marked = {m.name for m in mentions if m.kind == "person" and m.medium and not m.demonym}
    labels = {n for n in marked if _turns(text, n) >= MIN_TURNS}
    if not labels:
        return list(mentions)
    return [dataclasses.replace(m, medium=False) if m.kind == "person" and m.medium and m.name in labels else m
            for m in mentions]
