"""Every person of a list of named speakers that opens a sentence: "Chairman Neil Ford and Vice Chairman Chad
Mitchum said the office is in good shape", "Forum CEO Jack Garland, Council CEO Cal Dorsey and Association CEO
Ed Hamblin said the tariffs would ...". Each named speaker holds the words.

Why: the source tagger keeps one name of such a list (usually the last), and ``co_speaking_body`` adds one partner
only where the words say the two speak together. A list of people, each named in full with only titles between
them, that stands as the sentence's subject right before the cue is the cue's subject as a whole: an analyst
looks for the words under each. Not a list that is an object ("a friend of X and Y said") nor a clause of its
own ("X said, and Y agreed": a verb between the names).
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.callings import CALLINGS
from brief.actors.coordinated_names import co_speaking_body
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.paired_subjects import referring_co_speakers
from brief.actors.proxied_clients import speaks_for_list
from brief.actors.titled_sources import TITLE_ENDS

_LINK_WORDS = frozenset({"of", "the", "for", "and", "chief", "executive", "vice", "deputy", "senior", "general"})
"""Lower-case words a title between listed names may hold besides title ends ("chief executive of the Forum")."""
_WORD = r"(?:[A-Z][a-z]{0,3}\.|[\w'’&-]+)[ \t]+"
"""A word of a title, on the line: a short abbreviation may end with a stop ("Sen.", "Dr."), no other word may
(a sentence's end)."""
_GAP = re.compile(rf"(?:\s*,\s+(?:and\s+)?|\s+(?:and|&)\s+)((?:{_WORD}){{0,7}})")
"""Between two listed names: a comma or "and", then the next one's title ("Chemical Makers Council CEO ")."""
_TO_CUE = re.compile(r"\s+(?:(?:also|both|jointly|together|have|has|had|all|then|later|earlier|on\s+[A-Z][a-z]+day)\s+)*")
"""Between the last name and its cue: adverbs and auxiliaries ("have both said")."""
_OPENING = re.compile(
    r"(?:^|\n|[.!?][\"”’']?\s+)\s*(?:(?:But|And|Meanwhile|However|Separately|(?:(?:In|On|At|After|During|Speaking|Writing|"
    rf"Earlier|Later|Last|This)\b[^.;:!?\n,]{{0,80}}),)\s+)?((?:{_WORD}){{0,7}})$")
"""The sentence's opening before the list: perhaps a fronted phrase and its comma ("In an op-ed in the Examiner,"),
then the first name's title."""
OPENING_REACH = 160
"""Characters before the first name searched for the sentence's opening: a fronted phrase and a title."""
MOST_SPEAKERS = 6
"""Most names a list of joint speakers holds here: a longer run of names is a roll, not a subject."""


def _title(words: str) -> bool:
    """Whether words before a name are a title: capitalised words, title words, possessives, linking words."""
    return all(w[:1].isupper() or w.lower() in TITLE_ENDS or w.lower() in CALLINGS or w.lower() in _LINK_WORDS
               or w.endswith(("'s", "’s")) for w in words.split())


def joint_speakers(text: str, attribution: Attribution, mention: Mention, mentions: MentionIndex) -> list[Mention]:
    """The other people of a subject list of named speakers that holds ``mention`` right before the cue (see the
    module's docstring); empty when there is no such list."""
    cue = attribution.cue[0]
    listed: list[Mention] = []
    people = [m for m in mentions.within((max(0, cue - OPENING_REACH * 3), cue)) if m.end <= cue and mentions.personal(m)]
    for m in reversed(people):
        if not listed:
            if not _TO_CUE.fullmatch(text, m.end, cue):
                return []
            listed.append(m)
            continue
        if m.end > listed[-1].start:
            continue  # a mention inside the last one's span
        gap = _GAP.fullmatch(text, m.end, listed[-1].start)
        if gap is None or not _title(gap.group(1)):
            break
        listed.append(m)
    if not 2 <= len(listed) <= MOST_SPEAKERS:
        return []
    first = listed[-1]
    opening = _OPENING.search(text, max(0, first.start - OPENING_REACH), first.start)
    proxied = opening is not None and speaks_for_list(opening.group(1))  # "The lawyer for X and Y said": each
    if any(" " not in m.name for m in listed) and not proxied:
        return []
    if opening is None or not _title(opening.group(1)) or (opening.group(1).split()[-1:] in (["of"], ["for"]) and not proxied):
        return []  # "A friend of X and Y said": the list is whose the speaker is
    if not any(m.start == mention.start or m.name == mention.name for m in listed):
        return []
    return [m for m in reversed(listed) if m.name != mention.name]


def co_speakers(text: str, attribution: Attribution, mention: Mention, mentions: MentionIndex) -> list[Mention]:
    """Who else holds ``mention``'s words: every other person of a listed subject (or of the list a "they" takes up), else the one body or person
    ``co_speaking_body`` finds joined to it ("X and Y said they ...")."""
    listed = (joint_speakers(text, attribution, mention, mentions)
              or referring_co_speakers(text, attribution, mention, mentions))  # "X and Y ... “...,” they said"
    partner = None if listed else co_speaking_body(text, attribution, mention, mentions)
    return listed or ([partner] if partner is not None else [])
