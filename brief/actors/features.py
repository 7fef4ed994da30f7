"""Token-only NER features, shared by training (tools/train_ner.py) and runtime (ner.py).

Why one module: the feature strings are the model's vocabulary; if training and
runtime computed them differently the weights would silently stop matching.
Only raw tokens are used (no POS/chunk tags exist at run time); a whole document
is passed at once so that document-level case evidence can be used.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from brief.actors import gazetteer

FEATURE_VERSION = 3

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
    # This word seen from its neighbours: "l-1=low", "l-2=low", "l+1=low", "l+2=low",
    # "s-1=short", "s+1=short" (why: reusing the same str objects skips re-hashing).
    ctx: tuple[str, str, str, str, str, str]


_CACHE: dict[str, Word] = {}
_CACHE_MAX = 300_000


def normalize(tok: str) -> str:
    """ASCII-fy quotes/dashes so modern news text looks like the training data."""
    norm = tok.translate(_NORM)
    return norm if norm else "_"


def _twice(run: re.Match[str]) -> str:
    """A run's character twice: ``_REPEAT``'s replacement as a function, which re calls ~4x faster than a template
    (r"\\1\\1", expanded in Python at every match)."""
    return run.group(1) * 2


def _once(run: re.Match[str]) -> str:
    """A run's character once: ``_SHORT``'s replacement (as ``_twice``)."""
    return run.group(1)


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
    return _REPEAT.sub(_twice, "".join(out))


def word_info(tok: str) -> Word:
    """Intrinsic features of one token string (cached)."""
    w = _CACHE.get(tok)
    if w is not None:
        return w
    norm = normalize(tok)
    if len(norm) > 2 and norm.endswith("'s") and norm[0].isalpha():
        # Possessive glued on by a non-PTB tokenizer ("Israel's"): describe the stem.
        base = word_info(norm[:-2])
        w = Word(base.norm, base.low, base.shape, base.short, base.cap, base.feats + ("poss",),
                 base.ctx)
        _CACHE[tok] = w
        return w
    low = norm.lower()
    if _DIGIT.search(low):
        low = _DIGIT.sub("0", low)
    shape = _shape(norm)
    short = _SHORT.sub(_once, shape)
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
    if gazetteer.tagger_demonym(norm):
        f.append("g:dem")
    ctx = ("l-1=" + low, "l-2=" + low, "l+1=" + low, "l+2=" + low,
           "s-1=" + short, "s+1=" + short)
    w = Word(norm, low, shape, short, cap, tuple(f), ctx)
    if len(_CACHE) > _CACHE_MAX:
        _CACHE.clear()
    _CACHE[tok] = w
    return w


def _gaz_tags(norms: list[str]) -> list[str | None]:
    """Longest-match gazetteer phrases over a sentence -> per-token "KIND:B"/"KIND:I"."""
    table = gazetteer.tagger_phrase_table()
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


def _case_counts(sents: list[list[Word]], modes: list[str]) -> dict[str, list[int]]:
    """Lowercase form -> [times written lowercase, times capitalised mid-sentence].

    Only running text counts (not headlines, not sentence starts or after quotes),
    where capitalisation is the writer's choice.
    """
    counts: dict[str, list[int]] = {}
    for ws, mode in zip(sents, modes):
        if mode:
            continue
        for i, w in enumerate(ws):
            if w.cap:
                if i > 0 and ws[i - 1].norm not in _OPENERS:
                    c = counts.get(w.low)
                    if c is None:
                        counts[w.low] = [0, 1]
                    else:
                        c[1] += 1
            elif w.short[:1] == "x":
                c = counts.get(w.low)
                if c is None:
                    counts[w.low] = [1, 0]
                else:
                    c[0] += 1
    return counts


def corpus_case_counts(docs: list[list[list[str]]]) -> dict[str, list[int]]:
    """``_case_counts`` summed over documents (the lexicon shipped with the weights)."""
    total: dict[str, list[int]] = {}
    for doc in docs:
        sents = [[word_info(t) for t in s] for s in doc]
        for k, (a, b) in _case_counts(sents, [_sentence_mode(ws) for ws in sents]).items():
            c = total.setdefault(k, [0, 0])
            c[0] += a
            c[1] += b
    return total


_SUFFIXES = ("ing", "es", "ed", "s", "d", "ly")
_ENDINGS = ("", "e", "s", "es", "ed", "d", "ing")


def _variants(low: str) -> list[str]:
    """Other inflections of a word ("urges" -> "urge", "urged", ...), for unseen words."""
    out: list[str] = []
    for suf in _SUFFIXES:
        if low.endswith(suf) and len(low) - len(suf) >= 3:
            base = low[: -len(suf)]
            out.extend(base + e for e in _ENDINGS if base + e != low)
    return out


def _prior(lexicon: dict[str, tuple[int, int]] | None, doc_counts: dict[str, list[int]],
           low: str, leave_out: bool) -> str:
    """Bucket of how often a word is lowercase in the training corpus ("?" if unseen).

    Unseen words borrow the figures of another inflection (bucket marked "~").  With
    ``leave_out`` the document's own counts are subtracted (training: the lexicon was
    built from these very documents).
    """
    if lexicon is None:
        return "?"
    for k, word in enumerate([low] + _variants(low)):
        c = lexicon.get(word)
        if c is None:
            continue
        n_low, n_cap = c
        own = doc_counts.get(word)
        if leave_out and own is not None:
            n_low -= own[0]
            n_cap -= own[1]
        total = n_low + n_cap
        if total < 2:
            continue
        r = n_low / total
        bucket = "L" if r > 0.95 else "l" if r > 0.5 else "c" if r > 0.05 else "C"
        return bucket if k == 0 else "~" + bucket
    return "?"


EDGE_CONTEXT = ("l-1=<s>", "l-2=<s>", "l+1=</s>", "l+2=</s>", "s-1=<s>", "s+1=</s>")
"""``Word.ctx`` of the missing neighbour before the start / after the end of a sentence."""


def doc_features(doc: list[list[str]], lexicon: dict[str, tuple[int, int]] | None = None,
                 leave_out: bool = False, twins: dict[int, int] | None = None,
                 intrinsic: bool = True) -> list[list[list[str]]]:
    """Feature strings for every token of every sentence of one document.

    ``lexicon`` is the corpus case-count table shipped with the weights (see
    ``corpus_case_counts``).  Training only: ``leave_out`` subtracts the document's
    own counts from the lexicon; ``twins`` maps an augmented (re-cased) copy of a
    sentence to its original, whose evidence the copy must not see.  With
    ``intrinsic=False`` the per-word features (``word_info(tok).feats``) are left out,
    for a caller that caches their summed weights per word (the runtime does).
    Order per token: intrinsic, the eleven neighbour features, then
    ``doc_rare_features`` (the runtime's id lookup, ner.Model._context_ids, relies on it).
    """
    rare = doc_rare_features(doc, lexicon, leave_out, twins)
    out: list[list[list[str]]] = []
    for s, extra in zip(doc, rare):
        ws = [word_info(t) for t in s]
        n = len(ws)
        lows = [w.low for w in ws]
        shorts = [w.short for w in ws]
        sent_feats: list[list[str]] = []
        for i, w in enumerate(ws):
            f = list(w.feats) if intrinsic else []
            l0 = lows[i]
            s0 = shorts[i]
            lm1 = lows[i - 1] if i > 0 else "<s>"
            lp1 = lows[i + 1] if i + 1 < n else "</s>"
            sm1 = shorts[i - 1] if i > 0 else "<s>"
            sp1 = shorts[i + 1] if i + 1 < n else "</s>"
            f.append(ws[i - 1].ctx[0] if i > 0 else "l-1=<s>")
            f.append(ws[i - 2].ctx[1] if i > 1 else "l-2=<s>")
            f.append(ws[i + 1].ctx[2] if i + 1 < n else "l+1=</s>")
            f.append(ws[i + 2].ctx[3] if i + 2 < n else "l+2=</s>")
            f.append(ws[i - 1].ctx[4] if i > 0 else "s-1=<s>")
            f.append(ws[i + 1].ctx[5] if i + 1 < n else "s+1=</s>")
            f.append("s3=" + sm1 + "|" + s0 + "|" + sp1)
            f.append("l-1l=" + lm1 + "|" + l0)
            f.append("ll+1=" + l0 + "|" + lp1)
            f.append("s-1l=" + sm1 + "|" + l0)
            f.append("ls+1=" + l0 + "|" + sp1)
            f.extend(extra[i])
            sent_feats.append(f)
        out.append(sent_feats)
    return out


_NONE: tuple[str, ...] = ()


@dataclass(frozen=True)
class DocWords:
    """A document's ``Word``s, sentence by sentence, and each sentence's headline mode.

    Why: the first pass's context ids, its rare features and the second pass's stacked features
    all read them; the runtime (ner.Model.tag_doc) works them out once per document and passes them on.
    """

    sents: list[list[Word]]
    modes: list[str]


def doc_words(doc: list[list[str]]) -> DocWords:
    """``word_info`` of every token of ``doc`` and ``_sentence_mode`` of every sentence."""
    sents = [list(map(word_info, s)) for s in doc]
    return DocWords(sents, [_sentence_mode(ws) for ws in sents])


def doc_rare_features(doc: list[list[str]], lexicon: dict[str, tuple[int, int]] | None = None,
                      leave_out: bool = False, twins: dict[int, int] | None = None,
                      words: DocWords | None = None) -> list[list[Sequence[str]]]:
    """The features of ``doc_features`` that only some tokens have (sentence starts, headlines,
    gazetteer hits, capitalised words), per token, in ``doc_features``'s order.

    Why apart: they need the document's case evidence and are worth building as strings; the
    rest depend on a token and its neighbours only, which the runtime looks up by key.
    ``words``: ``doc_words(doc)``, when the caller has it already.
    """
    words = words if words is not None else doc_words(doc)
    sents, modes = words.sents, words.modes
    # Document-level case evidence (why: "Bank" opening a sentence or a headline is
    # ambiguous; the same word lowercase or capitalised mid-sentence elsewhere is not).
    counts = _case_counts(sents, modes)
    priors: dict[str, str] = {}
    out: list[list[Sequence[str]]] = []
    for j, (ws, mode) in enumerate(zip(sents, modes)):
        sub = _case_counts([sents[twins[j]]], [""]) if twins and j in twins else None
        n = len(ws)
        gaz = _gaz_tags([w.norm for w in ws])
        any_gaz = any(g is not None for g in gaz)
        sent_feats: list[Sequence[str]] = []
        for i, w in enumerate(ws):
            if not (i == 0 or mode or w.cap or any_gaz):
                sent_feats.append(_NONE)
                continue
            f: list[str] = []
            l0 = w.low
            s0 = w.short
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
                own = counts.get(l0)
                c, lo = own if own else (0, 0)
                if sub is not None and l0 in sub:
                    c -= sub[l0][1]
                    lo -= sub[l0][0]
                if not mode and i > 0 and ws[i - 1].norm not in _OPENERS:
                    c -= 1  # do not count this very occurrence
                dl = lo > 0
                f.append(f"dc{first}={c > 0:d}{dl:d}")
                prior = priors.get(l0) if not leave_out else None
                if prior is None:
                    prior = _prior(lexicon, counts, l0, leave_out)
                    if not leave_out:
                        priors[l0] = prior  # the same for every occurrence (why: words repeat)
                f.append(f"cp{first}=" + prior)
            sent_feats.append(f)
        out.append(sent_feats)
    return out


def _type_counts(sents: list[list[Word]], tags: list[list[str]], modes: list[str],
                 ) -> tuple[dict[str, dict[str, int]], dict[str, dict[str, int]]]:
    """Per lowercase form: first-pass types of its capitalised occurrences, overall and
    at "reliable" positions (mid-sentence in running text, where case is informative)."""
    seen: dict[str, dict[str, int]] = {}
    solid: dict[str, dict[str, int]] = {}
    for ws, tg, mode in zip(sents, tags, modes):
        for i, (w, t) in enumerate(zip(ws, tg)):
            if w.cap:
                typ = t[2:] if t != "O" else "O"
                d = seen.setdefault(w.low, {})
                d[typ] = d.get(typ, 0) + 1
                if i > 0 and not mode:
                    d = solid.setdefault(w.low, {})
                    d[typ] = d.get(typ, 0) + 1
    return seen, solid


def stacked_features(doc: list[list[str]], first_pass: list[list[str]],
                     twins: dict[int, int] | None = None) -> list[list[list[str]]]:
    """Second-pass features from a first pass's BILOU tags over the same document.

    Why: a name is usually tagged right somewhere in a document (mid-sentence, with
    a title before it) and wrong elsewhere (in a headline, sentence-initial, with a
    possessive).  Telling each token how its other occurrences were tagged lets the
    second pass make the document consistent.  Every token gets "A:b", so no token
    has an empty list.  Order: the four tag features, then ``stacked_rare_features``.
    """
    out: list[list[list[str]]] = []
    for tags, extra in zip(first_pass, stacked_rare_features(doc, first_pass, twins)):
        n = len(tags)
        out.append([["A:b", "P=" + tags[i], "P-1=" + (tags[i - 1] if i > 0 else "<s>"),
                     "P+1=" + (tags[i + 1] if i + 1 < n else "</s>"), *extra[i]] for i in range(n)])
    return out


def stacked_rare_features(doc: list[list[str]], first_pass: list[list[str]],
                          twins: dict[int, int] | None = None, words: DocWords | None = None,
                          ) -> list[list[Sequence[str]]]:
    """The second-pass features of capitalised tokens: how the first pass typed the word's
    other occurrences (the rest of ``stacked_features`` are the token's own tag features).
    ``words``: ``doc_words(doc)``, when the caller has it already."""
    words = words if words is not None else doc_words(doc)
    sents, modes = words.sents, words.modes
    seen, solid = _type_counts(sents, first_pass, modes)
    memo: dict[tuple[str, str, str, bool], list[str]] = {}
    out: list[list[Sequence[str]]] = []
    for j, (ws, tags, mode) in enumerate(zip(sents, first_pass, modes)):
        subs = None
        if twins and j in twins:
            k = twins[j]
            subs = _type_counts([sents[k]], [first_pass[k]], [modes[k]])
        sent: list[Sequence[str]] = []
        for i, w in enumerate(ws):
            if not w.cap:
                sent.append(_NONE)
                continue
            t0 = tags[i]
            own = t0[2:] if t0 != "O" else "O"
            where = "F" if i == 0 else mode
            key = (w.low, own, where, i > 0 and not mode)
            if subs is None:
                known = memo.get(key)
                if known is not None:
                    sent.append(known)  # same word, same own type, same place: same features
                    continue
            f: list[str] = []
            for name, table, mine, sub in (("A", seen, True, 0),
                                           ("R", solid, i > 0 and not mode, 1)):
                counts = dict(table.get(w.low, {}))
                if subs is not None:
                    for typ, m in subs[sub].get(w.low, {}).items():
                        counts[typ] -= m
                if mine:
                    counts[own] = counts.get(own, 0) - 1  # only the other occurrences
                total = sum(counts.values())
                if total <= 0:
                    continue
                best = max(sorted(counts), key=lambda k: counts[k])
                f.append(name + "=" + best)
                f.append(name + where + "=" + best + "|" + own)
                if counts[best] == total:
                    f.append(name + "all=" + best)
            if subs is None:
                memo[key] = f
            sent.append(f)
        out.append(sent)
    return out
