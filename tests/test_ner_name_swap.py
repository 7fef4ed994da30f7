"""The NER trainer's name swap (tools/ner_names.py): invented names, renamed consistently.

Why: copies of CoNLL documents with invented people and organisations teach the tagger the
contexts of names; a copy must rename a person the same way through the document (the second
pass reads how a word was tagged elsewhere) and be reproducible (the trainer must reproduce the
shipped weights). Documents invented for these tests.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import ner_names  # noqa: E402

DOC = [(["Anna", "Keller", "of", "Acme", "said", "."], ["I-PER", "I-PER", "O", "I-ORG", "O", "O"]),
       (["Keller", "left", "Acme", "."], ["I-PER", "O", "I-ORG", "O"]),
       (["Bo", "Grant", "Jr.", "agreed", "."], ["I-PER", "I-PER", "I-PER", "O", "O"])]
SPANS = [[(0, 2, "PER"), (3, 4, "ORG")], [(0, 1, "PER"), (2, 3, "ORG")], [(0, 3, "PER")]]


def _names(sentence: tuple[list[str], list[str]], typ: str) -> list[str]:
    toks, labs = sentence
    return [t for t, lab in zip(toks, labs) if lab.endswith(typ)]


def test_the_swap_is_deterministic() -> None:
    assert ner_names.swap_doc(DOC, SPANS, random.Random(1)) == ner_names.swap_doc(DOC, SPANS, random.Random(1))


def test_a_person_is_renamed_the_same_way_through_the_document() -> None:
    for seed in range(20):
        first, second, third = ner_names.swap_doc(DOC, SPANS, random.Random(seed))
        full, alone = _names(first, "PER"), _names(second, "PER")
        assert "Keller" not in full + alone
        assert full[-len(alone):] == alone  # the surname alone is the full name's surname


def test_a_name_suffix_is_kept_not_renamed() -> None:
    for seed in range(20):
        third = ner_names.swap_doc(DOC, SPANS, random.Random(seed))[2]
        assert _names(third, "PER")[-1] == "Jr." and "Grant" not in third[0]


def test_labels_follow_the_new_lengths() -> None:
    for seed in range(20):
        for toks, labs in ner_names.swap_doc(DOC, SPANS, random.Random(seed)):
            assert len(toks) == len(labs)
            assert toks[-1] == "." and labs[-1] == "O"


def test_all_caps_names_stay_all_caps() -> None:
    doc = [(["KELLER", "WINS"], ["I-PER", "O"]), (["Anna", "Keller", "won", "."], ["I-PER", "I-PER", "O", "O"])]
    spans = [[(0, 1, "PER")], [(0, 2, "PER")]]
    for seed in range(20):
        head, body = ner_names.swap_doc(doc, spans, random.Random(seed))
        shouted, written = _names(head, "PER"), _names(body, "PER")
        assert shouted and " ".join(shouted) in " ".join(written).upper()  # (a "Jr." may follow)


MISC_DOC = [(["The", "Lumo", "Cup", "and", "Dutch", "fans", "."], ["O", "I-MISC", "I-MISC", "O", "I-MISC", "O", "O"])]
MISC_SPANS = [[(1, 3, "MISC"), (4, 5, "MISC")]]


def test_the_web_plan_renames_every_organisation_and_only_some_people() -> None:
    people_kept = 0
    for seed in range(40):
        first, second, _ = ner_names.swap_doc(DOC, SPANS, random.Random(seed), ner_names.WEB_PLAN)
        assert "Acme" not in first[0] + second[0]  # organisations: all renamed
        kept = "Keller" in first[0]
        assert kept == ("Keller" in second[0])  # a person kept is kept through the document
        people_kept += kept
    assert 5 < people_kept < 35  # about half of the people keep their names


def test_the_web_plan_renames_some_multi_word_misc_as_products_never_one_word() -> None:
    renamed = 0
    for seed in range(40):
        toks, labs = ner_names.swap_doc(MISC_DOC, MISC_SPANS, random.Random(seed), ner_names.WEB_PLAN)[0]
        assert "Dutch" in toks and len(toks) == len(labs)  # a nationality stays
        renamed += "Lumo" not in toks
    assert 5 < renamed < 35


def test_web_organisations_have_web_shapes() -> None:
    rng = random.Random(7)
    names = [ner_names.organisation_web(rng) for _ in range(400)]
    assert any(n[-1] in ("Inc.", "K.K.", "plc", "AG") for n in names)  # "X K.K.", "X Inc."
    assert any(len(n) == 2 and len(n[0]) == 3 for n in names)  # "Con Edison"-like
    assert all(n[0][:1].isupper() or n[0].startswith("i") for n in names)  # ("iPaywave")


def test_the_people_plan_is_ner6s_swap() -> None:
    """The default plan draws no extra random numbers: session 28's copies are unchanged."""
    assert ner_names.swap_doc(DOC, SPANS, random.Random(3)) == ner_names.swap_doc(
        DOC, SPANS, random.Random(3), ner_names.PEOPLE_PLAN)
    assert ner_names.PEOPLE_PLAN.per_share == 1.0 and not ner_names.PEOPLE_PLAN.orgs_copied
