"""Token-only NER features, shared by training (tools/train_ner.py) and runtime (ner.py).

Why one module: the feature strings are the model's vocabulary; if training and
runtime computed them differently the weights would silently stop matching.
Only raw tokens are used (no POS/chunk tags exist at run time); a whole document
is passed at once so that document-level case evidence can be used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from brief.actors import gazetteer

FEATURE_VERSION = 1

# Curly quotes, dashes and odd spaces -> the ASCII forms seen in CoNLL 2003 (Reuters 1996).
_NORM = str.maketrans({
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'", "\u02bc": "'",
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
    "\u00a0": "", "\u200b": "", "\u200e": "", "\u200f": "", "\ufeff": "",
})
_DIGIT = re.compile(r"\d")
_REPEAT = re.compile(r"(.)\1{2,}")
_SHORT = re.compile(r"(.)\1+")

# Tokens after which a capital letter says nothing (quote/colon/dash openers).
_OPENERS = frozenset({'"', "``", "'", ":", "-", "--", "(", "["})
_TITLES = gazetteer.TITLES
_MONTHS = gazetteer.MONTHS_DAYS
_ORGW = gazetteer.ORG_WORDS


@dataclass(slots=True)
class Word:
    """Per-word-type facts, cached (why: words repeat; recomputing them is the hot path)."""

    norm: str
    low: str
    shape: str
    short: str
    cap: bool
    feats: tuple[str, ...]


_CACHE: dict[str, Word] = {}
_CACHE_MAX = 300_000


def normalize(tok: str) -> str:
    """ASCII-fy quotes/dashes so modern news text looks like the training data."""
    norm = tok.translate(_NORM)
    return norm if norm else "_"


def _shape(s: str) -> str:
    """Character classes X/x/d/other, long runs capped at two (Xxx, dd-dd, X.X.)."""
    out = []
    for ch in s:
        if ch.isupper():
            out.append("X")
        elif ch.islower():
            out.append("x")
        elif ch.isdigit():
            out.append("d")
        elif ch.isalpha():
            out.append("a")  # caseless scripts
        else:
            out.append(ch)
    return _REPEAT.sub(r"\1\1", "".join(out))


def word_info(tok: str) -> Word:
    """Intrinsic features of one token string (cached)."""
    w = _CACHE.get(tok)
    if w is not None:
        return w
    norm = normalize(tok)
    low = norm.lower()
    if _DIGIT.search(low):
        low = _DIGIT.sub("0", low)
    shape = _shape(norm)
    short = _SHORT.sub(r"\1", shape)
    cap = norm[0].isupper()
    f = ["b", "w=" + norm, "l=" + low, "s=" + shape, "ss=" + short]
    n = len(low)
    for k in (1, 2, 3, 4):
        if n > k:
            f.append(f"p{k}=" + low[:k])
            f.append(f"x{k}=" + low[-k:])
    if n >= 12:
        f.append("long")
    if "-" in norm and n > 1:
        f.append("hy")
        for part in norm.split("-"):
            if part:
                f.append("hp=" + part.lower())
    if low in _TITLES:
        f.append("g:title")
    if low in _MONTHS:
        f.append("g:month")
    if low in _ORGW:
        f.append("g:orgw")
    if gazetteer.demonym_country(norm) is not None:
        f.append("g:dem")
    w = Word(norm, low, shape, short, cap, tuple(f))
    if len(_CACHE) > _CACHE_MAX:
        _CACHE.clear()
    _CACHE[tok] = w
    return w


def _gaz_tags(norms: list[str]) -> list[str | None]:
    """Longest-match gazetteer phrases over a sentence -> per-token "KIND:B"/"KIND:I"."""
    table = gazetteer.phrase_table()
    maxlen = gazetteer.max_phrase_len()
    n = len(norms)
    out: list[str | None] = [None] * n
    i = 0
    while i < n:
        if not norms[i][:1].isupper():
            i += 1
            continue
        hit = 0
        kind = ""
        for L in range(min(maxlen, n - i), 0, -1):
            k = table.get(tuple(norms[i:i + L]))
            if k is not None:
                hit, kind = L, k
                break
        if hit:
            out[i] = kind + ":B"
            for j in range(i + 1, i + hit):
                out[j] = kind + ":I"
            i += hit
        else:
            i += 1
    return out


def _sentence_mode(words: list[Word]) -> str:
    """'H' for all-caps headlines, 'T' for Title Case headlines, '' for normal text."""
    alpha = [w for w in words if w.short[:1] in ("X", "x")]
    if len(alpha) < 2:
        return ""
    if all("x" not in w.short for w in alpha):
        return "H"
    long_ = [w for w in alpha if len(w.norm) > 3]
    if len(long_) >= 3 and sum(w.cap for w in long_) >= 0.8 * len(long_):
        return "T"
    return ""


def doc_features(doc: list[list[str]]) -> list[list[list[str]]]:
    """Feature strings for every token of every sentence of one document."""
    sents = [[word_info(t) for t in s] for s in doc]
    modes = [_sentence_mode(ws) for ws in sents]
    # Document-level case evidence (why: "Bank" opening a sentence or a headline is
    # ambiguous; the same word lowercase or capitalised mid-sentence elsewhere is not).
    lower_seen: set[str] = set()
    cap_mid: dict[str, int] = {}
    for ws, mode in zip(sents, modes):
        if mode:
            continue
        for i, w in enumerate(ws):
            if w.cap:
                if i > 0 and ws[i - 1].norm not in _OPENERS:
                    cap_mid[w.low] = cap_mid.get(w.low, 0) + 1
            elif w.short[:1] == "x":
                lower_seen.add(w.low)
    out: list[list[list[str]]] = []
    for ws, mode in zip(sents, modes):
        n = len(ws)
        lows = [w.low for w in ws]
        shorts = [w.short for w in ws]
        gaz = _gaz_tags([w.norm for w in ws])
        sent_feats: list[list[str]] = []
        for i, w in enumerate(ws):
            f = list(w.feats)
            l0 = lows[i]
            s0 = shorts[i]
            lm1 = lows[i - 1] if i > 0 else "<s>"
            lm2 = lows[i - 2] if i > 1 else "<s>"
            lp1 = lows[i + 1] if i + 1 < n else "</s>"
            lp2 = lows[i + 2] if i + 2 < n else "</s>"
            sm1 = shorts[i - 1] if i > 0 else "<s>"
            sp1 = shorts[i + 1] if i + 1 < n else "</s>"
            f.append("l-1=" + lm1)
            f.append("l-2=" + lm2)
            f.append("l+1=" + lp1)
            f.append("l+2=" + lp2)
            f.append("s-1=" + sm1)
            f.append("s+1=" + sp1)
            f.append("s3=" + sm1 + "|" + s0 + "|" + sp1)
            f.append("l-1l=" + lm1 + "|" + l0)
            f.append("ll+1=" + l0 + "|" + lp1)
            f.append("s-1l=" + sm1 + "|" + l0)
            f.append("ls+1=" + l0 + "|" + sp1)
            if i == 0:
                f.append("F|" + s0)
            if mode:
                f.append(mode + "|" + s0)
                f.append(mode + "|w=" + l0)
            g = gaz[i]
            if g is not None:
                f.append("g=" + g)
                f.append("gs=" + g + "|" + s0)
            if i > 0 and gaz[i - 1] is not None:
                f.append("g-1=" + gaz[i - 1])  # type: ignore[operator]
            if i + 1 < n and gaz[i + 1] is not None:
                f.append("g+1=" + gaz[i + 1])  # type: ignore[operator]
            if w.cap:
                first = "F" if i == 0 else mode
                c = cap_mid.get(l0, 0)
                if not mode and i > 0 and ws[i - 1].norm not in _OPENERS:
                    c -= 1  # do not count this very occurrence
                dl = l0 in lower_seen
                f.append(f"dc{first}={c > 0:d}{dl:d}")
            sent_feats.append(f)
        out.append(sent_feats)
    return out
