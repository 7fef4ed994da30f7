"""A quotation set down bare after one sentence of the writer's whose subject is "he" or "she", right after
a person's words: '"I didn't believe that," Simon said. | He also made no excuses for Hicks, who lost his
contract. | "I always said Hicks was not the best singer."' — the pronoun goes on with the one who just spoke,
and the quotation after it is theirs.

Why a module of its own: the rules that go on with a speaker need the sentence right before the quotation to be
theirs (``speakers.continued_quotes``), or an aside that names no one (``quote_paragraphs.after_aside``), or a
sentence naming one person only (``named_before``); an aside about the speaker that names whom they spoke of
("no excuses for Hicks") met none of them, so the quotation was no one's.

Read only where the quotation is a first person's, holds no cue and does not name the speaker; the aside opens
with the pronoun, quotes nothing, holds no cue, is no one's position and does not say the speaker declined to
comment; and the pronoun agrees with the speaker's given name where that tells a gender.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution
from brief.actors.gender import FEMALE, MALE, first_names
from brief.actors.mentions import Mention
from brief.actors.named_before import FIRST_PERSON
from brief.actors.speakers import Continued, quotes_to_its_end
from brief.actors.spoken_sentences import sentence_speakers
from brief.model import Sentence

ASIDE_WORDS = 30
"""Words of the aside at most: a sentence on what the speaker did ("He also made no excuses for ..."); a longer
passage tells more, and a quotation after it may be anyone's."""
_PRONOUN_SUBJECT = re.compile(r"[\s\-–—•*]*(?P<pronoun>He|She)\s+(?!said\b|says\b|added\b|adds\b|told\b|tells\b)[a-z]")
"""An aside whose subject is "he" or "she", with no verb of saying right after it (that is a cue the model reads)."""
_PRONOUN_GENDER = {"He": MALE, "She": FEMALE}
_SILENT = re.compile(r"\b(?:(?:declined|refused)\s+to\s+comment|unavailable\s+for\s+comment|could\s+not\s+be\s+reached|"
                     r"did\s+not\s+(?:respond|reply|return))\b", re.IGNORECASE)
"""An aside saying the speaker gave no more words: a quotation after it is someone else's."""
_MARKS = re.compile(r"[“”\"]")
"""A quotation mark: an aside that holds one quotes someone, and the quotation after it goes on with them."""


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


def _agrees(pronoun: str, speaker: Mention, mentions: Sequence[Mention]) -> bool:
    """Whether "he" or "she" may be the speaker: a person, whose given name (the article may write it only where
    it first names them: "Helen Brennick", then "Brennick") is of the pronoun's gender where it tells one."""
    if speaker.kind != "person" or speaker.demonym or speaker.writer:
        return False
    surname = speaker.name.split()[-1]
    given = {m.name.split()[0] for m in mentions if m.kind == "person" and len(m.name.split()) > 1
             and m.name.split()[-1] == surname}
    genders = {first_names().get(g, "") for g in given} & {MALE, FEMALE}
    return not genders or _PRONOUN_GENDER[pronoun] in genders


def quotations_after_pronoun_aside(text: str, sentences: Sequence[Sentence],
                                   resolved: Sequence[tuple[Attribution, Mention]], mentions: Sequence[Mention],
                                   cues: Sequence[tuple[int, int]], taken: Sequence[tuple[int, int]]) -> list[Continued]:
    """Each sentence that is a first person's quotation with no cue, after one "He ..." or "She ..." aside that
    follows a sentence a person spoke in: that person's words."""
    speaker = sentence_speakers(sentences, resolved)
    out: list[Continued] = []
    for k in range(2, len(sentences)):
        s, aside = sentences[k], sentences[k - 1]
        said = speaker.get(k - 2)
        if said is None or k in speaker or k - 1 in speaker or not quotes_to_its_end(s.text):
            continue
        lead = _PRONOUN_SUBJECT.match(aside.text)
        if lead is None or not _agrees(lead.group("pronoun"), said, mentions):
            continue
        if _MARKS.search(aside.text) or len(aside.text.split()) > ASIDE_WORDS or _SILENT.search(aside.text):
            continue
        if _overlaps(cues, aside.start, s.end) or _overlaps(taken, aside.start, s.end):
            continue  # a cue may name another speaker; a position there is someone's already
        if not FIRST_PERSON.search(s.text) or said.name.split()[-1] in s.text:
            continue  # words about the speaker, not their own, may be anyone's
        out.append(Continued(said, k, (s.start, s.end)))
    return out
