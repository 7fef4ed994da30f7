"""One registry of summarization methods, sumy's and ours, behind one calling convention.

A method is any callable ``(sentences, count) -> positions``: it receives a sequence of sentences
(one article's, or several articles' pooled) and returns the positions *in that sequence* of the
sentences it picked, ascending. Positions, never texts, because identical sentences are common in
news and must stay distinct. Methods are named by import path and imported on first use, so listing
them (``--help``, the TUI) costs nothing and sumy is loaded only when one of its methods runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from typing import Protocol

from brief.model import Sentence, Summary
from brief.summarize.cohesion import showable


class Summarizer(Protocol):
    """The common interface: pick ``count`` sentences, return their positions in ``sentences``."""

    def __call__(self, sentences: Sequence[Sentence], count: int) -> tuple[int, ...]: ...


@dataclass(frozen=True)
class Method:
    """A registered method: its name, a one-line description, and where it lives."""

    name: str
    description: str
    target: str  # "module:function", imported on first use
    # sumy's pure-Python methods slow down fast (quadratic or worse): past ``limit`` sentences
    # (about a second's work) the input goes to ``fallback``, our vectorized version of the same
    # method, or, when there is none, only the first ``limit`` sentences are read. See summarize().
    limit: int | None = None
    fallback: str | None = None  # "module:function"

    def load(self) -> Summarizer:
        """Import the method's function; cached so repeated calls cost a dict lookup."""
        return _load(self.target)


@cache
def _load(target: str) -> Summarizer:
    module, _, function = target.partition(":")
    summarizer: Summarizer = getattr(import_module(module), function)
    return summarizer


_OURS = "brief.summarize"
_SUMY = "brief.summarize.sumy_methods"
_GRAPH = "brief.summarize.graph"

REGISTRY: dict[str, Method] = {
    m.name: m
    for m in (
        Method("position", "lead-aware: early, central, self-contained sentences (news puts what matters first)",
               f"{_OURS}.position:summarize"),
        Method("concepts", "concept coverage: key word pairs shared across articles, no repeats (ICSISumm-style)",
               f"{_OURS}.concepts:summarize"),
        Method("lead", "the first sentences, as written (the classic news baseline)",
               f"{_OURS}.position:lead"),
        Method("lexrank", "LexRank: centrality in a sentence-similarity graph (sumy)", f"{_SUMY}:lexrank",
               limit=300, fallback=f"{_GRAPH}:lexrank"),
        Method("lsa", "LSA: sentences carrying the strongest latent topics (sumy)", f"{_SUMY}:lsa",
               limit=1000),
        Method("luhn", "Luhn: dense clusters of frequent words (sumy)", f"{_SUMY}:luhn", limit=5000),
        Method("textrank", "TextRank: PageRank over word overlap (sumy)", f"{_SUMY}:textrank",
               limit=500, fallback=f"{_GRAPH}:textrank"),
        Method("sumbasic", "SumBasic: frequent words, discounted once used (sumy)", f"{_SUMY}:sumbasic",
               limit=5000),
        Method("kl", "KL-Sum: closest word distribution to the text; slow on long input (sumy)",
               f"{_SUMY}:kl", limit=150),
        Method("edmundson", "Edmundson: cue words, key words and location (sumy)", f"{_SUMY}:edmundson",
               limit=5000),
        Method("reduction", "Reduction: sentences sharing the most words with others (sumy)",
               f"{_SUMY}:reduction", limit=300, fallback=f"{_GRAPH}:reduction"),
    )
}

METHODS: tuple[str, ...] = tuple(REGISTRY)
"""Method names in display order (ours first)."""

DESCRIPTIONS: dict[str, str] = {name: m.description for name, m in REGISTRY.items()}

DEFAULT_METHOD = "position"
"""The per-article default: it measures best on CNN/DailyMail (see bench/rouge_cnndm.py)."""

BRIEFING_METHOD = "concepts"
"""The multi-document briefing's method (see brief/summarize/briefing.py)."""

DEFAULT_ARTICLE_SENTENCES = 3
DEFAULT_BRIEFING_SENTENCES = 7


