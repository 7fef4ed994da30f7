"""Evidence of one event, not one topic: how often it links two articles of one story vs of two.

Usage: ``python bench/story_evidence.py [EVAL_DIR] [--mixes related,dev]`` (mixes as bench/stories.py
builds them: ``dev``, ``even``, ``odd``, ``related``, ``related+1``).

Issue 12's hard case is related but distinct stories (Anwar's trial and the APEC summit in Kuala
Lumpur; the Microsoft trial and AOL buying Netscape): they share names and terms, so the idea is
that something only one event's coverage shares would part them. Measured here, per kind, before
anything is built on it:
- ``quote``: a run of ``QUOTE_RUN`` words inside quote marks, shared verbatim (an agency's quote
  carried by many outlets); a quoted passage mostly in capitals is a title, not speech, and is left
  out ("Competing on Internet Time: Lessons from Netscape ...");
- ``copy``: a run of ``COPY_RUN`` words anywhere (agency copy shared verbatim);
- ``figure``: a number with its unit or the noun after it ("10,000 troops", "$2.3 billion",
  "64 seats"; not a year), at least ``FIGURES`` of them shared;
- ``date``: a month and day the text writes ("Oct. 16", "Sept 20");
- ``speaker``: a capitalised name next to a verb of saying in one sentence ("Mahathir said"), the
  same name in both articles with at least ``SPEAKER_WORDS`` of that sentence's content words in
  common (who said what, not only who; a cheap stand-in for brief's positions, which come after
  grouping, per story).
Printed per mix and kind: pairs inside one DUC cluster with the evidence (of all such pairs), pairs
across two DUC clusters, pairs with a one-article story, the precision, and the cluster pairs most
linked across; then, on the grouping's own result (``group_articles``), the share of pairs with
the evidence among the pairs it rightly joined, the pairs it wrongly joined (a found story holding
two gold stories) and the pairs it split (an article apart from its gold story's main group, with
that group's articles).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from itertools import combinations
from pathlib import Path

from _common import EVAL, print_table
from stories import Mix, build_mix, is_single, our_labels, read_sources, related_rows

from brief.model import Sentence
from brief.summarize.vectors import stem
from brief.text.language import stop_words

QUOTE_RUN = 6
"""Six words quoted verbatim: longer than a stock phrase ("at the end of the day" is six: such a
pair is rare and shows in the cross counts)."""
COPY_RUN = 8
"""Eight words anywhere: a shared sentence, not a shared name ("the Justice Department's antitrust
division" is five)."""
FIGURES = 2
"""One shared figure is common across stories ("two days", "10 percent"); two is a coincidence."""
SPEAKER_WORDS = 4
"""Content words a speaker's two sentences share: the same claim told twice, not the same name."""
TITLE_CAPITALS = 0.5
"""A quoted passage with more than half its words capitalised is a title (of a book, a film, a
law), not speech."""
COMMONEST = 4
"""Cross-cluster pairs shown per kind."""

_QUOTED = re.compile(r"[“\"]([^“”\"]{10,}?)[”\"]")
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_NUMBER = re.compile(r"(?<![\w.])(\$?\d[\d,]*(?:\.\d+)?)\s*(%|percent|million|billion|thousand)?\s+([A-Za-z][a-z-]+)?")
_YEAR = re.compile(r"(?:19|20)\d\d")
_MONTH_DAY = re.compile(
    r"\b(Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\.?\s+(\d{1,2})\b"
)
_MONTHS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august "
    "september october november december".split()
)
_SAY = r"(?:said|says|told|added|stated|declared|announced|warned|insisted|argued)"
_NAME = r"((?:[A-Z][a-z]+\.? ){0,2}[A-Z][a-z]+)"
_SPEAKER = (re.compile(_NAME + r",?(?: [a-z ,]{0,40},)? " + _SAY + r"\b"), re.compile(r"\b" + _SAY + " " + _NAME))
_NOT_SPEAKERS = frozenset("He She They It The But And In On A An This That We I Officials Police".split())
_CONTENT = re.compile(r"[A-Za-z]{4,}")

Evidence = dict[str, set[object]]
KINDS = ("quote", "copy", "figure", "date", "speaker")


def quoted_runs(text: str) -> set[object]:
    """Every run of ``QUOTE_RUN`` words inside a quoted passage that is not a title."""
    out: set[object] = set()
    for match in _QUOTED.finditer(text):
        written = match.group(1).split()
        if len(written) < QUOTE_RUN or sum(w[:1].isupper() for w in written) > TITLE_CAPITALS * len(written):
            continue
        words = _WORD.findall(match.group(1).lower())
        out.update(tuple(words[i : i + QUOTE_RUN]) for i in range(len(words) - QUOTE_RUN + 1))
    return out


def copied_runs(text: str) -> set[object]:
    """Every run of ``COPY_RUN`` words."""
    words = _WORD.findall(text.lower())
    return {tuple(words[i : i + COPY_RUN]) for i in range(len(words) - COPY_RUN + 1)}


def figures(text: str, stops: frozenset[str]) -> set[object]:
    """Numbers with their unit, or with the noun after them; years left out."""
    out: set[object] = set()
    for match in _NUMBER.finditer(text):
        number, unit, noun = match.groups()
        number = number.replace(",", "")
        if unit:
            out.add((number, unit.lower()))
        elif noun and noun.lower() not in stops and noun.lower() not in _MONTHS and not _YEAR.fullmatch(number):
            out.add((number, noun.lower()))
    return out


def month_days(text: str) -> set[object]:
    """Each month and day written ("Oct. 16" and "October 16" alike)."""
    return {(m.group(1)[:3].lower(), m.group(2)) for m in _MONTH_DAY.finditer(text)}


