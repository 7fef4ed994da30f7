"""The shipped NER weights were learned on the features today's code builds.

A gazetteer entry or a feature rule changed without a retrain leaves the weights under stale keys: nothing
fails, the tagger only drifts (it happened: 'Aussies' became a demonym, a feature the weights never saw
on the training text's 'Aussies'; it stayed unseen by the retrain check for two weeks).
"""

from __future__ import annotations

import pytest

from brief.actors import features, gazetteer, ner, ner_probe


def test_the_shipped_weights_were_trained_on_todays_features() -> None:
    model = ner.model()
    assert ner_probe.feature_fingerprint(model.vocab, model.lexicon) == ner.stored_fingerprint(), (
        "the NER features changed since the weights were trained: keep the tagger's reading as trained (a "
        "demonym: gazetteer.UNTRAINED_DEMONYMS), or retrain with `python tools/train_ner.py`, measure every gold, "
        "and check with `python tools/check_trainers.py ner`")


WORDS = ["w=Aussies", "w=Reyes", "w=New", "w=York", "l=aussies"]
LEXICON = {"reyes": (0, 3), "northgate": (1, 4)}


def test_a_new_demonym_the_weights_know_changes_the_fingerprint(monkeypatch: pytest.MonkeyPatch) -> None:
    features._CACHE.clear()
    before = ner_probe.feature_fingerprint(WORDS, LEXICON)
    monkeypatch.setattr(gazetteer, "DEMONYMS", {**gazetteer.DEMONYMS, "Reyes": "Spain"})
    features._CACHE.clear()
    try:
        assert ner_probe.feature_fingerprint(WORDS, LEXICON) != before
    finally:
        monkeypatch.undo()
        features._CACHE.clear()


def test_a_new_demonym_the_weights_never_saw_leaves_it(monkeypatch: pytest.MonkeyPatch) -> None:
    features._CACHE.clear()
    before = ner_probe.feature_fingerprint(WORDS, LEXICON)
    monkeypatch.setattr(gazetteer, "DEMONYMS", {**gazetteer.DEMONYMS, "Zorvani": "Zorvania"})
    features._CACHE.clear()
    try:
        assert ner_probe.feature_fingerprint(WORDS, LEXICON) == before
    finally:
        monkeypatch.undo()
        features._CACHE.clear()


def test_a_changed_feature_changes_the_fingerprint(monkeypatch: pytest.MonkeyPatch) -> None:
    before = ner_probe.feature_fingerprint(WORDS, LEXICON)
    real = features.stacked_features
    monkeypatch.setattr(features, "stacked_features",
                        lambda doc, tags, twins=None: [[[*t, "extra"] for t in s] for s in real(doc, tags, twins)])
    assert ner_probe.feature_fingerprint(WORDS, LEXICON) != before


def test_the_tagger_reads_an_untrained_demonym_as_the_weights_were_trained() -> None:
    features._CACHE.clear()
    assert gazetteer.demonym_country("Aussies") == "Australia"  # the actor code's country
    assert "g:dem" not in features.word_info("Aussies").feats  # the tagger's feature, as trained
    assert "g:dem" in features.word_info("Australians").feats
