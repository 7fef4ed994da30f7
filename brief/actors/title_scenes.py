"""When a bare title ("the Chancellor said") is someone new, not the last speaker given no role.

Why: ``positions`` links "Ada Quinn said ... the minister said" to Quinn, the speaker just before with no
role written. A story that moves on speaks of others: "Leo Varadkar told reporters ... In London, the
Chancellor said ... In Rome, the Pope urged ..." put all three statements under Varadkar. A sentence that
opens on a new scene ("In London,") brings in the office holder of that place; and once another office has
spoken since the speaker was named ("the Chancellor said ... the Pope urged"), the title is not a second
name for the speaker, for one person is not written with two offices in turn.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.gazetteer import TITLES
from brief.actors.indefinite_antecedents import introduced_unnamed
from brief.actors.mentions import Mention

_SCENE = re.compile(r"(?:^|[.!?][\"”’']?\s+|\n\s*)(?:(?:Meanwhile|Elsewhere|Later),?\s+)?(?i:in|at|from|over\s+in)\s+"
                    r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3},\s*(?:the\s+)?$")
"""A sentence's opening that sets a new scene before its source: "In London, ", "Meanwhile in Rome, "."""
SCENE_REACH = 60
"""Characters before the source read for its sentence's opening scene (a preposition and a place of a few words)."""
_TITLE_SPOKE = re.compile(r"\b[Tt]he\s+(?:[A-Za-z-]+\s+)?([A-Za-z]+)\s+(?:said|says|added|told|urged|warned|argued|insisted)\b")
"""A bare title as the source of a statement ("the Chancellor said", "the foreign minister told")."""


def opens_new_scene(text: str, start: int) -> bool:
    """Whether the source at ``start`` follows a scene its sentence opens with ("In London, the Chancellor said")."""
    return _SCENE.search(text, max(0, start - SCENE_REACH), start) is not None


def other_office_spoke(text: str, before: Sequence[Mention], speaker: Mention, start: int, family: frozenset[str]) -> bool:
    """Whether a title of an office outside ``family`` was a source between the speaker's last mention and
    ``start`` ("Varadkar said ... the Chancellor said ... the Pope urged": the Pope is not Varadkar)."""
    named = [m.end for m in before if m.name == speaker.name]
    since = named[-1] if named else 0
    return any(t.group(1).lower() in TITLES and t.group(1).lower() not in family
               for t in _TITLE_SPOKE.finditer(text, since, start))


def someone_new(text: str, before: Sequence[Mention], speaker: Mention, start: int, words: Sequence[str],
                family: frozenset[str] = frozenset()) -> bool:
    """Whether a source that is a bare title ("the Chancellor", ``words`` lower-cased, its office's ``family``)
    is someone other than the ``speaker`` it would go back to: its sentence opens on a new scene, or another
    office spoke since the speaker was named. A description that is no title ("the actress") is judged only by
    whether an indefinite one brought someone unnamed in just before ("one aide said ... the aide said":
    ``introduced_unnamed``)."""
    if introduced_unnamed(text, start, words):
        return True  # "one former aide said ... the former aide said": that aide, no one named
    if not words or words[-1] not in TITLES:
        return False
    return opens_new_scene(text, start) or other_office_spoke(text, before, speaker, start, family | {words[-1]})
