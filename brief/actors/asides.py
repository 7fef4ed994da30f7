"""A quotation resumed after the writer's aside: "“A,” says Groene. “B.” That's obviously different
to Apple's approach, but Groene is unfazed. “C.”" — feature and interview pages break a speaker's
quotes with a sentence of their own (a gesture, a comment: "The composer takes a deep breath."),
then let the speaker go on with no cue. The quotation after the aside is the same speaker's when
the aside, in the same paragraph, names no other person and reports no one's words.

Why apart from ``continued_quotes``: that rule follows a quotation only from the sentence right
after its speaker's; this one crosses one sentence that is not a quotation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.speakers import Continued
from brief.actors.whole_quotes import paragraph_end
from brief.model import Sentence

ASIDE_SENTENCES = 1
"""Sentences of the writer's own between a speaker's quotation and the one that resumes it. One is
the layout of the feature pages read (a gesture or a comment between two quotations); after more,
the reader no longer hears the same voice, and the next quotation is as often another's."""

_OPENS = re.compile(r"[ \t\xa0]*[“\"]")
"""A sentence that opens with a double quote mark (single marks also open titles and scare quotes)."""
_QUOTE_MARK = re.compile(r"[“”\"]")
_CLOSE = {"“": "”", '"': '"'}
_WHOLE_SENTENCE = re.compile(r"[.!?…][ \t\xa0]+[A-Z“‘\"']")
"""A sentence ends inside the quotation: a speaker's words, however the writer's sentence goes on
after them ("“... our lyricists” – the songwriting duo ... – “and then ...”")."""


def quotations_after_asides(text: str, sentences: Sequence[Sentence], resolved: Sequence[tuple[Attribution, Mention]],
                            continued: Sequence[Continued], cues: Sequence[tuple[int, int]],
                            index: MentionIndex) -> list[Continued]:
    """Each quotation with no cue that resumes the quotation of the speaker before it: after one
    aside in the same paragraph, or straight after a quotation the model had no cue for (one that
    went on after its frame, and goes on in the next paragraph); the quotation, to its closing mark
    in its paragraph, is that speaker's."""
    speaker = speakers_by_sentence(sentences, resolved, continued)
    out: list[Continued] = []
    for k in range(1, len(sentences)):
        if k in speaker or not _OPENS.match(sentences[k].text):
            continue
        found = next((c for c in (_resumed(text, sentences, k, gap, speaker, cues, index)
                                  for gap in range(ASIDE_SENTENCES + 1)) if c is not None), None)
        if found is not None:
            speaker[k] = found.mention  # a third quotation may go on from this one
            out.append(found)
    return out


def _resumed(text: str, sentences: Sequence[Sentence], k: int, gap: int, speaker: dict[int, Mention],
             cues: Sequence[tuple[int, int]], index: MentionIndex) -> Continued | None:
    """Sentence k's quotation as the speaker's of the sentence gap sentences before it, or None."""
    before = k - gap - 1
    if before < 0 or before not in speaker or any(j in speaker for j in range(before + 1, k)):
        return None
    s, asides = sentences[k], sentences[before + 1 : k]
    new_paragraph = "\n" in text[sentences[before].end : s.start]
    if asides and new_paragraph:
        return None  # an aside is the writer's within the speaker's paragraph
    span = _quotation(text, s)
    if span is None or any(_QUOTE_MARK.search(a.text) for a in asides):
        return None
    reach = _sentence_end(sentences, span[1] - 1)
    if new_paragraph:  # a paragraph that holds a cue may be another speaker's (“A. B,” said Y)
        reach = max(reach, paragraph_end(text, s.start))
    if text[span[1] - 2] == "," or any(sentences[before].end <= c0 < reach for c0, _ in cues):
        return None  # the aside or the quotation has a cue of its own (“B,” Y added): the model's to read
    mention = speaker[before]
    if any(_other_person(m, mention, index) for a in asides for m in index.within((a.start, a.end))):
        return None  # "Then Hill walks in." names who may speak next
    return Continued(mention, k, span)


def speakers_by_sentence(sentences: Sequence[Sentence], resolved: Sequence[tuple[Attribution, Mention]],
                          continued: Sequence[Continued]) -> dict[int, Mention]:
    """The speaker whose words (or cue) each sentence holds."""
    speaker: dict[int, Mention] = {}
    for attribution, mention in resolved:
        lo = min(attribution.cue[0], attribution.content[0])
        hi = max(attribution.cue[1], attribution.content[1])
        for k, s in enumerate(sentences):
            if s.start < hi and lo < s.end:
                speaker[k] = mention
    for c in continued:
        for k, s in enumerate(sentences):
            if s.start < c.span[1] and c.span[0] < s.end:
                speaker.setdefault(k, c.mention)
    return speaker


def _quotation(text: str, sentence: Sentence) -> tuple[int, int] | None:
    """The quotation that opens the sentence, to its closing mark in the same paragraph; None when
    it closes before the sentence ends holding no sentence end of its own ("“Hummus” is a word ...":
    a word quoted in the writer's own sentence), or never closes."""
    opening = _OPENS.match(text, sentence.start)
    if opening is None:
        return None
    mark = text[opening.end() - 1]
    close = text.find(_CLOSE[mark], opening.end(), paragraph_end(text, sentence.start))
    if close < 0:
        return None
    if (close + 1 < sentence.end and text[close + 1 : sentence.end].strip(" .,!?;:…")
            and not _WHOLE_SENTENCE.search(text, opening.end(), close)):
        return None  # a phrase quoted in the writer's sentence, not a quotation broken by a dash
    return (opening.end() - 1, close + 1)


def _sentence_end(sentences: Sequence[Sentence], offset: int) -> int:
    """The end of the sentence that holds the offset (a frame after a quotation ends with its sentence)."""
    return next((s.end for s in sentences if s.start <= offset < s.end), offset + 1)


def _other_person(m: Mention, speaker: Mention, index: MentionIndex) -> bool:
    """A person named in the aside who is not the speaker (by no word of the speaker's name)."""
    if not index.personal(m):
        return False
    return not set(m.name.split()) & set(speaker.name.split())
