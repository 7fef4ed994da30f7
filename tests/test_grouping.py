"""Story grouping: articles written for these tests, on three invented stories plus unrelated ones."""

from __future__ import annotations

import dataclasses
import random

import numpy as np
import pytest
import scipy.sparse as sp
from story_graphs import link_graph, unit_rows

from brief.ingest.text import article_from_text
from brief.model import Article, Sentence
from brief.stories import Group, group_articles
from brief.stories.cluster import (
    DATE_GRACE,
    DATE_SCALE,
    OWN_FLOOR,
    OWN_STRONG,
    SMALL_FLOOR,
    SMALL_PILE,
    Graph,
    average_link,
    by_date,
    shared_neighbours,
)
from brief.stories.grouping import THRESHOLD
from brief.stories.strays import attach_strays
from brief.text.sentences import split_article

DAM = [
    ("Engineers at the Valdora dam on the Remmel river opened two spillways on Tuesday after days of rain. "
     "The Valdora reservoir rose to its highest level since 1987, the regional water authority said. "
     "Mayor Ines Kortaal ordered the evacuation of low streets in Brenhaven, downstream of the dam."),
    ("Brenhaven began evacuating riverside homes as water poured through the Valdora dam's spillways. "
     "Mayor Ines Kortaal said about 3,000 residents had moved to schools and sports halls. "
     "The water authority said the Remmel river would crest on Thursday."),
    ("The Remmel river crested in Brenhaven on Thursday, a day after the Valdora dam released record flows. "
     "Ines Kortaal, the town's mayor, said the flood walls had held and no one was hurt. "
     "Inspectors will examine the dam once the reservoir falls."),
    ("Inspectors found cracks in a spillway of the Valdora dam, the regional water authority said on Friday. "
     "The authority said the Valdora reservoir would be kept low until repairs on the Remmel were done. "
     "Brenhaven's mayor, Ines Kortaal, asked for an independent review."),
]
STRIKE = [
    ("Dock workers at the port of Saltmere walked out on Monday, halting container traffic. "
     "The Harbour Workers Union said talks with Quayline Logistics over night-shift pay had failed. "
     "Union leader Tomas Verhoek said the strike would last until Quayline made a new offer."),
    ("Ships queued off Saltmere as the dockers' strike entered its third day. "
     "Quayline Logistics called the Harbour Workers Union's demands unaffordable. "
     "Tomas Verhoek told a rally that members would not return for less than a ten percent raise."),
    ("Quayline Logistics and the Harbour Workers Union agreed to mediation to end the Saltmere port strike. "
     "Tomas Verhoek said the union would suspend pickets while the mediator met both sides. "
     "Hundreds of containers are waiting at Saltmere."),
]
COMET = [
    ("Astronomers at the Kellham observatory spotted a new comet, named Orrin-Vase, on Sunday night. "
     "The comet will pass closest to the sun in March, said astronomer Leda Orrin, who found it. "
     "It may be bright enough to see without a telescope."),
    ("Comet Orrin-Vase is brightening faster than expected, the Kellham observatory reported. "
     "Leda Orrin said the comet's tail already stretched across two degrees of sky. "
     "Amateur astronomers have photographed it from several continents."),
    ("Skywatchers will get their best view of comet Orrin-Vase next week, Kellham astronomers said. "
     "Leda Orrin advised looking low in the west after sunset. "
     "The comet was discovered at the Kellham observatory last month."),
]
ALONE = [
    ("A bakery in Fennick won the national bread prize for its rye loaf, judges announced on Saturday. "
     "Owner Marta Quell said the recipe came from her grandmother. "
     "The prize carries a cash award and a year of free flour."),
    ("The Wexley chess club celebrated its hundredth anniversary with a tournament for children. "
     "Club president Oskar Brint said membership had doubled in five years. "
     "The winner, aged eleven, beat two adult masters."),
]


def build(texts: list[str], ids: list[int] | None = None) -> tuple[list[Article], dict[int, tuple[Sentence, ...]]]:
    """Articles as brief loads text files, with the given ids (1.. by default)."""
    ids = ids or list(range(1, len(texts) + 1))
    articles = [article_from_text(t, i, f"a{i}.txt") for t, i in zip(texts, ids)]
    return articles, {a.id: split_article(a) for a in articles}


