"""Per-article summarizers: every registered method on a small document written for these tests."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from brief.model import Sentence, Summary
from brief.summarize import registry
from brief.summarize.registry import (
    DEFAULT_METHOD,
    DESCRIPTIONS,
    METHODS,
    get,
    summarize,
    summarize_article,
)
from brief.summarize.tokenizer import SumyTokenizer

DOCUMENT = [
    "The river town of Alderbrook voted on Monday to build a new flood wall along its northern bank.",
    "The council approved the plan by seven votes to two after a long debate about its cost.",
    "Engineers say the wall will protect about four hundred homes from the spring floods.",
    "Residents packed the town hall.",
    "The wall will cost twelve million pounds, paid partly by a regional flood grant.",
    "The wall will cost twelve million pounds, paid partly by a regional flood grant.",
    "Is it enough?",
    "Critics argue the money would be better spent on moving homes away from the river.",
    "Work on the flood wall is expected to begin in the autumn and last two years.",
    "The mayor said the vote was a turning point for the town and its families.",
]


def build_sentences(texts: Sequence[str], article: int = 1) -> tuple[Sentence, ...]:
    """Sentences with real offsets into the text they would have come from."""
    out, start = [], 0
    for index, text in enumerate(texts):
        out.append(Sentence(article, index, start, start + len(text), text))
        start += len(text) + 1
    return tuple(out)


@pytest.mark.parametrize("method", METHODS)
def test_each_method_picks_count_valid_indexes_in_order(method: str) -> None:
    sentences = build_sentences(DOCUMENT)
    picked = summarize(sentences, 3, method)
    assert len(picked) == 3
    assert list(picked) == sorted(set(picked))
    assert all(0 <= p < len(sentences) for p in picked)


@pytest.mark.parametrize("method", METHODS)
def test_each_method_handles_identical_sentences_by_position(method: str) -> None:
    sentences = build_sentences(["The same sentence is repeated here word for word."] * 4 + DOCUMENT[:2])
    picked = summarize(sentences, 4, method)
    assert len(picked) == 4 and len(set(picked)) == 4


@pytest.mark.parametrize("method", METHODS)
def test_each_method_copes_with_short_and_empty_input(method: str) -> None:
    sentences = build_sentences(DOCUMENT[:2])
    assert summarize(sentences, 5, method) == (0, 1)
    assert summarize((), 3, method) == ()
    assert summarize(sentences, 0, method) == ()


def test_pooled_articles_return_positions_not_indexes() -> None:
    pooled = build_sentences(DOCUMENT[:5], article=1) + build_sentences(DOCUMENT[5:], article=2)
    for method in ("position", "concepts", "lead", "luhn"):
        picked = summarize(pooled, 4, method)
        assert len(picked) == 4 and all(0 <= p < len(pooled) for p in picked)


def test_sumy_document_keeps_identical_sentences_apart() -> None:
    from brief.summarize.sumy_methods import build_document

    sentences = build_sentences(["Twin sentence here."] * 3)
    document = build_document(sentences)
    assert len(document.sentences) == 3
    assert len(set(document.sentences)) == 3
    assert [s.position for s in document.sentences] == [0, 1, 2]


def test_summarize_article_reports_article_indexes() -> None:
    sentences = build_sentences(DOCUMENT, article=7)[2:]  # indexes start at 2
    summary = summarize_article(7, sentences, 2, "lead")
    assert summary == Summary(article=7, method="lead", indexes=(2, 3))


def test_registry_lists_and_describes_every_method() -> None:
    assert DEFAULT_METHOD in METHODS
    assert registry.BRIEFING_METHOD in METHODS
    for name in ("lexrank", "lsa", "luhn", "textrank", "sumbasic", "kl", "edmundson", "reduction"):
        assert name in METHODS
    assert set(DESCRIPTIONS) == set(METHODS) and all(DESCRIPTIONS.values())
    with pytest.raises(ValueError, match="choose from"):
        get("nonsense")


def test_position_method_skips_openings_that_cannot_stand_alone() -> None:
    sentences = build_sentences(["Why now?", *DOCUMENT])
    assert 0 not in summarize(sentences, 3, "position")


def test_methods_are_deterministic() -> None:
    sentences = build_sentences(DOCUMENT)
    for method in METHODS:
        assert summarize(sentences, 3, method) == summarize(sentences, 3, method)


def test_tokenizer_splits_without_nltk() -> None:
    tokenizer = SumyTokenizer("english")
    assert tokenizer.language == "english"
    assert tokenizer.to_sentences("One here. Two there.") == ("One here.", "Two there.")
    assert tokenizer.to_words("Flood wall, approved!") == ("Flood", "wall", "approved")


def test_sumy_methods_never_touch_nltk_data(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    import nltk
    import nltk.data

    def forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError("nltk data was requested")

    monkeypatch.setattr(nltk.data, "load", forbidden)
    monkeypatch.setattr(nltk.data, "find", forbidden)
    monkeypatch.setattr(nltk, "word_tokenize", forbidden)
    monkeypatch.setattr(nltk, "sent_tokenize", forbidden)
    monkeypatch.setattr(nltk.data, "path", [str(tmp_path)])
    sentences = build_sentences(DOCUMENT)
    for method in METHODS:
        assert len(summarize(sentences, 2, method)) == 2
    tokenizer = SumyTokenizer()
    assert tokenizer.to_words("No punkt needed.") == ("No", "punkt", "needed")


def test_sumy_is_imported_only_when_used() -> None:
    import subprocess

    code = (
        "import sys; import brief.summarize.registry as r; r.METHODS; r.DESCRIPTIONS;"
        "assert not any(m.startswith('sumy') for m in sys.modules), 'sumy imported eagerly'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_position_skips_bylines_and_time_stamps() -> None:
    sentences = build_sentences([
        "By Jane Carter and Tom Hale for the Valley Courier",
        "PUBLISHED: 09:14 EST, 4 May 2015 | UPDATED: 11:02 EST, 4 May 2015",
        *DOCUMENT[:4],
    ])
    picked = summarize(sentences, 3, "position")
    assert 0 not in picked and 1 not in picked
    assert picked[0] == 2  # the real lead still comes first


def test_furniture_is_judged_on_what_is_left() -> None:
    from brief.summarize.position import is_furniture

    assert is_furniture("Last updated at 5:07 PM on 12th January 2011")
    assert is_furniture("Scroll down for video")
    assert is_furniture("Photo: Sam Reid/Getty Images")
    assert not is_furniture("By Monday, the river had burst its banks in three places.")
    assert not is_furniture("Scroll down for video The council voted to build a flood wall along the river.")


def test_position_handles_one_sentence_articles() -> None:
    sentences = build_sentences(DOCUMENT[:1])
    assert summarize(sentences, 3, "position") == (0,)
    assert summarize(build_sentences(["Is it enough?"]), 1, "position") == (0,)


def test_position_keeps_identical_sentences_apart_by_position() -> None:
    assert summarize(build_sentences([DOCUMENT[4]] * 5), 3, "position") == (0, 1, 2)
    texts = [DOCUMENT[0], DOCUMENT[1], DOCUMENT[4], DOCUMENT[4], DOCUMENT[4], DOCUMENT[2]]
    picked = summarize(build_sentences(texts), 4, "position")
    assert len(picked) == 4 and list(picked) == sorted(set(picked))


def test_position_demotes_an_opening_that_is_a_hook_not_the_news() -> None:
    hook = "Grandmother Ada Finch has kept the same blue rowing boat tied to her porch railing since 1987."
    sentences = build_sentences([hook, *DOCUMENT[:3], DOCUMENT[7], DOCUMENT[8], DOCUMENT[9]])
    assert summarize(sentences, 3, "position") == (1, 2, 3)
    # The same opening stays when it is the news: it shares the article's words.
    assert 0 in summarize(build_sentences(DOCUMENT), 3, "position")


def test_position_does_not_repeat_the_lead_in_a_caption_run_into_the_text() -> None:
    """A photo caption without its full stop, run into the next sentence, repeats the lead it
    illustrates: scored alone it looks as central as the lead, and a summary would say it twice."""
    lead = "The river town of Alderbrook voted to build a new flood wall along its northern bank on Monday."
    caption = ("The river town of Alderbrook has voted to build a new flood wall along its northern bank "
               "The council approved the plan by seven votes to two.")
    texts = [lead, caption, DOCUMENT[2], DOCUMENT[4], DOCUMENT[7], DOCUMENT[8]]
    picked = summarize(build_sentences(texts), 3, "position")
    assert 0 in picked and 1 not in picked and len(picked) == 3
    # With nothing else left, the repeat still fills the count.
    assert summarize(build_sentences(texts[:2]), 2, "position") == (0, 1)


def test_position_judges_each_pooled_article_on_its_own() -> None:
    hook = "Grandmother Ada Finch has kept the same blue rowing boat tied to her porch railing since 1987."
    first = build_sentences([hook, *DOCUMENT[:3], DOCUMENT[8]], article=1)
    second = build_sentences(DOCUMENT[:5], article=2)
    pooled = first + second
    picked = summarize(pooled, 4, "position")
    assert 0 not in picked and len(first) in picked  # hook demoted, the other article's lead kept


def test_stems_are_snowball_2_2_whichever_stemmer_is_installed(seeds: Path) -> None:
    """Summaries must not depend on whether the C stemmer is there: both give Snowball 2.2's stems."""
    import re

    from snowballstemmer.english_stemmer import EnglishStemmer

    from brief.summarize import vectors

    words = sorted({w.lower() for p in seeds.glob("*.txt") for w in re.findall(r"\w+", p.read_text())})
    assert len(words) > 300
    reference = EnglishStemmer()
    assert [vectors._snowball()(w) for w in words] == [reference.stemWord(w) for w in words]
    assert vectors.stem("added") == "ad" and vectors.stem("evening’s") == "even"  # 3.x: "add", "evening"


