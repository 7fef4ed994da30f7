"""An article's words as the grouping counts them (features.py), in a module without numpy.

Counting them is the grouping's only per-article step (a fifth to a third of grouping 1,000
articles), and it reads nothing but the article's title and sentences. So the article cache keeps
each article's count with its parsed copy (brief/cache.py ``ArticleCache.parsed``, as it keeps its
sentence spans and near-copy shingles), and a run where a tenth of the pile is new counts only the
new articles' words: the others' counts are read back, as a JSON string that is decoded only when
the pile is grouped (a warm run takes its stories from the cache and never decodes them).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from brief.model import Article, Sentence

TITLE_WEIGHT = 2
"""Each word of a headline written apart from the body counts this many times a plain word: the
headline says what the story is (web pages and feeds have one). Not measured: the bench's DUC and
CNN/DailyMail texts have no headline, so this weight only matters on real pages and feeds."""
LEAD_SENTENCES = 5
LEAD_WEIGHT = 2
"""The first sentences of an article (its lead, which says what the story is) count double.
Same-pair average precision on the dev mix: weight 1 0.827, 2 0.833, 4 0.826; 3, 5 or 10
sentences within 0.003 of each other."""
MAX_WORDS = 1000
"""Words read past the lead, so that a 50,000-word page costs what a long article does. Not
fewer: the body helps (dev mix B-cubed F1 with 300 words 0.896, 600 0.907, 1,000 0.920, all 0.922)."""
CHARS_PER_WORD = 8
"""Characters read per word wanted before tokenising the whole text (English averages about six
with its space); where that is not enough words, the whole text is read."""

# Words as the summarizers see them (tokens.word_tokens), but found by one regex over a whole
# piece of text, counted for the whole pile at once (_word_counts):
# a possessive "'s" is left out of the word.
_WORD = re.compile(r"[^\W_]+(?:[-&][^\W_]+|['’](?![sS](?![^\W_]))[^\W_]+)*")
_FIRST_WORD = re.compile(r"[\W_]*([^\W_]+(?:[-&][^\W_]+|['’](?![sS](?![^\W_]))[^\W_]+)*)")
_SEPARATOR = "\x00"
_OPENERS = re.compile(r"\x00(?:[^\w\x00]|_)*([^\W_]+(?:[-&][^\W_]+|['’](?![sS](?![^\W_]))[^\W_]+)*)")
"""Each sentence's first word (``_FIRST_WORD``) found by one regex over the article's sentences,
each after a NUL: a regex call per sentence cost a fifth of a second on 10,000 articles."""


def _article_words(title: str, texts: list[str]) -> tuple[list[str], list[str], list[str], list[str]]:
    """The written words of an article (its title, its sentences' texts) by weight: its headline
    (when written apart from the body), its lead, the rest (at most ``MAX_WORDS`` words of it);
    and the word opening each sentence (a capitalised word there is not evidence of a name)."""
    title = title.strip()
    first_sentence = texts[0] if texts else ""
    heading = _WORD.findall(title) if title and not first_sentence.startswith(title.rstrip(".…")) else []
    lead = _WORD.findall(" ".join(texts[:LEAD_SENTENCES]))
    rest = _first_words(" ".join(texts[LEAD_SENTENCES:]), MAX_WORDS)
    return heading, lead, rest, _openers(texts)


def _openers(texts: list[str]) -> list[str]:
    """The word opening each of ``texts`` that has one."""
    joined = _SEPARATOR + _SEPARATOR.join(texts)
    if joined.count(_SEPARATOR) == len(texts):
        return _OPENERS.findall(joined)
    # A text holding the separator itself: one at a time.
    return [m.group(1) for m in map(_FIRST_WORD.match, texts) if m]


def _first_words(text: str, limit: int) -> list[str]:
    """The first ``limit`` words of ``text``, read from its start only when that is enough: a
    long page is not tokenised to its end to keep a thousand words. Two words more than needed
    are read, so the cut (which may split a word or hide what follows the last) never touches
    the words kept."""
    if len(text) > CHARS_PER_WORD * limit:
        words = _WORD.findall(text[: CHARS_PER_WORD * limit])
        if len(words) > limit + 1:
            return words[:limit]
    return _WORD.findall(text)[:limit]

_TEXT = attrgetter("text")


@dataclass(frozen=True)
class Counted:
    """An article's words as ``features._word_counts`` counts them: each distinct word written
    (in the order first met, which numbers the pile's words) with its weighted count (headline
    ``TITLE_WEIGHT``, lead ``LEAD_WEIGHT``, rest 1), and the capitalised words to take off its
    count inside sentences (the lead's and headline's extra weight, and the sentence openers)."""

    words: tuple[str, ...]
    values: tuple[int, ...]
    taken: tuple[str, ...]


def count(title: str, texts: list[str]) -> Counted:
    """The words of an article with this title and these sentence texts, counted."""
    heading, lead, rest, openers = _article_words(title, texts)
    # The body's words are counted once (in C); the lead's and headline's extra weight, and
    # the sentence openers (which the inside counts leave out), are a few dozen words, taken
    # off the weighted counts as a second, small matrix.
    weighted = Counter(lead)
    weighted.update(rest)
    extra = lead * (LEAD_WEIGHT - 1) + heading * TITLE_WEIGHT
    weighted.update(extra)
    # Only a capitalised word's inside count is read (as a name's), so only those are taken.
    taken = [w for w in extra if w[:1].isupper()] + [w for w in openers if w[:1].isupper() and w in weighted]
    return Counted(tuple(weighted), tuple(weighted.values()), tuple(taken))


def encoded(counted: Counted) -> str:
    """``counted`` as the JSON string the article cache stores."""
    return json.dumps([counted.words, counted.values, counted.taken], ensure_ascii=True, separators=(",", ":"))


def _decoded(raw: str) -> Counted | None:
    """What ``encoded`` wrote, or None when ``raw`` is not that (a cache entry is never trusted)."""
    try:
        value: Any = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    if not (isinstance(value, list) and len(value) == 3 and all(isinstance(part, list) for part in value)):
        return None
    words, values, taken = value
    if (len(words) != len(values) or not all(type(w) is str and w for w in words) or len(set(words)) != len(words)
            or not all(type(v) is int and v > 0 for v in values) or not all(type(w) is str for w in taken)):
        return None
    return Counted(tuple(words), tuple(values), tuple(taken))


Spans = tuple[tuple[int, int], ...]

_KEPT: dict[tuple[str, str, tuple[tuple[int, int], ...]], tuple[Spans, Counted | str]] = {}
"""Counts kept with the parsed copies of the last load's articles (``remember``), by the article's
title, text and paragraphs, with the sentence spans they were counted over; cleared by ``forget``."""


def remember(article: Article, spans: Spans, counted: Counted | str) -> None:
    """Keep the count of ``article``'s words over the sentences at ``spans`` (a ``Counted``, or the
    string ``encoded`` made of one, decoded if the pile is grouped)."""
    _KEPT[article.title, article.text, article.paragraphs] = (spans, counted)


def forget() -> None:
    """Drop the counts of an earlier load (the reader loads one pile after another)."""
    _KEPT.clear()


_SPAN = attrgetter("start", "end")


def counted(article: Article, sentences: Sequence[Sentence]) -> Counted:
    """The article's words counted over ``sentences``: kept ones when they were counted over these
    very sentences (the same spans of this text), else counted now."""
    texts = list(map(_TEXT, sentences))  # read once (in C), not once for each use
    kept = _KEPT.get((article.title, article.text, article.paragraphs))
    if kept is not None:
        spans, value = kept
        text = article.text
        if tuple(map(_SPAN, sentences)) == spans and all(t == text[a:b] for t, (a, b) in zip(texts, spans)):
            found = _decoded(value) if isinstance(value, str) else value
            if found is not None:
                return found
    return count(article.title, texts)
