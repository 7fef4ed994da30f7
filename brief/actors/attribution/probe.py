"""A fingerprint of the attribution features, stored with the weights so that stale weights show.

The shipped weights are keyed by feature strings (``features.py``) of the training's reading
(``document.build_doc(as_trained=True)``: its stems, ``cues.tagger_stem``, and its sentence split). Change
one of those and the trainer no longer reproduces the weights: a doubled-l stem ("extolled" read "extol"),
a time stamp's split and "WHO" kept in capitals had done so unnoticed for a week, and the retrain they
called for lost checks on every gold. So the trainer stores a hash of the features of a fixed probe, and a
test (``tests/test_attribution_probe.py``) recomputes it from today's code: a difference means the change
must go into the reading only (``as_trained=False``), or be retrained and measured.

The probe is (1) the regular forms (and the irregular ones the stemmer knows) of each cue stem in the
shipped gate vocabulary, with their stem: the words the weights were learned on, so where a stemming
change matters; and (2) the cue and source features of an invented text that covers the feature paths
(quotes, "according to", a named source on either side, a pronoun, an organisation, a number) and the
splits the training keeps (a clock time's dash, "WHO", a decimal, an initial).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator

from brief.actors.attribution.decoding import walk_source
from brief.actors.attribution.document import build_doc
from brief.actors.attribution.features import build_prefix, cue_features
from brief.actors.cues import IRREGULAR_VERBS, tagger_stem

PROBE_TEXT = (
    "\u201cWe will not back down,\u201d the mayor of Eastbrook, Alma Reyes, said on Tuesday. "
    "According to a report by the Harbour Council, 42 families were moved. "
    "She told reporters the plan was \u201cdead on arrival\u201d and vowed to fight it. "
    'Officials at Northgate Power declined to comment, but a spokesman said: "The work goes on." '
    "The council extolled the deal, while residents warned that costs would rise. "
    "Tom Okafor, who chairs the union, has called on ministers to resign.\n\n"
    "11:40 am \u2013 Police named a suspect. The WHO said a .45-caliber gun was found by J. Ames in Ward 2."
)
"""Invented text (no page's words): each sentence exercises a different cue or source shape."""


_SUFFIXES = ("", "s", "es", "d", "ed", "ing")
"""Regular endings put back on a stem: with the stem itself, with its dropped "e" and with its last letter
doubled, they make the forms a suffix-stripping stemmer reads (a changed rule shows on some of them)."""


def _forms(stems: Iterable[str]) -> Iterator[str]:
    """``form<TAB>stem`` for the regular forms of each stem and the irregular forms the stemmer knows."""
    irregular: dict[str, set[str]] = {stem: set() for stem in stems}
    for form, stem in IRREGULAR_VERBS.items():
        if stem in irregular:
            irregular[stem].add(form)
    for stem in sorted(irregular):
        forms = {base + end for base in (stem, stem + "e", stem + stem[-1:]) for end in _SUFFIXES}
        for form in sorted(forms | irregular[stem]):
            yield f"{form}\t{tagger_stem(form)}"


def _probe_features() -> Iterator[str]:
    """The cue features of every probe token (either previous label) and the source features of a walk
    from each token taken as a cue, in either state."""
    doc = build_doc(PROBE_TEXT, as_trained=True)
    pre = build_prefix(doc, [False] * len(doc.words))
    seen: list[list[str]] = []

    def recorded(sign: float) -> Callable[[list[str]], float]:
        def score(feats: list[str]) -> float:
            seen.append(feats)
            return sign
        return score

    for i in range(len(doc.words)):
        for prev in (0, 1):
            yield "\x1f".join(cue_features(doc, i, prev))
        for sign in (1.0, -1.0):
            walk_source(doc, pre, i, i + 1, recorded(sign))
    for feats in seen:
        yield "\x1f".join(feats)


def feature_fingerprint(cue_vocab: Iterable[str]) -> str:
    """SHA-256 (hex) of the probe's lines: the same code and dictionary give the same string."""
    digest = hashlib.sha256()
    for line in (*_forms(cue_vocab), *_probe_features()):
        digest.update(line.encode("utf-8") + b"\n")
    return digest.hexdigest()