def as_text_sets(groups: tuple[Group, ...], articles: list[Article]) -> set[frozenset[str]]:
    text = {a.id: a.text for a in articles}
    return {frozenset(text[i] for i in g.articles) for g in groups}


PILE = DAM + STRIKE + COMET + ALONE


def test_the_invented_stories_are_found() -> None:
    articles, sentences = build(PILE)
    groups = group_articles(articles, sentences)
    expected = {frozenset(DAM), frozenset(STRIKE), frozenset(COMET)} | {frozenset([t]) for t in ALONE}
    assert as_text_sets(groups, articles) == expected
    # The reader's order: bigger stories first, one-article stories last.
    assert [len(g.articles) for g in groups] == [4, 3, 3, 1, 1]


def test_every_article_in_exactly_one_group_and_ids_in_input_order() -> None:
    articles, sentences = build(PILE)
    groups = group_articles(articles, sentences)
    listed = [i for g in groups for i in g.articles]
    assert sorted(listed) == [a.id for a in articles]
    for g in groups:
        assert list(g.articles) == sorted(g.articles)


def test_same_groups_under_shuffled_and_renumbered_input() -> None:
    articles, sentences = build(PILE)
    reference = group_articles(articles, sentences)
    by_text = {a.id: a.text for a in articles}
    rng = random.Random(12)
    for _ in range(5):
        order = PILE[:]
        rng.shuffle(order)
        ids = rng.sample(range(100, 1000), len(order))
        shuffled, shuffled_sentences = build(order, ids)
        text = {a.id: a.text for a in shuffled}
        groups = group_articles(shuffled, shuffled_sentences)
        assert [frozenset(text[i] for i in g.articles) for g in groups] == [
            frozenset(by_text[i] for i in g.articles) for g in reference
        ]
        assert [text[g.central] for g in groups] == [by_text[g.central] for g in reference]
        assert [(g.title, g.shared) for g in groups] == [(g.title, g.shared) for g in reference]


def test_central_title_and_shared_come_from_the_group() -> None:
    articles, sentences = build(PILE)
    by_id = {a.id: a for a in articles}
    for g in group_articles(articles, sentences):
        assert g.central in g.articles
        central = by_id[g.central]
        assert g.title and (g.title == central.title or g.title == sentences[central.id][0].text)
        assert g.shared
        words = " ".join(by_id[i].text for i in g.articles)
        assert all(term in words for term in g.shared)
    dam = next(g for g in group_articles(articles, sentences) if len(g.articles) == 4)
    assert {"Valdora", "Ines Kortaal"} <= set(dam.shared)


def test_a_name_of_several_words_is_explained_whole_without_its_title() -> None:
    articles, sentences = build(PILE)
    groups = group_articles(articles, sentences)
    dam = next(g for g in groups if len(g.articles) == 4)
    strike = next(g for g in groups if len(g.articles) == 3 and "Saltmere" in g.shared)
    assert "Ines Kortaal" in dam.shared
    assert not {"Ines", "Kortaal", "Mayor"} & set(dam.shared)  # "Mayor Ines Kortaal": the title is not the name
    assert {"Tomas Verhoek", "Quayline Logistics"} <= set(strike.shared)
    assert not {"Tomas", "Verhoek", "Quayline", "Logistics"} & set(strike.shared)


def test_a_word_written_before_several_names_is_not_part_of_one() -> None:
    from brief.stories.grouping import _join_names

    text = "Minister Anwar spoke. Minister Mahathir replied. Minister Daim left. Mahathir stayed."
    assert _join_names(["Mahathir", "Minister", "Anwar"], [text]) == ["Mahathir", "Minister", "Anwar"]
    # A first name is written before its surname nearly always: one name, at its best-ranked place.
    text = "Hun Sen's party said Cambodia. Hun Sen's aides met Hun Senate aides; Sen's rivals, and Hun, Sen."
    assert _join_names(["Sen", "Cambodia", "Hun"], [text]) == ["Hun Sen", "Cambodia"]


