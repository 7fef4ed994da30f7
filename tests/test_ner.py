"""Tests for the shipped NER tagger (brief.actors.ner) on hand-written, invented news."""

from __future__ import annotations

import zipfile

import numpy as np
import pytest

from brief.actors import bilou, features, gazetteer, ner


def _ents(sentence: str) -> set[tuple[str, str]]:
    """(entity text, type) pairs for one whitespace-tokenised sentence."""
    toks = sentence.split()
    labels = ner.tag_sentences([toks])[0]
    return {(" ".join(toks[s:e]), t) for s, e, t in bilou.entities(toks, labels)}


def test_basic_sentence() -> None:
    got = _ents("Foreign Minister Anna Keller met officials of the World Health "
                "Organization in Nairobi on Tuesday .")
    assert ("Anna Keller", "PER") in got
    assert ("World Health Organization", "ORG") in got
    assert ("Nairobi", "LOC") in got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Prime Minister Tomas Varga said on Friday that Hungary would veto the plan .",
         {("Tomas Varga", "PER"), ("Hungary", "LOC")}),
        ("Shares of Brantley Motors fell 4 percent in New York after the company "
         "cut its forecast .", {("Brantley Motors", "ORG"), ("New York", "LOC")}),
        ("A spokesman for the United Nations said aid convoys had reached Gaza .",
         {("United Nations", "ORG"), ("Gaza", "LOC")}),
        ("Israeli officials told Reuters that talks in Cairo would resume .",
         {("Israeli", "MISC"), ("Reuters", "ORG"), ("Cairo", "LOC")}),
    ],
)
def test_invented_news(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _ents(sentence)


def test_document_level_and_labels_shape() -> None:
    doc = [
        "Marisol Ortega wins mayoral race in Valparaiso".split(),
        "Marisol Ortega , a former teacher , won the election on Sunday .".split(),
        "Ortega thanked voters in Valparaiso and promised new schools .".split(),
    ]
    labels = ner.tag_sentences(doc)
    assert [len(s) for s in labels] == [len(s) for s in doc]
    assert all(lab == "O" or lab[:2] in ("B-", "I-") for s in labels for lab in s)
    ents = {(" ".join(doc[2][s:e]), t) for s, e, t in bilou.entities(doc[2], labels[2])}
    assert ("Ortega", "PER") in ents
    assert ("Valparaiso", "LOC") in ents


def test_curly_quotes_and_us_variants() -> None:
    toks = ["\u201c", "We", "will", "not", "wait", ",", "\u201d", "said", "Lena", "Brandt",
            ",", "the", "U.S.", "envoy", "to", "the", "US", "-", "led", "coalition", "."]
    labels = ner.tag_sentences([toks])[0]
    ents = {(" ".join(toks[s:e]), t) for s, e, t in bilou.entities(toks, labels)}
    assert ("Lena Brandt", "PER") in ents
    assert ("U.S.", "LOC") in ents


def test_empty_and_odd_input() -> None:
    assert ner.tag_sentences([]) == []
    assert ner.tag_sentences([[]]) == [[]]
    assert ner.tag_sentences([[], ["Paris"], []])[0] == []
    odd = [["\u200b", "", " ", "\U0001f600", "\u00e9t\u00e9", "\u5317\u4eac", "\ufeff"],
           ["Z\u0308urich", "\u2014", "\u00a0", "Ã©"]]
    out = ner.tag_sentences(odd)
    assert [len(s) for s in out] == [len(s) for s in odd]


def test_entities_decoding() -> None:
    labels = ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG", "I-ORG"]
    assert bilou.entities([""] * 7, labels) == [
        (0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 7, "ORG")]
    assert bilou.entities([], []) == []


def test_weights_load_without_pickle() -> None:
    with zipfile.ZipFile(ner.MODEL_PATH) as z:
        for name in z.namelist():
            with z.open(name) as fh:
                arr = np.lib.format.read_array(fh, allow_pickle=False)
            assert arr.dtype != object
    m = ner.load_model()
    assert len(m.layers) == 2
    for layer in m.layers:  # + one zero row for unknown features
        assert layer.weights.shape == (len(m.vocab) + 1, len(bilou.TAGS))
        assert not layer.weights[-1].any()
    assert m.lexicon
    assert ner.model() is ner.model()
    assert ner.MODEL_PATH.stat().st_size < 5_000_000


def test_features_are_token_only_and_stable() -> None:
    doc = [["Anna", "Keller", "spoke", "."]]
    assert features.doc_features(doc) == features.doc_features(doc)
    assert features.normalize("\u201c") == '"'


def test_gazetteer() -> None:
    assert gazetteer.demonym_country("Israeli") == "Israel"
    assert gazetteer.demonym_country("Palestinians") == "Palestine"
    assert gazetteer.is_country("Germany")
    assert gazetteer.is_country("U.S.")
    assert "spokesman" in gazetteer.TITLES


def test_title_case_headline_and_possessive() -> None:
    doc = [
        "Storm Batters Coastal Towns As Officials In Lisbon Order Evacuations".split(),
        ["Portugal", "\u2019s", "civil", "protection", "agency", "said", "on", "Sunday",
         "that", "Mayor", "Rui", "Tavares", "had", "ordered", "schools", "closed", "in",
         "Lisbon", "."],
        ["Tavares\u2019s", "office", "said", "the", "Red", "Cross", "was", "helping", "."],
    ]
    labels = ner.tag_sentences(doc)
    head = {(" ".join(doc[0][s:e]), t) for s, e, t in bilou.entities(doc[0], labels[0])}
    assert head == {("Lisbon", "LOC")}
    body = {(" ".join(doc[1][s:e]), t) for s, e, t in bilou.entities(doc[1], labels[1])}
    assert {("Portugal", "LOC"), ("Rui Tavares", "PER"), ("Lisbon", "LOC")} <= body
    last = {(" ".join(doc[2][s:e]), t) for s, e, t in bilou.entities(doc[2], labels[2])}
    assert {("Tavares\u2019s", "PER"), ("Red Cross", "ORG")} <= last


def test_batch_viterbi_matches_single() -> None:
    rng = np.random.default_rng(0)
    trans, start, end = bilou.constraint_arrays()
    trans = trans + rng.normal(size=trans.shape).astype(np.float32)
    lens = [1, 5, 3, 8]
    emit = rng.normal(size=(sum(lens), len(bilou.TAGS))).astype(np.float32)
    batch = bilou.viterbi_batch(emit, lens, trans, start, end)
    k = 0
    for n, path in zip(lens, batch):
        assert path == bilou.viterbi(emit[k:k + n], trans, start, end)
        k += n


def test_word_cache_matches_reference() -> None:
    doc = [
        "Rivera Holdings Names New Chief In Madrid".split(),
        "Rivera Holdings said on Monday that Clara Montes would lead its unit in Madrid .".split(),
        ["\u201c", "We", "grow", ",", "\u201d", "Montes", "said", "."],
    ]
    m = ner.model()
    assert m.tag_doc(doc) == m.tag_doc_reference(doc)


def test_context_ids_match_feature_strings() -> None:
    """The runtime's id lookups give exactly the ids (and order) of the training feature strings."""
    from brief.actors import features as F

    doc = [
        "BLINKEN URGES HAMAS TO ACCEPT DEAL".split(),
        "Rivera Holdings Names New Chief In Madrid".split(),
        "Rivera Holdings said on Monday that Clara Montes of the United Nations would lead "
        "its unit in Madrid , New York and Gaza 's north .".split(),
        ["\u201c", "We", "grow", ",", "\u201d", "Montes", "said", "."],
        ["Israel's"],
        "The U.S. Secretary of State Antony Blinken met Israeli officials on 12-14 March".split(),
    ]
    m = ner.model()
    for _ in range(2):  # second round: from the caches
        ids, offs = m._context_ids(doc)
        ref_ids, ref_offs = bilou.feature_ids(
            m.vocab, [f for s in F.doc_features(doc, m.lexicon, intrinsic=False) for f in s])
        assert ids.tolist() == ref_ids.tolist() and offs.tolist() == ref_offs.tolist()
    tags = m.tag_doc(doc)
    ids, offs = m._stacked_ids(doc, tags)
    ref_ids, ref_offs = bilou.feature_ids(m.vocab, [f for s in F.stacked_features(doc, tags) for f in s])
    assert ids.tolist() == ref_ids.tolist() and offs.tolist() == ref_offs.tolist()


def test_pair_sides_split_at_every_bar() -> None:
    """A pair feature's strings are marked on their sides; a word holding "|" on every split."""
    vocab = {"l-1l=of|the": 0, "ls+1=a|b|Xx": 1, "w=of": 2, "s3=x|y|z": 3}
    sides = ner.pair_sides(vocab)
    assert sides["of"] == ner.LEFT_WORD and sides["the"] == ner.LEFT_NEXT
    assert sides["a"] == sides["a|b"] == ner.WORD_SHAPE and sides["b|Xx"] == sides["Xx"] == ner.SHAPE_AFTER
    assert "x" not in sides and "y|z" not in sides


def test_context_ids_with_pair_sides_match_feature_strings() -> None:
    """Once pairs are looked up only where both sides can be in a feature, the ids are still the strings'."""
    from brief.actors import features as F

    m = ner.load_model()
    m.PAIR_SIDES_AFTER = 0  # type: ignore[misc]  # work out the pair sides from the first string
    doc = [
        "Rivera Holdings said on Monday that Clara Montes of the United Nations would lead its unit .".split(),
        ["The", "a|b", "of", "the", "|", "Zorblat", "Quindell", "'s", "north", "."],
        "It said in a statement that the talks in New York had ended .".split(),
    ]
    for _ in range(2):  # second round: from the caches
        ids, offs = m._context_ids(doc)
        ref_ids, ref_offs = bilou.feature_ids(
            m.vocab, [f for s in F.doc_features(doc, m.lexicon, intrinsic=False) for f in s])
        assert ids.tolist() == ref_ids.tolist() and offs.tolist() == ref_offs.tolist()
    assert m._pair_sides is not None
