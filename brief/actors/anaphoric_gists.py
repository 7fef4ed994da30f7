"""A content that is only a demonstrative and a noun of attitude: "Throgs Neck resident Paul Everly shared
that sentiment on Wednesday", "the mayor echoed those concerns".

The noun phrase stands for words given in an earlier sentence, as the pronoun "that" does in "has said
that more than once" (``content_ends.pronoun_that``): the position would read "shares that sentiment",
which states nothing. With a clause or a complement after the noun ("that view that rents must fall",
"those concerns about the cost") the words are there, and the position is kept.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.phrasing import inflected_verb, is_noun
from brief.actors.statements import trimmed_end
from brief.text.lexicon import AUXILIARY_VERBS

GIST_NOUN = (r"(?:sentiments?|views?|concerns?|points?|feelings?|messages?|arguments?|positions?|opinions?|ideas?|"
             r"thoughts?|claims?|criticisms?|fears?|worry|worries|warnings?|calls?|themes?|assessments?|stances?)\b")
"""Nouns that name an attitude or what was said: after a demonstrative they stand for earlier words."""
_GIST = re.compile(rf"\s*(?:that|this|those|these|the\s+same)\s+{GIST_NOUN}(?P<rest>[^\"“]*)", re.I)
"""A demonstrative ("that", "those", "the same") and such a noun."""
_ADVERBIAL = re.compile(
    r"\s*(?:(?:on|in|at|during|after|over|last|this|earlier|later|again|too|also|yesterday|today|publicly|privately)\b"
    r"[^,;:]*)?[.!?]?\s*$", re.I)
"""What may follow the noun: nothing, or an adverbial of time, place or manner ("on Wednesday", "in an
interview", "again") to the content's end."""
GIST_WORDS = 8
"""Words after the noun an adverbial runs to ("in an interview with the paper last year"); longer
stretches may carry words of their own (set by hand)."""
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def anaphoric_gist(text: str, attribution: Attribution, sentence_end: int) -> bool:
    """Whether the content is "that sentiment" and at most an adverbial: no statement of its own."""
    start, end = attribution.content
    if attribution.quote or start < attribution.cue[1] or trimmed_end(text, end, sentence_end) > end:
        return False
    gist = _GIST.match(text, start, end)
    if gist is None:
        return False
    rest = gist.group("rest")
    words = _WORD.findall(rest)
    return (_ADVERBIAL.match(rest) is not None and len(words) <= GIST_WORDS
            and not any(w.lower() in AUXILIARY_VERBS or inflected_verb(w.lower()) and not is_noun(w.lower()) for w in words))
