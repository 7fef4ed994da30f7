"""A body whose name runs on past a small word: "the Commission on Presidential Debates", "the Committee
to Protect Journalists", "the Committee for a Responsible Federal Budget".

Why: the name tagger stops such a name at its head ("Commission") and reads the rest as a name of its
own ("Presidential Debates"), or as nothing ("to Protect Journalists"), so the body's statement went to
the tail ("Presidential Debates says ...") or to a bare "Committee". A body's head word followed by
"on", "for" or "to" and capitalised words is one name: think tanks, watchdogs and campaigns are so
called, and a head word alone ("Committee") names no one.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.gazetteer import MONTHS_DAYS
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention, normalise

BODY_HEADS = frozenset(
    "commission committee council board institute institution centre center foundation office bureau agency "
    "authority association federation coalition alliance society league fund campaign network trust union "
    "project forum initiative partnership service".split()
)
"""Head words of a body's name that a connector can follow ("Institute for ...", "Campaign to ...")."""
_RUN_ON = re.compile(
    r"\s+(?:on|for|to|against)\s+(?:(?:a|an|the)\s+)?((?:[A-Z][\w'’&-]*)(?:\s+(?:(?:and|of|the|for|on)\s+)?[A-Z][\w'’&-]*){0,4})"
    r"(?![\w'’-])"
)
"""After the head: a connector, an optional article and up to five capitalised words (with "and",
"of", "the" between: "on Science and Technology")."""
MINISTRY_HEADS = frozenset("ministry department secretariat".split())
"""Heads of a state's office that "of" and its portfolio follow ("the Saudi Ministry | of Foreign Affairs", "the
Omani Department | of Labour"): a country's word before the head made the tagger close the name at it."""
_RUN_OF = re.compile(_RUN_ON.pattern.replace("(?:on|for|to|against)", "of", 1))


def _usable(run: str) -> bool:
    words = run.split()
    return not any(w.lower() in MONTHS_DAYS for w in words) and not re.search(r"['’]s?$", run)


def connected_bodies(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each body's name run on over its connector and capitalised words
    (``_RUN_ON``), and any mention inside that run dropped; a run that holds a person's or a
    place's name ("Council for Scotland"), a day ("Committee on Monday") or a possessive is left."""
    out: list[Mention] = []
    covered_to = -1
    for m in mentions:
        if m.start < covered_to:
            continue  # inside a name run on before
        words = m.surface.split()
        if m.kind != "organization" or not words or words[-1].lower() not in BODY_HEADS | MINISTRY_HEADS:
            out.append(m)
            continue
        run = (_RUN_OF if words[-1].lower() in MINISTRY_HEADS else _RUN_ON).match(text, m.end)
        inside = [n for n in mentions if run is not None and m.end <= n.start < run.end()]
        if (run is None or not _usable(run.group(1)) or "\n" in text[m.end : run.end()]
                or any(n.kind != "organization" or n.end > run.end() for n in inside)):
            out.append(m)
            continue
        surface = text[m.start : run.end()]
        out.append(dataclasses.replace(m, end=run.end(), surface=surface, name=normalise(surface)))
        covered_to = run.end()
    return out


def body_cut_at_start(source: tuple[int, int] | None, index: MentionIndex) -> Mention | None:
    """The body whose name a source ends and cuts into ("... Court of Appeals’ Board on Professional
    Responsibility says", with "D.C." left out of the source): a long name run on by ``connected_bodies``
    reaches back past where the source tagger began. None when any mention stands within the source
    (the resolver read those) or no body's name ends with it."""
    if source is None or index.within(source):
        return None
    return next((m for m in index.overlapping(source)
                 if m.kind == "organization" and m.start < source[0] < m.end and m.end == source[1]), None)
