"""An armed service written before a rank and a name: "Pentagon spokesman Navy Capt. Rob Halvers said", "Air Force
1st Lt. Dana Kroll".

Why: American copy writes a serving officer's branch before the rank, as part of the title; the tagger reads the
branch a name of its own, sometimes a person's ("Navy" with the role "Pentagon spokesman"), which then holds the
officer's quote. The branch there is the officer's title, no actor: the mention is dropped and the person after
the rank speaks. The branch named on its own ("the Navy said") stays. And after an inverted cue ("said Pentagon
spokesman Navy Capt. Jeff Davis") the source tagger ends the source at the rank's full stop: the name right after
it is the speaker (``ranked_after_source``), as after a police force's rank ("said Provincial Police Const. X").
"""

from __future__ import annotations

import re

from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention

SERVICES = frozenset({"Navy", "Army", "Air Force", "Marine Corps", "Marines", "Coast Guard", "National Guard",
                      "Space Force", "Royal Navy", "Royal Air Force", "RAF", "Royal Marines", "Air National Guard"})
"""Armed services whose name opens an officer's title."""
_RANK = (r"(?:\d+(?:st|nd|rd|th)\s+)?(?:(?:Rear|Vice|Staff|Master|Chief|Petty|Warrant|Lance|First|Senior|Command|Sgt\.?|"
         r"Tech\.?|Lt\.?)\s+){0,2}"
         r"(?:Adm|Gen|Brig|Col|Lt|Maj|Capt|Cmdr|Cdr|Sgt|Cpl|Pvt|Spc|Pfc|PO|CPO|Ens|Amn|SrA|Lt\.?\s+Col|Lt\.?\s+Cmdr)\.?"
         r"|(?:(?:Rear|Vice|Staff|Master|Chief|Petty|Warrant|Lance|First|Senior|Command|Lieutenant|Brigadier|Major)\s+){0,2}"
         r"(?:Admiral|General|Colonel|Lieutenant|Major|Captain|Commander|Sergeant|Corporal|Private|Specialist|Officer|"
         r"Ensign|Airman|Seaman)")
_RANK_THEN_NAME = re.compile(rf"\s+(?:{_RANK})\s+$")
"""What stands between the branch and the officer's name: a rank, abbreviated or written out ("Capt.", "1st Lt.",
"Staff Sgt.", "Rear Admiral", "Petty Officer")."""


def service_ranks_dropped(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without each armed service written right before a rank and a person's name (see the module's
    docstring)."""
    dropped = {i for i, m in enumerate(mentions[:-1]) if m.name in SERVICES and m.kind != "place"
               and mentions[i + 1].kind == "person" and _RANK_THEN_NAME.fullmatch(text[m.end : mentions[i + 1].start])}
    return [m for i, m in enumerate(mentions) if i not in dropped] if dropped else mentions


POLICE_RANKS = ("Const", "Cst", "Supt", "Insp", "Det")
"""A police rank's abbreviation ("Ontario Provincial Police Const. Dave Reid"), cut off at its full stop as a
service's is."""
_ABBREVIATED_RANK = re.compile(rf"\b(?:Adm|Gen|Brig|Col|Lt|Maj|Capt|Cmdr|Cdr|Sgt|Cpl|Pvt|Spc|Pfc|Ens|{'|'.join(POLICE_RANKS)})\.?\Z")
_STOP_THEN_NAME = re.compile(r"\.?\s")


def ranked_after_source(text: str, source: tuple[int, int], mentions: MentionIndex) -> Mention | None:
    """The person named right after a source that ends on an abbreviated rank ("... Navy Capt" of "Navy Capt. Jeff
    Davis"): the officer the rank is, cut off at its full stop; None otherwise."""
    if not _ABBREVIATED_RANK.search(text, source[0], source[1]):
        return None
    stop = _STOP_THEN_NAME.match(text, source[1])
    if stop is None:
        return None
    return next((m for m in mentions.within((stop.end(), len(text))) if m.start == stop.end() and m.kind == "person"), None)
