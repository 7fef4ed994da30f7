"""Find sentences that hold more than one sentence, in the DUC 2004 and CNN/DailyMail dev text.

Usage: python bench/merged_sentences.py [EVAL_DIR] [-v] [--examples N] (default EVAL_DIR: ../shared/eval)

Every article goes through brief's own ingest and splitter (``load_articles``). Inside each
sentence, a place where one sentence could end (``. ! ?``, closing quotes, whitespace, a capital)
is classified:
- ``quotation``: inside a closed quotation or bracket of the sentence (kept whole by design:
  ``"We lost. We will regroup," she said.``);
- ``title``: after a title that precedes a name (``Dr. Katona-Apte``: not a boundary);
- ``abbreviation``: after another abbreviation or initialism (``Corp.``, ``U.S.``, ``Jan.``): a
  boundary only if the next word starts a sentence, so these are the ones to read;
- ``plain``: after a plain word, outside any quotation: two sentences merged.
It prints, per corpus, the sentences, and how many hold each class of inner place; ``-v`` lists
examples of the last two classes.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from _common import EVAL, load_articles, read_jsonl

from brief.text.abbreviations import TITLES, is_abbreviation
from brief.text.quotes import protected_spans

# A sentence end inside a sentence: terminal punctuation after a lower-case letter, a digit or a
# bracket, optional closing quotes, whitespace, an optional opening quote and a capital.
_INNER = re.compile(r"(?<=[a-z0-9)])[.!?][\"”’']*\s+[\"“‘']?[A-Z]")
_MARKS = "\"'“”‘’()"


def _corpora(data: Path) -> dict[str, list[list[str]]]:
    """The article texts of each corpus, grouped as they are read (a DUC cluster, a CNN article)."""
    duc = [[d["text"] for d in c["docs"]] for c in read_jsonl(data / "duc2004" / "dev.jsonl")]
    cnn = [[r["article"]] for r in read_jsonl(data / "cnndm" / "dev.jsonl")]
    return {"DUC 2004 dev": duc, "CNN/DailyMail dev": cnn}


def _classes(text: str) -> set[str]:
    """The classes of the places inside ``text`` where a sentence could end."""
    spans = protected_spans(text, 0, len(text))
    found: set[str] = set()
    for m in _INNER.finditer(text):
        at = m.start()
        if any(a <= at < b for a, b in spans):
            found.add("quotation")
            continue
        words = text[:at].split()
        word = words[-1].strip(_MARKS) if words else ""
        if word in TITLES:
            found.add("title")
        elif is_abbreviation(word):
            found.add("abbreviation")
        else:
            found.add("plain")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=EVAL, help=f"eval directory; default {EVAL}")
    parser.add_argument("-v", "--verbose", action="store_true", help="list examples")
    parser.add_argument("--examples", type=int, default=10, help="examples per class with -v")
    args = parser.parse_args()
    for name, groups in _corpora(args.data).items():
        counts: Counter[str] = Counter()
        examples: dict[str, list[str]] = {"abbreviation": [], "plain": []}
        total = 0
        for texts in groups:
            articles, sentences = load_articles(texts)
            for article in articles:
                for sentence in sentences[article.id]:
                    total += 1
                    for kind in _classes(sentence.text):
                        counts[kind] += 1
                        if kind in examples:
                            examples[kind].append(" ".join(sentence.text.split()))
        shown = ", ".join(f"{kind} {counts[kind]}" for kind in ("quotation", "title", "abbreviation", "plain"))
        print(f"{name}: {total} sentences; holding an inner end after/in: {shown}")
        if args.verbose:
            for kind, texts_of_kind in examples.items():
                for text in texts_of_kind[: args.examples]:
                    print(f"  [{kind}] {text[:300]}")


if __name__ == "__main__":
    main()
