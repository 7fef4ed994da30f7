"""The source tagger's scores read from feature parts (``source_scores``) are the feature strings' scores."""

from __future__ import annotations

import pytest

from brief.actors.attribution import build_doc, load_model, source_features, source_scores
from brief.actors.attribution.decoding import grow_cue, tag_cues, tag_source, walk_source, walked
from brief.actors.attribution.features import build_prefix, source_window
from brief.actors.attribution.source_scores import SourceScorer

TEXTS = (
    "Ottilie Brannagh, the harbour board's chair, said on Tuesday that the new pier would open in May.\n\n"
    "\u201cWe have waited long enough,\u201d she told reporters. The union, which opposes the plan, warned that "
    "its members could strike.\n\nA spokesman for the Pellmoor council declined to comment, but officials "
    "privately admitted the costs had doubled. He said: \"Nobody wants another delay.\"",
    "Residents were furious. \u201cIt is a scandal,\u201d said Idris Camberwell, 64, who has lived on the quay for "
    "decades. According to the ministry, repairs will take a year.\n\nThe mayor, Petra Lindqvist-Oyelaran, "
    "insisted on Friday the town could not afford it, and added that talks with the firm would resume. "
    "They also claimed the report was wrong, the firm's lawyers argued in a letter.",
)


def _cues(text: str):  # type: ignore[no-untyped-def]
    doc = build_doc(text)
    cues = [grow_cue(doc, a, b) for a, b in tag_cues(doc, load_model())]
    mask = [any(a <= k < b for a, b in cues) for k in range(len(doc.words))]
    return doc, build_prefix(doc, mask), cues


def _checked(scorer: SourceScorer) -> int:
    """Every token near every cue, either state: the same float as the strings give."""
    perceptron = load_model().source
    checked = 0
    for text in TEXTS:
        doc, pre, cues = _cues(text)
        for c0, c1 in cues:
            score = scorer.for_cue(doc, pre, c0, c1)
            for j in source_window(doc, c0, c1):
                if not c0 <= j < c1:
                    for state in ("O", "I"):
                        assert score(j, state) == perceptron.score(source_features(doc, pre, c0, c1, j, state))
                        checked += 1
    return checked


def test_scores_from_parts_are_the_feature_strings_scores() -> None:
    assert _checked(SourceScorer(load_model().source)) > 300


def test_scores_stay_the_same_once_the_memos_start_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(source_scores, "MEMO_MAX", 50)
    assert _checked(SourceScorer(load_model().source)) > 300


def test_the_walk_finds_the_runs_the_strings_find() -> None:
    model = load_model()
    walks, found = 0, 0
    for text in TEXTS:
        doc, pre, cues = _cues(text)
        for c0, c1 in cues:
            scorer = source_scores.source_scorer(model.source).for_cue(doc, pre, c0, c1)
            runs = walked(doc, c0, c1, scorer)
            assert runs == walk_source(doc, pre, c0, c1, model.source.score)
            walks, found = walks + 1, found + bool(runs)
    assert walks >= 6 and found >= 4
    doc, pre, cues = _cues(TEXTS[0])
    first = tag_source(doc, pre, *cues[0], model)
    assert first is not None and doc.raw[first[0]] == "Ottilie"
