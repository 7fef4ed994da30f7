"""An awards night or a gala named like a body ("the Golden Globes", "the Globes telecast"): an event, not an actor.

The tagger types a plural capitalised name an organisation, and an entertainment page writes an awards ceremony's
name the way it writes a guild's; the briefing then lists the ceremony among the bodies, often first. What shows an
event is what the page sets after its name: the nouns of a ceremony ("the Globes ceremony and telecast", "a scaled-
back Globes presentation", "Globes nominations"), two different ones at least (a network's name comes before
"telecast" alone, a body's before "nominations" alone). A name that acts anywhere ("the Globes said", "according
to the Globes") stays an agent: the body that gives the awards is often named after them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from brief.actors.mentions import Mention
from brief.text.phrases import phrase_spans

EVENT_NOUNS = frozenset("ceremony ceremonies telecast telecasts presentation nominations nominees gala festivities "
                        "red-carpet".split())
"""Nouns of an awards night set right after its name ("the Globes telecast", "Globes nominations")."""
MIN_EVENT_NOUNS = 2
"""Different event nouns after a name before it reads as an event: one may follow a network or a guild."""
_NOUN_AFTER = re.compile(r"[^\S\n]+([a-z-]+)\b")
"""The lower-case word right after a name."""


def _nouns_after(text: str, name: str) -> set[str]:
    return {m.group(1) for _, e in phrase_spans(text, name) if (m := _NOUN_AFTER.match(text, e))} & EVENT_NOUNS


def event_names(text: str, by_name: dict[tuple[str, str], list[Mention]],
                acts: Callable[[str, int, int], bool]) -> set[str]:
    """The organisations' names (of ``by_name``) the page sets before two different event nouns, itself or by its
    last word ("Golden Globes" ... "Globes ceremony", "Globes telecast"), with that last word written alone, none of
    them acting or holding a role: events, not actors."""
    out: set[str] = set()
    for (name, kind), ms in by_name.items():
        if kind != "organization" or any(m.role or m.kin or m.pronoun for m in ms):
            continue
        forms = {name, name.split()[-1]}
        if len(set().union(*(_nouns_after(text, f) for f in forms))) < MIN_EVENT_NOUNS:
            continue
        if any(acts(text, s, e) for f in forms for s, e in phrase_spans(text, f)):
            continue
        out |= {f for f in forms if f == name or (f, kind) in by_name}
    return out
