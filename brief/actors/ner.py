"""Named-entity tagger (PER/ORG/LOC/MISC) trained on CoNLL 2003, shipped with the package.

Model: averaged structured perceptron over BILOU tags with first-order Viterbi
decoding; token-only features from ``brief.actors.features``.  Two passes: the
second sees how the first tagged the same words elsewhere in the document.  Weights live in
``brief/actors/data/ner-v1.npz`` (numpy, loaded with ``allow_pickle=False``) and are
loaded lazily once.  Reproduce them with ``python tools/train_ner.py``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from typing import Any

import numpy as np

from brief.actors import features as F
from brief.actors.bilou import TAGS, constraint_arrays, emissions, feature_ids, viterbi_batch
from brief.actors.capital_surnames import capital_people, surnames_recased
from brief.actors.model_files import require
from brief.actors.name_endings import mend_endings
from brief.actors.ner_probe import feature_fingerprint
from brief.text.memo import looked_up

MODEL_NAME = "ner-v1"
WORD_CACHE_MAX = 200_000
"""Words whose feature scores the tagger remembers (a large pile's vocabulary; past this it starts again)."""
MODEL_PATH = Path(__file__).resolve().parent / "data" / f"{MODEL_NAME}.npz"
@dataclass
class Layer:
    """One linear-chain pass: emission weights plus transition/start/end scores."""

    weights: np.ndarray  # (n_features, n_tags) float32
    trans: np.ndarray  # (n_tags, n_tags), BILOU constraints folded in
    start: np.ndarray
    end: np.ndarray

    def decode_batch(self, parts: list[tuple[np.ndarray, np.ndarray]], lens: list[int],
                     extra: np.ndarray | None = None) -> list[list[int]]:
        """Best tag indices for several sentences given their concatenated features
        (plus ``extra`` precomputed per-token scores)."""
        emit = emissions(self.weights, parts)
        if extra is not None:
            emit = emit + extra
        return viterbi_batch(emit, lens, self.trans, self.start, self.end)


_CTX_PREFIXES = ("l-1=", "l-2=", "l+1=", "l+2=", "s-1=", "s+1=")
"""How ``features.word_info`` writes ``Word.ctx`` from a word's ``low`` (four) and ``short`` (two)."""

# Where a string can stand in the model's pair features ("l-1l=A|B" and the like, as
# ``features.doc_features`` writes them): one bit for each side of each of the four templates.
LEFT_WORD, LEFT_NEXT, SHAPE_LEFT, SHAPE_NEXT = 1, 2, 4, 8  # "l-1l=A|B", "s-1l=A|B"
RIGHT_WORD, RIGHT_NEXT, WORD_SHAPE, SHAPE_AFTER = 16, 32, 64, 128  # "ll+1=A|B", "ls+1=A|B"
ALL_SIDES = 0xFF
"""The bits of a string whose sides are not known yet: every pair it is in is looked up."""
_PAIR_SIDES = {"l-1l": (LEFT_WORD, LEFT_NEXT), "s-1l": (SHAPE_LEFT, SHAPE_NEXT),
               "ll+1": (RIGHT_WORD, RIGHT_NEXT), "ls+1": (WORD_SHAPE, SHAPE_AFTER)}


def pair_sides(vocab: dict[str, int]) -> dict[str, int]:
    """Each string that stands on a side of some pair feature of ``vocab``, with the bits of those sides.

    Why: most word pairs of a text are in no feature, and their two strings were built only to miss;
    a pair whose sides are not both marked is in none (a word holding "|" is split at every "|", so
    no feature is missed), and its id is the unknown one without a string.
    """
    sides: dict[str, int] = {}
    for name in vocab:
        template, _, rest = name.partition("=")
        bits = _PAIR_SIDES.get(template)
        if bits is None:
            continue
        at = rest.find("|")
        while at >= 0:
            sides[rest[:at]] = sides.get(rest[:at], 0) | bits[0]
            sides[rest[at + 1 :]] = sides.get(rest[at + 1 :], 0) | bits[1]
            at = rest.find("|", at + 1)
    return sides


@dataclass
class Model:
    """Feature vocabulary, the two passes (token-local, then document-stacked), and
    the training corpus's case lexicon."""

    vocab: dict[str, int]
    layers: list[Layer]
    lexicon: dict[str, tuple[int, int]]  # training-corpus case counts (features.py)
    # token string -> its row of _word_table: the (n_layers, n_tags) summed weights of its per-word
    # features (why: half of all features depend on the word alone; look them up once). One table
    # gathered by row numbers, not an array per word stacked for every document.
    _word_cache: dict[str, int] = field(default_factory=dict, repr=False)
    _word_table: np.ndarray | None = field(default=None, repr=False)
    # Feature ids looked up once per key (see _context_ids, _stacked_ids).
    # (shape triple, (low-1, low), (low, low+1), (short-1, low), (low, short+1): numbered strings -> id)
    _pair_cache: tuple[dict[int, int], ...] = field(default_factory=lambda: ({}, {}, {}, {}, {}), repr=False)
    _numbers: dict[str, int] = field(default_factory=dict, repr=False)
    _number_strings: list[str] = field(default_factory=list, repr=False)
    _number_ids: np.ndarray = field(default_factory=lambda: np.zeros((1024, 6), dtype=np.intp), repr=False)
    # each numbered string's pair_sides bits (0: in no pair feature), and pair_sides itself, worked out once
    _number_sides: np.ndarray = field(default_factory=lambda: np.zeros(1024, dtype=np.uint8), repr=False)
    _pair_sides: dict[str, int] | None = field(default=None, repr=False)
    _tag_ids: dict[str, tuple[int, int, int]] = field(default_factory=dict, repr=False)

    def _word_scores(self, tokens: list[str]) -> np.ndarray:
        """(n_layers, n_tokens, n_tags) scores of the tokens' per-word features."""
        cache = self._word_cache
        missing = [t for t in set(tokens) if t not in cache]
        if missing:
            if len(cache) > WORD_CACHE_MAX:
                cache.clear()
                missing = list(set(tokens))  # every token is new again, not only those missing before
            ids, offs = feature_ids(self.vocab, [F.word_info(t).feats for t in missing])
            scores = np.stack([np.add.reduceat(lay.weights[ids], offs, axis=0)
                               for lay in self.layers], axis=1)  # (n_missing, layers, tags)
            table, used = self._word_table, len(cache)
            if table is None or used + len(missing) > len(table):
                grown = np.empty((2 * (used + len(missing)), *scores.shape[1:]), dtype=scores.dtype)
                if table is not None and used:
                    grown[:used] = table[:used]
                table = self._word_table = grown
            table[used : used + len(missing)] = scores
            cache.update(zip(missing, range(used, used + len(missing))))
        assert self._word_table is not None  # every token has a row by now
        rows = np.fromiter(map(cache.__getitem__, tokens), dtype=np.intp, count=len(tokens))
        return self._word_table[rows].transpose(1, 0, 2)

    def tag_doc(self, doc: list[list[str]]) -> list[list[str]]:
        """BILOU tags for one document's sentences (all non-empty)."""
        lens = [len(s) for s in doc]
        known = F.doc_words(doc)
        base = self._context_ids(doc, known)
        words = self._word_scores([t for s in doc for t in s])
        paths = self.layers[0].decode_batch([base], lens, words[0])
        tags = [[TAGS[i] for i in p] for p in paths]
        for k, layer in enumerate(self.layers[1:], start=1):
            paths = layer.decode_batch([base, self._stacked_ids(doc, tags, known)], lens, words[k])
            tags = [[TAGS[i] for i in p] for p in paths]
        return tags

    def _ids(self, flat: list[int], lens: list[int]) -> tuple[np.ndarray, np.ndarray]:
        """``feature_ids``'s output from ids already looked up."""
        ids = np.fromiter(flat, dtype=np.intp, count=len(flat))
        offsets = np.zeros(len(lens), dtype=np.intp)
        np.cumsum(np.fromiter(lens[:-1], dtype=np.intp, count=len(lens) - 1), out=offsets[1:])
        return ids, offsets

    def _context_ids(self, doc: list[list[str]], known: F.DocWords | None = None) -> tuple[np.ndarray, np.ndarray]:
        """``feature_ids(vocab, doc_features(doc, lexicon, intrinsic=False))``, same ids in the same
        order, without building most feature strings.

        Why: building and hashing ~11 strings per token was the tagger's largest cost. Each token's
        neighbour features are its neighbours' ``Word.ctx`` ids, gathered in numpy; the word pair and
        shape triple features are looked up once per distinct (pair, shape) key, keyed by numbered
        words; the rare features (sentence starts, headlines, gazetteer hits, capitalised words) go
        through ``doc_features``'s own string code, which ``test_context_ids_match_feature_strings`` pins.
        ``known``: ``features.doc_words(doc)``, when the caller has it.
        """
        if len(self._numbers) > self.NUMBERS_MAX or sum(map(len, self._pair_cache)) > self.PAIRS_MAX:
            self._numbers.clear()
            self._number_strings.clear()
            for cache in self._pair_cache:
                cache.clear()
        known = known if known is not None else F.doc_words(doc)
        rare = [more for extra in F.doc_rare_features(doc, self.lexicon, words=known) for more in extra]
        ws = [w for s in known.sents for w in s]
        n = len(ws)
        lens = np.array([len(s) for s in doc], dtype=np.intp)
        first = np.repeat(np.cumsum(lens) - lens, lens)
        last = first + np.repeat(lens, lens) - 1
        at = np.arange(n)
        before, after = np.maximum(at - 1, 0), np.minimum(at + 1, n - 1)
        before2, after2 = np.maximum(at - 2, 0), np.minimum(at + 2, n - 1)
        has = (at > first, at > first + 1, at < last, at < last - 1)
        low = self._numbered([w.low for w in ws])
        short = self._numbered([w.short for w in ws])
        table = self._number_ids
        ctx = np.concatenate((table[low, :4], table[short, 4:]), axis=1)  # each word's Word.ctx ids
        edge = self._edge_ids
        base = np.empty((n, 11), dtype=np.intp)
        for col, (near, present) in enumerate(((before, has[0]), (before2, has[1]), (after, has[2]),
                                               (after2, has[3]), (before, has[0]), (after, has[2]))):
            base[:, col] = np.where(present, ctx[near, col], edge[col])
        start, end = self._numbered(["<s>", "</s>"]).tolist()
        low_m1, short_m1 = np.where(has[0], low[before], start), np.where(has[0], short[before], start)
        low_p1, short_p1 = np.where(has[2], low[after], end), np.where(has[2], short[after], end)
        shape3, words_before, words_after, shapes_before, shapes_after = self._pair_cache
        get, unk = self.vocab.get, len(self.vocab)  # bound once: the lambdas run for every new key
        base[:, 6] = self._pairs(shape3, (short_m1, short, short_p1), lambda a, b, c: get("s3=" + a + "|" + b + "|" + c, unk))
        sides = self._number_sides
        on, left, shape_left = sides[low], sides[low_m1], sides[short_m1]
        right, shape_right = sides[low_p1], sides[short_p1]
        base[:, 7] = self._open_pairs(words_before, low_m1, low, ((left & LEFT_WORD) > 0) & ((on & LEFT_NEXT) > 0),
                                      lambda a, b: get("l-1l=" + a + "|" + b, unk))
        base[:, 8] = self._open_pairs(words_after, low, low_p1, ((on & RIGHT_WORD) > 0) & ((right & RIGHT_NEXT) > 0),
                                      lambda a, b: get("ll+1=" + a + "|" + b, unk))
        base[:, 9] = self._open_pairs(shapes_before, short_m1, low, ((shape_left & SHAPE_LEFT) > 0) & ((on & SHAPE_NEXT) > 0),
                                      lambda c, b: get("s-1l=" + c + "|" + b, unk))
        base[:, 10] = self._open_pairs(shapes_after, low, short_p1, ((on & WORD_SHAPE) > 0) & ((shape_right & SHAPE_AFTER) > 0),
                                       lambda a, c: get("ls+1=" + a + "|" + c, unk))
        counts = np.fromiter(map(len, rare), dtype=np.intp, count=n)
        sizes = counts + 11
        offsets = np.zeros(n, dtype=np.intp)
        np.cumsum(sizes[:-1], out=offsets[1:])
        if not counts.any():
            return base.ravel(), offsets
        flat = np.empty(int(sizes.sum()), dtype=np.intp)
        flat[(offsets[:, None] + np.arange(11)).ravel()] = base.ravel()
        extra_ids = [get(x, unk) for more in rare for x in more]
        extra_at = np.repeat(offsets + 11 - np.cumsum(counts) + counts, counts) + np.arange(len(extra_ids))
        flat[extra_at] = extra_ids
        return flat, offsets

    NUMBERS_MAX = 1 << 20
    """Strings numbered (words and shapes; past this the numbers and the pair caches start again). Below
    2^21, so that three numbers pack into one 63-bit key."""
    _LOW21 = (1 << 21) - 1
    PAIR_SIDES_AFTER = 2_000
    """Strings numbered before ``pair_sides`` is worked out (~40 ms, saving ~0.6 ms a document once a pile's
    pairs are mostly new: a text or two, as the seeds, never pays for it; till then every pair is looked up)."""
    PAIRS_MAX = 600_000
    """Keys kept in the pair and shape caches (a large pile's words; past this they start again)."""

    def _numbered(self, texts: list[str]) -> np.ndarray:
        """The numbers of ``texts`` (new strings get the next ones, and their ``Word.ctx`` ids a row
        of ``_number_ids``: a word's neighbour features depend on its ``low`` and ``short`` only)."""
        numbers = self._numbers
        found = np.fromiter(map(numbers.get, texts, repeat(-1, len(texts))), dtype=np.int64, count=len(texts))
        if (found < 0).any():
            strings = self._number_strings
            new = [t for t in dict.fromkeys(texts) if t not in numbers]
            numbers.update(zip(new, range(len(strings), len(strings) + len(new))))
            get, unk = self.vocab.get, len(self.vocab)
            rows = [[get(p + t, unk) for p in _CTX_PREFIXES] for t in new]
            known_sides = self._pair_sides
            on_sides = list(map(known_sides.get, new, repeat(0, len(new)))) if known_sides is not None else ALL_SIDES
            if len(strings) + len(new) > len(self._number_ids):
                grown = np.zeros((2 * (len(strings) + len(new)), 6), dtype=np.intp)
                grown[: len(strings)] = self._number_ids[: len(strings)]
                self._number_ids = grown
                grown_sides = np.zeros(len(grown), dtype=np.uint8)
                grown_sides[: len(strings)] = self._number_sides[: len(strings)]
                self._number_sides = grown_sides
            self._number_ids[len(strings) : len(strings) + len(new)] = rows
            self._number_sides[len(strings) : len(strings) + len(new)] = on_sides
            strings.extend(new)
            if known_sides is None and len(strings) >= self.PAIR_SIDES_AFTER:
                known_sides = self._pair_sides = pair_sides(self.vocab)
                self._number_sides[: len(strings)] = list(map(known_sides.get, strings, repeat(0, len(strings))))
            found = np.fromiter(map(numbers.__getitem__, texts), dtype=np.int64, count=len(texts))
        return found

    def _pairs(self, cache: dict[int, int], key: tuple[np.ndarray, np.ndarray, np.ndarray],
               make: Callable[[str, str, str], int]) -> np.ndarray:
        """Per token, ``make`` of the strings numbered ``key``, looked up once per distinct key."""
        keys = ((key[0] << 42) | (key[1] << 21) | key[2]).tolist()
        strings, low = self._number_strings, self._LOW21
        found = looked_up(cache, keys, lambda packed: make(strings[packed >> 42], strings[(packed >> 21) & low],
                                                            strings[packed & low]))
        return np.array(found, dtype=np.int64)

    def _open_pairs(self, cache: dict[int, int], first: np.ndarray, second: np.ndarray, open_: np.ndarray,
                    make: Callable[[str, str], int]) -> np.ndarray:
        """Per token, ``make`` of the strings numbered ``first`` and ``second``, looked up once per distinct
        pair where ``open_`` (where its strings can stand on those sides of a pair feature); elsewhere the
        unknown feature's id, which ``make`` would have found."""
        ids = np.full(len(open_), len(self.vocab), dtype=np.int64)
        at = np.flatnonzero(open_)
        if len(at):
            strings, low = self._number_strings, self._LOW21
            keys = ((first[at] << 21) | second[at]).tolist()
            ids[at] = looked_up(cache, keys, lambda packed: make(strings[packed >> 21], strings[packed & low]))
        return ids

    @property
    def _edge_ids(self) -> tuple[int, ...]:
        """Ids of the sentence-edge context features, in ``Word.ctx`` order."""
        unk = len(self.vocab)
        return tuple(self.vocab.get(c, unk) for c in F.EDGE_CONTEXT)

    def _stacked_ids(self, doc: list[list[str]], tags: list[list[str]], known: F.DocWords | None = None,
                     ) -> tuple[np.ndarray, np.ndarray]:
        """``feature_ids(vocab, stacked_features(doc, tags))`` with the per-token tag features
        looked up once per tag (why: they are most of the second pass's strings). ``known``:
        ``features.doc_words(doc)``, when the caller has it."""
        get = self.vocab.get
        unk = len(self.vocab)
        table = self._tag_ids
        if not table:
            for t in (*TAGS, "<s>", "</s>"):
                table[t] = (get("P=" + t, unk), get("P-1=" + t, unk), get("P+1=" + t, unk))
        bias = get("A:b", unk)
        flat: list[int] = []
        lens: list[int] = []
        for tg, extra in zip(tags, F.stacked_rare_features(doc, tags, words=known)):
            n = len(tg)
            for i in range(n):
                more = extra[i]
                flat += (bias, table[tg[i]][0], table[tg[i - 1] if i > 0 else "<s>"][1],
                         table[tg[i + 1] if i + 1 < n else "</s>"][2])
                if more:
                    flat.extend([get(x, unk) for x in more])
                lens.append(4 + len(more))
        return self._ids(flat, lens)

    def tag_doc_reference(self, doc: list[list[str]]) -> list[list[str]]:
        """``tag_doc`` without the per-word cache (for tests: both must agree)."""
        lens = [len(s) for s in doc]
        base = feature_ids(self.vocab, [f for s in F.doc_features(doc, self.lexicon) for f in s])
        tags = [[TAGS[i] for i in p] for p in self.layers[0].decode_batch([base], lens)]
        for layer in self.layers[1:]:
            stacked = [f for s in F.stacked_features(doc, tags) for f in s]
            paths = layer.decode_batch([base, feature_ids(self.vocab, stacked)], lens)
            tags = [[TAGS[i] for i in p] for p in paths]
        return tags


def save_model(path: Path, features: list[str], layers: list[Layer],
               lexicon: dict[str, tuple[int, int]], meta: str) -> None:
    """Write weights as a compressed .npz of plain arrays (why: safe to load, no pickle).

    Emission weights are stored as int16 with one float scale per layer; the fingerprint of the
    features they were learned on (``ner_probe``) beside them.
    """
    arrays: dict[str, Any] = {  # Any: a ** of ndarrays could fill savez's allow_pickle, say numpy's stubs
        "features": np.frombuffer("\n".join(features).encode("utf-8"), dtype=np.uint8),
        "tags": np.frombuffer(" ".join(TAGS).encode(), dtype=np.uint8),
        "meta": np.frombuffer(meta.encode("utf-8"), dtype=np.uint8),
        "version": np.array([F.FEATURE_VERSION, len(layers)], dtype=np.int32),
        "lex_words": np.frombuffer("\n".join(lexicon).encode("utf-8"), dtype=np.uint8),
        "lex_counts": np.array(list(lexicon.values()), dtype=np.int32).reshape(-1, 2),
        FINGERPRINT: np.frombuffer(feature_fingerprint(features, lexicon).encode("ascii"), dtype=np.uint8),
    }
    for k, layer in enumerate(layers):
        scale = float(np.abs(layer.weights).max()) / 32767.0 or 1.0
        arrays[f"w{k}"] = np.round(layer.weights / scale).astype(np.int16)
        arrays[f"scale{k}"] = np.array([scale], dtype=np.float64)
        arrays[f"trans{k}"] = layer.trans.astype(np.float32)
        arrays[f"start{k}"] = layer.start.astype(np.float32)
        arrays[f"end{k}"] = layer.end.astype(np.float32)
    np.savez_compressed(path, **arrays)


FINGERPRINT = "features_sha256"
"""The array holding the fingerprint of the features the weights were learned on (``ner_probe``)."""


def stored_fingerprint(path: Path = MODEL_PATH) -> str:
    """The weights' feature fingerprint ("" for a file written before it was stored)."""
    with np.load(require(path), allow_pickle=False) as z:
        return bytes(z[FINGERPRINT]).decode("ascii") if FINGERPRINT in z.files else ""


def load_model(path: Path = MODEL_PATH) -> Model:
    """Read an .npz written by ``save_model`` (allow_pickle=False); a missing file raises ``ModelMissing``."""
    with np.load(require(path), allow_pickle=False) as z:
        version, n_layers = (int(v) for v in z["version"])
        if version != F.FEATURE_VERSION:
            raise ValueError(f"{path.name}: feature version {version} != "
                             f"{F.FEATURE_VERSION}; retrain with tools/train_ner.py")
        if bytes(z["tags"]).decode() != " ".join(TAGS):
            raise ValueError(f"{path.name}: tag set mismatch")
        names = bytes(z["features"]).decode("utf-8").split("\n")
        cons_t, cons_s, cons_e = constraint_arrays()
        layers = [
            Layer(
                weights=np.vstack([  # + a zero row for unknown features
                    z[f"w{k}"].astype(np.float32) * np.float32(z[f"scale{k}"][0]),
                    np.zeros((1, len(TAGS)), dtype=np.float32)]),
                trans=z[f"trans{k}"] + cons_t,
                start=z[f"start{k}"] + cons_s,
                end=z[f"end{k}"] + cons_e,
            )
            for k in range(n_layers)
        ]
        words = bytes(z["lex_words"]).decode("utf-8").split("\n")
        lex = {w: (int(a), int(b)) for w, (a, b) in zip(words, z["lex_counts"].tolist())}
        return Model(vocab={n: i for i, n in enumerate(names)}, layers=layers, lexicon=lex)


_MODEL: Model | None = None
_LOCK = threading.Lock()


def model() -> Model:
    """The shipped model, loaded on first use only (why: startup stays fast)."""
    global _MODEL
    if _MODEL is None:
        with _LOCK:
            if _MODEL is None:
                _MODEL = load_model(MODEL_PATH)  # read at call time: a test may point it elsewhere
    return _MODEL


def bilou_to_bio(tags: list[str]) -> list[str]:
    """BILOU -> BIO (IOB2): L becomes I, U becomes B."""
    out = []
    for t in tags:
        if t[0] == "L":
            out.append("I" + t[1:])
        elif t[0] == "U":
            out.append("B" + t[1:])
        else:
            out.append(t)
    return out


def tag_sentences(sentences: list[list[str]]) -> list[list[str]]:
    """BIO labels ("B-PER", "I-ORG", "O", ...) for the tokens of ONE document's sentences.

    Pass a whole document at once: the tagger uses document-level case evidence.
    A name's last word then mends its span ("... K.K." a company, "... Jr." a person: name_endings).
    """
    clean = surnames_recased([[t if t and not t.isspace() else "_" for t in s] for s in sentences])  # "Henrik MAREK:"
    nonempty = [s for s in clean if s]
    if not nonempty:
        return [[] for _ in sentences]
    tagged = iter(model().tag_doc(nonempty))
    return [capital_people(raw, mend_endings(s, bilou_to_bio(next(tagged)))) if s else [] for raw, s in zip(sentences, clean)]
