"""Unnamed people who speak for a body: "officials at the institution", "the officials" again, "an
official", and bare experts ("researchers predicted", "scientists believe") who go back to the body
just cited or stand for experts in general."""

from __future__ import annotations

import re

from brief.actors.body_reference import is_body
from brief.actors.content_ends import quoted_at
from brief.actors.indefinite_statements import indefinite_statement
from brief.actors.introduced_voices import introduced_voice
from brief.actors.last_speaker import PRONOUN_REACH, SPEAKER_REACH, Speaker
from brief.actors.mentions import Mention
from brief.actors.outlaw_groups import outlaw_group
from brief.actors.phrasing import verb_lemma
from brief.actors.referring import body_named
from brief.actors.source_words import EXPERTS, ORG_NOUNS
from brief.text.lexicon import AUXILIARY_VERBS

_OFFICIALS = frozenset("official officials spokesperson spokesman spokeswoman spokespeople representative "
                       "representatives researchers scientists".split())
AREA_UNITS = frozenset("county parish province district borough township municipality prefecture".split())
"""An area's common noun before "officials" ("county officials said"): they speak for the area of that
kind the text named ("Harlan County"), whose name ends in the noun."""
BODY_NOUNS = ORG_NOUNS | frozenset("institution hospital school college university department police trust".split())


_UNNAMED_VOICE = re.compile(r"\b[Aa]n?\s+([a-z]+)\s+spokes(?:person|man|woman)\b")
"""A voice brought in by its body's common noun ("A police spokesperson said:"): "the spokesperson" after it is
that voice again."""
VOICE_REACH = 600
"""Characters back from a bare "the spokesperson" searched for the voice it repeats (a few paragraphs)."""


def _voice_before(text: str, at: int, body: Mention) -> bool:
    """Whether an unnamed body's voice ("A police spokesperson") was brought in after ``body`` was named and before
    ``at``, or before a body named only inside its quotation: "The spokesperson added" is that voice again, and
    the place its quotation names ("an incident in the Harbour Road area of Portglen") is not who speaks."""
    found = list(_UNNAMED_VOICE.finditer(text, max(0, at - VOICE_REACH), at)) if at > 0 else []
    return bool(found) and found[-1].end() < at and (found[-1].start() > body.start or quoted_at(text, body.start))




def officials_of(words: list[str], before: list[Mention], last: Speaker | None, sentence: int,
                 cue: str = "", text: str = "", at: int = -1) -> Mention | None:
    """People who speak for a body without a name: "officials at the institution" speak for the
    body last named so ("the hospital") or, with a generic noun, for the last body named; "the
    officials" or "an official" again, for the body that spoke last, within ``SPEAKER_REACH``.
    Experts written bare with a cue in the simple present ("scientists believe", "scientists think")
    are experts in general, whoever spoke last (``generic_present``). A bare spokesperson where no
    body spoke within reach (``VOICES``) is the body named within ``PRONOUN_REACH`` sentences."""
    statement = indefinite_statement(words, last, sentence)
    if statement is not None:
        return statement  # "Qatar welcomed the proposals. “...,” a statement said.": Qatar's statement
    if len(words) == 2 and words[0] in AREA_UNITS and words[1] in _OFFICIALS:
        # "county officials said", "Parish officials said": the county or parish the text named; else a body
        # named after the area it serves ("District officials" of "the Oakdale Unified School District")
        area = next((m for m in reversed(before) if m.kind == "place" and not m.demonym and " " in m.name
                     and m.name.split()[-1].lower() == words[0]), None)
        return area if area is not None else body_named(before, words[0])
    if len(words) >= 4 and words[0] in _OFFICIALS and words[1] in ("at", "of", "from", "for") and words[2] == "the":
        noun = words[-1]
        named = body_named(before, noun)
        if named is not None or noun not in BODY_NOUNS:
            return named
        return next((m for m in reversed(before) if is_body(m)), None)
    bare = (len(words) == 1 and words[0] in _OFFICIALS) or (
        len(words) == 2 and words[0] in ("the", "an", "a") and words[1] in _OFFICIALS)
    # "NOAA released its outlook. Researchers predicted ...": experts written bare refer back as a bare
    # pronoun does, within PRONOUN_REACH; further on ("scientists believe") they are experts in general
    # (not after a body spoke only through a document, "the report said": that brings in no one)
    experts = len(words) == 1 and words[0] in EXPERTS
    reach = PRONOUN_REACH if experts else SPEAKER_REACH
    if experts and generic_present(cue):
        return None  # "Climate change is to blame too, scientists think": not the department just cited
    if (bare and last is not None and is_body(last.mention) and last.sentence >= sentence - reach
            and not (experts and last.document) and not _outlaws(text, last.mention, before)
            and not (words == ["officials"] and _BARE_OFFICIALS_SAID.search(
                text, max(0, last.mention.start - BARE_OFFICIALS_REACH), last.mention.start))
            and not (at > 0 and _REPORTED_VOICES.search(text, last.mention.end, at))):
        return last.mention
    if bare and words[-1] in VOICES:
        # "Velmora did not give figures, but the spokeswoman said": one who speaks for a body, where
        # none spoke within reach, speaks for the body just named, as "it said" would
        again = introduced_voice(text, at, before) if at > 0 else None
        if again is not None:
            return again  # "A Foreign Office spokesman said ... Al-Arabiya ... the spokesman added": the ministry's
        body = next((m for m in reversed(before) if is_body(m) and m.sentence >= sentence - PRONOUN_REACH
                     and not _ADDRESSED.search(text, max(0, m.start - ADDRESSED_REACH), m.start)), None)
        return None if body is None or _voice_before(text, at, body) else body
    return None


