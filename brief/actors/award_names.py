"""An award named like a person that the tagger typed one: "the Oscar telecast", "Oscar prospects", "the Emmy
nominations".

Why a module of its own: the awards of film, television, music and theatre go by a given name ("Oscar", "Emmy",
"Tony"), which the tagger and the list of given names read as a person's; entertainment pages then list
"Oscar" among the people. What shows the award is its writing: alone, never with a surname after it, and set
before the nouns of an award's season ("nominations", "ceremony", "race") or after "won an". A prize named for its
founder ("the Nobel", "a Pulitzer") the tagger types a body; alone it is the prize, which no one's words are put under
("In the past two decades, it has issued ..." went to "Nobel" of "award the Nobel to the panel"), unless a body's
noun follows it ("the Nobel committee said"): the committee, which speaks.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention

AWARDS = frozenset({"Oscar", "Oscars", "Emmy", "Emmys", "Grammy", "Grammys", "Tony", "Tonys", "Bafta", "Baftas",
                    "BAFTA", "BAFTAs"})
"""Awards named like a person (or written as a word): the only one-word names this module reads."""

_AWARD_NOUN = (r"(?:nominations?|nominees?|nominated|ceremony|ceremonies|telecast|broadcast|show|race|prospects?|"
               r"winners?|winning|committee|voters?|campaign|statuettes?|night|season|buzz|contenders?|hopefuls?|"
               r"awards?|nods?|glory|gold|strategist|favou?rites?|bait)")
_AWARD_AFTER = re.compile(rf"(?:['’]s)?(?:\s+[A-Za-z-]+)?\s+{_AWARD_NOUN}\b")
"""An award's noun right after the name, maybe after one word ("the Oscar telecast", "Oscar best-picture race")."""
_WON_BEFORE = re.compile(r"\b(?:won|win|wins|winning|an|two|three|four|five|six|seven|eight|his|her|their)\s+$")
"""A count or a win before the name ("won an Oscar", "two Emmys", "her Grammy")."""
_SURNAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
PRIZES = frozenset({"Nobel", "Nobels", "Pulitzer", "Pulitzers", "Booker"})
"""Prizes named for their founder, which the tagger types a body when written alone ("the Nobel", "two Pulitzers")."""
_PRIZE_BODY_AFTER = re.compile(r"(?:['’]s)?\s+(?:committee|foundation|institute|jury|judges|panel|academy|board|"
                               r"trustees|organi[sz]ers|secretary)\b", re.I)
"""A body's noun after a prize's name: the body that awards it ("the Nobel committee", "the Pulitzer board")."""


def _award(text: str, name: str) -> bool:
    """Whether the text writes the name as an award at least once and never with a capitalised word after it."""
    shown = False
    for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        if _SURNAME_AFTER.match(text, found.end()):
            return False  # "Oscar Pistorius", "Tony Blair": a person's given name
        if _AWARD_AFTER.match(text, found.end()) or _WON_BEFORE.search(text, max(0, found.start() - 12), found.start()):
            shown = True
    return shown


def awards_dropped(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, less each one-word "person" that the text writes only as an award."""
    awards = {m.name for m in mentions if m.kind == "person" and m.name in AWARDS and _award(text, m.name)}
    if not awards and not any(m.name in PRIZES for m in mentions):
        return mentions
    return [m for m in mentions if not (m.kind == "person" and m.name in awards or _prize(text, m))]


def _prize(text: str, m: Mention) -> bool:
    """ "award the Nobel to the panel", "his Pulitzer": a prize written alone, not its committee ("the Nobel
    committee")."""
    return m.name in PRIZES and m.kind != "place" and not _PRIZE_BODY_AFTER.match(text, m.end)