def speakers(sentences: Sequence[Sentence], stops: frozenset[str]) -> set[object]:
    """(speaker's last name, the stems of the sentence's other content words) per saying sentence."""
    out: set[object] = set()
    for sentence in sentences:
        for pattern in _SPEAKER:
            for match in pattern.finditer(sentence.text):
                name = match.group(1).split()[-1].rstrip(".")
                if name in _NOT_SPEAKERS or name.lower() in stops:
                    continue
                words = {stem(w.lower()) for w in _CONTENT.findall(sentence.text) if w.lower() not in stops and w != name}
                out.add((name, frozenset(words - {stem(name.lower()), "said", "say", "told"})))
    return out


def evidence_of(mix: Mix) -> list[Evidence]:
    """Each article's evidence of every kind."""
    stops = stop_words("en")
    out = []
    for article in mix.articles:
        text = f"{article.title}\n{article.text}"
        out.append({"quote": quoted_runs(text), "copy": copied_runs(text), "figure": figures(text, stops),
                    "date": month_days(text), "speaker": speakers(mix.sentences[article.id], stops)})
    return out


def _said_alike(first: set[object], second: set[object]) -> bool:
    by_name: dict[object, list[frozenset[str]]] = defaultdict(list)
    for name, words in first:  # type: ignore[misc]
        by_name[name].append(words)
    return any(len(mine & theirs) >= SPEAKER_WORDS for name, theirs in second for mine in by_name.get(name, ()))  # type: ignore[misc]


def linked(kind: str) -> Callable[[Evidence, Evidence], bool]:
    """Whether two articles share evidence of ``kind``."""
    if kind == "speaker":
        return lambda a, b: _said_alike(a["speaker"], b["speaker"])
    if kind == "figure":
        return lambda a, b: len(a["figure"] & b["figure"]) >= FIGURES
    return lambda a, b: bool(a[kind] & b[kind])


def pair_table(mix: Mix, evidence: list[Evidence]) -> list[list[object]]:
    """Per kind: pairs inside a cluster (of all), across clusters, with a single; precision; commonest cross."""
    gold = mix.gold
    pairs = list(combinations(range(len(gold)), 2))
    inside_total = sum(1 for a, b in pairs if gold[a] == gold[b])
    rows = []
    for kind in KINDS:
        test = linked(kind)
        inside = cross = single = 0
        across: Counter[tuple[str, str]] = Counter()
        for a, b in pairs:
            if not test(evidence[a], evidence[b]):
                continue
            if gold[a] == gold[b]:
                inside += 1
            elif is_single(gold[a]) or is_single(gold[b]):
                single += 1
            else:
                cross += 1
                low, high = sorted((gold[a], gold[b]))
                across[(low, high)] += 1
        found = inside + cross + single
        commonest = ", ".join(f"{a}/{b} {k}" for (a, b), k in across.most_common(COMMONEST))
        rows.append([kind, f"{inside}/{inside_total}", cross, single, f"{inside / max(found, 1):.2f}", commonest])
    return rows


def grouping_table(mix: Mix, evidence: list[Evidence], labels: Sequence[int]) -> list[list[object]]:
    """Per kind: the share of pairs with the evidence among those the grouping joined rightly,
    joined wrongly, and split (an article away from its gold story's main group, with that group)."""
    gold = mix.gold
    main = {g: Counter(lab for lab, h in zip(labels, gold) if h == g).most_common(1)[0][0] for g in set(gold)}
    right: list[tuple[int, int]] = []
    wrong: list[tuple[int, int]] = []
    split: list[tuple[int, int]] = []
    for a, b in combinations(range(len(gold)), 2):
        if labels[a] == labels[b]:
            (right if gold[a] == gold[b] else wrong).append((a, b))
        elif gold[a] == gold[b] and main[gold[a]] in (labels[a], labels[b]):
            split.append((a, b))
    rows = []
    for kind in KINDS:
        test = linked(kind)

        def share(found: list[tuple[int, int]], test: Callable[[Evidence, Evidence], bool] = test) -> str:
            return f"{sum(1 for a, b in found if test(evidence[a], evidence[b]))}/{len(found)}"

        rows.append([kind, share(right), share(wrong), share(split)])
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("eval_dir", nargs="?", type=Path, default=EVAL)
    parser.add_argument("--mixes", default="related,dev", help="comma-separated: dev, even, odd, related, related+1")
    args = parser.parse_args(argv)
    rows, references = read_sources(args.eval_dir, polnear=False)
    singles = [r for r in rows if r[1].startswith("cnndm-")]
    chosen = {
        "dev": lambda: rows,
        "even": lambda: [r for r in rows if r[2] == 0],
        "odd": lambda: [r for r in rows if r[2] == 1],
        "related": lambda: related_rows(rows),
        "related+1": lambda: related_rows(rows) + singles,
    }
    for name in [m.strip() for m in args.mixes.split(",") if m.strip()]:
        if name not in chosen:
            raise SystemExit(f"story_evidence.py: no mix {name!r} (one of {', '.join(chosen)})")
        mix = build_mix(name, chosen[name](), references)
        evidence = evidence_of(mix)
        labels, _ = our_labels(mix)
        print(f"\n{name}: {len(mix.articles)} articles, {len(set(mix.gold))} gold stories")
        print_table(["kind", "inside", "across", "with single", "precision", "across most"], pair_table(mix, evidence))
        print("pairs with the evidence among those the grouping joined rightly / wrongly / split:")
        print_table(["kind", "right", "wrong", "split"], grouping_table(mix, evidence, labels))
    return 0


if __name__ == "__main__":
    sys.exit(main())
