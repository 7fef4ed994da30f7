"""Word tokens: CoNLL-2003/PTB-style token spans for the tagger, plain words for summarizers.

Why two functions: the named-entity tagger was trained on CoNLL 2003 Reuters tokens, so its
input must be cut the same way (``Germany 's``, ``do n't``, ``U.S.``, ``1,000``, ``3.5``,
``one-day``, ``"`` split off), while summarizers only want content words whose forms match
sumy's stop-word list (``don't``, ``it's`` whole) and ignore punctuation.
"""

from __future__ import annotations

import re

from brief.text.segment import AMBIGUOUS_ABBREVIATIONS, NUMBER_ABBREVIATIONS, TITLES

__all__ = ["token_spans", "tokens", "word_tokens"]

# One master pattern; alternatives are tried in order at each position. Look-behinds anchor the
# unbounded alternatives at the start of a run so that scanning stays linear.
_TOKEN = re.compile(
    r"""
    (?P<url>(?:https?://|www\.)[^\s"“”<>]*[^\s"“”<>.,;:!?'’)\]}])
  | (?P<email>(?<![\w.+-])[\w.+-]+@[^\W_][\w-]*(?:\.[\w-]+)+)
  | (?P<init>(?<![^\W_])(?:[^\W\d_]{1,2}\.){2,}(?:-[^\W_]+)*)
  | (?P<num>(?:\+|(?<![^\W_]))\d+(?:[.,:/-]\d+)*[^\W\d_]*(?:-[^\W_]+)*|(?<![\w.])\.\d+)
  | (?P<dotted>(?<![^\W_])[^\W_][\w-]*(?:\.[a-z0-9][\w-]*)+(?<![.-]))
  | (?P<currency>(?<![^\W_])[A-Z]{1,2}\$)
  | (?P<neg>(?<![^\W_])[^\W_]+?(?=[nN]['’][tT](?![^\W_])))
  | (?P<nt>[nN]['’][tT](?![^\W_]))
  | (?P<clitic>(?<=[\w.])['’](?:[sSdDmM]|re|RE|ve|VE|ll|LL)(?![^\W_]))
  | (?P<word>[^\W_]+(?:(?:[-&]|['’](?!(?:[sSdDmM]|re|RE|ve|VE|ll|LL)(?![^\W_])))[^\W_]+)*)(?P<dot>\.(?!\.))?
  | (?P<punct>\.{2,}|-{2,}|\*{2,}|``|''|[^\w\s]|_)
    """,
    re.VERBOSE,
)
# Only whitespace until the end: the abbreviation ends the text (``(U.S.)`` keeps its period).
_TAIL = re.compile(r"\s*\Z")
_LIST_ITEM = re.compile(r"\s*\d{1,2}\.(?=\s)")

_ABBREVIATIONS: frozenset[str] = TITLES | AMBIGUOUS_ABBREVIATIONS | NUMBER_ABBREVIATIONS


def token_spans(text: str) -> list[tuple[int, int]]:
    """Spans of CoNLL/PTB-style tokens (words, numbers, punctuation) in ``text``.

    Abbreviations keep their period (``Mr.``, ``U.S.``) except at the very end of the text, where,
    as in CoNLL, the period is the sentence's own token (``U.S`` ``.``). Call it per sentence.
    """
    spans: list[tuple[int, int]] = []
    append = spans.append
    pos = 0
    first = _LIST_ITEM.match(text)
    if first is not None:  # "1. Gerhard Berger ..." : the item number keeps its period
        pos = first.end()
        append((pos - len(first.group().lstrip()), pos))
    for m in _TOKEN.finditer(text, pos):
        kind = m.lastgroup
        if kind == "dot":
            ws, we = m.span("word")
            word = m.group("word")
            if (word in _ABBREVIATIONS or len(word) == 1) and _TAIL.match(text, we + 1) is None:
                append((ws, we + 1))
            else:
                append((ws, we))
                append((we, we + 1))
        elif kind == "init" and _TAIL.match(text, m.end()) is not None and text[m.end() - 1] == ".":
            s, e = m.span()
            append((s, e - 1))
            append((e - 1, e))
        else:
            append(m.span())
    return spans


def tokens(text: str) -> list[str]:
    """The token strings of ``token_spans`` (handy for tests and the tagger)."""
    return [text[a:b] for a, b in token_spans(text)]


_WORD = re.compile(r"[^\W_]+(?:(?:[-'’&.]|\.-|[,:/](?=\d))[^\W_]+)*")
# Contractions whose 's is "is"/"us": kept whole so that stop-word lists recognise them.
_KEEP_S: frozenset[str] = frozenset(
    "it's he's she's that's there's what's who's here's where's how's let's a's c's".split()
)


def word_tokens(text: str) -> list[str]:
    """The words of ``text`` for summarizers: letters/digits only, punctuation dropped.

    Contractions stay whole (``don't``, ``it's``: sumy's stop words), possessive 's is dropped
    (``Germany's`` -> ``Germany``) so that a name counts the same with and without it, and an
    abbreviation loses its final period (``U.S``), like every other word.
    """
    out = _WORD.findall(text)
    for i, w in enumerate(out):
        if len(w) > 2 and w[-2] in "'’" and w[-1] in "sS" and w.lower().replace("’", "'") not in _KEEP_S:
            out[i] = w[:-2]
    return out
