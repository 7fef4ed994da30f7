"""A headline's words and the names the tagger finds in it, worked out once per headline.

Why: the story actors read each article's headline twice in the main process, for the people and
countries named only there (``headline_only``) and for the full names a surname stands for
(``headline_full_names``), and each read ran the tagger on it again: on a 1,000-article pile the
headlines' tagging was ~6% of the main process's CPU, half of it repeated. The tagger reads a
headline alone, as a document of one sentence, so what it finds depends on the headline's text only.
A pool worker reads each headline with its article's names (``headline_surnames``) and hands the reading
back (``parallel.ArticleResult.title``, ``keep``): the main process tagged every headline a second time,
~9% of its CPU on a 1,000-article pile.
"""

from __future__ import annotations

from brief.actors.bilou import entities
from brief.actors.ner import tag_sentences
from brief.text.tokens import token_spans

TITLES_KEPT = 4096
"""Headlines whose reading is kept: a large pile's stories read each of theirs twice, close together."""

TitleReading = tuple[tuple[str, ...], tuple[tuple[int, int, str], ...]]
"""A headline's tokens, and the (start, end, label) token spans of the names the tagger finds in it."""

_KEPT: dict[str, TitleReading] = {}
"""Headlines read in this process, or by a pool worker with its article's names (``keep``)."""


def title_entities(title: str) -> TitleReading:
    """The headline's tokens, and the (start, end, label) token spans of the names the tagger finds in it."""
    found = _KEPT.get(title)
    if found is None:
        words = [title[a:b] for a, b in token_spans(title)]
        found = (tuple(words), tuple(entities(words, tag_sentences([words])[0]))) if words else ((), ())
        keep(title, found)
    return found


def keep(title: str, reading: TitleReading) -> None:
    """Keep a headline's reading (a worker's, handed back: the same tokens and names, read by the same tagger)."""
    if len(_KEPT) >= TITLES_KEPT:
        _KEPT.clear()  # a pile past the limit starts again rather than grow
    _KEPT[title] = reading
