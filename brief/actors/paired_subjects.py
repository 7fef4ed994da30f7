""" "Union leaders Ana Kos and Dan Fell addressed the workers. “We will not back down,” they said": a "they" after
a sentence whose subject is a list of named people is that list, and every person of it holds the words.

Why: centering (see ``antecedents``) ranks a sentence's subject first as what the next sentence's pronoun goes on
with, and a plural subject of people is what a plural "they" takes up. The resolver read "they" back only to
the last *speaker*, or to a body, so a pair that was brought in doing something (not saying) lost its words. As
"X and Y said" gives the words to each (``joint_speakers``), so does a "they" that refers back to a listed
subject, whichever rule found its first name (here, or the last speaker "X and Y said. They added"), and so does
"the letter" filed under its first signer (``joint_signers``): its signers hold it together. Not a few signers
named out of many ("stars including X and Y"): the letter is the many's, filed under the first named as before.
Not a list that is an object ("met X and Y"), and not when a person or body is named between ("they" may be
theirs), unless the body is only where something went or whose it was ("told a Netflix crew": ``oblique``).
"""

from __future__ import annotations

import re

from brief.actors.antecedents import oblique
from brief.actors.attribution import Attribution
from brief.actors.companion_subjects import companion_they
from brief.actors.documents import quoted_document
from brief.actors.joint_signers import _AND_GAP, _COMMA_GAP, _NOT_SUBJECT, _SIGNERS_INTRO, paired_speaker
from brief.actors.last_speaker import PRONOUN_REACH, Speaker
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.opening_subject import opens_sentence
from brief.actors.user_handles import handle_they

SUBJECT_REACH = 1
"""Sentences back within which a listed subject is what "they" goes on with: the sentence before, or the same one
(further back another party has usually come in, and "they" as often means people unnamed)."""
MOST_LISTED = 6
"""Most people a listed subject holds here (as ``joint_speakers.MOST_SPEAKERS``): a longer run is a roll."""
LIST_REACH = 400
"""Characters after a list's first name read for the rest of it (six names with their titles)."""
_BEFORE_REACH = 40
"""Characters before the list's first name read for a word that makes it an object (``_NOT_SUBJECT``)."""
_THEY = re.compile(r"they", re.I)
_TO_CUE = re.compile(r"\s+(?:(?:also|both|jointly|together|have|has|had|all|then|later|earlier|on\s+[A-Z][a-z]+day)\s+)*")
"""Between a list's last name and the cue it is the subject of: adverbs and auxiliaries ("have both said"), as
``joint_speakers`` reads them (which imports this module, so it is written here)."""


def listed_people(text: str, first: Mention, mentions: MentionIndex) -> list[Mention]:
    """The people of a list that ``first`` opens ("X, Y and Z", with party tags or lower-case descriptions between),
    ``first`` included; just ``first`` when no list of named people follows it."""
    listed = [first]
    for m in mentions.within((first.end, first.end + LIST_REACH)):
        if m.start < listed[-1].end:
            continue
        last = listed[-1]
        if not mentions.personal(m) or m.demonym:
            break
        if _AND_GAP.fullmatch(text, last.end, m.start):
            listed.append(m)
            break
        if not _COMMA_GAP.fullmatch(text, last.end, m.start) or len(listed) >= MOST_LISTED:
            break
        listed.append(m)
    if len(listed) < 2 or not _AND_GAP.fullmatch(text, listed[-2].end, listed[-1].start):
        return [first]
    return listed


def paired_subject(text: str, before: list[Mention], mentions: MentionIndex, sentence: int) -> Mention | None:
    """The first person of a listed subject (two or more people named in full, opening their sentence, within
    ``SUBJECT_REACH`` sentences of ``sentence``) that a "they" there takes up, when no other person or body is named between
    the list and the pronoun; else None."""
    named = [m for m in before if not m.demonym and (mentions.personal(m) or (m.kind == "organization" and not oblique(text, m)))]
    for k in range(len(named) - 1, 0, -1):
        second, first = named[k], named[k - 1]
        if second.sentence < sentence - SUBJECT_REACH:
            return None
        if first.end > second.start:
            continue  # a mention inside another's span
        if not (mentions.personal(first) and mentions.personal(second)) or " " not in first.name + second.name:
            return None  # the last named is no person of a list: it is what "they" may be
        if not _COMMA_GAP.fullmatch(text, first.end, second.start) and not _AND_GAP.fullmatch(text, first.end, second.start):
            return None
        head = k - 1
        while head > 0 and _COMMA_GAP.fullmatch(text, named[head - 1].end, named[head].start) and mentions.personal(named[head - 1]):
            head -= 1
        lead = named[head]
        listed = listed_people(text, lead, mentions)
        if listed[-1] is not second or any(" " not in m.name for m in listed):
            return None
        if _NOT_SUBJECT.search(text, max(0, lead.start - _BEFORE_REACH), lead.start) or not opens_sentence(text, lead.start):
            return None
        return lead
    return None


def listed_they(text: str, before: list[Mention], mentions: MentionIndex, sentence: int,
                last: Speaker | None) -> Mention | None:
    """The list a "they" in ``sentence`` goes on with, by its first name (or the user a handle names, ``handle_they``, or
    the lead of "X and his colleagues", ``companion_they``): a listed subject just
    before (``paired_subject``), else the last speaker when it was a document's signers or a list of people ("The
    letter demands ... And they say"; "X and Y said. They added") within ``PRONOUN_REACH``; else None."""
    if (lead := handle_they(before, sentence) or companion_they(text, before, sentence)) is not None:
        return lead  # "kestrel77 joined ... they posted": one user, by a handle; "X and his colleagues asked": X
    pair = paired_subject(text, before, mentions, sentence)
    if pair is None and last is not None and (last.document or paired_speaker(text, last.mention)) and last.sentence >= sentence - PRONOUN_REACH:
        return last.mention
    return pair


def referring_co_speakers(text: str, attribution: Attribution, mention: Mention, mentions: MentionIndex) -> list[Mention]:
    """The others of the list ``mention`` opens, when the words' source is a "they" or "the letter" that refers back
    to it (the list's people hold the words together, as they hold "X and Y said"); empty otherwise."""
    if attribution.source is None or not mentions.personal(mention):
        return []
    if _SIGNERS_INTRO.search(text, max(0, mention.start - _BEFORE_REACH), mention.start):
        return []  # "stars including X and Y call on ...": a few named of many signers, filed under the first
    listed = listed_people(text, mention, mentions)
    source = text[attribution.source[0] : attribution.source[1]]
    if mention.end <= attribution.source[0] and (_THEY.fullmatch(source) or quoted_document(source)):
        return listed[1:]  # "they", "the letter" refer back to the list
    if len(listed) > 1 and _TO_CUE.fullmatch(text, listed[-1].end, attribution.cue[0]):
        return listed[1:]  # the list signs the words it is the subject of, its first name found for it (``joint_signers``)
    return []