def get(name: str) -> Summarizer:
    """The summarizer registered as ``name``; a ValueError lists the valid names otherwise."""
    try:
        method = REGISTRY[name]
    except KeyError:
        raise ValueError(f"unknown method {name!r}; choose from {', '.join(METHODS)}") from None
    return method.load()


@dataclass(frozen=True)
class Capped:
    """A method that met more sentences than it handles comfortably, and what was done instead."""

    method: str
    sentences: int
    limit: int
    fallback: bool  # True: our vectorized version ran; False: only the first ``limit`` sentences were read


def _leads(sentences: Sequence[Sentence], limit: int) -> list[int]:
    """Positions of the ``limit`` earliest sentences of their articles (one article: its first ones).

    News puts what matters first, so when a slow method can read only part of the input, the
    articles' leads are the part to give it.
    """
    order = sorted(range(len(sentences)), key=lambda p: (sentences[p].index, p))
    return sorted(order[:limit])


def summarize(
    sentences: Sequence[Sentence], count: int, method: str = DEFAULT_METHOD, caps: list[Capped] | None = None,
) -> tuple[int, ...]:
    """Positions of ``min(count, len(sentences))`` sentences, ascending, whatever the method; of
    the sentences that may be shown at all (``cohesion.showable``) when some may not.

    Methods may return fewer picks than asked (sumy does when ratings tie or words are missing);
    callers such as the reader rely on the count, so we top up with the earliest unpicked
    sentences, which in news are the next best guess. Past a method's comfortable size the
    input goes to its vectorized equivalent or is cut to the articles' leads; ``caps`` collects
    a note of it, so the report can say so.
    """
    shown = showable(sentences)
    if len(shown) < len(sentences):
        return tuple(shown[p] for p in summarize([sentences[p] for p in shown], count, method, caps))
    want = max(0, min(count, len(sentences)))
    if want == 0:
        return ()
    function = get(method)
    spec = REGISTRY[method]
    subset: list[int] | None = None
    if spec.limit is not None and len(sentences) > spec.limit:
        if spec.fallback:
            function = _load(spec.fallback)
        else:
            subset = _leads(sentences, spec.limit)
        if caps is not None:
            caps.append(Capped(method, len(sentences), spec.limit, spec.fallback is not None))
    raw: Sequence[int]
    if subset is None:
        raw = function(sentences, want)
    else:
        raw = [subset[p] for p in function([sentences[p] for p in subset], want) if 0 <= p < len(subset)]
    picked = sorted({p for p in raw if 0 <= p < len(sentences)})[:want]
    if len(picked) < want:
        chosen = set(picked)
        extra = [p for p in range(len(sentences)) if p not in chosen][: want - len(picked)]
        picked = sorted(picked + extra)
    return tuple(picked)


def describe_caps(caps: Sequence[Capped], pooled: bool = False) -> list[str]:
    """One warning per method that was capped: how often, and what ran instead.

    ``pooled``: the caps come from the briefing's pooled sentences, not from single articles.
    """
    lines: list[str] = []
    by_method: dict[str, list[Capped]] = {}
    for cap in caps:
        by_method.setdefault(cap.method, []).append(cap)
    for method, found in by_method.items():
        first = found[0]
        longest = max(c.sentences for c in found)
        if pooled:
            where = f"the briefing's {longest:,} pooled sentences are"
        elif len(found) == 1:
            where = f"1 article has {longest:,} sentences,"
        else:
            where = f"{len(found)} articles have up to {longest:,} sentences,"
        instead = (
            f"brief's vectorized {method} (the same method) was used instead" if first.fallback
            else f"only the first {first.limit} sentences (the leads) were read"
        )
        lines.append(f"{method}: {where} past the {first.limit} sumy handles in about a second; {instead}")
    return lines


def summarize_article(
    article: int, sentences: Sequence[Sentence], count: int = DEFAULT_ARTICLE_SENTENCES,
    method: str = DEFAULT_METHOD, caps: list[Capped] | None = None,
) -> Summary:
    """One article's Summary: the chosen sentences' indexes in the article, in document order."""
    positions = summarize(sentences, count, method, caps)
    return Summary(article=article, method=method, indexes=tuple(sentences[p].index for p in positions))
