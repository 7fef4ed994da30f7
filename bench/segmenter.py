"""Benchmark the sentence segmenter: our cases per class, Golden Rules, and speed on real news.

Usage: python bench/segmenter.py [GOLDEN_RULES_FILE] [--baseline SEGMENT_PY] [-v]

Compares ``brief.text.segment`` with NLTK's Punkt (no trained data: ``PunktParameters`` with a
plain abbreviation list) and, if installed, pysbd, on
- the cases we wrote per class of boundary (``tests/data/segment_cases.json``: abbreviations
  that end a sentence, lists, line breaks, quotations, Latin abbreviations and full-width marks;
  scored whitespace-normalised, as pragmatic_segmenter's spec is),
- the 48 English Golden Rules that need no cleaning (../shared/eval),
- speed on the DUC 2004 documents (hard-wrapped lines joined with spaces) and the CNN/DailyMail
  articles in ../shared/eval. ``--baseline`` times another version of ``segment.py`` (e.g.
  ``git show main:brief/text/segment.py > /tmp/old.py``) in the same run, since timings on a
  shared machine are only comparable within one run.
Also reports how often ``token_spans`` reproduces CoNLL 2003 tokens on detokenized training
sentences. Ends with one summary line: cases passed per class (in the file's order) and in all, for
brief, pysbd and Punkt; brief's Golden Rules; brief's speed (and the baseline's).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
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
CASES = ROOT / "tests" / "data" / "segment_cases.json"

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


def baseline_segmenter(path: Path) -> Segmenter:
    """``sentence_spans`` of another version of segment.py, as strings."""
    spec = importlib.util.spec_from_file_location("baseline_segment", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"segmenter: cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    spans = module.sentence_spans
    return lambda text: [text[a:b] for a, b in spans(text)]


def _normalised(segments: list[str]) -> list[str]:
    return [" ".join(s.split()) for s in segments if s.strip()]


def score_cases(seg: Segmenter, cases: dict[str, list[list]]) -> dict[str, list[tuple[str, list[str], list[str]]]]:
    """Per class, the cases a segmenter fails (text, expected, got), whitespace-normalised."""
    failed: dict[str, list[tuple[str, list[str], list[str]]]] = {}
    for cls, items in cases.items():
        failed[cls] = []
        for text, expected in items:
            got = _normalised(seg(text))
            if got != _normalised(expected):
                failed[cls].append((text, expected, got))
    return failed


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
    parser.add_argument("--baseline", type=Path, help="another segment.py to time in the same run")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every failed case of every method")
    args = parser.parse_args(argv[1:])
    if args.rules != DEFAULT_RULES and not args.rules.is_file():
        parser.error(f"no such file: {args.rules}")  # only the default may be absent (a clone without ../shared)
    rules = load_rules(args.rules) if args.rules.exists() else []
    cases = json.loads(CASES.read_text(encoding="utf-8"))
    n_cases = sum(len(v) for v in cases.values())
    texts = news_texts()
    methods: list[tuple[str, Segmenter]] = [("brief", ours)]
    if args.baseline:
        methods.append(("baseline", baseline_segmenter(args.baseline)))
    sbd = pysbd_segmenter()
    if sbd is not None:
        methods.append(("pysbd", sbd))
    methods.append(("nltk punkt", punkt_plain()))
    print(f"cases: {CASES.relative_to(ROOT)} ({n_cases} in {len(cases)} classes)  "
          f"golden rules: {args.rules} ({len(rules)} rules)  news: {len(texts)} documents")
    print(f"{'method':<14}" + "".join(f"{c[:12]:>14}" for c in cases) + f"{'cases':>9}{'rules':>8}{'sentences/s':>13}{'sentences':>11}")
    results: dict[str, tuple[dict[str, int], int, float]] = {}
    counts: dict[str, int] = {}
    case_failures: dict[str, dict] = {}
    rule_failures: dict[str, list[tuple[dict, list[str]]]] = {}
    for name, seg in methods:
        failed_cases = score_cases(seg, cases)
        failed_rules = score_rules(seg, rules)
        slow = name == "pysbd"
        if name == "baseline" and texts:
            # Passes alternate with brief's, so that both see the same load on a shared machine.
            rate, count = 0.0, 0
            for _ in range(3):
                r, count = speed(seg, texts, budget=1.0)
                rate = max(rate, r)
                r_brief, _ = speed(ours, texts, budget=1.0)
                if r_brief > results["brief"][2]:
                    results["brief"] = (results["brief"][0], results["brief"][1], r_brief)
        else:
            rate, count = speed(seg, texts[:60] if slow else texts, budget=1.0 if slow else 3.0) if texts else (0.0, 0)
        per_class = {cls: len(cases[cls]) - len(f) for cls, f in failed_cases.items()}
        results[name] = (per_class, len(rules) - len(failed_rules), rate)
        counts[name] = count
        case_failures[name] = failed_cases
        rule_failures[name] = failed_rules
    for name, _ in methods:
        per_class, passed, rate = results[name]
        note = " (first 60 docs)" if name == "pysbd" else ""
        cols = "".join(f"{per_class[c]:>11}/{len(cases[c]):<2}" for c in cases)
        print(f"{name:<14}{cols}{sum(per_class.values()):>6}/{n_cases:<2}{passed:>5}/{len(rules):<2}"
              f"{rate:>13,.0f}{counts[name]:>11}{note}")
    for name, _ in methods:
        if name != "brief" and not args.verbose:
            continue
        print(f"\ncases {name} fails:")
        fails = [(cls, f) for cls, fs in case_failures[name].items() for f in fs]
        for cls, (text, expected, got) in fails:
            print(f"  [{cls}] {text!r}\n     expected {expected}\n     got      {got}")
        if not fails:
            print("  none")
        print(f"rules {name} fails:")
        for r, got in rule_failures[name]:
            print(f"  {r['id']:>2} {r['name']}\n     expected {r['expected']}\n     got      {got}")
        if not rule_failures[name]:
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
    summary = []
    for name in ("brief", "pysbd", "nltk punkt"):
        if name in results:
            per_class, _, _ = results[name]
            summary.append(f"{name} {'/'.join(str(per_class[c]) for c in cases)} = {sum(per_class.values())}")
    sizes = "/".join(str(len(cases[c])) for c in cases)
    per_class, passed, rate = results["brief"]
    line = (f"cases per class (of {sizes} = {n_cases}): {', '.join(summary)}  "
            f"golden rules: {passed}/{len(rules)}  speed: {rate:.0f} sentences/s")
    if "baseline" in results:
        line += f" (baseline {results['baseline'][2]:.0f} in the same run)"
    print(line)


if __name__ == "__main__":
    main(sys.argv)
