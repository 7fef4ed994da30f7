"""The shipped attribution weights were learned on the features today's code builds.

A change to ``cues.tagger_stem`` or the feature code without a retrain leaves the weights under stale keys:
nothing fails, the tagger only drifts (it happened: "extolled" once read "extoll", later "extol").
"""

from __future__ import annotations

import pytest

from brief.actors.attribution import probe
from brief.actors.attribution.weights import load_model, stored_fingerprint


def test_the_shipped_weights_were_trained_on_todays_features() -> None:
    assert probe.feature_fingerprint(load_model().cue_vocab) == stored_fingerprint(), (
        "the attribution features changed since the weights were trained: retrain with "
        "`python tools/train_attribution.py` and check with `python tools/check_trainers.py attribution`")


def test_a_changed_stemming_rule_changes_the_fingerprint(monkeypatch: pytest.MonkeyPatch) -> None:
    vocab = ["extoll", "warn", "say"]
    before = probe.feature_fingerprint(vocab)
    monkeypatch.setattr(probe, "tagger_stem", lambda word: word[:-2] if word.endswith("ed") else word)
    assert probe.feature_fingerprint(vocab) != before


def test_a_changed_feature_changes_the_fingerprint(monkeypatch: pytest.MonkeyPatch) -> None:
    vocab = ["say"]
    before = probe.feature_fingerprint(vocab)
    real = probe.cue_features
    monkeypatch.setattr(probe, "cue_features", lambda doc, i, prev: [*real(doc, i, prev), "extra"])
    assert probe.feature_fingerprint(vocab) != before