def test_position_takes_a_leaning_sentence_only_with_the_one_it_leans_on() -> None:
    lines = [
        "The city council approved a new budget for the harbour district on Monday after long talks.",
        "The budget adds forty million pounds for dredging and new cranes at the container terminal.",
        "Why did it take so long?",
        "And the mayor is pressing the port authority to accept the dredging plan by Friday.",
        "Dock workers welcomed the money for the terminal but asked for new safety checks.",
    ]
    picked = summarize(build_sentences(lines), 3, "position")
    assert picked == (0, 1, 4)  # "And the mayor ..." follows a question that is not picked
    lines[2] = "Council members argued for hours about the cost of the dredging works at the terminal."
    assert 3 not in summarize(build_sentences(lines), 2, "position")
    assert summarize(build_sentences(lines[:4]), 4, "position") == (0, 1, 2, 3)  # nothing else left


def test_position_skips_a_sentence_that_only_leads_into_what_follows() -> None:
    """A lead-in ending in a colon ("Here's what stood out in the win:") says nothing on its own."""
    lines = [
        "The harbour team beat the visiting champions 106-103 on Wednesday night in front of a full crowd.",
        "Here's what stood out in the harbour team's close win over the visiting champions:",
        "The visiting champions missed all nine of their three-point shots in the first quarter.",
        "The harbour team's centre scored ten points in the first quarter on four baskets.",
        "The coach said the win showed the team could beat the best in the league.",
    ]
    picked = summarize(build_sentences(lines), 3, "position")
    assert 1 not in picked and 0 in picked
    lines[1] = lines[1].rstrip(":") + " on Wednesday."
    assert 1 in summarize(build_sentences(lines), 3, "position")  # the same words, stated, may be picked
