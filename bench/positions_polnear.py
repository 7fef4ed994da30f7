"""Who said what, end to end: brief's final positions against PolNeAR's gold attributions.

Usage: ``python bench/positions_polnear.py [DIR] [--annotators all|first] [--misses] [--unsupported]``
(DIR defaults to ``../shared/eval/polnear/dev``; the test split, or any folder with the same layout,
works: ``text/<article>.txt`` and ``attributions/<article>_<annotator>.ann``, read by
bench/attribution_polnear.py's loader). About 40 s on dev.

bench/attribution_polnear.py scores the raw attribution tagger's spans; everything built on them
(speaker resolution, descriptions to names, quotation pairing, summaries, dropped verbs of doing) is
invisible there. This bench runs brief on each article through the library as the CLI does
(bench/actors_web.py's ``run_page``) and reads only what a user sees: each actor's positions.

Matching (words are lower-cased ``\\w+`` runs, so quotes, dashes and apostrophes do not count):
- *covers*: a position covers a content word when that word is in a run of at least ``MIN_RUN`` words
  the two texts share in order (difflib's matching blocks; a content shorter than that must appear
  whole), and the position stands where the content does: its sentence, widened to where its text's
  first and last words are found, overlaps the content. A position elsewhere in the article counts only
  with a run of ``VERBATIM_RUN`` words (a live blog repeats a tweet; brief lists it once). So a phrase
  said twice is two statements, and chance runs ("the museum") from other paragraphs do not add up.
- a gold attribution's *content is found* when the positions together cover at least ``FOUND_SHARE``
  of its words (half: a position that keeps one of a quotation's two sentences reports it; together,
  because brief may list a quotation's continuation as a position of its own).
- *named-source recall*: the content is found in the positions of the gold source's actor alone. A
  source is *named* when its head is a proper name ("Trump", "Sen. David Perdue (R-Ga.)", "Trump
  campaign spokesman Jason Miller", "Apple's chief executive, Tim Cook", "Obama and Clinton"); a name that
  only modifies or complements makes it a *description* ("the Trump campaign", "a spokeswoman for
  Hillary Clinton", "Clinton's doctor", "some Democrats"). A capital opening a sentence or in the title
  line is a name only if the article (or, when it says nothing, the split) writes the word capitalized
  inside sentences more than in lower case ("Scholars have long debated" is a description). An actor is
  the source when a head name and one of the actor's name or aliases, titles left out, hold one
  another's words, the shorter keeping the longer's key word, its last before "of" ("Mr. Obama" is
  "Barack Obama"; "Elijah Cummings of Maryland" is "Elijah Cummings", not "Maryland"; "New York" is not
  "The New York Times"). PolNeAR resolves no coreference (its sources are spans as written), so pronoun
  and description sources are the *unnamed sources*: scored for content alone, in their own rows.
- *content recall*: found under any actor; for named sources, the gap to named-source recall is the
  wrong speakers.
- *precision*: a position is supported when it covers at least ``FOUND_SHARE`` of some gold content,
  or gold contents (any source) cover at least ``FOUND_SHARE`` of its own words. Unsupported is either
  a statement the annotators did not mark or a false position: ``--unsupported`` lists them to read.
  *Holder precision*: of the positions whose counterparts include a named source, the share held by
  that source's actor.

Columns: the two halves (even / odd articles by sorted name), so that a change tuned on one shows on
the other; gold *quotes* (at least half the content's characters inside quotation marks) and
*reported* speech (positions by brief's own quote flag); *saying cues* (a form of ``SAYING``: said,
told, according to, a colon or dash) and *other cues* (thoughts, wishes, deeds, nouns: "believes",
"wants", "endorsed", "her plan"), which brief leaves out in part by design (verbs of doing).
Several annotators (two dev articles have six): by default each gold attribution weighs 1/annotators,
so every article weighs once and counts can be fractional; precision counts a position supported when
any annotator's content supports it. ``--annotators first`` scores each article's first file only.
The figures hardly move with the settings: named-source recall 0.672 on dev; 0.697 / 0.648 / 0.630
with ``FOUND_SHARE`` 0.3 / 0.7 / 0.9, within 0.003 with ``MIN_RUN`` 1 or 3.

``--misses`` prints each named-source miss: the content under another actor ("wrong holder"), less than
half of it in positions ("partly found"), the source's actor listed without it ("holder without it"), or
no actor of that name ("no such actor"); the counts, by cue kind, are printed under the tables.
The last line is ``positions-polnear: named-source recall 0.NNN (N/M), content recall 0.NNN, precision 0.NNN``
(content recall over all gold attributions).
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _polnear_sources import TITLES, WORD, Source, holds_name, read_source, words  # noqa: E402
from actors_web import run_page  # noqa: E402
from attribution_polnear import DEFAULT_DIR, GoldAttribution, load_dir  # noqa: E402

from brief.model import Report, Sentence  # noqa: E402

MIN_RUN = 2
"""Words in a row that count as shared: one word in common is chance, two in order ("tax returns") are not."""
FOUND_SHARE = 0.5
"""Share of a content's words that must be covered: most of it (one of a quotation's two sentences)."""
VERBATIM_RUN = 8
"""Words in a row that make a position elsewhere in the article the same statement: a live blog repeats a
tweet, brief lists it once. Shorter runs count only from a position that overlaps the content."""
EXTENT_WORDS = 4
"""Words at each end of a position's text looked up in the article to find how far it reaches (“A,” he
said. “B.” is one position that runs past its sentence)."""

SAYING = frozenset(
    "say tell add note write report announce ask acknowledge warn claim argue recall respond reply declare "
    "emphasize insist mention explain state tweet stress suggest urge comment contend assert maintain describe "
    "quote testify observe predict confirm deny admit complain concede promise pledge vow call according "
    "speak allege charge accuse criticize praise blast demand propose threaten reject dismiss".split()
)
"""Lemmas of cues that report words (a "saying cue"); other cues report thoughts, wishes, deeds or
nouns ("believes", "wants", "endorsed", "her plan"). A cue without letters (":", "―") is a saying cue."""
_IRREGULAR = {"said": "say", "told": "tell", "wrote": "write", "written": "write", "spoke": "speak",
              "spoken": "speak", "put": "say"}  # "as she put it"
_QUOTE_OPEN = "“„«"
_QUOTE_CLOSE = "”»"


Located = tuple[Sequence[str], tuple[int, int]]
"""A text's words and where it stands in the article file (first and last character)."""


