"""Train the shipped NER weights (brief/actors/data/ner-v1.npz) on CoNLL 2003.

Usage: python tools/train_ner.py [TRAIN] [DEV] [--epochs N] [--out PATH]
       [--swap-every N [--swap-plan people|web] [--copy-weight W]]   (name-swapped copies; off by default)
Defaults: ../shared/eval/conll2003/eng.train and eng.testa next to the repo.
Deterministic (fixed seed, no threads), so rerunning reproduces the shipped file.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from ner_conll import chunks, read_docs, tally  # noqa: E402  (the bench's conlleval reading, shared)
from ner_names import PLANS, SwapPlan, swap_doc  # noqa: E402  (tools/: the invented names of the name swap)

from brief.actors import bilou, ner  # noqa: E402
from brief.actors import features as F  # noqa: E402

DATA = ROOT.parent / "shared" / "eval" / "conll2003"
SEED = 20030531

Doc = list[tuple[list[str], list[str]]]


def to_bilou(n: int, spans: list[tuple[int, int, str]]) -> list[str]:
    """BILOU tags for a sentence of length ``n`` with the given entity spans."""
    tags = ["O"] * n
    for s, e, t in spans:
        if e - s == 1:
            tags[s] = "U-" + t
        else:
            tags[s] = "B-" + t
            for k in range(s + 1, e - 1):
                tags[k] = "I-" + t
            tags[e - 1] = "L-" + t
    return tags


_SMALL = frozenset("a an the and but or for nor on at to by of in as".split())


def title_case(tokens: list[str], keep_small: bool) -> list[str]:
    """Headline-style Title Case copy of a sentence (why: modern news headlines)."""
    out = []
    for i, t in enumerate(tokens):
        if t[:1].islower() and not (keep_small and i > 0 and t in _SMALL):
            t = t[0].upper() + t[1:]
        out.append(t)
    return out


def augment(docs: list[Doc], every: int) -> tuple[list[Doc], list[dict[int, int]]]:
    """Append Title Case copies of every ``every``-th body sentence to its document.

    CoNLL has ALL-CAPS headlines but almost no Title Case ones; the copies teach the
    model not to trust capitals in such sentences.  Returns the documents and, per
    document, copy index -> original index ("twins"), so that a copy's document-level
    features do not see its own original (a real headline has no such twin).
    """
    if every <= 0:
        return docs, [{} for _ in docs]
    out: list[Doc] = []
    twins: list[dict[int, int]] = []
    k = 0
    for d in docs:
        extra: Doc = []
        tw: dict[int, int] = {}
        for j, (toks, labs) in enumerate(d):
            if j > 0 and len(toks) >= 4:
                k += 1
                if k % every == 0:
                    tw[len(d) + len(extra)] = j
                    extra.append((title_case(toks, keep_small=(k // every) % 2 == 0), labs))
        out.append(d + extra)
        twins.append(tw)
    return out, twins


def swap_names(docs: list[Doc], every: int, seed: int,
               plan: SwapPlan = PLANS["people"]) -> tuple[list[Doc], list[int]]:
    """The documents plus a name-swapped copy (ner_names.swap_doc) of every ``every``-th one
    that names a person (or, by the plan, an organisation); and per document the index of the
    document it was made from.

    Why: CoNLL's people and organisations recur; copies with invented names make the model
    learn the contexts of names rather than the names.
    """
    if every <= 0:
        return docs, list(range(len(docs)))
    rng = random.Random(seed)
    out, source = list(docs), list(range(len(docs)))
    wanted = ("PER", "ORG") if plan.orgs_copied else ("PER",)
    for i, d in enumerate(docs):
        spans = [sorted(chunks(labs)) for _, labs in d]
        if i % every == 0 and any(t in wanted for sp in spans for _, _, t in sp):
            out.append(swap_doc(d, spans, rng, plan))
            source.append(i)
    return out, source


Parts = list[tuple[np.ndarray, np.ndarray]]


def train_layer(sents: list[Parts], gold: list[np.ndarray], n_feats: int, epochs: int,
                seed: int, weight: list[float] | None = None) -> ner.Layer:
    """Averaged structured perceptron with Viterbi decoding; returns averaged weights.

    The last of the ``n_feats`` rows is the unknown-feature row and is kept at zero.
    ``weight``: per sentence, the size of its updates (1 when None; name-swapped copies may
    count less than the real text).
    """
    T = len(bilou.TAGS)
    cons_t, cons_s, cons_e = bilou.constraint_arrays()
    W = np.zeros((n_feats, T), dtype=np.float32)
    Wu = np.zeros((n_feats, T), dtype=np.float64)
    tr = np.zeros((T, T), dtype=np.float32)
    tru = np.zeros((T, T), dtype=np.float64)
    st = np.zeros(T, dtype=np.float32)
    stu = np.zeros(T, dtype=np.float64)
    en = np.zeros(T, dtype=np.float32)
    enu = np.zeros(T, dtype=np.float64)
    rng = np.random.RandomState(seed)
    c = 1.0
    order = np.arange(len(sents))
    for _ in range(epochs):
        rng.shuffle(order)
        for si in order:
            parts, g_seq = sents[si], gold[si]
            w = 1.0 if weight is None else weight[si]
            emit = bilou.emissions(W, parts)
            pred = np.asarray(bilou.viterbi(emit, tr + cons_t, st + cons_s, en + cons_e))
            wrong = np.nonzero(pred != g_seq)[0]
            if not len(wrong):
                c += 1
                continue
            for ids, offs in parts:
                ends = np.append(offs[1:], len(ids))
                for k in wrong:
                    rows = ids[offs[k]:ends[k]]
                    g, p = g_seq[k], pred[k]
                    W[rows, g] += w
                    W[rows, p] -= w
                    Wu[rows, g] += c * w
                    Wu[rows, p] -= c * w
            W[-1] = 0.0  # the unknown-feature row stays zero, as at run time
            Wu[-1] = 0.0
            for seq, d in ((g_seq, w), (pred, -w)):
                np.add.at(tr, (seq[:-1], seq[1:]), d)
                np.add.at(tru, (seq[:-1], seq[1:]), d * c)
                st[seq[0]] += d
                stu[seq[0]] += d * c
                en[seq[-1]] += d
                enu[seq[-1]] += d * c
            c += 1
    return ner.Layer(
        weights=(W - Wu / c).astype(np.float32),
        trans=(tr - tru / c).astype(np.float32),
        start=(st - stu / c).astype(np.float32),
        end=(en - enu / c).astype(np.float32),
    )


def constrained(layer: ner.Layer) -> ner.Layer:
    """The layer with BILOU constraints folded in, as the runtime uses it."""
    cons_t, cons_s, cons_e = bilou.constraint_arrays()
    return ner.Layer(layer.weights, layer.trans + cons_t, layer.start + cons_s,
                     layer.end + cons_e)


def decode_all(layer: ner.Layer, sents: list[Parts]) -> list[list[str]]:
    """BILOU tag strings for every sentence."""
    lay = constrained(layer)
    return [[bilou.TAGS[i] for i in bilou.viterbi(bilou.emissions(lay.weights, p), lay.trans, lay.start, lay.end)]
            for p in sents]


def per_doc(flat: list, docs: list[Doc]) -> list[list]:
    """Regroup a sentence-flat list by document."""
    out, k = [], 0
    for d in docs:
        out.append(flat[k:k + len(d)])
        k += len(d)
    return out


def f1_pol(golds: list[list[str]], preds: list[list[str]]) -> tuple[float, float]:
    """(all-type F1, PER/ORG/LOC F1) over sentences of label strings."""
    tp, np_, ng = tally((chunks(g), set(bilou.entities([], p))) for g, p in zip(golds, preds))

    def f(types: tuple[str, ...]) -> float:
        t = sum(tp[x] for x in types)
        pp = sum(np_[x] for x in types)
        gg = sum(ng[x] for x in types)
        return 200.0 * t / (pp + gg) if pp + gg else 0.0

    return f(bilou.TYPES), f(("PER", "ORG", "LOC"))


def main(argv: list[str] | None = None) -> int:
    """Train, report dev F1 per epoch, save the averaged weights."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("train", nargs="?", default=str(DATA / "eng.train"))
    ap.add_argument("dev", nargs="?", default=str(DATA / "eng.testa"))
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--min-count", type=int, default=1)
    ap.add_argument("--folds", type=int, default=5, help="jackknife folds for pass 2")
    ap.add_argument("--fold-epochs", type=int, default=8)
    ap.add_argument("--title-every", type=int, default=6,
                    help="add a Title Case copy of every N-th body sentence (0: off)")
    ap.add_argument("--swap-every", type=int, default=0,
                    help="add a name-swapped copy of every N-th training document (0: off)")
    ap.add_argument("--swap-plan", choices=sorted(PLANS), default="people",
                    help="what a swapped copy renames: people (ner6) or web (balanced by type)")
    ap.add_argument("--copy-weight", type=float, default=1.0,
                    help="size of a swapped copy's perceptron updates (1: as the real text)")
    ap.add_argument("--out", default=str(ner.MODEL_PATH))
    args = ap.parse_args(argv)
    t0 = time.time()
    originals = read_docs(Path(args.train))
    swapped, source = swap_names(originals, args.swap_every, SEED, PLANS[args.swap_plan])
    train_docs, train_twins = augment(swapped, args.title_every)
    dev_docs = read_docs(Path(args.dev))
    train_toks = [[t for t, _ in d] for d in train_docs]
    dev_toks = [[t for t, _ in d] for d in dev_docs]
    # Case lexicon from the training text; training documents see it minus their own
    # counts, as unseen run-time documents would.
    # The name-swapped copies stay out of it (their invented names must stay unseen words).
    lex_counts = F.corpus_case_counts(train_toks[:len(originals)])
    lexicon = {w: (c[0], c[1]) for w, c in sorted(lex_counts.items()) if sum(c) >= 2}
    train_feats = [sf for d, tw in zip(train_toks, train_twins)
                   for sf in F.doc_features(d, lexicon, True, tw)]
    dev_feats = [sf for d in dev_toks for sf in F.doc_features(d, lexicon)]
    gold = [np.asarray([bilou.TAG_INDEX[t] for t in to_bilou(len(toks), sorted(chunks(labs)))],
                       dtype=np.intp) for d in train_docs for toks, labs in d]
    dev_labels = [labs for d in dev_docs for _, labs in d]
    sent_weight = None if args.copy_weight == 1.0 else [
        args.copy_weight if di >= len(originals) else 1.0
        for di, d in enumerate(train_docs) for _ in d]
    counts: Counter[str] = Counter(f for s in train_feats for tok in s for f in tok)
    names = sorted(f for f, c in counts.items() if c >= args.min_count)
    vocab = {f: i for i, f in enumerate(names)}
    train_base = [bilou.feature_ids(vocab, sf) for sf in train_feats]
    dev_base = [bilou.feature_ids(vocab, sf) for sf in dev_feats]
    print(f"base features: {len(names)}  train sentences: {len(gold)}  "
          f"prep {time.time() - t0:.1f}s", flush=True)

    def report(name: str, tags: list[list[str]]) -> None:
        f_all, f_pol = f1_pol(dev_labels, [ner.bilou_to_bio(t) for t in tags])
        print(f"{name}: dev F1 all {f_all:.2f}  PER/ORG/LOC {f_pol:.2f}  "
              f"({time.time() - t0:.0f}s)", flush=True)

    # Pass 1 on everything (shipped), and jackknifed pass-1 tags for training pass 2
    # (why: pass 2 must learn from first-pass tags as error-prone as at run time).
    n1 = len(names)  # id n1 = unknown feature (a zero row)
    layer1 = train_layer([[p] for p in train_base], gold, n1 + 1, args.epochs, SEED, sent_weight)
    dev_tags1 = decode_all(layer1, [[p] for p in dev_base])
    report("pass 1", dev_tags1)
    doc_of = np.repeat(np.arange(len(train_docs)), [len(d) for d in train_docs])
    fold_of = np.asarray(source)[doc_of] % args.folds  # a copy in its original's fold
    train_tags1: list[list[str]] = [[] for _ in gold]
    for k in range(args.folds):
        inside = np.nonzero(fold_of != k)[0]
        held = np.nonzero(fold_of == k)[0]
        lay = train_layer([[train_base[i]] for i in inside], [gold[i] for i in inside],
                          n1 + 1, args.fold_epochs, SEED + 1 + k,
                          None if sent_weight is None else [sent_weight[i] for i in inside])
        for i, tags in zip(held, decode_all(lay, [[train_base[i]] for i in held])):
            train_tags1[i] = tags
        print(f"fold {k + 1}/{args.folds} done ({time.time() - t0:.0f}s)", flush=True)

    # Pass 2: same base features plus stacked document features.
    train_stk = [sf for d, tg, tw in zip(train_toks, per_doc(train_tags1, train_docs),
                                         train_twins)
                 for sf in F.stacked_features(d, tg, tw)]
    dev_stk = [sf for d, tg in zip(dev_toks, per_doc(dev_tags1, dev_docs))
               for sf in F.stacked_features(d, tg)]
    stk_names = sorted({f for s in train_stk for tok in s for f in tok} - set(vocab))
    for f in stk_names:
        vocab[f] = len(names)
        names.append(f)
    # Recompute ids: the unknown-feature id moved to the end of the grown vocabulary.
    train2 = [[bilou.feature_ids(vocab, b), bilou.feature_ids(vocab, sf)]
              for b, sf in zip(train_feats, train_stk)]
    dev2 = [[bilou.feature_ids(vocab, b), bilou.feature_ids(vocab, sf)]
            for b, sf in zip(dev_feats, dev_stk)]
    layer2 = train_layer(train2, gold, len(names) + 1, args.epochs, SEED + 100, sent_weight)
    report("pass 2", decode_all(layer2, dev2))

    pad = np.zeros((len(stk_names), len(bilou.TAGS)), dtype=np.float32)
    layer1.weights = np.vstack([layer1.weights[:n1], pad])
    layer2.weights = layer2.weights[:len(names)]
    keep = np.nonzero((np.abs(layer1.weights).max(axis=1) > 1e-3)
                      | (np.abs(layer2.weights).max(axis=1) > 1e-3))[0]
    for lay in (layer1, layer2):
        lay.weights = lay.weights[keep]
    kept = [names[i] for i in keep]
    meta = (f"{ner.MODEL_NAME}: averaged perceptron, BILOU, 2 passes, epochs={args.epochs}, "
            f"folds={args.folds}x{args.fold_epochs}, min_count={args.min_count}, "
            f"title_every={args.title_every}, "
            + (f"swap_every={args.swap_every}, swap_plan={args.swap_plan}, copy_weight={args.copy_weight}, "
               if args.swap_every else "")  # off: the shipped meta as before
            + f"seed={SEED}, trained on {Path(args.train).name}")
    ner.save_model(Path(args.out), kept, [layer1, layer2], lexicon, meta)
    size = Path(args.out).stat().st_size
    print(f"saved {args.out}: {len(kept)} features, {size / 1e6:.2f} MB "
          f"({time.time() - t0:.0f}s total)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
