"""Build the verb table position phrasing reads (brief/actors/data/phrasing.tsv.gz) from lemminflect.

Usage: python tools/build_phrasing_table.py [--out PATH] [--check]
Needs lemminflect (the [bench] extra): build time only; brief itself never imports it.

brief/actors/phrasing.py asked lemminflect three things, and this table holds their answers for every
word lemminflect's dictionary knows (its lemma lookup table and its overrides), so the package gives
the same results without loading lemminflect's tables (~0.8 s on every cold run):

- each word's VERB lemma, ``getAllLemmas(word, upos="VERB")["VERB"][0]``, and that lemma's third person
  singular present, ``getInflection(lemma, tag="VBZ")[0]``;
- whether the word has a NOUN lemma, ``bool(getAllLemmas(word, upos="NOUN"))``.

Layout, made to load in a few milliseconds (no Python object per word is built: phrasing.py binary-searches
the text): gzipped UTF-8 text, a "#" header line, then one line per word, sorted by word,

    WORD<tab>VERB LEMMA<tab>ITS VBZ<tab>n

with empty fields for no VERB lemma (so no VBZ) and for no NOUN lemma (n: it has one). Tabs, because a
few dictionary words hold a space ("under went" -> "undergo", "book shelf"); no word holds a tab or a
newline.

Words are lower case, as phrasing.py looks them up (lemminflect lower-cases a word before its lookup,
so its capitalized proper-noun keys are never reached from there). A word the dictionary does not
know has no VERB and no NOUN lemma: it has no line, as it got nothing from lemminflect.
The values come from lemminflect's public functions; only the list of words to ask about is read from
the dictionary it loads. Deterministic: sorted words, gzip with mtime 0 and no file name, so rerunning
reproduces the shipped file byte for byte (``--check`` says whether it does).
"""

from __future__ import annotations

import argparse
import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "brief" / "actors" / "data" / "phrasing.tsv.gz"


def dictionary_words() -> list[str]:
    """Every lower-case word lemminflect's getAllLemmas can find: its lookup table's and its overrides' keys."""
    from lemminflect.core.Lemmatizer import Lemmatizer

    lemmatizer = Lemmatizer()
    words = set(lemmatizer._getLemmaDict()) | set(lemmatizer._getOverridesDict())
    return sorted(w for w in words if w == w.lower())


def build_table() -> list[str]:
    """The file's lines: the answers phrasing.py needs, for every word of lemminflect's dictionary that has any."""
    import lemminflect
    from lemminflect import getAllLemmas, getInflection

    lines = [f"# word, VERB lemma, its VBZ, n if a NOUN lemma: lemminflect {lemminflect.__version__}, "
             "by tools/build_phrasing_table.py"]
    for word in dictionary_words():
        if "\t" in word or "\n" in word:
            raise ValueError(f"lemminflect's word {word!r} holds a tab or a newline: the layout cannot hold it")
        lemmas = getAllLemmas(word, upos="VERB").get("VERB")
        lemma = lemmas[0] if lemmas else ""
        third = getInflection(lemma, tag="VBZ") if lemma else ()
        noun = "n" if getAllLemmas(word, upos="NOUN") else ""
        if lemma or noun:
            lines.append("\t".join([word, lemma, third[0] if third else "", noun]))
    return lines


def encode(lines: list[str]) -> bytes:
    """The file's bytes: the lines, gzipped with no timestamp or name (the same bytes every run)."""
    return gzip.compress("".join(line + "\n" for line in lines).encode("utf-8"), compresslevel=9, mtime=0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="only say whether OUT holds exactly these bytes")
    args = parser.parse_args(argv)
    lines = build_table()
    data = encode(lines)
    fields = [line.split("\t") for line in lines[1:]]
    counts = (f"{len(fields):,} words: {sum(bool(f[1]) for f in fields):,} verb forms of "
              f"{len({f[1] for f in fields if f[1]}):,} verbs, {sum(bool(f[3]) for f in fields):,} with a noun lemma")
    if args.check:
        same = args.out.exists() and args.out.read_bytes() == data
        print(f"{args.out}: {'up to date' if same else 'DIFFERS from a fresh build'} ({counts})")
        return 0 if same else 1
    args.out.write_bytes(data)
    print(f"wrote {args.out}: {len(data):,} bytes gzipped, {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