def _near(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def covered(content: Located, texts: Iterable[Located]) -> set[int]:
    """Indexes of the content's words that any of ``texts`` covers: in-order shared runs of ``MIN_RUN``
    words from a text that overlaps it in the article, of ``VERBATIM_RUN`` from one elsewhere."""
    words_, span = content
    vocabulary = set(words_)
    out: set[int] = set()
    for text, where in texts:
        run = min(MIN_RUN, len(words_)) if _near(span, where) else VERBATIM_RUN
        if len(vocabulary.intersection(text)) < min(run, len(vocabulary)):
            continue  # too few words in common for any run: skip the alignment
        matcher = difflib.SequenceMatcher(None, words_, text, autojunk=False)
        for block in matcher.get_matching_blocks():
            if block.size >= run:
                out.update(range(block.a, block.a + block.size))
    return out


def share(content: Located, texts: Iterable[Located]) -> float:
    """The share of the content's words that ``texts`` cover."""
    return len(covered(content, texts)) / len(content[0]) if content[0] else 0.0


# --- gold and brief's positions -------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldItem:
    """One gold attribution, read: its content's words, its source and whether it is a quotation."""

    content: tuple[str, ...]
    source: Source
    source_text: str
    cue_text: str
    quote: bool
    saying: bool  # a cue that reports words ("said", "according to", ":"), not thoughts or deeds
    text: str  # the content as written
    span: tuple[int, int]  # the content's first and last character in the article

    @property
    def located(self) -> Located:
        return self.content, self.span


@dataclass(frozen=True)
class Held:
    """One of brief's positions and the names of the actor that holds it."""

    actor: str
    names: tuple[str, ...]
    text: str
    words: tuple[str, ...]
    quote: bool
    saying: bool  # its cue reports words
    span: tuple[int, int]  # from its sentence to the end of its text, in the article file

    @property
    def located(self) -> Located:
        return self.words, self.span


def saying(cue: str) -> bool:
    """Whether a cue reports words: one of its words is a form of a ``SAYING`` lemma, or it has no letters."""
    tokens = re.findall(r"[a-z]+", cue.lower())
    if not tokens:
        return True
    for token in tokens:
        lemma = _IRREGULAR.get(token)
        stems = [token, token[:-1], token[:-2], token[:-3], token[:-3] + "e",
                 token[:-3] + "y"] if lemma is None else [lemma]
        if any(stem in SAYING for stem in stems if stem):
            return True
    return False


def _span_text(raw: str, span: Sequence[tuple[int, int]]) -> str:
    return " ".join(raw[a:b] for a, b in span)


def quoted_chars(raw: str) -> list[bool]:
    """For each character, whether it stands inside quotation marks (reset at each paragraph)."""
    inside = [False] * len(raw)
    state = False
    for i, ch in enumerate(raw):
        if ch == "\n":
            state = False
        elif ch in _QUOTE_OPEN:
            state = True
        elif ch in _QUOTE_CLOSE:
            state = False
        elif ch == '"':
            state = not state
        else:
            inside[i] = state
    return inside


def _is_quote(raw: str, span: Sequence[tuple[int, int]], inside: Sequence[bool]) -> bool:
    chars = [i for a, b in span for i in range(a, b) if not raw[i].isspace() and raw[i] not in '"“”„«»']
    return bool(chars) and sum(inside[i] for i in chars) * 2 >= len(chars)


def _starts_sentence(raw: str, at: int) -> bool:
    before = raw[:at].rstrip(" \t\"“‘'(—–-")
    return not before or before[-1] in ".!?:\n"


@dataclass(frozen=True)
class Casing:
    """How often texts write each word (lower-cased key) in lower case, and capitalized inside a sentence."""

    lower: Counter[str]
    inner: Counter[str]

    @staticmethod
    def of(texts: Iterable[str]) -> Casing:
        lower: Counter[str] = Counter()
        inner: Counter[str] = Counter()
        for text in texts:
            for m in WORD.finditer(text):
                word = m.group()
                if word.islower():
                    lower[word] += 1
                elif word[0].isupper() and not _starts_sentence(text, m.start()):
                    inner[word.lower()] += 1
        return Casing(lower, inner)

    def common(self, word: str, corpus: Casing | None) -> bool:
        """Whether a capitalized word (opening a sentence, or in a title) is a common word: this text
        writes it in lower case more than as a name inside a sentence, or, when it does neither, the
        corpus does ("Scholars have long debated": "scholars"; "Trump said": a name)."""
        w = word.lower().strip(".")
        if w in TITLES:
            return False  # "Secretary of State John Kerry": a title opens the name, it is no common word here
        if self.lower[w] or self.inner[w]:
            return self.lower[w] >= self.inner[w]
        return corpus is not None and corpus.lower[w] > corpus.inner[w]


def read_gold(raw: str, gold: Iterable[GoldAttribution], corpus: Casing | None = None) -> list[GoldItem]:
    """The gold attributions of one annotator that have a content, read for scoring; ``corpus``: the
    split's casing, for a word the article writes only at a sentence's start."""
    casing = Casing.of([raw])
    headline_end = raw.find("\n") if "\n" in raw else 0  # PolNeAR's first line is the title, in title case
    inside = quoted_chars(raw)
    out = []
    for g in gold:
        content = words(_span_text(raw, g.content))
        if not content:
            continue
        source_text = _span_text(raw, g.source)
        opens = bool(g.source) and _starts_sentence(raw, g.source[0][0])
        headline = bool(g.source) and g.source[0][0] < headline_end

        def common(word: str, opening: bool, opens: bool = opens, headline: bool = headline) -> bool:
            return (headline or (opening and opens)) and casing.common(word, corpus)

        source = read_source(source_text, common)
        cue = _span_text(raw, g.cue)
        out.append(GoldItem(tuple(content), source, source_text, cue, _is_quote(raw, g.content, inside),
                            saying(cue), _span_text(raw, g.content),
                            (g.content[0][0], g.content[-1][1])))
    return out


def sentence_spans(raw: str, sentences: Sequence[Sentence]) -> dict[int, tuple[int, int]]:
    """Each sentence's place in the article file, by index. brief's text can differ from the file by a
    dropped title or character, so sentences are found in order; one not found (1%) gets the gap
    between its found neighbours."""
    found: list[tuple[int, tuple[int, int] | None]] = []
    cursor = 0
    for sentence in sentences:
        at = raw.find(sentence.text, cursor)
        if at < 0:
            found.append((sentence.index, None))
        else:
            found.append((sentence.index, (at, at + len(sentence.text))))
            cursor = at
    out: dict[int, tuple[int, int]] = {}
    for n, (index, span) in enumerate(found):
        if span is None:
            start = next((s[1] for _, s in reversed(found[:n]) if s), 0)
            end = next((s[0] for _, s in found[n + 1:] if s), len(raw))
            span = (start, max(start + 1, end))
        out[index] = span
    return out


def extent(raw: str, sentence: tuple[int, int], text: Sequence[str]) -> tuple[int, int]:
    """Where a position's text stands: its sentence, widened to where its first and last words are
    found nearby (a quotation broken by its cue runs into the next sentence)."""
    start, end = sentence
    reach = len(" ".join(text)) + 200
    for piece, lo, hi in ((text[:EXTENT_WORDS], max(0, start - reach), end),
                          (text[-EXTENT_WORDS:], start, min(len(raw), end + reach))):
        if not piece:
            continue
        found = list(re.compile(r"\W+".join(map(re.escape, piece)), re.IGNORECASE).finditer(raw, lo, hi))
        if found and piece is not text[:EXTENT_WORDS]:
            end = max(end, found[0].end())
        elif found:
            start = min(start, found[-1].start())
    return start, end


def held_positions(report: Report | None, raw: str) -> list[Held]:
    """Every position brief lists, with its actor's names and its place in ``raw``."""
    if report is None:
        return []
    spans = {a.id: sentence_spans(raw, report.sentences.get(a.id, ())) for a in report.articles}
    out = []
    for actor in (a for story in report.stories for a in story.actors):
        for p in actor.positions:
            text = tuple(words(p.text))
            sentence = spans.get(p.article, {}).get(p.index, (0, len(raw)))
            out.append(Held(actor.name, (actor.name, *actor.aliases), p.text, text, p.quote, saying(p.cue),
                            extent(raw, sentence, text)))
    return out


# --- scoring --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldResult:
    """How one gold attribution fared; ``weight`` is 1/annotators of its article."""

    article: str
    half: int
    weight: float
    item: GoldItem
    found: bool  # under any actor
    right: bool  # under the named source's actor (named sources only)
    miss: str  # for a named source not found under its actor: why
    holders: tuple[str, ...]  # actors whose positions cover it


@dataclass(frozen=True)
class PositionResult:
    """Whether one of brief's positions has a gold counterpart."""

    article: str
    half: int
    held: Held
    supported: bool
    named_holder: bool | None  # its counterpart's source is named: whether the actor is it (None: no such)


def score_gold(item: GoldItem, held: Sequence[Held],
               actors: Sequence[Sequence[str]]) -> tuple[bool, bool, str, tuple[str, ...]]:
    """(found, found under its named source, why not, holders) for one gold attribution.
    ``actors``: every listed actor's names, with positions or not."""
    some = share(item.located, (h.located for h in held))
    found = some >= FOUND_SHARE
    holders = tuple(dict.fromkeys(h.actor for h in held if share(item.located, [h.located]) > 0))
    if item.source.kind != "named":
        return found, False, "", holders
    own = [h for h in held if holds_name(h.names, item.source)]
    if share(item.located, (h.located for h in own)) >= FOUND_SHARE:
        return found, True, "", holders
    if found:
        miss = "wrong holder"
    elif some > 0:
        miss = "partly found"
    elif any(holds_name(names, item.source) for names in actors):
        miss = "holder without it"
    else:
        miss = "no such actor"
    return found, False, miss, holders


def supported(held: Held, gold: Sequence[GoldItem]) -> bool:
    """Whether a position covers most of some gold content, or gold contents cover most of it."""
    if any(share(g.located, [held.located]) >= FOUND_SHARE for g in gold):
        return True
    return share(held.located, (g.located for g in gold)) >= FOUND_SHARE


def named_holder(held: Held, gold: Sequence[GoldItem]) -> bool | None:
    """For a position whose counterparts (gold contents it covers most of, or that cover most of it)
    include a named source: whether its actor is one of those sources. None when there is none."""
    named = [g for g in gold if g.source.kind == "named" and (share(g.located, [held.located]) >= FOUND_SHARE
                                                               or share(held.located, [g.located]) >= FOUND_SHARE)]
    return any(holds_name(held.names, g.source) for g in named) if named else None


def score_article(name: str, half: int, raw: str, annotators: Sequence[Sequence[GoldAttribution]],
                  held: Sequence[Held], actors: Sequence[Sequence[str]],
                  corpus: Casing | None = None) -> tuple[list[GoldResult], list[PositionResult]]:
    """Every gold attribution's result (each annotator's, weighted 1/annotators) and every position's."""
    golds = [read_gold(raw, a, corpus) for a in annotators]
    results = []
    for gold in golds:
        for item in gold:
            found, right, miss, holders = score_gold(item, held, actors)
            results.append(GoldResult(name, half, 1 / len(golds), item, found, right, miss, holders))
    every = [item for gold in golds for item in gold]
    positions = [PositionResult(name, half, h, supported(h, every), named_holder(h, every)) for h in held]
    return results, positions


def evaluate(directory: Path, first_only: bool = False) -> tuple[list[GoldResult], list[PositionResult]]:
    """Run brief on every article of a PolNeAR split and score it."""
    articles = load_dir(directory)
    corpus = Casing.of(raw for raw, _ in articles.values())
    golds: list[GoldResult] = []
    positions: list[PositionResult] = []
    for n, (name, (raw, annotators)) in enumerate(sorted(articles.items())):
        report, _ = run_page(directory / "text" / f"{name}.txt")
        actors = [(a.name, *a.aliases) for story in report.stories for a in story.actors] if report else []
        g, p = score_article(name, n % 2, raw, annotators[:1] if first_only else annotators,
                             held_positions(report, raw), actors, corpus)
        golds += g
        positions += p
    return golds, positions


# --- report ---------------------------------------------------------------------------------------------


def _count(x: float) -> str:
    return f"{x:.0f}" if abs(x - round(x)) < 1e-9 else f"{x:.1f}"


def rate(results: Sequence[GoldResult], attribute: str) -> tuple[float, float, float]:
    """(share, weighted hits, weighted total) of ``attribute`` over gold results."""
    total = sum(r.weight for r in results)
    hits = sum(r.weight for r in results if getattr(r, attribute))
    return (hits / total if total else 0.0), hits, total


def summary_line(golds: Sequence[GoldResult], positions: Sequence[PositionResult]) -> str:
    """The bench's last line."""
    named = [r for r in golds if r.item.source.kind == "named"]
    recall, hits, total = rate(named, "right")
    content = rate(golds, "found")[0]
    precision = sum(p.supported for p in positions) / len(positions) if positions else 0.0
    return (f"positions-polnear: named-source recall {recall:.3f} ({_count(hits)}/{_count(total)}), "
            f"content recall {content:.3f}, precision {precision:.3f}")


GoldFilter = Callable[[GoldResult], bool]
PositionFilter = Callable[[PositionResult], bool]
HALVES: list[tuple[str, GoldFilter, PositionFilter]] = [
    ("all", lambda r: True, lambda p: True),
    ("even half", lambda r: r.half == 0, lambda p: p.half == 0),
    ("odd half", lambda r: r.half == 1, lambda p: p.half == 1),
]
KINDS: list[tuple[str, GoldFilter, PositionFilter]] = [
    ("quotes", lambda r: r.item.quote, lambda p: p.held.quote),
    ("reported", lambda r: not r.item.quote, lambda p: not p.held.quote),
    ("saying cue", lambda r: r.item.saying, lambda p: p.held.saying),
    ("other cue", lambda r: not r.item.saying, lambda p: not p.held.saying),
]


def table(golds: Sequence[GoldResult], positions: Sequence[PositionResult],
          columns: Sequence[tuple[str, GoldFilter, PositionFilter]]) -> list[list[str]]:
    """Recall rows by source kind and a precision row, one column per filter."""
    def cell(rows: Sequence[GoldResult], attribute: str) -> str:
        value, hits, total = rate(rows, attribute)
        return f"{value:.3f} ({_count(hits)}/{_count(total)})"

    def pcell(rows: Sequence[PositionResult]) -> str:
        good = sum(p.supported for p in rows)
        return f"{good / len(rows) if rows else 0.0:.3f} ({good}/{len(rows)})"

    lines: list[tuple[str, GoldFilter, str]] = [
        ("named-source recall", lambda r: r.item.source.kind == "named", "right"),
        ("content recall, named", lambda r: r.item.source.kind == "named", "found"),
        ("content recall, pronoun", lambda r: r.item.source.kind == "pronoun", "found"),
        ("content recall, description", lambda r: r.item.source.kind == "description", "found"),
        ("content recall, no source", lambda r: r.item.source.kind == "none", "found"),
        ("content recall, all", lambda r: True, "found"),
    ]
    rows = [["", *(c[0] for c in columns)]]
    for label, which, attribute in lines:
        rows.append([label, *(cell([r for r in golds if which(r) and keep(r)], attribute) for _, keep, _ in columns)])
    rows.append(["precision", *(pcell([p for p in positions if keep(p)]) for _, _, keep in columns)])

    def hcell(rows: Sequence[PositionResult]) -> str:
        named = [p for p in rows if p.named_holder is not None]
        good = sum(bool(p.named_holder) for p in named)
        return f"{good / len(named) if named else 0.0:.3f} ({good}/{len(named)})"

    rows.append(["holder precision, named", *(hcell([p for p in positions if keep(p)]) for _, _, keep in columns)])
    return rows


def print_table(rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))))