_BARE_OFFICIALS_SAID = re.compile(r"(?:^|\n|[.,;!?][\"”’']?\s+)(?:[Tt]he\s+)?[Oo]fficials\s+(?:have\s+|had\s+)?"
                                  r"(?:said|say|says|told|added|confirmed|stated)\b")
"""Officials written bare who spoke just before the body did ("no further signal was found, officials said. ... a GE
spokesman said. Officials said the sea ..."): the text's unnamed authorities, whom a later "officials" without an
article goes on with, not the body that spoke between ("the officials" are the ones just named: "Con Edison
officials said ... said the officials")."""
_REPORTED_VOICES = re.compile(r"\bthat\s+(?:[A-Za-z-]+\s+){0,3}(?:officials|spokes(?:man|woman|person|people)|researchers|"
                              r"scientists)\s+(?:have\s+|had\s+)?(?:said|say|says|told|believe|think)\b")
"""Officials whom the body that spoke last reported ("The Times Union reports that law enforcement officials say
..."): a later "Officials say" goes on with them, not with the body that reported them (a paper has no officials in
the story it reports); not "Con Edison officials said", the body's own."""
BARE_OFFICIALS_REACH = 600
"""Characters before the body's words read for the bare officials (a paragraph or two)."""
_ADDRESSED = re.compile(r"\b(?:to|told|with)\s+(?:the\s+)?$", re.I)
"""Before a body the words were given to ("in an email to the Dunmere Post"): no body it speaks for."""
ADDRESSED_REACH = 12
"""Characters before a body's name read for ``_ADDRESSED`` ("told the ")."""
VOICES = frozenset("spokesperson spokesman spokeswoman representative".split())
"""One who speaks for a body and no one else: written bare ("the spokeswoman"), a body's voice."""


def _outlaws(text: str, body: Mention, before: list[Mention]) -> bool:
    """Whether the text describes ``body`` as a gang or a hacking group at any mention of its name up to here."""
    return any(m.name == body.name and outlaw_group(text, m) for m in [*before, body])


def generic_present(cue: str) -> bool:
    """Whether a cue is a verb in its base form, the simple present of a plural subject ("believe",
    "think", "say"), not a past or perfect ("predicted", "have found"): a bare plural with such a verb
    reads as the kind in general ("scientists believe that ..."), one in a past event as the particular
    people the text just brought in ("Researchers predicted that ..."; Carlson 1977 on bare plurals)."""
    first = cue.lower().split()[0] if cue.split() else ""
    return first not in AUXILIARY_VERBS and verb_lemma(first) == first
