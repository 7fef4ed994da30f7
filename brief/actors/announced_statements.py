"""A frame that announces a statement printed in the next paragraph, its speaker named in an apposition or
with letters after the name: "The Leader of Harwick Council, Councillor Delia Marston OBE, has issued the
following statement: | “Who would do such a cruel thing ...”", "Harwick Council leader Delia Marston MBE
said: | “...”".

Why: ``colon_quotes`` takes the person named right before the frame's verb of saying, but only when the verb
follows the name (or the name's own apposition): a name that is itself the apposition of an office ("The
Leader of X, Name, said:") leaves a comma before the verb, and letters after a name ("OBE", "MP") stand
between it and the verb; nor did "issued the following statement" read as a verb of saying. The statement's
paragraphs were no one's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mentions import Mention
from brief.model import Sentence

_LETTERS = r"(?:\s+[A-Z]{2,4}\b)*"
"""Letters after a name: an honour or an office ("OBE", "MBE", "MP", "KC", "MSP")."""
_STATEMENT = (r"(?:(?:has|have|had)\s+)?(?:issued|released|put\s+out|shared|published|made)\s+"
              r"(?:the\s+following|a|this|a\s+short|a\s+brief|a\s+joint|a\s+further)\s+"
              r"(?:statement|message|response|update)")
"""Issuing a statement, which the next paragraph prints ("has issued the following statement")."""
_SAYING = (r"(?:said|says|added|adds|explained|commented|stated|continued|warned|wrote|posted|"
           rf"{_STATEMENT}(?:\s+(?:on|to|via|through)\s+[^,:“”\"]{{1,40}})?|said\s+in\s+a\s+statement)")
_AFTER_NAME = re.compile(rf"{_LETTERS}(?:,[^,“”\"]{{1,80}},|(?P<comma>,))?\s*{_SAYING}\s*")
"""What may follow the speaker's name to the frame's colon: letters, the comma that closes the name's own
apposition, an apposition of the name's, and the verb of saying or of issuing a statement."""
_APPOSED = re.compile(r",\s*(?:[A-Z][\w.'’-]*\s+){0,3}$")
"""The comma that sets the name off after an office (", Councillor "): a title may stand before the name."""


def apposed_announcer(text: str, s: Sentence, frame: str, actors: Sequence[Mention]) -> Mention | None:
    """The person named last in a frame that closes with their letters, apposition commas and a verb of
    saying or issuing a statement; a comma right after the name needs one before it (the name is set off)."""
    people = [m for m in actors if m.kind == "person"]
    if not people:
        return None
    person = people[-1]
    end = s.start + len(frame)
    after = _AFTER_NAME.fullmatch(text, person.end, end)
    if after is None or any(m.start >= person.end for m in actors):
        return None
    if after.group("comma") and not _APPOSED.search(text, s.start, person.start):
        return None  # "Police named Delia Marston, said": no apposition for the comma to close
    return person
