"""Session 61, speed97 (issue 14): the small matrices of a one-article briefing are built from their arrays, as
scipy's own steps leave them (the same entries, order and floats), and a headline a pool worker read with its
article's names is handed back rather than tagged again in the main process."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
import scipy.sparse as sp

from brief.model import Sentence

_ARTICLE = (
    "The harbour board of Vessmark approved a new ferry terminal on the north quay after a long debate.",
    "Fishermen on the north quay said the terminal would close their moorings for most of the winter.",
    "The board said the ferry terminal would carry about two thousand passengers a day.",
    "Shops near the old pier hope the ferry will bring visitors back to the town.",
    "Work on the terminal starts in March.",
    "",
    "The harbour board meets again next month to choose a builder for the quay and the terminal.",
)


def _sentences() -> list[Sentence]:
    out, start = [], 0
    for i, text in enumerate(_ARTICLE):
        out.append(Sentence(1, i, start, start + len(text), text))
        start += len(text) + 1
    return out


def _same(mine: sp.csr_matrix, theirs: sp.csr_matrix) -> None:
    assert mine.shape == theirs.shape
    for name in ("data", "indices", "indptr"):
        a, b = getattr(mine, name), getattr(theirs, name)
        assert a.dtype == b.dtype, name
        assert a.tobytes() == b.tobytes(), name


def _tokens():  # type: ignore[no-untyped-def]
    from brief.summarize.vectors import sentence_words, tokens

    return tokens([sentence_words(s.text) for s in _sentences()])


def test_counted_cells_are_scipy_s_summed_duplicates() -> None:
    from brief.summarize.csr_build import counted

    t = _tokens()
    rows, columns = t.sentence[t.content], t.stem[t.content]
    theirs = sp.csr_matrix((np.ones(len(rows)), (rows, columns)), shape=(t.n_sentences, t.n_stems))
    theirs.sum_duplicates()
    mine = counted(rows, columns, (t.n_sentences, t.n_stems))
    _same(mine, theirs)
    assert mine.toarray()[0].sum() == len([w for w in rows if w == 0])  # every content word of the first sentence


def test_unit_rows_are_scipy_s_tfidf_to_the_last_bit() -> None:
    from brief.summarize.csr_build import unit_rows
    from brief.summarize.vectors import stem_counts

    t = _tokens()
    counts = stem_counts(t, t.content)
    n_rows = counts.shape[0]
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log((1.0 + n_rows) / (1.0 + df)) + 1.0
    weighted = sp.csr_matrix(counts.multiply(idf[np.newaxis, :]))
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    theirs = sp.csr_matrix(sp.diags(1.0 / norms) @ weighted)
    mine = unit_rows(counts)
    _same(mine, theirs)
    lengths = np.asarray(mine.multiply(mine).sum(axis=1)).ravel()
    assert lengths[5] == 0.0  # the empty line has no words
    assert np.allclose(np.delete(lengths, 5), 1.0)  # every other row a unit vector
    assert ((mine @ mine.T).toarray() == (theirs @ theirs.T).toarray()).all()  # the same cosines, bit for bit


def test_side_by_side_is_scipy_s_hstack() -> None:
    from brief.summarize.csr_build import counted, side_by_side
    from brief.summarize.vectors import bigram_concepts

    t = _tokens()
    pairs = bigram_concepts(t)
    words = counted(t.sentence[t.content], t.stem[t.content], (t.n_sentences, t.n_stems))
    _same(side_by_side(pairs, words), sp.csr_matrix(sp.hstack([pairs, words])))


def test_one_article_briefing_keeps_its_lead_and_scores() -> None:
    from brief.summarize import salience

    f = salience.features(_sentences())
    worth = f.concepts @ f.weights
    assert worth[0] > 0 and worth[0] == max(worth)  # the lead shares the most with the rest of the article
    assert f.centrality.shape == (len(_ARTICLE),)
    assert not f.eligible[4]  # "Work on the terminal starts in March." is under eight words


def test_a_worker_hands_back_its_headline_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    from brief import parallel
    from brief.actors import title_entities as titles
    from brief.ingest.text import article_from_text

    article = article_from_text("Rodney Achterberg splits from fiancee\n\nAchterberg, 44, said on Friday that the "
                                "engagement was over. \"It is sad,\" Achterberg told fans.", 1, "1.txt")
    titles._KEPT.clear()
    result = parallel.read_article(article, None, "position", 3, True)
    assert result.title is not None
    words, found = result.title
    assert words[:2] == ("Rodney", "Achterberg")
    assert (0, 2, "PER") in found
    titles._KEPT.clear()  # as in the main process, which has read no headline yet

    def no_tagging(sentences: list[list[str]]) -> list[list[str]]:
        raise AssertionError("the headline was tagged again")

    monkeypatch.setattr(titles, "tag_sentences", no_tagging)
    parallel._keep_titles([article], [result])
    assert titles.title_entities(article.title) == result.title
    assert parallel.read_article(article, None, "position", 3, False).title is None  # no names read, none handed
    german = dataclasses.replace(article, language="de")
    assert parallel.read_article(german, None, "position", 3, True).title is None  # no names read in German