def test_two_unrelated_articles_are_two_stories() -> None:
    articles, sentences = build([DAM[0], ALONE[1]])
    groups = group_articles(articles, sentences)
    assert sorted(g.articles for g in groups) == [(1,), (2,)]


def test_more_sources_then_recency_order_stories_of_equal_size() -> None:
    texts = STRIKE[:2] + COMET[:2]
    articles, sentences = build(texts)
    dated = [
        dataclasses.replace(articles[0], source="Port News", date="2024-03-01"),
        dataclasses.replace(articles[1], source="Port News", date="2024-03-02"),
        dataclasses.replace(articles[2], source="Sky Weekly", date="2024-02-01"),
        dataclasses.replace(articles[3], source="Star Daily", date="2024-02-02"),
    ]
    groups = group_articles(dated, sentences)
    assert [g.articles for g in groups] == [(3, 4), (1, 2)]  # two sources beat one
    same_source = [dataclasses.replace(a, source="") for a in dated]
    groups = group_articles(same_source, sentences)
    assert [g.articles for g in groups] == [(1, 2), (3, 4)]  # then the most recent first
    undated_strike = [dataclasses.replace(a, date="") if a.id < 3 else a for a in same_source]
    groups = group_articles(undated_strike, sentences)
    assert [g.articles for g in groups] == [(3, 4), (1, 2)]  # undated after dated


def test_a_one_article_story_without_a_source_is_ordered_by_its_date() -> None:
    articles, sentences = build([DAM[0], ALONE[0], ALONE[1]])
    dated = [
        dataclasses.replace(articles[0], source="Port News", date="2024-03-01"),
        dataclasses.replace(articles[1], source="", date="2024-03-05"),  # a saved page naming no site
        dataclasses.replace(articles[2], source="Star Daily", date="2024-03-03"),
    ]
    groups = group_articles(dated, sentences)
    assert [g.articles for g in groups] == [(2,), (3,), (1,)]  # the most recent first


def test_one_article_alone_and_nothing() -> None:
    articles, sentences = build([COMET[0]])
    (group,) = group_articles(articles, sentences)
    assert (group.articles, group.central, group.title) == ((1,), 1, articles[0].title)
    assert {"Kellham", "Leda Orrin"} <= set(group.shared)
    assert group_articles([], {}) == ()


def test_empty_texts_are_stories_of_their_own() -> None:
    articles = [Article(i, "", f"e{i}.txt", "") for i in (1, 2, 3)]
    groups = group_articles(articles, {a.id: () for a in articles})
    assert sorted(g.articles for g in groups) == [(1,), (2,), (3,)]
    assert all(g.shared == () for g in groups)


def test_a_thousand_one_sentence_articles_fast_and_sane() -> None:
    words = ["alpha", "bravo", "charlie", "delta", "echo", "golf", "hotel", "india", "kilo", "lima", "mike"]
    rng = random.Random(3)
    texts = [
        f"Report {n}: the {rng.choice(words)} {rng.choice(words)} council met in Town{n % 97} on day {n}."
        for n in range(1000)
    ]
    articles, sentences = build(texts)
    groups = group_articles(articles, sentences)
    assert sorted(i for g in groups for i in g.articles) == list(range(1, 1001))
    assert max(len(g.articles) for g in groups) < 500  # generic words do not make one story


def test_a_thousand_identical_articles_are_one_story() -> None:
    articles, sentences = build([DAM[0]] * 1000)
    groups = group_articles(articles, sentences)
    assert len(groups) == 1 and groups[0].articles == tuple(range(1, 1001))


@pytest.mark.parametrize("story", [DAM, STRIKE, COMET])
def test_a_single_story_stays_one_story(story: list[str]) -> None:
    articles, sentences = build(story)
    assert [g.articles for g in group_articles(articles, sentences)] == [tuple(range(1, len(story) + 1))]


def test_a_story_without_headlines_is_titled_by_its_central_first_sentence() -> None:
    articles, sentences = build(STRIKE)
    untitled = [dataclasses.replace(a, title="") for a in articles]
    (group,) = group_articles(untitled, sentences)
    assert group.title == sentences[group.central][0].text


