"""A lone article whose lead names its story's protagonist in full joins that story at a lower bar
(brief/stories/named_strays.py, through strays.attach_strays).

A story's background piece (the old law a trial turns on) shares few of the reports' words, but its lead
names the actor the reports' leads name. The vectors and links are written for the tests: nodes 0-2 one
story (a port strike), 3-5 another (a dam's flood), 6 alone; the leads are invented."""

from __future__ import annotations

from story_graphs import link_graph, unit_rows

from brief.model import Sentence
from brief.stories.lead_runs import lead_runs
from brief.stories.strays import attach_strays

STRIKE_LEADS = [
    "Dock workers at the port of Saltmere walked out on Monday against Quayline Logistics over night pay.",
    "Ships queued off the port as the dockers kept up their strike against Quayline Logistics on Wednesday.",
    "The mediator met the union and Quayline Logistics for six hours, both sides said on Friday.",
]
DAM_LEADS = [
    "Engineers at the Valdora dam opened two spillways after days of rain, Mayor Ines Kortaal said.",
    "The town began evacuating riverside homes as water poured through the Valdora dam.",
    "Inspectors found cracks in a spillway of the Valdora dam, the water authority said.",
]
BACKGROUND = "The port law that the union invokes against Quayline Logistics dates from 1921 and is short."
ONE_WORD = "The port law that the union invokes against Quayline dates from 1921 and is short."
NO_NAME = "The port law that the union invokes dates from 1921 and is short."

STORY_A = [[1, 0.2, 0, 0, 0], [1, 0.3, 0, 0, 0], [0.9, 0.4, 0, 0, 0]]
STORY_B = [[0, 0, 1, 0.2, 0], [0, 0, 1, 0.3, 0], [0, 0, 0.9, 0.4, 0]]
LABELS = [0, 0, 0, 3, 3, 3, 6]


def _runs(leads: list[str]) -> list[tuple[frozenset[str], ...]]:
    return [lead_runs([Sentence(n, 0, 0, len(text), text)]) for n, text in enumerate(leads)]



# The lone article: cosine about 0.13 to the strike story's centre (under strays.FLOOR 0.15), none to the
# dam's; its shared-neighbour link averages 0.13 over the strike story (under strays.LINK 0.15).
MATRIX = unit_rows([*STORY_A, *STORY_B, [0.14, 0, 0, 0, 1]])
LINKED = link_graph(7, {(0, 6): 0.2, (1, 6): 0.2})


def test_a_background_piece_naming_the_storys_protagonist_in_full_joins_it() -> None:
    runs = _runs([*STRIKE_LEADS, *DAM_LEADS, BACKGROUND])
    assert attach_strays(LABELS, MATRIX, [1] * 7, LINKED, runs) == [0, 0, 0, 3, 3, 3, 0]
    # Without its lead names the pass knows only the words and links: under its bars, the piece stays alone.
    assert attach_strays(LABELS, MATRIX, [1] * 7, LINKED)[6] == 6


def test_a_one_word_name_or_no_name_is_not_enough() -> None:
    for lead in (ONE_WORD, NO_NAME):
        assert attach_strays(LABELS, MATRIX, [1] * 7, LINKED, _runs([*STRIKE_LEADS, *DAM_LEADS, lead]))[6] == 6


def test_the_name_must_be_one_that_two_of_the_storys_leads_write() -> None:
    leads = [STRIKE_LEADS[0], "Dock workers kept up their strike on Wednesday.", "The mediator met both sides."]
    assert attach_strays(LABELS, MATRIX, [1] * 7, LINKED, _runs([*leads, *DAM_LEADS, BACKGROUND]))[6] == 6


def test_the_lower_bar_still_needs_the_piece_clearly_nearest_and_linked() -> None:
    runs = _runs([*STRIKE_LEADS, *DAM_LEADS, BACKGROUND])
    far = unit_rows([*STORY_A, *STORY_B, [0.1, 0, 0, 0, 1]])  # cosine about 0.09 to the centre
    assert attach_strays(LABELS, far, [1] * 7, LINKED, runs)[6] == 6
    weak = link_graph(7, {(0, 6): 0.2})  # 0.07 on average over the story
    assert attach_strays(LABELS, MATRIX, [1] * 7, weak, runs)[6] == 6
    between = unit_rows([*STORY_A, *STORY_B, [0.14, 0, 0.1, 0, 1]])  # nearly as near the dam story
    assert attach_strays(LABELS, between, [1] * 7, LINKED, runs)[6] == 6
