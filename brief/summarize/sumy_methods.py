"""Adapters that run sumy's summarizers on our sentences and map the picks back by position.

Each sumy module is imported only when its method runs, so start-up stays fast and methods nobody
uses cost nothing. We build sumy's document model ourselves from our sentences (never with sumy's
``PlaintextParser`` or ``Tokenizer``, which need NLTK's punkt data), and the sentences we hand over
compare and hash by their position rather than their text: sumy's own ``Sentence`` hashes by text, so
two identical sentences would collapse into one rating and could not be told apart afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from importlib import import_module
from itertools import groupby
from typing import Any

from brief.model import Sentence
from brief.summarize.tokenizer import SumyTokenizer
from brief.text.language import stop_words

LANGUAGE = "english"

# Edmundson's cue method rewards "bonus" words and punishes "stigma" words. His lists came from
# scientific abstracts; these are for news: words that announce a decision, an outcome or a finding
# score up, and hedges, first/second person (quotes, columns) and chatty words score down.
EDMUNDSON_BONUS_WORDS: frozenset[str] = frozenset(
    """announced announce agreed approved decided decision confirmed killed died arrested charged
    elected won lost signed ruled found reported launched released accused ordered banned
    government president minister officials police court first new major biggest largest
    significant important key crisis deal plan law""".split()
)
EDMUNDSON_STIGMA_WORDS: frozenset[str] = frozenset(
    """perhaps maybe hardly somewhat probably possibly apparently anyway actually really just
    i me my mine we us our you your yours lol okay ok guess think wonder""".split()
)


@lru_cache(maxsize=1)
def _indexed_sentence_class() -> type:
    """A sumy ``Sentence`` that knows its position and is equal only to itself.

    Built on first use (not at import) so that importing this module does not import sumy.
    """
    from sumy.models.dom import Sentence as SumySentence

    class IndexedSentence(SumySentence):
        """Hashes and compares by position so duplicate texts stay distinct sentences."""

        __slots__ = ("position",)

        def __init__(self, text: str, tokenizer: SumyTokenizer, position: int) -> None:
            super().__init__(text, tokenizer)
            self.position = position

        def __eq__(self, other: object) -> bool:
            return isinstance(other, IndexedSentence) and other.position == self.position

        def __ne__(self, other: object) -> bool:
            return not self.__eq__(other)

        def __hash__(self) -> int:
            return hash(("brief-sentence", self.position))

    return IndexedSentence


def build_document(sentences: Sequence[Sentence], tokenizer: SumyTokenizer | None = None) -> Any:
    """sumy's ``ObjectDocumentModel`` for our sentences: one paragraph per article.

    One paragraph per article lets Edmundson's location method reward each article's opening and
    closing sentences, which is where news puts what matters.
    """
    from sumy.models.dom import ObjectDocumentModel, Paragraph

    tokenizer = tokenizer or SumyTokenizer(LANGUAGE)
    cls = _indexed_sentence_class()
    indexed = [cls(s.text, tokenizer, position) for position, s in enumerate(sentences)]
    paragraphs = [
        Paragraph([item for _, item in group])
        for _, group in groupby(zip(sentences, indexed), key=lambda pair: pair[0].article)
    ]
    return ObjectDocumentModel(paragraphs)


@lru_cache(maxsize=1)
def _stemmer() -> Callable[[str], str]:
    from sumy.nlp.stemmers import Stemmer

    stemmer: Callable[[str], str] = Stemmer(LANGUAGE)
    return stemmer


def _run(summarizer: Any, sentences: Sequence[Sentence], count: int) -> tuple[int, ...]:
    """Run a configured sumy summarizer and return the positions of its picks, ascending."""
    if count <= 0 or not sentences:
        return ()
    document = build_document(sentences)
    picked = summarizer(document, min(count, len(sentences)))
    return tuple(sorted({sentence.position for sentence in picked}))


def _standard(module: str, name: str, doc: str) -> Callable[[Sequence[Sentence], int], tuple[int, ...]]:
    """A method that runs sumy's ``sumy.summarizers.<module>.<name>`` with its stemmer and our stop
    words; the sumy module is imported on the first call."""

    def summarize(sentences: Sequence[Sentence], count: int) -> tuple[int, ...]:
        summarizer = getattr(import_module(f"sumy.summarizers.{module}"), name)(_stemmer())
        summarizer.stop_words = stop_words("en")
        return _run(summarizer, sentences, count)

    summarize.__doc__ = doc
    return summarize


_sumy_lexrank = _standard("lex_rank", "LexRankSummarizer", "")


def lexrank(sentences: Sequence[Sentence], count: int) -> tuple[int, ...]:
    """LexRank (Erkan & Radev 2004): eigenvector centrality on a cosine-similarity graph.

    When no two sentences share a weighted word (a two-sentence article: sumy's idf,
    log(n / (1 + df)), gives every word of only one sentence a weight of 0), the graph has no
    edges and sumy's power method divides 0 by 0. Centrality is then the same for every sentence,
    and sumy's ranking keeps document order, which is the right answer; numpy's RuntimeWarning
    about it is noise on the user's terminal (and ignored -q), so it is not raised.
    """
    import numpy

    with numpy.errstate(invalid="ignore", divide="ignore"):
        return _sumy_lexrank(sentences, count)

lsa = _standard("lsa", "LsaSummarizer", "LSA (Steinberger & Ježek 2004): sentences that carry the strongest latent topics.")
luhn = _standard("luhn", "LuhnSummarizer", "Luhn (1958): clusters of frequent significant words.")
textrank = _standard("text_rank", "TextRankSummarizer", "TextRank (Mihalcea & Tarau 2004): PageRank on a word-overlap graph.")
sumbasic = _standard("sum_basic", "SumBasicSummarizer",
                     "SumBasic (Nenkova & Vanderwende 2005): frequent words, discounted once used.")
kl = _standard("kl", "KLSummarizer",
               "KL-Sum (Haghighi & Vanderwende 2009): greedy word-distribution match; slow on big inputs.")
reduction = _standard("reduction", "ReductionSummarizer",
                      "Reduction: graph centrality by shared words; quadratic, slow on big inputs.")


def edmundson(sentences: Sequence[Sentence], count: int) -> tuple[int, ...]:
    """Edmundson (1969): cue words, key words and location, with news-oriented word lists.

    The title component is off: our sentences carry no headings, and a zero weight skips its work.
    """
    from sumy.summarizers.edmundson import EdmundsonSummarizer

    summarizer = EdmundsonSummarizer(
        _stemmer(), cue_weight=1.0, key_weight=1.0, title_weight=0.0, location_weight=1.0
    )
    summarizer.bonus_words = EDMUNDSON_BONUS_WORDS
    summarizer.stigma_words = EDMUNDSON_STIGMA_WORDS
    summarizer.null_words = stop_words("en")
    return _run(summarizer, sentences, count)
