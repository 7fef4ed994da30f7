"""An office described before its holder is named: "The miner's chief executive said the flooding was
“a one-off event”. Speaking on a call with analysts, Gordon Whyte added: ...". News may give a
statement under a body's office ("the company's spokeswoman", "its chairman") and name the holder
in the next sentence, bare, as a reader already told who they are. The office's words are the
holder's; with no name at all they stayed no one's.

Only a person named there for the first time, by their name alone (a new person with a role of their
own, "Analyst Jane Doe said", is someone else), within ``OFFICE_REACH`` sentences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.speakers import Continued

OFFICE_REACH = 2
"""Sentences after the office's statement within which its holder is named (the next, or one more)."""
_OFFICES = ("chief executive|chief executive officer|executive|chairman|chairwoman|chairperson|chair|president|"
            "spokesman|spokeswoman|spokesperson|managing director|director|general manager|manager|head|founder|"
            "co-founder|boss|coach|owner|principal|headteacher|secretary|leader|governor|mayor|chief|CEO")
_OFFICE_SOURCE = re.compile(rf"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w&.-]+['’]s?\s+)?(?:[a-z-]+\s+){{0,2}}?(?:{_OFFICES})")
"""A body's office with no name: "The miner's chief executive", "the company's spokeswoman", "its chairman"."""
_BARE_TITLES = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prof)\.?\s+)?")
"""What may stand before the holder's name in a source that is their name alone."""


def described_office(text: str, attribution: Attribution) -> bool:
    """Whether the attribution's source is a body's office and nothing more."""
    source = attribution.source
    return source is not None and _OFFICE_SOURCE.fullmatch(text[source[0] : source[1]].strip()) is not None


def named_holders(text: str, offices: Sequence[tuple[Attribution, str]], resolved: Sequence[tuple[Attribution, Mention]],
                  index: MentionIndex) -> list[Continued]:
    """Each office's words under the person who speaks next, where that person is first named there,
    by their name alone."""
    found = []
    for attribution, cue in offices:
        later = next(((a, m) for a, m in resolved if a.sentence > attribution.sentence), None)
        if later is None or later[0].sentence > attribution.sentence + OFFICE_REACH or later[0].source is None:
            continue
        m, source = later[1], later[0].source
        named = text[source[0] : source[1]].strip()
        title = _BARE_TITLES.match(named)
        if m.kind != "person" or (title is not None and named[title.end() :] != m.surface):
            continue  # a role of the later speaker's own: someone else
        if any(n.name == m.name and n.start < m.start for n in index.mentions):
            continue  # named before: they would have been named with the office
        found.append(Continued(m, attribution.sentence, attribution.content, cue=cue))
    return found
