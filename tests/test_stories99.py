"""An article still alone joins the story its words and event words point to together: the two margins
multiply (brief/stories/event_strays.py).

The invented pile of tests/test_stories97.py: an election (nodes 0-2), an impeachment vote (3-5) and a spending
bill (6-8) sharing their actors (the president, the House), told apart by what happens (campaign and voters,
impeach, budget); node 9 is alone and links to the election's articles."""

from __future__ import annotations

from test_stories97 import EVENTS, LABELS, LINKED, SIZES, _pile

from brief.stories.event_strays import RATIO, attach_by_events
from brief.stories.strays import attach_strays

# A campaign feature that also writes of the spending bill: on all its words 1.22 times nearer the election's
# centre than the impeachment's (under strays.RATIO), on its event words 1.64 times nearer than the budget's
# (under RATIO alone): 1.99 together.
LEANING = [0.8, 0.5, 0.6, 0.3, 0, 0.4, 0.6]
# The same event words, but the House named as often as the president: on all its words the election and the
# impeachment tie (1.01), so the event words' 1.64 is all the evidence there is (1.65 together).
TIED = [0.8, 0.8, 0.6, 0.3, 0.1, 0.4, 0.6]


def test_a_feature_a_little_nearer_its_story_on_both_views_joins_it() -> None:
    assert RATIO == 1.8
    assert attach_strays(LABELS, _pile(LEANING), SIZES, LINKED)[9] == 9  # no clear margin on all its words
    assert attach_by_events(LABELS, _pile(LEANING), SIZES, LINKED, EVENTS) == [0, 0, 0, 3, 3, 3, 6, 6, 6, 0]


def test_a_feature_tied_on_all_its_words_needs_the_whole_margin_on_its_event_words() -> None:
    assert attach_by_events(LABELS, _pile(TIED), SIZES, LINKED, EVENTS)[9] == 9