def test_a_story_bigger_than_the_neighbour_lists_stays_one_story() -> None:
    # 60 distinct articles on one story (more than the 40 neighbours each article keeps), among
    # unrelated ones: the story's own names must not sink into its background.
    rng = random.Random(7)
    story = [
        " ".join(rng.sample(DAM, 2)) + f" Officials counted {n} damaged houses in sector {n}."
        for n in range(60)
    ]
    texts = story + ALONE + STRIKE[:1] + COMET[:1]
    articles, sentences = build(texts)
    groups = group_articles(articles, sentences)
    assert groups[0].articles == tuple(range(1, 61))
    assert len(groups) == 1 + len(ALONE) + 2


def test_the_seeds_are_one_story() -> None:
    from pathlib import Path

    from brief.pipeline import load

    seeds = Path(__file__).resolve().parents[1] / "seeds"
    loaded = load([str(seeds)])
    (group,) = group_articles(loaded.articles, {a.id: split_article(a) for a in loaded.articles})
    assert group.articles == (1, 2)
    assert {"Hamas", "Blinken"} <= set(group.shared)


def test_row_ranks_fall_by_value_ties_by_column_whatever_the_storage_order() -> None:
    import numpy as np

    from brief.stories.features import row_ranks

    dense = np.array([[0.0, 0.5, 0.2, 0.5, 0.9], [0.3, 0.0, 0.0, 0.0, 0.1], [0.0] * 5])
    ordered = sp.csr_matrix(dense)
    expected = {(0, 4): 0, (0, 1): 1, (0, 3): 2, (0, 2): 3, (1, 0): 0, (1, 4): 1}
    # The same matrix stored with its columns in reverse order within each row.
    shuffled = sp.csr_matrix(
        (np.array([0.9, 0.5, 0.2, 0.5, 0.1, 0.3]),
         np.array([4, 3, 2, 1, 4, 0]), ordered.indptr.copy()),
        shape=dense.shape,
    )
    shuffled.has_sorted_indices = False
    for matrix in (ordered, shuffled):
        before = (matrix.indices.copy(), matrix.data.copy())
        ranks = row_ranks(matrix)
        rows = np.repeat(np.arange(3), np.diff(matrix.indptr))
        assert {(int(r), int(c)): int(k) for r, c, k in zip(rows, matrix.indices, ranks)} == expected
        assert np.array_equal(matrix.indices, before[0]) and np.array_equal(matrix.data, before[1])


def test_the_first_words_of_a_long_text_are_those_of_the_whole() -> None:
    from brief.stories.words import _WORD, _first_words

    rng = random.Random(5)
    pieces = ["Hun Sen's", "party", "co-operation", "a", "Ranariddh’s", "x", "well-known", "—", "1,000", "it's"]
    for _ in range(50):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 400)))
        for limit in (1, 5, 17, 60):
            assert _first_words(text, limit) == _WORD.findall(text)[:limit]


def test_sentence_openers_read_at_once_are_those_read_one_by_one() -> None:
    from brief.stories.words import _FIRST_WORD, _openers

    rng = random.Random(7)
    pieces = ["“Hun Sen's", "party", "_co-operation", "—", "", "  ", "Ranariddh’s", "...", "1,000", "\x00", "x"]
    for _ in range(200):
        texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(0, 4))) for _ in range(rng.randint(0, 6))]
        assert _openers(texts) == [m.group(1) for m in map(_FIRST_WORD.match, texts) if m]


def test_dates_far_apart_need_more_evidence_undated_articles_none() -> None:
    articles, sentences = build(STRIKE[:2])
    close = [dataclasses.replace(a, date=d) for a, d in zip(articles, ("2024-03-01", "2024-03-03"))]
    assert [g.articles for g in group_articles(close, sentences)] == [(1, 2)]
    apart = [dataclasses.replace(a, date=d) for a, d in zip(articles, ("2023-03-01", "2024-03-03"))]
    assert sorted(g.articles for g in group_articles(apart, sentences)) == [(1,), (2,)]
    one_undated = [apart[0], dataclasses.replace(apart[1], date="")]
    assert [g.articles for g in group_articles(one_undated, sentences)] == [(1, 2)]


