"""Signs that a surname written alone is a person's, read where the tagger called it one but nothing beside it did.

News names a person in full once (or never: "Kerry", "Federer" are known to its readers) and then writes the
surname alone, which ``personhood`` had to retype an organisation when no role, title or given name stood beside
it. English goes on about such a surname the way it goes on about a person, not a body: a "he" or "his" comes
next, after a writing that is its clause's subject, before any other name ("Kerry fails to mobilize his
supporters"); a body is "it" and "its".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mentions import Mention
from brief.actors.named_people import spoken_of_as_person
from brief.text.phrases import phrase_spans

_CLAUSE_OPENING = re.compile(r"(?:^|[.!?:;,\n\"“”(—–-]|\b(?:but|that|when|while|as|after|before|if|because|then|"
                             r"though|although|since|until|so)|\b(?:[Tt]op-ranked|[Ff]ormer|[Ll]ate))\s*$")
"""What stands before a name opening its clause, where it is the subject that a "he" after it goes on about: not a
platform or a firm read as an object ("posted on Twitter that he", "sued Acme, and he"), whose "he" is the person
named before it. Not "and" or "or", which as often join objects ("over Nani and Anderson. He said")."""
CLAUSE_REACH = 20
"""Characters before a writing of the name read for what opens its clause."""
def _opens_clause(text: str, start: int) -> bool:
    return bool(_CLAUSE_OPENING.search(text, max(0, start - CLAUSE_REACH), start))


def _quoted(text: str, start: int) -> bool:
    """Whether the writing at ``start`` stands inside a quotation of its paragraph: a "he says" after it is the
    speaker's ('"We show that Talib means mines," he says')."""
    before = text[text.rfind("\n", 0, start) + 1 : start]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _subject_spans(text: str, name: str) -> list[tuple[int, int]]:
    """The writings of the name that open a clause outside a quotation."""
    return [(start, end) for start, end in phrase_spans(text, name) if _opens_clause(text, start) and not _quoted(text, start)]


def surname_shown(text: str, name: str, mentions: Sequence[Mention]) -> bool:
    """Whether the text goes on about ``name`` as a person: a person's pronoun is the first after a writing that is
    its clause's subject (``_subject_spans``), before any other name, and no thing's pronoun ever is
    (``spoken_of_as_person``). ``mentions`` hold every name's writing, placed in ``text``."""
    subjects = _subject_spans(text, name)
    return bool(subjects) and spoken_of_as_person(text, name, mentions, subjects)
