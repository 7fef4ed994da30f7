"""An article still alone joins the story that both all its words and its event words point to
(brief/stories/event_strays.py, called by the grouping after strays.py).

Three invented stories share their actors: an election (nodes 0-2: the president and the House, with
"campaign" and "voters"), an impeachment vote (3-5: the same names, heavier, with "impeach") and a spending
bill (6-8: the House, with "budget"); node 9 is alone. Columns: the president, the House (names), then
campaign, voters, impeach, budget, and one word of the lone article's own (event words)."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from story_graphs import link_graph, unit_rows

from brief.stories.event_strays import attach_by_events
from brief.stories.strays import attach_strays

ELECTION = [[0.5, 0.3, 1, 0.8, 0, 0, 0], [0.5, 0.2, 0.9, 1, 0, 0, 0], [0.6, 0.3, 1, 0.6, 0, 0, 0]]
IMPEACHMENT = [[1, 0.8, 0, 0, 0.7, 0, 0], [1, 1, 0, 0, 0.8, 0, 0], [0.9, 0.8, 0, 0, 0.6, 0, 0]]
BUDGET = [[0.2, 1, 0, 0, 0, 1, 0], [0.3, 1, 0, 0, 0, 0.8, 0], [0.2, 0.9, 0, 0, 0, 1, 0]]
EVENTS = np.array([False, False, True, True, True, True, True])
LABELS = [0, 0, 0, 3, 3, 3, 6, 6, 6, 9]
SIZES = [1] * 10
# The lone article links to two of the election's articles (0.17 on average over the story, above strays.LINK)
# and weakly to one of the impeachment's.
LINKED = link_graph(10, {(0, 9): 0.25, (1, 9): 0.25, (3, 9): 0.1})

# An election feature naming the president and the House as the impeachment's articles do, and writing of the
# campaign: on all its words 0.78 to the election's centre and 0.64 to the impeachment's (under strays.RATIO's
# margin), on its event words near the election's only (0.77 against none).
FEATURE = [0.8, 0.6, 0.6, 0.4, 0, 0, 0.6]


def _pile(lone: list[float]) -> sp.csr_matrix:
    return unit_rows([*ELECTION, *IMPEACHMENT, *BUDGET, lone])


def test_a_feature_sharing_actors_with_two_stories_joins_the_one_its_event_words_are_of() -> None:
    matrix = _pile(FEATURE)
    # The first strays pass finds no story clearly nearest: the feature stays alone there.
    assert attach_strays(LABELS, matrix, SIZES, LINKED)[9] == 9
    assert attach_by_events(LABELS, matrix, SIZES, LINKED, EVENTS) == [0, 0, 0, 3, 3, 3, 6, 6, 6, 0]


def test_event_words_shared_with_another_story_leave_it_alone() -> None:
    # It writes of the budget too: on its event words the election is 1.4 times as near, under RATIO.
    both = [0.6, 0.6, 0.6, 0.4, 0, 0.5, 0.6]
    assert attach_by_events(LABELS, _pile(both), SIZES, LINKED, EVENTS)[9] == 9


def test_the_two_views_must_agree() -> None:
    # Its names weigh more: on all its words the impeachment is nearest, on its event words the election.
    names = [1, 0.9, 0.5, 0.3, 0, 0, 0.6]
    assert attach_by_events(LABELS, _pile(names), SIZES, LINKED, EVENTS)[9] == 9


def test_a_distant_or_weakly_linked_article_stays_alone() -> None:
    # Mostly its own words: a cosine of 0.14 to the election's centre, under strays.FLOOR.
    distant = [0.1, 0.08, 0.08, 0.05, 0, 0, 1]
    assert attach_by_events(LABELS, _pile(distant), SIZES, LINKED, EVENTS)[9] == 9
    weak = link_graph(10, {(0, 9): 0.2, (1, 9): 0.2, (3, 9): 0.1})  # 0.13 on average, under strays.LINK
    assert attach_by_events(LABELS, _pile(FEATURE), SIZES, weak, EVENTS)[9] == 9


def test_an_article_clearly_nearest_one_story_is_left_as_strays_judged_it() -> None:
    # Clearly the election's on all its words (0.96 against 0.23), but weakly linked: strays.py leaves it alone,
    # and agreeing event words do not lower its bars.
    clear = [0.3, 0.2, 1, 0.8, 0, 0, 0.3]
    weak = link_graph(10, {(0, 9): 0.2, (1, 9): 0.2, (3, 9): 0.1})
    assert attach_strays(LABELS, _pile(clear), SIZES, weak)[9] == 9
    assert attach_by_events(LABELS, _pile(clear), SIZES, weak, EVENTS)[9] == 9


def test_without_event_words_nothing_moves() -> None:
    assert attach_by_events(LABELS, _pile(FEATURE), SIZES, LINKED, np.zeros(7, dtype=bool)) == LABELS
