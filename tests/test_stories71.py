"""Session 55, issue 12's related mix, on articles and labellings written here: bench/stories.py --errors
(each error's own cost, the articles that read as another story's, a document the source files under two
stories), and a lone article clearly nearer one of two related stories joining it (strays.RATIO)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import scipy.sparse as sp

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import stories  # noqa: E402
from _common import load_articles  # noqa: E402
from _story_errors import crossing_rows, error_costs  # noqa: E402

from brief.stories import group_articles  # noqa: E402

_CANAL = (
    "The port authority of Velmouth voted on Monday to deepen the old grain canal before the autumn harvest. "
    "Authority chair Brannoc Ytter said barges had run aground twice this summer in the silted canal. "
    "Dredging will start next month and close the canal to barges for six weeks, the authority said. "
    "Grain merchants in Velmouth welcomed the plan but asked for a temporary road permit for their lorries."
)
_CHOIR = (
    "The Dunmere youth choir won the national folk song prize in Ostraven on Saturday night. "
    "Its conductor, Ilse Marrow, said the forty singers had rehearsed the winning ballad since the spring. "
    "The choir will sing at the opening of the Dunmere music festival next month. "
    "The judges praised the choir's clear harmonies and its choice of a forgotten fishing song."
)


def test_each_merge_and_split_has_its_own_cost() -> None:
    gold = ["trial", "trial", "trial", "deal", "deal", "vote", "vote", "vote"]
    # The trial and the deal share a group; the vote is split in two pieces.
    labels = [0, 0, 0, 0, 0, 1, 1, 2]
    merges, splits = error_costs(labels, gold)
    assert [pair for pair, _ in merges] == [("deal", "trial")]
    assert merges[0][1] > 0
    assert [(story, pieces) for story, pieces, _ in splits] == [("vote", [2, 1])]
    assert splits[0][2] > 0


def test_a_perfect_grouping_has_no_errors() -> None:
    assert error_costs([0, 0, 1, 1], ["a", "a", "b", "b"]) == ([], [])


def test_an_article_whose_nearest_are_another_storys_reads_as_that_story() -> None:
    # Rows 0-2 write of the trial, rows 3-5 of the deal; row 2 is filed with the trial but writes as the deal does.
    rows = np.array([[1.0, 0.0], [1.0, 0.1], [0.1, 1.0], [0.0, 1.0], [0.1, 1.0], [0.05, 1.0]])
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    gold = ["trial", "trial", "trial", "deal", "deal", "deal"]
    found = crossing_rows(sp.csr_matrix(rows), gold, near=3)
    assert [(row, other) for row, _, other, _ in found] == [(2, "deal")]


def test_a_document_filed_under_two_stories_is_kept_once_and_marked() -> None:
    rows = [(_CANAL, "harbour", 0, ""), (_CANAL, "grain", 1, ""), (_CHOIR, "choir", 0, "")]
    mix = stories.build_mix("test", rows, {})
    assert mix.gold == ["harbour", "choir"]
    assert mix.filed_twice == {0: "grain"}


def test_a_copy_within_one_story_is_not_filed_twice() -> None:
    rows = [(_CANAL, "harbour", 0, ""), (_CANAL, "harbour", 1, ""), (_CHOIR, "choir", 0, "")]
    mix = stories.build_mix("test", rows, {})
    assert mix.gold == ["harbour", "choir"]
    assert mix.filed_twice == {}


_FLOOD = (
    "Harrowby (Wire) - The river Lenn burst its banks at Harrowby on Monday, flooding two hundred homes in the old "
    "mill quarter. Fire crews from Tessington pumped water from cellars through the night. The mill quarter's residents "
    "were moved to the Harrowby sports hall, where volunteers served soup and blankets. The river Lenn rose two metres "
    "in six hours after a week of rain, the river warden said.",
    "Harrowby (Wire) - Floodwater from the river Lenn stood a metre deep in the streets of Harrowby's mill quarter on "
    "Tuesday. Two hundred homes were flooded and their residents slept in the sports hall. Fire crews pumped cellars "
    "dry while the river warden said the Lenn had begun to fall. Sandbags were handed out at the town bridge to homes "
    "downstream of the mill quarter.",
    "Harrowby (Wire) - Residents of Harrowby's flooded mill quarter returned on Wednesday to homes ruined by the river "
    "Lenn. Carpets, sofas and fridges were piled on the pavements as the floodwater drained away. The river warden said "
    "the Lenn had fallen below its banks. Volunteers at the sports hall said they had served soup to four hundred "
    "people over three nights of flooding.",
    "Harrowby (Wire) - The flooded homes of Harrowby's mill quarter will be dried out with fans lent by the army, the "
    "river warden said on Thursday. The river Lenn flooded two hundred homes after a week of rain, and the floodwater "
    "left mud in every cellar. Residents who slept in the sports hall began to go home, carrying blankets the "
    "volunteers had lent them.",
)
_BUDGET = (
    "Harrowby (Wire) - The council of Harrowby voted on Monday to raise the town's property tax by four percent to pay "
    "for a new bus depot. Mayor Quentin Orsby said the old depot on Fenner Road was beyond repair. Opposition "
    "councillors said the tax rise would fall hardest on pensioners. The depot will cost nine million crowns and open "
    "in two years.",
    "Harrowby (Wire) - Pensioners protested outside Harrowby town hall on Tuesday against the four percent property tax "
    "rise the council voted to pay for a bus depot. Mayor Quentin Orsby met the protesters and said the depot on "
    "Fenner Road could not wait. The council's budget also cuts library hours to save money for the depot.",
    "Harrowby (Wire) - The bus company serving Harrowby welcomed the council's vote for a new depot on Fenner Road, "
    "paid for by a four percent property tax rise. Mayor Quentin Orsby said buses would run more often once the depot "
    "opens. Councillors who voted against the tax rise asked for the library hours cut to be reversed.",
    "Harrowby (Wire) - Harrowby's council budget, with its four percent property tax rise for the Fenner Road bus "
    "depot, was signed by Mayor Quentin Orsby on Thursday. The library will close on Mondays to save money. "
    "Pensioners' groups said they would ask the regional court to review the tax rise.",
)
_CLAIMS = (
    "Insurers will send assessors to the flooded towns next week, the Regional Insurers Guild said on Friday. Owners "
    "may claim for carpets, sofas and cellars ruined by floodwater, its chairwoman Greta Novik said. In Harrowby two "
    "hundred homes in the mill quarter flooded when the river Lenn burst its banks. The council there asked insurers "
    "to pay quickly, as its property tax rise and bus depot budget leave no money for flood grants."
)


def test_a_follow_up_clearly_nearer_one_of_two_stories_of_one_town_joins_it() -> None:
    # Two stories of one town (a flood, a tax rise for a bus depot) and a piece on the flood's insurance claims
    # that also names the budget: about 1.4 times nearer the flood story than the budget's, it joins the flood.
    articles, sentences = load_articles([*_FLOOD, *_BUDGET, _CLAIMS])
    groups = group_articles(articles, sentences)
    ids = [a.id for a in articles]
    found = sorted(sorted(g.articles) for g in groups)
    assert found == [sorted(ids[:4] + ids[8:]), sorted(ids[4:8])]
