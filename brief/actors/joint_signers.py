"""Words several people give together, and a document they signed: "stars including Jamie Oliver and
Joe Wicks call on ...", "In an open letter, X and Y urge ... The letter warns ...".

Why: a joint statement or open letter names its signers once, in a list, and then quotes "the letter"
paragraph after paragraph. The source tagger often keeps only the list's last name ("fitness guru Joe
Wicks"), so the words went to whoever was named last; and "the letter" went back to its signers only
while no other "the letter" stood between. A reader files a joint letter under its first-named signer,
the lead one a list puts first, and follows "the letter" back to it until a new letter ("a letter from
the council") is brought in; the others signed the same words and hold them too (``paired_subjects``).
"""

from __future__ import annotations

import dataclasses
import functools
import re

from brief.actors.attribution import Attribution
from brief.actors.documents import AUTHORED, quoted_document
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.sentence_subjects import clause_start

_PARTY_TAG = r"(?:\s*\(\s*[RDI]-[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s*\)|\s*,\s*[RDI]-[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
"""A US legislator's party and state after a name of the list: "Sens. Jo Ames (R-Iowa) and Ty Bell (D-N.M.)",
"Sens. Jo Ames, R-Iowa, and Ty Bell, D-N.M." (not part of the tagged name)."""
_AND_GAP = re.compile(_PARTY_TAG + r"\s*,?\s+(?:and|&)\s+(?:[a-z][\w-]*\s+){0,3}")
"""Between the last two names of a list of speakers: "and", and a lower-case description of the
next ("and fitness guru ")."""
_COMMA_GAP = re.compile(_PARTY_TAG + r"\s*,\s+(?:[a-z][\w-]*\s+){0,3}")
"""Between earlier names of the list ("X, broadcaster Y and Z")."""
_NOT_SUBJECT = re.compile(
    r"\b(?:between|with|to|from|for|of|against|on|at|about|after|before|and|like|than|told|met|"
    r"called|thanked|criticised|criticized|accused|blamed|urged|asked)\s+(?:[a-z][\w-]*\s+){0,3}$"
)
"""Before the list: a word that makes it an object ("talks with Biden and Macron", "told Smith and
Jones"), not the speakers."""
_BEFORE_REACH = 40
"""Characters before the list's first name read for ``_NOT_SUBJECT`` (a preposition and a few words)."""


_SIGNERS_INTRO = re.compile(r"\b(?:including|such\s+as|among\s+them|led\s+by|signed\s+by)\s+(?:[a-z][\w-]*\s+){0,3}$")
"""Before a list of signers picked from a larger group ("stars including", "scientists led by")."""
_JOINT_WORDS = re.compile(rf"\b(?:joint|{'|'.join(sorted(AUTHORED))})\b", re.I)
"""A document or joint statement named in the list's sentence ("wrote an open letter", "In a joint statement")."""


def first_coordinated(text: str, m: Mention, mentions: MentionIndex, end: int) -> Mention:
    """The first name of the list of signers the speaker ``m`` closes ("stars including Jamie Oliver and
    Joe Wicks call on"; "X and Y wrote an open letter"): ``m`` itself when it ends no list of people,
    the list is an object, or nothing in its sentence (to ``end``, or a joint statement right after
    it) makes it signers: "Volker and Morrison said" stays with the last name, as the gold judges it (Volker,
    named in full before, holds the words too: ``coordinated_names.co_speaking_body``).
    A list of bodies or states is read the same ("Saudi Arabia and the United States said in a joint
    statement": Saudi Arabia, and the United States with it: ``coordinated_names.co_speaking_body``), with no
    "including" list, which picks people from a group."""
    personal = mentions.personal(m)
    if not personal and (m.demonym or m.kind not in _BODY_KINDS):
        return m
    first, gap = m, _AND_GAP
    for earlier in reversed(mentions.before(m.start)):
        if earlier.end > first.start or earlier.demonym:
            continue
        if not _same_side(mentions, earlier, personal) or not gap.fullmatch(text, earlier.end, first.start):
            break
        first, gap = earlier, _COMMA_GAP
    if first is m or _NOT_SUBJECT.search(text, max(0, first.start - _BEFORE_REACH), first.start):
        return m
    signers = ((personal and _SIGNERS_INTRO.search(text, max(0, first.start - _BEFORE_REACH), first.start))
               or _JOINT_WORDS.search(text, clause_start(text, first.start), end)
               or _JOINT_AFTER.match(text, end))
    return first if signers else m


_NEXT_NAME = re.compile(r"[A-Z][\w'’-]+")


def paired_speaker(text: str, m: Mention) -> bool:
    """Whether ``m`` is the first of a list of speakers ("Sens. Jo Ames (R-Iowa) and Ty Bell said"): a "they" after
    their words is the pair, filed under its first name as their words are, not the last body named before."""
    gap = _AND_GAP.match(text, m.end)
    return gap is not None and _NEXT_NAME.match(text, gap.end()) is not None