def test_a_story_over_three_weeks_stays_one_story() -> None:
    articles, sentences = build(PILE)
    dated = [dataclasses.replace(a, date=f"2024-03-{1 + 6 * (a.id % 4):02d}") for a in articles]
    expected = {frozenset(DAM), frozenset(STRIKE), frozenset(COMET)} | {frozenset([t]) for t in ALONE}
    assert as_text_sets(group_articles(dated, sentences), articles) == expected


def test_the_date_discount_leaves_undated_and_close_pairs_alone() -> None:
    graph = Graph(4, np.array([0, 0, 1]), np.array([1, 2, 3]), np.array([0.8, 0.8, 0.8]))
    days = np.array([0.0, 10.0, 0.0 + DATE_GRACE + DATE_SCALE, np.nan])
    assert by_date(graph, None) is graph
    assert by_date(graph, days).sims.tolist() == pytest.approx([0.8, 0.4, 0.8])


def _graph(n: int, edges: list[tuple[int, int, float]]) -> Graph:
    rows, cols, sims = zip(*edges)
    return Graph(n, np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64), np.array(sims))


def test_two_single_articles_need_their_own_likeness_not_only_shared_neighbours() -> None:
    # An isolated pair: each is the other's only neighbour, so their shared-neighbour link is strong
    # whatever their direct cosine; in a big pile they are one story only if that cosine is too.
    n = SMALL_PILE + 10
    linked = _graph(n, [(0, 1, 0.8)])
    weak, strong = _graph(n, [(0, 1, SMALL_FLOOR - 0.1)]), _graph(n, [(0, 1, SMALL_FLOOR + 0.05)])
    assert average_link(linked, 0.35, direct=weak)[:2] == [0, 1]
    assert average_link(linked, 0.35, direct=strong)[:2] == [0, 0]
    assert average_link(linked, 0.35)[:2] == [0, 0]  # no direct graph: no check


def _link(graph: Graph, a: int, b: int) -> float:
    found = (graph.rows == min(a, b)) & (graph.cols == max(a, b))
    return float(graph.sims[found].sum())


def test_an_isolated_pair_shares_only_itself_and_stays_under_the_threshold() -> None:
    # Each the other's only neighbour at a middling link: what they share is themselves, which two
    # articles of one theme share as much as two of one story.
    n = SMALL_PILE + 10
    middling = shared_neighbours(_graph(n, [(0, 1, 0.2)]))
    assert _link(middling, 0, 1) == pytest.approx(OWN_FLOOR) and OWN_FLOOR < THRESHOLD
    # A strong link of their own still makes them one story (a report told twice, nearly alike).
    strong = shared_neighbours(_graph(n, [(0, 1, OWN_STRONG + 0.1)]))
    assert _link(strong, 0, 1) > THRESHOLD
    # Neighbours in common carry a middling pair over the threshold.
    shared = shared_neighbours(_graph(n, [(0, 1, 0.2), (0, 2, 0.3), (1, 2, 0.3), (0, 3, 0.3), (1, 3, 0.3)]))
    assert _link(shared, 0, 1) > THRESHOLD
    # In a small pile (no background to stand out from) nothing is limited.
    small = shared_neighbours(_graph(3, [(0, 1, 0.2)]))
    assert _link(small, 0, 1) == pytest.approx(2 * 0.2 / (1 + 0.2**2))


def test_a_pair_may_take_a_third_article_and_a_small_pile_is_not_checked() -> None:
    n = SMALL_PILE + 10
    linked = _graph(n, [(0, 1, 0.9), (0, 2, 0.6), (1, 2, 0.6)])
    direct = _graph(n, [(0, 1, SMALL_FLOOR + 0.1), (0, 2, 0.1), (1, 2, 0.1)])
    assert average_link(linked, 0.35, direct=direct)[:3] == [0, 0, 0]  # a group of 2 is not checked
    tiny = _graph(3, [(0, 1, 0.8)])
    assert average_link(tiny, 0.35, direct=_graph(3, [(0, 1, 0.1)])) == [0, 0, 2]


