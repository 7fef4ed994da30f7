"""A last look at the articles still alone: what happens decides between stories that share their actors.

strays.py lets a lone article join the story whose centroid it is clearly nearest (``strays.RATIO``
times any other's). Related stories share their actors: an election feature names the president,
the House and both parties, as the impeachment and budget stories do, so on all its words it is about
as near each of them as the election story it belongs to, no story is clearly nearest, and it stays
alone. What tells those stories apart is what happens in them: the campaign, the voters and the race
against the vote to impeach or the spending bill, the words written in lower case (not names). So
where strays.py found no clear margin (the runner-up within ``strays.RATIO`` of the nearest), the
margin may be found on the event words: the lone article joins its nearest story (a cosine of at
least ``strays.FLOOR`` on all its words) when, on its event words (the lower-case terms of the same
vectors), that story is nearer than any other by a margin that, times its margin on all its words,
reaches ``RATIO``, and its shared-neighbour link to the story averages ``strays.LINK`` or more; as in
strays.py, no more than ``strays.SHARE`` of a story's size in lone articles join it. The two margins
multiply: each is evidence for the same story, so a feature a little nearer its story on all its words
(1.2 times) needs less on its event words (1.5 times) than one tied on all its words (1.8 times); a
story nearest on all its words but not on its event words is never chosen. An article clearly nearest one story on all its words is strays.py's to
judge, and is left as it judged it (the event words would only lower its bars: a same-day piece on
a campaign debate, clearly nearest an impeachment hearing's story of three pages but weakly linked
to it, joins it then).

B-cubed F1 (bench/stories.py --no-rouge --sizes '') dev / even / odd / related / related+1 / hard /
hard-even / hard-odd 0.960 / 0.972 / 0.971 / 0.890 / 0.944 / 0.979 / 0.987 / 0.981 -> **0.961** /
**0.974** / 0.971 / **0.895** / **0.949** / 0.979 / 0.987 / 0.981: a 1998 midterm feature (two
representatives' races) joins its election story on related and related+1, another (a governor's run
for the Senate) on dev and even, a Senate vote of the budget's season the budget's story on related+1;
real pages (bench/stories_web.py) web pile 0.989, L3S K 0.990, L 0.937, unchanged. Variants and the
drop-out check: TRIED.md, session 61. The margins multiplied (session 62): related 0.895 -> **0.901** (P 0.895
R 0.906), every other mix, the web pile (0.989), K and L unchanged (TRIED.md, session 62).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

from brief.stories import strays
from brief.stories.cluster import BLOCK_ROWS, Graph

RATIO = 1.8
"""How much nearer the story than any other on the event words, times the margin on all the words
(session 61 read the event words' margin alone, figures there). The features that join: 1.93-2.20 (the
Senate vote: 2.07); a midterm feature on a House vote nearest the budget's story on its event words, 1.70,
and another nearest its own, 1.64. 1.5: related 0.892 (both join); 2.0: even 0.972 (the governor's race,
1.93, stays alone); 2.5: nothing joins on related (0.890). With the margins multiplied (session 62), the
feature on the president among his donors joins its own story on related (1.21 on all words times 1.64 on
its event words, 1.98); the House vote stays out of the budget's (1.02 times 1.70, 1.73)."""
_TINY = 1e-12
"""A runner-up at cosine 0 gives an unbounded margin on all the words; the nearest is then strays.py's (never
undecided), so this only keeps the division defined."""


def attach_by_events(
    labels: Sequence[int],
    matrix: sp.csr_matrix,
    sizes: Sequence[int],
    linked: Graph,
    events: np.ndarray,
) -> list[int]:
    """``labels`` (a group id per node) with the lone articles joined as above; a group's id stays its
    smallest node. ``matrix``: the nodes' unit-length vectors; ``sizes``: articles per node; ``linked``:
    the shared-neighbour graph; ``events``: a flag per column of ``matrix``, true for an event word."""
    n = len(labels)
    weights = np.asarray(sizes, dtype=np.float64)
    names, group = np.unique(np.asarray(labels), return_inverse=True)
    articles = np.bincount(group, weights=weights, minlength=len(names))
    stories = np.flatnonzero(articles >= strays.STORY)
    alone = np.flatnonzero(articles[group] == 1)
    if len(stories) < 2 or not len(alone) or not events.any():
        return list(labels)
    event_rows = _unit(sp.csr_matrix(matrix @ sp.diags(events.astype(np.float64))))
    membership = sp.csr_matrix((weights, (group, np.arange(n))), shape=(len(names), n))[stories]
    centroids = _unit(sp.csr_matrix(membership @ matrix))
    event_centroids = _unit(sp.csr_matrix(membership @ event_rows))
    chosen = np.full(len(alone), -1, dtype=np.int64)
    for start in range(0, len(alone), BLOCK_ROWS):
        rows = alone[start : start + BLOCK_ROWS]
        picked = np.arange(len(rows))
        cosines = (matrix[rows] @ centroids.T).toarray()
        event = (event_rows[rows] @ event_centroids.T).toarray()
        nearest = np.argmax(cosines, axis=1)  # ties: the lowest story (deterministic)
        best, own = cosines[picked, nearest], event[picked, nearest]
        cosines[picked, nearest] = event[picked, nearest] = -np.inf
        runner_up = np.maximum(cosines.max(axis=1), 0.0)
        # No clear margin on all the words (strays.py's case)...
        undecided = (best >= strays.FLOOR) & (best < strays.RATIO * runner_up)
        # ...but a clear one on the event words and all the words together (the margins multiply).
        margin = best / np.maximum(runner_up, _TINY)
        decided = (own > 0) & (own * margin >= RATIO * np.maximum(event.max(axis=1), 0.0))
        chosen[start : start + len(rows)] = np.where(undecided & decided, nearest, -1)
    links = strays.links_by_row(linked)
    joining = {}
    for k in np.flatnonzero(chosen >= 0).tolist():
        node, story = int(alone[k]), int(stories[chosen[k]])
        start, stop = links.indptr[node], links.indptr[node + 1]
        neighbours = links.indices[start:stop]
        inside = group[neighbours] == story
        if float(np.dot(links.data[start:stop][inside], weights[neighbours[inside]])) / articles[story] >= strays.LINK:
            joining[node] = story
    if not joining:
        return list(labels)
    pulled = np.bincount(np.fromiter(joining.values(), np.int64, len(joining)), minlength=len(names))
    out = group.copy()
    for node, story in joining.items():
        if pulled[story] <= strays.SHARE * articles[story]:
            out[node] = story
    smallest = np.full(len(names), n, dtype=np.int64)
    np.minimum.at(smallest, out, np.arange(n))
    return smallest[out].tolist()


def _unit(matrix: sp.csr_matrix) -> sp.csr_matrix:
    """Each row scaled to unit length (an empty row stays empty)."""
    lengths = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    return sp.csr_matrix(sp.diags(1.0 / np.maximum(lengths, 1e-12)) @ matrix)
