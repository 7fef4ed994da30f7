"""A person's surname with the Arabic article written alone later, which the tagger left untagged: "Oil Minister
Hassan al-Kadhimi said ..." then '"...," al-Kadhimi said in a statement.' or '..., said al-Kadhimi.'.

Why: the tagger takes a name to open with a capital, so the bare "al-Kadhimi" (lower-case article first) is often no
name to it at all; the cue after it then had no source, and his words went to no one or to the last speaker. A word
of the article and a capitalised name ("al-", "el-", "Al-" opening a sentence) that is the last word of a person's
full name tagged in the same article is that person (brief.actors.article_surnames joins the article surname to the
given names before it, so the full name is known whole).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from brief.actors.mentions import Mention
from brief.model import Sentence

_ARTICLE_SURNAME = re.compile(r"(?<![\w'’-])((?:al|el|Al|El)-[A-Z][\w]*(?:-[A-Z][\w]*)*)(?![\w-])")
"""A surname joined to the Arabic article ("al-Kadhimi", "el-Sayed", "Al-Kadhimi" opening a sentence), without a
possessive's "'s"."""
_PREPOSITION_BEFORE = re.compile(r"\b(?:to|for|of)\s+$")
"""A preposition right before the surname ("a senior aide to al-Kadhimi said", "a spokesman for al-Kadhimi"): its
object is whom the speaker serves, not the speaker; the tagger's source there is the aide, so the surname is left
as the tagger read it (a mention would take the aide's words and their reported speech from whoever it reports)."""
PREPOSITION_REACH = 6
"""Characters before the surname that hold the preposition and its space ("for " and a double space)."""


def _fold(surname: str) -> str:
    return surname[:1].lower() + surname[1:]


def article_surname_repeats(article: int, text: str, sentences: Sequence[Sentence], mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each untagged writing of a tagged person's article surname added as that person (see the
    module); the surname is named as the full name writes it ("al-Kadhimi"), so the two group as one actor."""
    surnames: dict[str, str] = {}
    for m in mentions:
        words = m.name.split()
        if m.kind == "person" and len(words) >= 2 and _ARTICLE_SURNAME.fullmatch(words[-1]):
            surnames[_fold(words[-1])] = words[-1]
    if not surnames or not sentences:
        return mentions
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [s.start for s in sentences]
    added = []
    for found in _ARTICLE_SURNAME.finditer(text):
        surname = surnames.get(_fold(found.group(1)))
        k = bisect.bisect_left(taken, (found.start(), -1))
        if surname is None or _PREPOSITION_BEFORE.search(text, max(0, found.start() - PREPOSITION_REACH), found.start()):
            continue  # no one's surname, or a preposition's object ("a senior aide to al-Kadhimi said")
        if any(taken[j][0] < found.end() and found.start() < taken[j][1] for j in (k - 1, k) if 0 <= j < len(taken)):
            continue  # written inside a tagged name ("Hassan al-Kadhimi")
        index = max(0, bisect.bisect_right(starts, found.start()) - 1)
        added.append(Mention(article, sentences[index].index, found.start(), found.end(), surname, found.group(1), "person"))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions
