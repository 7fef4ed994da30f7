"""A title word written alone as a person's one name: "Prince was married when he died", "Prince's estate".

The tagger reads "Prince", "King" or "Queen" as a title and leaves them untagged when no name follows; a
performer who took a title for a name is then no one on the page. A title standing bare (no article, no
possessive before it, no name after it) that the text both gives a person's "he" or "she" right after and
gives things of its own ("Prince's estate") is a person's name, whatever its word: a holder of the office
alone would be "the Prince", "the King".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mentions import Mention
from brief.model import Sentence
from brief.text.lexicon import PERSON_TITLES
from brief.text.sentences import sentence_at

_TITLES = sorted(w.capitalize() for w in PERSON_TITLES if w.isalpha())
# The look-ahead for a title's first letter changes no match: it lets the scan of the whole text skip to
# the capitals rather than try every title at every word boundary (five times as fast).
_TITLE = re.compile(r"(?=[" + re.escape("".join(sorted({w[0] for w in _TITLES}))) + r"])\b(" + "|".join(_TITLES) + r")\b")
# before the bare title: no article, possessive or other word that makes it the office ("the Prince", "his Queen",
# "Crown Prince"; on its own line: a dateline's "PT" above is no part of it), and no capitalised word after it ("Prince Harry", "Prince of Wales", "Prince George's County")
_OFFICE_BEFORE = re.compile(r"(?:\b(?i:the|a|an|his|her|their|its|our|my|your|this|that|new|former|late|future)|"
                            r"\b[A-Z][\w'’-]*|['’]s)[^\S\n]+$")
_NAME_AFTER = re.compile(r"(?:['’]s)?\s+(?:[A-Z]|of\b|and\s+[A-Z]\w*\s+of\b)")
_OWN_AFTER = re.compile(r"['’]s\s+(?:[a-z]+\s+)?[a-z]{3,}\b")
"""Something of the name's own: "Prince's estate", "Prince's first album"."""
_PRONOUN_AFTER = re.compile(r"\s+(?:[a-z]+\s+){1,6}?(he|she)\b")
"""A person's pronoun in the clause right after it, lower-case words only between: "Prince was married when he"."""
REACH = 30
"""Characters before a writing read for the article or the name that makes the title an office's."""


def _bare(text: str, start: int, end: int) -> bool:
    """No article or name before the title and no name after it: a one-word name, not an office."""
    return not (_OFFICE_BEFORE.search(text, max(0, start - REACH), start) or _NAME_AFTER.match(text, end))


def title_names(article: int, text: str, sentences: Sequence[Sentence], mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each bare title the text shows a person's one name (see the module's docstring) added
    as a person at every bare writing no mention covers, with the pronoun that follows it where one does."""
    covered = [(m.start, m.end) for m in mentions]
    bare: dict[str, list[tuple[int, int]]] = {}
    for found in _TITLE.finditer(text):
        start, end = found.span()
        if _bare(text, start, end) and not any(a < end and start < b for a, b in covered):
            bare.setdefault(found.group(1), []).append((start, end))
    named = {word for word, spans in bare.items()
             if any(_PRONOUN_AFTER.match(text, end) for _, end in spans) and any(_OWN_AFTER.match(text, end) for _, end in spans)}
    if not named:
        return mentions
    def pronoun(end: int) -> str:
        found = _PRONOUN_AFTER.match(text, end)
        return found.group(1) if found else ""

    added = [Mention(article, sentence_at(sentences, start), start, end,
                     word, word, "person", pronoun=pronoun(end))
             for word in named for start, end in bare[word]]
    return sorted([*mentions, *added], key=lambda m: m.start)
