"""Concept worth learned from references (brief/summarize/concept_model.py, fitted by
tools/train_concept_weights.py) and how the briefing uses it, on three small articles written here."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

from brief.model import Sentence
from brief.summarize import concept_model
from brief.summarize.concept_model import FEATURES, ConceptModel, concept_table
from brief.summarize.salience import DEFAULT, SentenceFeatures, Settings, features

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

from train_concept_weights import fit, reference_share  # noqa: E402

TEXTS = [
    ["Dockworkers at Kellmouth walked out over 12 unpaid night shifts.", "The union met port managers on the quay."],
    ["A strike at Kellmouth followed 12 unpaid night shifts, the union said.", "Fruit on the quay could spoil."],
    ["Kellmouth dockworkers walked out.", "Ships are waiting while the union and port managers talk about night shifts."],
]

COUNTED = Settings()


def pooled(texts: Sequence[Sequence[str]] = TEXTS) -> list[Sentence]:
    return [Sentence(n, i, 0, len(line), line) for n, lines in enumerate(texts, start=1) for i, line in enumerate(lines)]


def table_of(sentences: Sequence[Sentence], f: SentenceFeatures) -> tuple[np.ndarray, list[tuple[str, ...]]]:
    return concept_table([s.text for s in sentences], f.concepts, f.weights, f.positions,
                         np.array([s.article for s in sentences]))


def test_each_concept_column_is_described_by_where_and_how_the_articles_use_it() -> None:
    sentences = pooled()
    counted = features(sentences, COUNTED)
    table, names = table_of(sentences, counted)
    assert table.shape == (counted.concepts.shape[1], len(FEATURES))

    def row(name: tuple[str, ...]) -> dict[str, float]:
        return dict(zip(FEATURES, table[names.index(name)].tolist()))

    port = row(("kellmouth",))
    assert port["article share"] == 1.0 and port["share of articles' first sentence"] == 1.0  # every article's lede
    # A capital counts as a name's except on a sentence's first word ("Kellmouth dockworkers walked out.").
    assert port["capitalised share"] == 2 / 3 and port["single word"] == 1.0
    assert row(("dockwork",))["capitalised share"] == 0.0
    shifts = row(("night", "shift"))
    assert shifts["article share"] == 1.0 and shifts["single word"] == 0.0
    assert shifts["share of articles' first sentence"] == 2 / 3  # the third article tells it in its second
    assert row(("12", "unpaid"))["digit share"] == 1.0  # a bare number is no word concept, a pair with it is
    assert row(("the", "union"))["stop-word share"] == 0.5


def test_a_concepts_target_is_the_share_of_references_that_use_it() -> None:
    names = [("kellmouth",), ("night", "shift"), ("fruit",)]
    references = ["Dockworkers at Kellmouth struck over night shifts.", "The Kellmouth strike goes on.",
                  "Shifts at night were unpaid.", "Nothing about it."]
    assert reference_share(names, references).tolist() == [0.5, 0.25, 0.0]


def test_a_model_fitted_on_examples_ranks_concepts_as_they_taught_it() -> None:
    sentences = pooled()
    counted = features(sentences, COUNTED)
    table, _ = table_of(sentences, counted)
    # Taught that the concepts every article uses are in the references and the others are not.
    target = (table[:, FEATURES.index("article share")] == 1.0).astype(float)
    model = fit([(table, target)])
    assert hash(Settings(learned=model))  # Settings stay usable as keys
    worth = model.worth(table, counted.weights)
    shared, rest = (target == 1.0) & (counted.weights > 0), (target == 0.0) & (counted.weights > 0)
    pairs = table[:, FEATURES.index("single word")] == 0
    assert (shared & pairs).any() and (rest & pairs).any()
    assert worth[shared & pairs].min() > worth[rest & pairs].max()
    assert (worth[counted.weights == 0] == 0).all()  # what the count leaves out stays out
    assert np.isclose(worth.sum(), counted.weights.sum())  # on the counted scale
    assert ConceptModel.to_json(model) == model.to_json() and model.to_json().endswith("\n")


def test_the_briefing_covers_the_learned_worth_and_opens_on_its_centrality() -> None:
    sentences = pooled()
    counted = features(sentences, COUNTED)
    table, _ = table_of(sentences, counted)
    fruit = np.zeros(len(FEATURES))
    fruit[FEATURES.index("log first position")] = 10.0  # concepts told late: only the fruit's sentence's
    late = ConceptModel(tuple(table.mean(axis=0)), tuple(table.std(axis=0) + 1e-9), tuple(fruit), 0.0, 0.5)
    learned = features(sentences, Settings(learned=late))
    assert (learned.concepts != counted.concepts).nnz == 0 and learned.eligible.tolist() == counted.eligible.tolist()
    worth = learned.concepts @ learned.weights
    assert np.isclose(learned.weights.sum(), counted.weights.sum())
    assert int(np.argmax(worth)) != int(np.argmax(counted.concepts @ counted.weights))
    assert int(np.argmax(learned.centrality)) != int(np.argmax(counted.centrality))


def test_one_article_keeps_the_counted_worth_and_the_shipped_model_loads() -> None:
    one = pooled(TEXTS[:1])
    assert np.array_equal(features(one, DEFAULT).weights, features(one, COUNTED).weights)
    assert DEFAULT.learned == concept_model.shipped() and len(DEFAULT.learned.coef) == len(FEATURES)
    several = pooled()
    assert not np.array_equal(features(several, DEFAULT).weights, features(several, COUNTED).weights)
    # Word pairs alone are the concepts before issue 17: counted, whatever model is set.
    pairs = replace(DEFAULT, unigram_share=0.0)
    assert np.array_equal(features(several, pairs).weights, features(several, Settings(unigram_share=0.0)).weights)
