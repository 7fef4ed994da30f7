"""A country's armed forces as a source: "The Egyptian military said", "the Kenyan army said", "Chile's navy
said", "Ukraine's military intelligence said". The military speaks as a body of its own, as "the Russian Defence
Ministry" (a capitalised name the tagger reads an organisation, as ``national_forces`` reads "the Nigerian Army")
does; the demonym or the country's name before it only says whose forces they are.

Why: the resolver took the demonym for the country, so a military's battlefield claims went to the state (its
government), which is another actor and often says otherwise (a ministry written in lower case still speaks for
its state: ``place_bodies``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mentions import Mention
from brief.actors.national_forces import FORCE_NAMES

_FORCES_AFTER = re.compile(r"(?:['’]s)?\s+(?:military|army|navy|air\s+force|armed\s+forces|coast\s*guard|"
                           r"defen[cs]e\s+forces|(?:military|defen[cs]e)\s+intelligence)\s*")
"""After the country's demonym or name to the source's end: its possessive, then a name of its armed forces, or of
their intelligence arm ("Ukraine's military intelligence said": the directorate speaks for itself, as the army does)."""


def armed_forces(text: str, found: Mention, phrase_end: int, article: int, names: Sequence[str]) -> Mention | None:
    """The forces a country's demonym or name qualifies in the source, as an organisation mention of those
    words ("Egyptian military"), when the source ends with them; else None. Named as the article's capitalised
    writing of the same force among ``names`` where it has one ("the Nigerian Army" then "the Nigerian army")."""
    if found.kind != "place" or not _FORCES_AFTER.fullmatch(text, found.end, phrase_end):
        return None
    written = " ".join(text[found.start : phrase_end].split())
    name = next((n for n in names if n.lower() == written.lower()), written)
    return Mention(article, found.sentence, found.start, phrase_end, name, written, "organization")


_POSSESSIVE_GAP = re.compile(r"['’]s\s+")
"""Between a country's name and its force's capitalised name: "Ukraine's Air Force"."""


def possessed_force(text: str, found: Mention, places: Sequence[Mention], article: int) -> Mention | None:
    """ "Ukraine's Air Force said": the force the tagger read alone ("Air Force", an organisation) after its
    country's possessive, named with its country as the lower-case writing is ("Ukraine's air force"), not a
    bare "Air Force" that is every country's; else None."""
    if found.kind != "organization" or tuple(found.name.split()) not in FORCE_NAMES:
        return None
    place = next((p for p in places if p.kind == "place" and not p.demonym
                  and _POSSESSIVE_GAP.fullmatch(text, p.end, found.start)), None)
    if place is None:
        return None
    written = " ".join(text[place.start : found.end].split())
    return Mention(article, found.sentence, place.start, found.end, written, written, "organization")
