"""Benchmark the sentence segmenter: Golden Rules accuracy and speed on real news text.

Usage: python bench/segmenter.py [GOLDEN_RULES_FILE]

Compares ``brief.text.segment`` with NLTK's Punkt (no trained data: ``PunktParameters`` with a
plain abbreviation list) and, if installed, pysbd. Speed is measured on the DUC 2004 documents
(hard-wrapped lines joined with spaces) and the CNN/DailyMail articles in ../shared/eval. Also
reports how often ``token_spans`` reproduces CoNLL 2003 tokens on detokenized training sentences.
Ends with one summary line: ``golden rules: NN/48  speed: NNNNN sentences/s``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from brief.text.segment import AMBIGUOUS_ABBREVIATIONS, TITLES, sentence_spans  # noqa: E402
from brief.text.tokens import tokens  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
DEFAULT_RULES = EVAL / "golden-rules" / "golden_rules_en.jsonl"

Segmenter = Callable[[str], list[str]]


def ours(text: str) -> list[str]:
    """Our segmenter, as strings."""
    return [text[a:b] for a, b in sentence_spans(text)]


def punkt_plain() -> Segmenter:
    """NLTK Punkt built without any data, knowing only a plain abbreviation list."""
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    plain = {w.lower() for w in TITLES | AMBIGUOUS_ABBREVIATIONS}
    params.abbrev_types = plain | {"u.s", "u.k", "u.n", "a.m", "p.m", "e.g", "i.e", "no", "vs", "st"}
    return PunktSentenceTokenizer(params).tokenize


def pysbd_segmenter() -> Segmenter | None:
    """pysbd's English segmenter, if pysbd is installed (comparison only)."""
    try:
        import pysbd
    except ImportError:
        return None
    seg = pysbd.Segmenter(language="en", clean=False)
    return seg.segment


def load_rules(path: Path) -> list[dict]:
    """The Golden Rules that need no text cleaning (48 of 51)."""
    rules = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rules if not r.get("needs_cleaning")]


def score_rules(seg: Segmenter, rules: list[dict]) -> list[tuple[dict, list[str]]]:
    """The rules a segmenter fails, with what it produced."""
    failed = []
    for r in rules:
        got = [s.strip() for s in seg(r["text"]) if s.strip()]
        if got != [e.strip() for e in r["expected"]]:
            failed.append((r, got))
    return failed


def news_texts() -> list[str]:
    """DUC 2004 documents (unwrapped by a simple join) and CNN/DM articles."""
    texts: list[str] = []
    duc = EVAL / "duc2004" / "dev.jsonl"
    if duc.exists():
        for line in duc.read_text(encoding="utf-8").splitlines():
            for doc in json.loads(line)["docs"]:
                texts.append(" ".join(part.strip() for part in doc["text"].splitlines()).strip())
    cnn = EVAL / "cnndm" / "dev.jsonl"
    if cnn.exists():
        for line in cnn.read_text(encoding="utf-8").splitlines():
            texts.append(json.loads(line)["article"])
    return texts


def speed(seg: Segmenter, texts: list[str], budget: float = 2.0) -> tuple[float, int]:
    """Sentences per second (best of up to 5 passes within ``budget`` seconds) and the count."""
    best = float("inf")
    count = 0
    spent = 0.0
    for _ in range(5):
        t0 = time.perf_counter()
        count = sum(len(seg(t)) for t in texts)
        dt = time.perf_counter() - t0
        best = min(best, dt)
        spent += dt
        if spent > budget:
            break
    return count / best if best > 0 else float("inf"), count


def conll_sentences(limit: int = 5000) -> list[list[str]]:
    """The first CoNLL 2003 training sentences, as token lists."""
    path = EVAL / "conll2003" / "eng.train"
    sents: list[list[str]] = []
    if not path.exists():
        return sents
    cur: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        tok = line.split(" ", 1)[0]
        if not tok:
            if cur:
                sents.append(cur)
                cur = []
                if len(sents) >= limit:
                    break
        elif tok != "-DOCSTART-":
            cur.append(tok)
    return sents


_GLUE_LEFT = {",", ".", ";", ":", ")", "]", "%", "?", "!", "'s", "n't", "'re", "'m", "'ve", "'ll", "'d", "'", "..."}


def detokenize(toks: list[str]) -> str:
    """Crude inverse of CoNLL tokenization: how the sentence would appear in running text."""
    out = ""
    quote_open = False
    glue = False
    for t in toks:
        if t == '"':
            quote_open = not quote_open
            out += (" " + t) if quote_open and out else t
            glue = quote_open
            continue
        out += t if (glue or not out or t in _GLUE_LEFT) else " " + t
        glue = t in {"(", "[", "$"}
    return out


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("rules", nargs="?", type=Path, default=DEFAULT_RULES,
                        help=f"Golden Rules JSONL; default {DEFAULT_RULES}")
    rules_path = parser.parse_args(argv[1:]).rules
    rules = load_rules(rules_path)
    texts = news_texts()
    methods: list[tuple[str, Segmenter]] = [("brief", ours), ("nltk punkt (plain abbrevs)", punkt_plain())]
    sbd = pysbd_segmenter()
    if sbd is not None:
        methods.append(("pysbd", sbd))
    print(f"golden rules: {rules_path} ({len(rules)} rules)  news: {len(texts)} documents")
    print(f"{'method':<28}{'rules':>8}{'sentences/s':>14}{'sentences':>11}")
    results: dict[str, tuple[int, float]] = {}
    failures: dict[str, list[tuple[dict, list[str]]]] = {}
    for name, seg in methods:
        failed = score_rules(seg, rules)
        slow = name == "pysbd"
        rate, count = speed(seg, texts[:60] if slow else texts, budget=1.0 if slow else 3.0)
        results[name] = (len(rules) - len(failed), rate)
        failures[name] = failed
        note = " (first 60 docs)" if slow else ""
        print(f"{name:<28}{len(rules) - len(failed):>5}/{len(rules):<2}{rate:>14,.0f}{count:>11}{note}")
    for name in ("brief",):
        print(f"\nrules {name} fails:")
        for r, got in failures[name] or []:
            print(f"  {r['id']:>2} {r['name']}\n     expected {r['expected']}\n     got      {got}")
        if not failures[name]:
            print("  none")
    sents = conll_sentences()
    if sents:
        t0 = time.perf_counter()
        same = sum(tokens(detokenize(s)) == s for s in sents)
        dt = time.perf_counter() - t0
        n_tok = sum(len(s) for s in sents)
        print(
            f"\ntokens: {same}/{len(sents)} detokenized CoNLL train sentences re-tokenized exactly "
            f"({100 * same / len(sents):.1f}%), {n_tok / dt:,.0f} tokens/s"
        )
    passed, rate = results["brief"]
    print(f"golden rules: {passed}/{len(rules)}  speed: {rate:.0f} sentences/s")


if __name__ == "__main__":
    main(sys.argv)
