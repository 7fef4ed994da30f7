"""Two single articles standing alone are one story only when their leads share more than one name.

Articles on one topic written days apart (a war's battle and its truce talks, a zoo's escaped tiger and
the victims' later admission, a nuclear envoy's visit and the deadline he was sent for) share the topic's
name in their leads, and often its words all through: the country, the rebels, the zoo. Their leads then
pass the lead-names cosine (lead_names.py), which one rare shared name carries, and dates do not part
them: a day's pile of pages falls within the grouping's three weeks of grace (cluster.DATE_GRACE). What
two reports of one event share is more: who acted and where (the actress and the city, the commission
and the company, the ministry and the rebels). So two single articles must share at least
``SHARED_NAMES`` names in their leads, a name being a run of capitalised words ("San Francisco Zoo",
"North Korea": one each) and a day or month counting for none ("when", not "who"), unless the pair sits
in a crowd of its story (``CROWD``: articles of a long-running story around them, whose links already
tell whether the two belong together, as a wire service's reports of one trial each naming the accused
alone share their nearest neighbours) or the two are alike enough themselves (``STRONG``).

B-cubed F1 on real 2008 pages (bench/stories_web.py --l3s-only): K 0.983 -> 0.994 (P 0.979 -> 1.000: the
three Sri Lanka pages, the zoo pair, the North Korea pair apart), L (held out) 0.925 -> 0.931 (P 0.860 ->
0.871, R 1.000); the web pile 0.988 and the DUC/CNN mixes (bench/stories.py) unchanged but hard 0.976 ->
0.975. Variants: TRIED.md, session 54.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from brief.model import Sentence
from brief.stories.lead_names import LEAD_SENTENCES, name_words

if TYPE_CHECKING:
    from brief.stories.cluster import Graph

SHARED_NAMES = 2
"""Names (runs) two single articles' leads must share: one is the topic; an event adds its actors or place."""
PROFILE = 10
"""Nearest articles read for the crowd: the shared-neighbour profile's size (cluster.SHARED_NEIGHBOURS)."""
CROWD = 6
"""A pair with this many of its ``PROFILE`` nearest articles in common sits in a crowd of its story and is
not checked. Pairs of one DUC cluster whose leads share one name have 6-9 in common (bench/stories.py dev
mix); the K pairs of one topic, 0-4. At 5 (4 in common checked too): hard-even 0.987 -> 0.986, K the same;
at 4: K 0.989 (the Sri Lanka battle and truce pages, 4 in common, pair again) (both measured without
``STRONG``). Without the crowd exemption: dev / even / related 0.934 / 0.964 / 0.842."""

STRONG = 0.39
"""Two articles this alike themselves (their direct cosine, cluster.SMALL_FLOOR's) are two tellings of one
report and need no names in common: one reports a study through its agency, the other opens on the films
that imagined it (real pages, bench/stories_web.py: 0.39; 0.42 splits that pair, 0.985 -> 0.986 instead of
0.988). The K pairs of one topic lie at 0.33-0.38, its pairs of one story at 0.32-0.60, sharing 2+ names."""

_WHEN = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)
"""Days and months: a lead's "when", shared by any two reports of one day."""


def lead_runs(sentences: Sequence[Sentence]) -> tuple[frozenset[str], ...]:
    """The names of the lead, each as the set of its words (case-folded), a day or month left out."""
    runs: list[frozenset[str]] = []
    for sentence in sentences[:LEAD_SENTENCES]:
        for run in _RUN.finditer(sentence.text):
            words = frozenset(w for w in name_words(run.group(0).split()) if w not in _WHEN)
            if words and words not in runs:
                runs.append(words)
    return tuple(runs)


def shared_names(first: Sequence[frozenset[str]], second: Sequence[frozenset[str]]) -> int:
    """How many names the two leads share: on each side, the names holding a word the other side names
    too; the fewer of the two counts ("Tamil" against "Tamil Tigers" and "Tamil Eelam" is one name)."""
    words_first = frozenset().union(*first) if first else frozenset()
    words_second = frozenset().union(*second) if second else frozenset()
    common = words_first & words_second
    return min(sum(bool(run & common) for run in first), sum(bool(run & common) for run in second))


@dataclass(frozen=True)
class LeadRuns:
    """Each node's lead names as runs and its nearest nodes: whether two single articles stay apart."""

    runs: tuple[tuple[frozenset[str], ...], ...]
    nearest: tuple[frozenset[int], ...]

    def apart(self, i: int, j: int, cosine: float = 0.0) -> bool:
        """Whether single articles ``i`` and ``j`` (``cosine`` alike) are two stories by their leads (see the
        docstring); leads naming no one cannot tell."""
        if not self.runs[i] or not self.runs[j] or cosine >= STRONG:
            return False
        if len((self.nearest[i] & self.nearest[j]) - {i, j}) >= CROWD:
            return False
        return shared_names(self.runs[i], self.runs[j]) < SHARED_NAMES


def nearest_nodes(graph: Graph, k: int = PROFILE) -> tuple[frozenset[int], ...]:
    """Each node's ``k`` most similar nodes in ``graph`` (ties by the lowest node)."""
    rows = np.concatenate([graph.rows, graph.cols])
    cols = np.concatenate([graph.cols, graph.rows])
    sims = np.concatenate([graph.sims, graph.sims])
    order = np.lexsort((cols, -sims, rows))
    rows, cols = rows[order], cols[order]
    starts = np.searchsorted(rows, np.arange(graph.n + 1))
    return tuple(frozenset(cols[starts[i] : min(starts[i] + k, starts[i + 1])].tolist()) for i in range(graph.n))


_RUN = re.compile(r"(?<=[\w,;:)’'\"] )[A-Z][\w&.’'-]*(?: [A-Z][\w&.’'-]*)*")
"""Capitalised words side by side inside a sentence (after a word and a space: not the sentence's opener)."""
