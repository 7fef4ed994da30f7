"""A lone article whose lead names its story's protagonist in full joins that story at a lower bar.

strays.py lets an article left alone join the story whose centroid it is clearly nearest, above a
cosine (``strays.FLOOR``) and a shared-neighbour link (``strays.LINK``) that keep topic pieces out. A
story's background piece (the old law a trial turns on, the history of the rivalry behind it) shares
few of the reports' words and sits under both bars, although it is about the same actor as every
report. What ties it to the story is who it is about: its lead names, in full, the actor that two or
more of the story's leads name (a company with its legal suffix, a person by first and last name:
``FULL_NAME`` words in one run of capitalised words, lead_runs.py), and it is clearly that story's
(``RATIO`` times nearer its centroid than any other story's). A one-word name is no such evidence: a
country, an agency or a topic's name is shared by stories years apart (a 2015 piece on an agency's
search for life leads with the agency, as the 1998 stories of its shuttle flight do). Such a lone
article joins at the lower ``FLOOR`` and ``LINK``; the strays pass's other tests (``strays.SHARE``)
apply as before.

B-cubed F1 (bench/stories.py --no-rouge --sizes '') dev / even / odd / related / related+1 / hard /
hard-even / hard-odd 0.960 / 0.972 / 0.968 / 0.885 / 0.941 / 0.979 / 0.987 / 0.981 -> 0.960 / 0.972 /
**0.971** / **0.890** / **0.944** / 0.979 / 0.987 / 0.981 (the Microsoft trial's piece on the antitrust law
it is fought under, whose lead names "Microsoft Corp.", joins its story on odd, related and related+1).
Variants and the drop-out check: TRIED.md, session 60.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

FULL_NAME = 2
"""Words a name needs to identify an actor rather than a place or topic ("Microsoft Corp", "Anwar Ibrahim";
not "NASA", "Malaysia"). With one-word names too the 2015 agency piece joins a 1998 story: hard 0.979 -> 0.978."""
CORE_LEADS = 2
"""Leads of the story that must name the actor: one lead's name may be a passing mention."""
RATIO = 3.0
"""How many times nearer the story's centroid than any other's (strays.RATIO is 1.3): a lower bar needs a
clearer choice. The piece that joins is 3.4-6.1 times nearer; 4.0 gives the same figures, 2.0 with the
bars at 0.08 lets a 2016 election piece leading with "Silicon Valley" into the 1998 Netscape story."""
FLOOR = 0.12
"""The least cosine to the story's centroid (strays.FLOOR 0.15). The joining piece: 0.126-0.141."""
LINK = 0.12
"""The least average shared-neighbour link to the story's articles (strays.LINK 0.15). The joining
piece: 0.132-0.154; the 2016 piece above: 0.100."""

Run = frozenset[str]


def protagonists(runs: Sequence[Sequence[Run]], members: Iterable[int]) -> frozenset[Run]:
    """The full names (runs of ``FULL_NAME``+ words) that ``CORE_LEADS`` or more of the members' leads name."""
    count = Counter(run for node in members for run in set(runs[node]) if len(run) >= FULL_NAME)
    return frozenset(run for run, leads in count.items() if leads >= CORE_LEADS)


def names_protagonist(lead: Sequence[Run], core: frozenset[Run]) -> bool:
    """Whether a lead names one of the story's protagonists, written as the story's leads write it."""
    return any(run in core for run in lead)
