"""A body named by a short code with a digit after its kind's noun: "Danish union 3F said", "the Dutch party D66",
"the hacker group 4T". The tagger never saw such codes and leaves them untagged (or tags only the nationality),
so the statement went to the country. A short code of capitals and digits written right after a body's noun in
lower case is that body's name, as "union Unite" would be.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mentions import Mention
from brief.model import Sentence
from brief.text.sentences import sentence_at

_CODE_AFTER_NOUN = re.compile(r"\b(?:union|party|group|alliance|federation|confederation|association|movement|"
                              r"coalition|collective|network|syndicate)\s+"
                              r"(?P<code>(?=[A-Z0-9-]{2,6}\b)(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]*)\b")
"""A body's noun in lower case, then a code of two to six capitals and digits with at least one of each ("3F",
"D66", "4T"): a number alone ("group 7") or a word names none."""


def code_names(article: int, text: str, sentences: Sequence[Sentence], mentions: list[Mention]) -> list[Mention]:
    """The mentions, with an organisation's mention added for each code after a body's noun (see the module's
    docstring) that no mention overlaps."""
    added = []
    for found in _CODE_AFTER_NOUN.finditer(text):
        start, end = found.span("code")
        if any(m.start < end and start < m.end for m in mentions):
            continue
        sentence = sentence_at(sentences, start)
        code = found.group("code")
        added.append(Mention(article, sentence, start, end, code, code, "organization",
                             after=text[found.start() : start].split()[0].lower()))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions
