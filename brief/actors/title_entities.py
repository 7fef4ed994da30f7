"""A headline's words and the names the tagger finds in it, worked out once per headline.

Why: the story actors read each article's headline twice in the main process, for the people and
countries named only there (``headline_only``) and for the full names a surname stands for
(``headline_full_names``), and each read ran the tagger on it again: on a 1,000-article pile the
headlines' tagging was ~6% of the main process's CPU, half of it repeated. The tagger reads a
headline alone, as a document of one sentence, so what it finds depends on the headline's text only.
"""

from __future__ import annotations

from functools import lru_cache

from brief.actors.bilou import entities
from brief.actors.ner import tag_sentences
from brief.text.tokens import token_spans

TITLES_KEPT = 4096
"""Headlines whose reading is kept: a large pile's stories read each of theirs twice, close together."""


@lru_cache(maxsize=TITLES_KEPT)
def title_entities(title: str) -> tuple[tuple[str, ...], tuple[tuple[int, int, str], ...]]:
    """The headline's tokens, and the (start, end, label) token spans of the names the tagger finds in it."""
    words = [title[a:b] for a, b in token_spans(title)]
    if not words:
        return (), ()
    return tuple(words), tuple(entities(words, tag_sentences([words])[0]))