def test_two_single_articles_months_apart_must_be_more_alike() -> None:
    # The direct cosine the single-article floor reads is discounted by dates as the link is.
    n = SMALL_PILE + 10
    linked = _graph(n, [(0, 1, 0.8)])
    direct = _graph(n, [(0, 1, SMALL_FLOOR + 0.05)])
    days = np.full(n, np.nan)
    days[0], days[1] = 0.0, 3.0
    assert average_link(linked, 0.35, direct=by_date(direct, days))[:2] == [0, 0]
    days[1] = DATE_GRACE + DATE_SCALE  # two months and more: the cosine counts half
    assert average_link(linked, 0.35, direct=by_date(direct, days))[:2] == [0, 1]
    days[1] = np.nan  # undated: never discounted
    assert average_link(linked, 0.35, direct=by_date(direct, days))[:2] == [0, 0]


# Nodes 0-2: a story on terms 0-1; nodes 3-5: a story on terms 2-3; node 6 (and 7) alone.
_STORY_A = [[1, 0.2, 0, 0, 0], [1, 0.3, 0, 0, 0], [0.9, 0.4, 0, 0, 0]]
_STORY_B = [[0, 0, 1, 0.2, 0], [0, 0, 1, 0.3, 0], [0, 0, 0.9, 0.4, 0]]
_LABELS = [0, 0, 0, 3, 3, 3]


def test_a_lone_article_joins_the_story_whose_centre_it_is_clearly_nearest() -> None:
    matrix = unit_rows([*_STORY_A, *_STORY_B, [0.3, 0, 0, 0, 1]])  # cosine about 0.28 to A's centre, 0 to B's
    linked = link_graph(7, {(0, 6): 0.3, (1, 6): 0.2, (2, 6): 0.1})
    assert attach_strays([*_LABELS, 6], matrix, [1] * 7, linked) == [0, 0, 0, 3, 3, 3, 0]
    # Not when its shared-neighbour link to the story's articles is too weak on average.
    weak = link_graph(7, {(0, 6): 0.3})
    assert attach_strays([*_LABELS, 6], matrix, [1] * 7, weak)[6] == 6
    # Nor when its words are too far from the centre.
    far = unit_rows([*_STORY_A, *_STORY_B, [0.1, 0, 0, 0, 1]])
    assert attach_strays([*_LABELS, 6], far, [1] * 7, linked)[6] == 6


def test_a_lone_article_between_two_stories_stays_alone() -> None:
    matrix = unit_rows([*_STORY_A, *_STORY_B, [0.3, 0, 0.3, 0, 1]])
    linked = link_graph(7, {(0, 6): 0.3, (1, 6): 0.3, (2, 6): 0.3, (3, 6): 0.3})
    assert attach_strays([*_LABELS, 6], matrix, [1] * 7, linked)[6] == 6


def test_a_group_many_lone_articles_lean_to_is_a_topic_and_takes_none() -> None:
    lone = [[0.3, 0, 0, 0, 1], [0.3, 0, 0, 1, 0.1]]
    matrix = unit_rows([*_STORY_A, *_STORY_B[:2], [0, 0, 0, 0.1, 1], *lone])  # B: a pair; 5 alone
    linked = link_graph(8, {(a, b): 0.3 for a in range(3) for b in (6, 7)})
    labels = [0, 0, 0, 3, 3, 5, 6, 7]
    # Two lone articles for a story of three: more than half its size, so neither joins.
    assert attach_strays(labels, matrix, [1] * 8, linked) == labels
    # One of them alone would (a story of three takes one stray) ...
    assert attach_strays(labels[:7], matrix[:7], [1] * 7, link_graph(7, {(a, 6): 0.3 for a in range(3)}))[6] == 0
    # ... and a node standing for two copies is no lone article, nor is a pair a story to join.
    assert attach_strays(labels[:7], matrix[:7], [1] * 6 + [2], link_graph(7, {(a, 6): 0.3 for a in range(3)}))[6] == 6
    pair = unit_rows([*_STORY_B[:2], [0, 0, 1, 0.2, 0.3]])
    assert attach_strays([0, 0, 2], pair, [1] * 3, link_graph(3, {(0, 2): 0.5, (1, 2): 0.5})) == [0, 0, 2]
