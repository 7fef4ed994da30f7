"""Story grouping of articles not in English, loaded as a user's folder is (language guessed at load)."""

from __future__ import annotations

from pathlib import Path

from brief.pipeline import Options, load, split_all
from brief.stories import group_articles

DATA = Path(__file__).parent / "data_languages"


def test_french_articles_group_by_subject_not_by_shared_function_words() -> None:
    # Three French stories written for this test (a tram line, twice; a bakery prize; a cup semi-final)
    # share "les", "pour", "dans", "plus" as any French texts do: that is not a story.
    loaded = load([str(DATA)], Options(cache=False))
    assert {a.language for a in loaded.articles} == {"fr"}
    sentences = split_all(loaded.articles)
    groups = group_articles(loaded.articles, sentences)
    by_file = {a.id: Path(a.path).name for a in loaded.articles}
    stories = {frozenset(by_file[i] for i in g.articles) for g in groups}
    assert stories == {
        frozenset({"fr_tram.txt", "fr_tram_suite.txt"}),
        frozenset({"fr_pain.txt"}),
        frozenset({"fr_coupe.txt"}),
    }