_JOINT_AFTER = re.compile(r",?\s+(?:on\s+\w+\s+)?in\s+(?:a|an)\s+joint\b")
"""A joint statement named right after the cue ("said in a joint statement", "said on Sunday in a
joint communique"): the words are the list's, not its last name's."""


_BODY_KINDS = frozenset({"organization", "place"})
"""Kinds of a name that may sign for a body: "Saudi Arabia and the United States said in a joint
statement" is filed under its first-named signer, as a joint letter of people is."""


def _same_side(mentions: MentionIndex, m: Mention, personal: bool) -> bool:
    """Whether ``m`` belongs in the list of signers: people with people, bodies (countries, firms)
    with bodies; a person before a country ("Blinken and Saudi Arabia") starts no list of bodies."""
    if personal:
        return mentions.personal(m)
    return not mentions.personal(m) and m.kind in _BODY_KINDS


_NEW_DOCUMENT = re.compile(r"\b(?:a|an|another|one)\s+(?:[\w-]+\s+){0,3}$", re.I)
_DETERMINED = re.compile(r"\b(?:the|this|that|its|their|his|her)\s+$", re.I)
"""A use of the noun that brings in a new document ("a second letter", "another statement"), not one
that refers back ("the letter", "a version of the letter")."""


def same_document(text: str, noun: str, issued_at: int, start: int, reach: int) -> bool:
    """Whether "the <noun>" at ``start`` is still the one issued at ``issued_at``: every use of the noun
    between refers back, none brings in a new one, and none stands more than ``reach`` characters
    after the one before (a text that dropped the letter for pages has moved on)."""
    before = issued_at
    for use in re.finditer(rf"\b{re.escape(noun)}s?\b", text[issued_at + 1 : start], re.I):
        at = issued_at + 1 + use.start()
        if at - before > reach or (_NEW_DOCUMENT.search(text, max(0, at - 40), at)
                                   and not _DETERMINED.search(text, max(0, at - 8), at)):
            return False
        before = at
    return start - before <= reach


_OPENING_DOCUMENT = r"(?:[A-Z][A-Z .,'-]+(?:\([^)]*\))?\s*[-–—:]\s*)?(?:In|Through|With)\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){{0,3}}?(?P<noun>{nouns})\b[^.!?\n]*?,\s+"
"""A sentence that opens with the document its subject speaks in ("In a joint statement, the club
said", "LONDON - In an open letter published today, campaigners ... urge": a dateline may come first)."""
FRAME_REACH = 160
"""Characters before a source read for an opening document frame (the frame and its comma)."""


@functools.lru_cache(maxsize=8)
def _opening_frame(nouns: frozenset[str]) -> re.Pattern[str]:
    """The opening-frame pattern for these document nouns, compiled once per set (one caller, one set)."""
    return re.compile(_OPENING_DOCUMENT.format(nouns="|".join(sorted(nouns))))


def opening_document(text: str, sentence_start: int, source_start: int, nouns: frozenset[str]) -> tuple[str, int] | None:
    """The document noun (and where it stands) of a frame opening the sentence before its source."""
    if source_start - sentence_start > FRAME_REACH:
        return None
    opening = re.match(r"[\s\-–—•*“\"]*", text[sentence_start:source_start])
    at = sentence_start + (opening.end() if opening else 0)
    frame = _opening_frame(nouns).match(text, at, source_start)
    if frame is None:
        return None
    return frame.group("noun").lower(), frame.start("noun")


_DOCUMENT_ASIDE = re.compile(
    r"[\s\-–—•*]*(?P<doc>(?:The|This|That)\s+(?:[a-z-]+\s+){0,2}?(?:" + "|".join(sorted(AUTHORED))
    + r"))\s*(?P<mark>,|–|—|\s-)[^.!?\n]*?(?P=mark)\s*")
"""A sentence opening with a document and an aside set off by commas or dashes, closed right before the
cue ("The letter – an edited version of which is reproduced above – warns", "The letter, signed by more
than 1,000 people, says"): the document is the source, not a name inside the aside."""


def document_aside(text: str, attribution: Attribution, sentence_start: int) -> Attribution:
    """The attribution with the document before an aside as its source, when its sentence opens so."""
    if attribution.content[0] < attribution.cue[1] or (attribution.source is not None
                                                       and attribution.source[0] < sentence_start):
        return attribution
    aside = _DOCUMENT_ASIDE.fullmatch(text, sentence_start, attribution.cue[0])
    if aside is None:
        return attribution
    return dataclasses.replace(attribution, source=aside.span("doc"))


_AGENT_AFTER = re.compile(r"\s+by\b")


def done_to_document(text: str, attribution: Attribution) -> bool:
    """ "The letter – also backed by BBC presenter Anita Rani – demands": a participle in "-ed" with its
    agent after "by" says what was done to the document, not what it says. Only for a document's source:
    with another ("the plan, endorsed by Senator X") the agent may be the one who speaks."""
    words = text[attribution.cue[0] : attribution.cue[1]].split()
    return (attribution.source is not None and quoted_document(text[attribution.source[0] : attribution.source[1]])
            and bool(words) and words[-1].endswith("ed") and _AGENT_AFTER.match(text, attribution.cue[1]) is not None)