def print_report(golds: Sequence[GoldResult], positions: Sequence[PositionResult]) -> None:
    """Two tables (by half; by quotes / reported speech and saying / other cues) and the misses' counts."""
    print_table(table(golds, positions, HALVES))
    print()
    print_table(table(golds, positions, KINDS))
    misses: dict[str, float] = {}
    for r in golds:
        if r.miss:
            key = f"{r.miss} ({'saying' if r.item.saying else 'other'} cue)"
            misses[key] = misses.get(key, 0.0) + r.weight
    print("named-source misses: " + ", ".join(f"{k} {_count(v)}" for k, v in sorted(misses.items(), key=lambda kv: -kv[1])))


def print_misses(golds: Sequence[GoldResult]) -> None:
    """Each named-source miss, readably."""
    for r in golds:
        if not r.miss:
            continue
        under = f" under {', '.join(r.holders[:3])}" if r.holders else ""
        names = " / ".join(" ".join(n.words) for n in r.item.source.names)
        kind = "quote" if r.item.quote else "reported"
        print(f"MISS {r.miss}{under} | {r.article[:45]} | source {r.item.source_text!r} ({names}) "
              f"cue {r.item.cue_text!r} {kind}\n    {' '.join(r.item.text.split())[:300]!r}")


def print_unsupported(positions: Sequence[PositionResult]) -> None:
    """Each position with no gold counterpart."""
    for p in positions:
        if not p.supported:
            kind = "quote" if p.held.quote else "reported"
            print(f"UNSUPPORTED {p.article[:45]} | {p.held.actor} ({kind}): {' '.join(p.held.text.split())[:300]!r}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dir", nargs="?", type=Path, default=DEFAULT_DIR, help=f"PolNeAR split; default {DEFAULT_DIR}")
    parser.add_argument("--annotators", choices=("all", "first"), default="all",
                        help="all: each article's annotators averaged (default); first: its first annotator's file")
    parser.add_argument("--misses", action="store_true", help="list every named-source miss")
    parser.add_argument("--unsupported", action="store_true", help="list every position with no gold counterpart")
    args = parser.parse_args(argv[1:])
    if not (args.dir / "attributions").is_dir():
        print(f"positions_polnear: no attributions/ in {args.dir}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    golds, positions = evaluate(args.dir, first_only=args.annotators == "first")
    elapsed = time.perf_counter() - t0
    if args.misses:
        print_misses(golds)
    if args.unsupported:
        print_unsupported(positions)
    articles = len(load_dir(args.dir))
    print(f"PolNeAR positions bench: {args.dir}  ({articles} articles, {elapsed:.1f}s; annotators: {args.annotators})")
    print_report(golds, positions)
    print(summary_line(golds, positions))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
