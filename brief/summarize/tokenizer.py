"""The tokenizer object handed to sumy.

sumy's own ``Tokenizer`` loads NLTK's punkt data, which we never ship or download; sumy only calls
``to_sentences(paragraph)`` and ``to_words(sentence)``, so our segmenter and word tokens stand in.
"""

from __future__ import annotations

from brief.text.segment import sentence_spans
from brief.text.tokens import word_tokens


class SumyTokenizer:
    """Duck-typed replacement for ``sumy.nlp.tokenizers.Tokenizer`` that needs no NLTK data."""

    def __init__(self, language: str = "english") -> None:
        self._language = language

    @property
    def language(self) -> str:
        """sumy reads this to pick stemmers and stop words."""
        return self._language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        """Sentences of a paragraph, cut by our segmenter so offsets agree with the rest of brief."""
        return tuple(paragraph[s:e] for s, e in sentence_spans(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        """Words only (punctuation dropped), as sumy's rating functions expect."""
        return tuple(word_tokens(sentence))
