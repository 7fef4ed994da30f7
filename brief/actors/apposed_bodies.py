"""A body's name the tagger left untagged, set before an apposition that says it is a body: "Friends of Elm
Street, a Leeds-based theatre company, said ...", "Save Our Pier, a residents' campaign group, which ...".

Why: the tagger reads a name made of common words ("Friends", "Street", "Save Our") as ordinary words and tags
nothing, so the campaign's statements had no speaker and a "which" after it no antecedent. The apposition right
after the name, a determiner and a body's noun, says what the capitalised words before it are, whatever they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from brief.actors.gazetteer import MONTHS_DAYS
from brief.actors.mentions import Mention, normalise
from brief.actors.word_case import plain_word
from brief.model import Sentence
from brief.text.language import stop_words
from brief.text.sentences import sentence_at

BODY_NOUNS = frozenset(
    "company firm group charity organisation organization association campaign society club union coalition "
    "network trust movement collective troupe cooperative co-op nonprofit non-profit foundation institute agency "
    "start-up startup business alliance federation parent operator maker manufacturer carrier airline retailer "
    "lender insurer broadcaster publisher conglomerate".split()
)
"""Heads of an apposition that make the name before it a body's ("a Leeds-based theatre company")."""
_CAP = r"[A-Z][\w'’&-]*"
_NAME = re.compile(rf"(?<![\w'’.-]){_CAP}(?:\s+(?:(?:of|for|the|and|on|in)\s+)*{_CAP})*(?=,\s+(?:a|an|the)\s)")
"""A run of capitalised words, with "of", "for", "the", "and", "on" or "in" between ("Friends of Elm Street"), before a comma and a determiner."""
_APPOSITION = re.compile(rf",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}?([a-z-]+)(?:\s+of\s+(?:the\s+)?{_CAP}(?:\s+{_CAP})*)?"
                         r"(?=\s*[,;]|\s+(?:which|that|based)\b)")
"""After the name: a comma, a determiner, up to three modifiers and the noun, perhaps what it is of
("the parent company of Ticketline", "the maker of Roe Cola"), then the apposition's end."""


def apposed_bodies(article: int, text: str, sentences: Sequence[Sentence], mentions: list[Mention],
                   lowercase: Callable[[], set[str]]) -> list[Mention]:
    """The mentions, with each untagged run of capitalised words before a body's apposition (``_APPOSITION``,
    ``BODY_NOUNS``) added as a body: two words or more, or one the article does not write in lower case."""
    covered = [(m.start, m.end) for m in mentions]
    added = []
    for found in _NAME.finditer(text):
        start, end = found.span()
        apposition = _APPOSITION.match(text, end)
        if apposition is None or apposition.group(1) not in BODY_NOUNS:
            continue
        if any(a < end and start < b for a, b in covered):
            continue
        words = found.group().split()
        capitals = [w for w in words if w[:1].isupper()]
        if len(capitals) < 2 and plain_word(words[0], lowercase()):
            continue  # "Instead, a rival company, ...": an opening word, no name
        if words[0].lower() in stop_words("en") or any(w.lower() in MONTHS_DAYS for w in words):
            continue  # "On Tuesday, the company, which ...": a time, no name
        if "\n" in found.group():
            continue
        sentence = sentence_at(sentences, start)
        surface = found.group()
        added.append(Mention(article, sentence, start, end, normalise(surface), surface, "organization"))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions
