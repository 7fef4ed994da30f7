"""Whom a pronoun source stands for: "he" or "she" (a person: one named in the sentence, the last speaker, the one the
text introduced, or the last person named) and "it" or "they" (a body, a group, a document's author, or the one
who says "I").

Why: the pronouns are the largest cohesive part of reading a source (``brief.actors.positions``), and that module
had reached its size limit; the rules here read only the pronoun, the mentions before it and the last speaker.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from brief.actors.antecedents import indefinite_before, latest_subject_body
from brief.actors.asked_about import asked_about
from brief.actors.attribution import Attribution
from brief.actors.concessive_subjects import concessive_subject
from brief.actors.document_it import document_it
from brief.actors.framing_pronouns import fits_last, not_framed_otherwise
from brief.actors.fronted_clause_subjects import fronted_clause_subject
from brief.actors.fronted_described_subjects import described_subject_before
from brief.actors.fronted_others import not_fronted
from brief.actors.introduced_subjects import introduced_subject
from brief.actors.last_speaker import PRONOUN_REACH, SPEAKER_REACH, Speaker
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.narrated_subjects import narrated_subject
from brief.actors.paired_subjects import listed_they
from brief.actors.paragraph_reach import near_paragraphs
from brief.actors.people_since import people_before
from brief.actors.pronoun_bound_names import bound_by_pronoun
from brief.actors.pronoun_sources import no_antecedent, paired_with_pronoun
from brief.actors.source_words import GROUP, ONE_SPEAKING
from brief.actors.subject_antecedents import subject_antecedent
from brief.actors.unnamed_subjects import described_since


def person_pronoun_speaker(text: str, attribution: Attribution, mentions: MentionIndex, last: Speaker | None,
                           head: str, start: int, before: list[Mention]) -> Mention | None:
    """Whom a source of one person pronoun (``head``: "he", "she", ...; at ``start``) stands for, of the mentions
    ``before`` it, or None."""
    if described_subject_before(text, start, head, before):
        return None  # "Although the judge called Marten ..., he said": the judge, whom no name here stands for
    previous = last.mention if last else None
    spoke = last.sentence if last else -1
    # "she" is never a man the text shows to be one, nor "he" a woman; "Asked by X, he"; not one framed "he" for "she"
    before = not_framed_otherwise(not_fronted(text, mentions.genders.may_be(before, head, attribution.sentence), start, head), last, head)
    latest = latest_of_kind(before, "person")
    same_speaker = (last is not None and spoke == attribution.sentence and previous is not None
                    and previous.kind == "person" and fits_last(mentions.genders, last, head))
    if (latest is not None and latest.sentence == attribution.sentence and latest is not previous
            and not within(latest, attribution.content) and not same_speaker and not paired_with_pronoun(text, latest)):
        # "Soon after Ms. Price was elected, she said": named in the same sentence; the fronted clause's subject
        return fronted_clause_subject(text, before, start) or latest  # "When X met with Y, he said": X
    if same_speaker:
        return previous  # "Volker reiterated that he saw the inquiries into Biden ..., he understood": Volker
    introduced = introduced_subject(text, near_paragraphs(text, before, start), last, attribution.sentence, head,
                                    min(start, attribution.content[0]))
    if introduced is not None:
        return introduced  # "Fraser Amos, a student at ..., is helping .... “...,” he says": Amos
    reach = SPEAKER_REACH if _continues(text, attribution) else PRONOUN_REACH
    if last is not None and last.proxy and spoke >= attribution.sentence - PRONOUN_REACH:
        return previous  # "A representative for Pike said ... “He is well,” she said": the representative again
    if (last is not None and (last.person or mentions.personal(last.mention)) and spoke >= attribution.sentence - reach
            and fits_last(mentions.genders, last, head)):
        found = narrated_subject(text, before, previous, spoke, start, head) or previous  # “...,” he added: the last speaker
    else:  # the last person named, or the surname of one the tagger typed otherwise ("Ramdehol"); never one
        # named inside the words themselves ("“Tom would stay up there ...,” she says"), nor "a Trump supporter",
        # nor one her own "she" dealt with ("she was a fan of Simone") or the writer asked about ("Is Marsh ...?")
        found = subject_antecedent(text, [m for m in before if mentions.personal(m) and not m.demonym  # not "born to X"
                                          and not within(m, attribution.content) and not no_antecedent(text, m)
                                          and not bound_by_pronoun(text, m, head) and not asked_about(text, m)])
    return None if described_since(text, before, found, start, head) else found  # "One student ... She"


def group_pronoun_speaker(text: str, attribution: Attribution, mentions: MentionIndex, last: Speaker | None,
                          head: str, start: int, before: list[Mention],
                          resolve_span: Callable[[tuple[int, int]], Mention | None]) -> Mention | None:
    """Whom a source of one group pronoun (``head``: "it", "they", ...; at ``start``) stands for, of the mentions
    ``before`` it, or None; ``resolve_span`` reads another span of the text as the source (a fronted clause's subject
    the pronoun takes up)."""
    previous = last.mention if last else None
    spoke = last.sentence if last else -1
    if head == "they" and indefinite_before(text, start):
        return None  # "someone who knows they are infective ... where they expect to": no one in particular
    taken_up = concessive_subject(text, start, mentions.personal, resolve_span)
    if taken_up is not None:
        return taken_up[0]  # "Though the union has said ..., it has also warned": the union, or no one named
    if head == "they" and (listed := listed_they(text, before, mentions, attribution.sentence, last)) is not None:
        return listed  # "X and Y addressed the crowd. “...,” they said"; "The letter demands ... And they say": its signers
    document = document_it(text, start, attribution.cue, before) if head == "it" else None
    if document is not None:
        return document[1]  # "rejected the audit report. To start, it confirms": the report's author, or no one
    if (previous is not None and previous.kind != "person" and not mentions.personal(previous)
            and spoke >= attribution.sentence - PRONOUN_REACH and not (head == "they" and people_before(text, start, previous))
            and not (previous.kind == GROUP and head in ("it", "its"))):
        # "they" go on with a group of people; "it" with a body or a place; neither with one person,
        # though the tagger typed the last speaker's name otherwise ("Trump" after "Donald Trump")
        return previous
    if head == "they" and attribution.quote and ONE_SPEAKING.search(text, *attribution.content):
        # “I knew the risks,” they said: one person, who says "I"; the last speaker, or the last person named
        if last is not None and (last.person or mentions.personal(last.mention)) and spoke >= attribution.sentence - PRONOUN_REACH:
            return previous
        return next((m for m in reversed(before) if mentions.personal(m) and not m.demonym
                     and m.sentence >= attribution.sentence - PRONOUN_REACH), None)
    # not "posted to Facebook", "the EU's regime", nor a person's name the tagger read as a body's
    return latest_subject_body(text, [m for m in before if not mentions.personal(m)], attribution.sentence,
                               start if head == "they" else None, start if head == "it" else None)


_CONTINUING = re.compile(r"\b(?:add|added|adds|adding|continued|continues|went on|goes on|concluded)\b", re.I)


def _continues(text: str, attribution: Attribution) -> bool:
    """ "he added", "she went on", or a direct quotation: the same voice as before, most likely."""
    return attribution.quote or bool(_CONTINUING.search(text, attribution.cue[0], attribution.cue[1]))


def within(m: Mention, span: tuple[int, int]) -> bool:
    """Whether the mention lies inside the character span."""
    return m.start >= span[0] and m.end <= span[1]


def latest_of_kind(before: list[Mention], kind: str) -> Mention | None:
    """The last mention of that kind in ``before`` that is no demonym ("Israeli"), or None."""
    for m in reversed(before):
        if m.kind == kind and not m.demonym:
            return m
    return None
