"""A fingerprint of the NER features, stored with the weights so that stale weights show.

The shipped weights (``ner-v1.npz``) are keyed by the feature strings of ``brief.actors.features``, whose
word features read the gazetteer (demonyms, titles, months, organisation words, place and country
phrases). Change one of those and ``tools/train_ner.py`` no longer reproduces the weights: 'Aussies' made a
demonym left the weights two weeks stale, unnoticed. So the trainer stores a hash of the features of a
fixed probe, and a test (``tests/test_ner_probe.py``) recomputes it from today's code: a difference means
a retrain (``python tools/train_ner.py``), measured on every gold before it ships.

The probe is (1) the word features of every word the weights know (their ``w=`` features: the words of
the training text), so a gazetteer or lexicon entry that the training text holds shows, and one it never
saw does not; (2) the gazetteer phrases made only of such words; and (3) the features of both passes over
an invented document that covers the feature paths (an all-capitals and a Title Case headline, sentence
starts, a glued possessive, a hyphen, digits, a demonym, a title, a month, an organisation word, a
country phrase, quotes, a name capitalised elsewhere in the document), read as at run time and as in
training (its own case counts left out).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator

from brief.actors import features as F
from brief.actors import gazetteer

PROBE_DOC: tuple[str, ...] = (
    "HARBOUR COUNCIL REJECTS NORTHGATE PLAN FOR EASTBROOK",
    "Mayor Alma Reyes Says Talks With Northgate Power Will Go On",
    "EASTBROOK 1996-08-22",
    "The Harbour Council on Thursday rejected a plan by Northgate Power Corp. to build a 42-megawatt plant .",
    "\u201c We will not back down , \u201d Mayor Alma Reyes told reporters in New York .",
    "Reyes 's deputy , Tom Okafor , said Brazilian and Kenyan investors had backed the plan since March .",
    "Northgate said it would appeal , and the union said : `` The work goes on . ''",
    "Okafor was in Eastbrook's harbour at 11:40 when the vote was taken - 7-2 against .",
    "northgate shares fell 3.5 percent ; Aussies and Brits bought the dip .",
)
"""Invented text (no page's words), one tokenized sentence a line: each line exercises other features."""

FIRST_PASS: tuple[str, ...] = (
    "B-ORG L-ORG O U-ORG O O U-LOC",
    "O B-PER L-PER O O O B-ORG L-ORG O O O",
    "U-LOC O",
    "O B-ORG L-ORG O O O O O O B-ORG I-ORG L-ORG O O O O O O",
    "O O O O O O O O O B-PER L-PER O O O B-LOC L-LOC O",
    "U-PER O O O B-PER L-PER O O U-MISC O U-MISC O O O O O O O O",
    "U-ORG O O O O O O O O O O O O O O O O O",
    "U-PER O O U-LOC O O O O O O O O O O O O",
    "O O O O O O U-MISC O U-MISC O O O O",
)
"""An invented first pass over ``PROBE_DOC`` (BILOU, a line per sentence), with some errors a first pass makes."""


def probe_doc() -> list[list[str]]:
    """``PROBE_DOC`` as the token lists the feature code takes."""
    return [line.split(" ") for line in PROBE_DOC]


def _known_words(features: Iterable[str]) -> list[str]:
    """The words the weights know: the values of their ``w=`` features."""
    return sorted({f[2:] for f in features if f.startswith("w=")})


def _lines(features: Iterable[str], lexicon: dict[str, tuple[int, int]]) -> Iterator[str]:
    """The probe's feature lines (see the module docstring)."""
    words = _known_words(features)
    for word in words:
        yield word + "\t" + " ".join(F.word_info(word).feats)
    known = set(words)
    for phrase, kind in sorted(gazetteer.tagger_phrase_table().items()):
        if all(token in known for token in phrase):
            yield " ".join(phrase) + "\t" + kind
    doc = probe_doc()
    tags = [line.split(" ") for line in FIRST_PASS]
    for leave_out in (False, True):
        for sentence in F.doc_features(doc, lexicon, leave_out):
            yield "\x1e".join("\x1f".join(token) for token in sentence)
    for sentence in F.stacked_features(doc, tags):
        yield "\x1e".join("\x1f".join(token) for token in sentence)


def feature_fingerprint(features: Iterable[str], lexicon: dict[str, tuple[int, int]]) -> str:
    """SHA-256 (hex) of the probe's lines for weights with these feature names and case lexicon."""
    digest = hashlib.sha256()
    for line in _lines(features, lexicon):
        digest.update(line.encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()
