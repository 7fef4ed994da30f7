"""Whole paragraphs of quotation with no cue, read as the speaker's whom the paragraphs around give:

- "“We were promised flood defences. Nothing has been built. | “Every time it rains I lie awake,”
  said Joan Pritchard": a quotation that runs over paragraphs leaves its mark open at each
  paragraph's end (the convention of English print), and its speaker may be named only in the
  last paragraph; the paragraphs before are theirs too (``carried_back``).
- "Burns told Chortle a phone call led to a tour. But don't worry, this isn't your typical musical. |
  “It's not a musical. I can't abide musicals.”": a paragraph that is a first person's quotation,
  after one short aside of the writer's that names no one, goes on with the speaker before the aside
  (``after_aside``). The rules that go on with a speaker (``speakers.continued_quotes``) need the
  sentence right before to be theirs, and ``named_before`` a sentence that names them, so these were
  no one's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution
from brief.actors.interview_paragraphs import interview_paragraphs
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.named_before import FIRST_PERSON
from brief.actors.single_marks import SINGLE_MARKS, inner_pairs_close
from brief.actors.speakers import Continued, quotes_to_its_end
from brief.actors.spoken_sentences import sentence_speakers
from brief.actors.whole_quotes import CLOSING, QUOTED_PARAGRAPHS, paragraph_end, quotation_end
from brief.model import Sentence

ASIDE_SENTENCES = 2
"""Sentences of the writer's own that may end the speaker's paragraph before their quotation."""
ASIDE_WORDS = 40
"""Words of that aside, in all ("But don't worry, this isn't your typical boring musical."): a remark
or two; a longer passage tells more, and a quotation after it may be anyone's."""

_OPENS_CARRIED = re.compile(r"[ \t\xa0]*(?P<mark>[“\"‘]|'(?=[A-Z]))")
"""A paragraph's opening mark in ``carried_back``: a straight single one too, before a capital (a page
that quotes in 'straight single' marks runs its quotations over paragraphs the same way)."""
_OPENS_ANY = re.compile(r"[ \t\xa0]*(?P<mark>[“\"‘])")
"""A paragraph's opening mark, single ones too: a page that quotes in ‘single’ marks sets whole
paragraphs of quotation in them."""
_CREDIT = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?")
"""What may follow a paragraph's quotation: nothing, or a credit in brackets ("(Via Chortle)")."""
_MARKS = re.compile(r"[“”\"‘]")
"""A quotation mark in the aside: a sentence that quotes is no aside but someone's words (a closing
single mark is left out: it is as often an apostrophe, "don’t")."""


def _opens_paragraph(text: str, s: Sentence) -> bool:
    """Whether the sentence is its paragraph's first (only blanks between it and the line's start)."""
    return not text[text.rfind("\n", 0, s.start) + 1 : s.start].strip()


def _cue_between(cues: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a cue of the model's stands in the span (another speaker may be named there)."""
    return any(c0 < end and start < c1 for c0, c1 in cues)


def paragraph_runs(text: str, sentences: Sequence[Sentence], resolved: Sequence[tuple[Attribution, Mention]],
                   mentions: Sequence[Mention], index: MentionIndex, cues: Sequence[tuple[int, int]],
                   taken: Sequence[tuple[int, int]], earlier: Sequence[Continued]) -> list[Continued]:
    """Every paragraph of quotation with no cue these rules give a speaker: ``carried_back``, ``after_aside``, and
    an interview's answers and quotations after a remark on their speaker (``interview_paragraphs``), which go on
    from the speakers found before them (``earlier``) too."""
    runs = [*carried_back(text, sentences, resolved, cues), *after_aside(text, sentences, resolved, mentions, cues, taken)]
    return runs + interview_paragraphs(text, sentences, resolved, [*earlier, *runs], index, cues, taken)


def carried_back(text: str, sentences: Sequence[Sentence], resolved: Sequence[tuple[Attribution, Mention]],
                 cues: Sequence[tuple[int, int]]) -> list[Continued]:
    """Each paragraph that opens a quotation and leaves it open at its end, with no cue, right before
    a paragraph that reopens it with the same mark and whose first sentence is a resolved speaker's:
    that speaker's words (``whole_quotes`` widens the first sentence to the paragraph's end)."""
    speaker = sentence_speakers(sentences, resolved)
    out: list[Continued] = []
    for k, s in enumerate(sentences):
        opening = _OPENS_CARRIED.match(text, s.start)
        if opening is None or k in speaker or not _opens_paragraph(text, s):
            continue
        end = paragraph_end(text, s.start)
        mark = opening.group("mark")
        _, closed = quotation_end(text, opening.end(), mark, end)
        if closed and mark in SINGLE_MARKS:
            closed = not inner_pairs_close(text[opening.end() : end], mark)  # 'we hold to 'no first use' and ...
        if closed or _cue_between(cues, s.start, end) or not quotes_to_its_end(s.text):
            continue
        nxt = next((j for j in range(k + 1, len(sentences)) if sentences[j].start > end), None)
        if nxt is None or nxt not in speaker:
            continue
        reopened = _OPENS_CARRIED.match(text, sentences[nxt].start)
        if (reopened is None or reopened.group("mark") != mark
                or text[end : sentences[nxt].start].strip()):
            continue  # the next paragraph must go on with the quotation, nothing between
        out.append(Continued(speaker[nxt], k, (s.start, s.end)))
    return out


def after_aside(text: str, sentences: Sequence[Sentence], resolved: Sequence[tuple[Attribution, Mention]],
                mentions: Sequence[Mention], cues: Sequence[tuple[int, int]],
                taken: Sequence[tuple[int, int]]) -> list[Continued]:
    """Each paragraph that is wholly a first person's quotation, with no cue, after a paragraph whose
    one speaker's sentence is followed only by a short aside (``ASIDE_SENTENCES``, ``ASIDE_WORDS``)
    that names no person, quotes nothing and states nothing: that speaker's words."""
    speaker = sentence_speakers(sentences, resolved)
    out: list[Continued] = []
    for k, s in enumerate(sentences):
        if k in speaker or not _opens_paragraph(text, s) or any(k == c.sentence for c in out):
            continue
        said = next((j for j in range(k - 1, max(k - 2 - ASIDE_SENTENCES, -1), -1) if j in speaker), None)
        if said is None or said == k - 1:
            continue  # no speaker just before, or one right before (``continued_quotes`` goes on with them)
        asides = sentences[said + 1 : k]
        paragraph = text.rfind("\n", 0, sentences[said].start) + 1
        if (sum(len(a.text.split()) for a in asides) > ASIDE_WORDS
                or any(_MARKS.search(a.text) or "\n" in text[sentences[said].end : a.start] for a in asides)
                or any(a.start <= m.start < a.end and m.kind == "person" for a in asides for m in mentions)
                or any(a < asides[-1].end and asides[0].start < b for a, b in taken)):
            continue  # an aside that quotes, names someone, is someone's, or stands in a paragraph of its own
        quoted = _quote_paragraph(text, s, cues)
        if quoted is None or not FIRST_PERSON.search(text, *quoted[0]):
            continue  # words about someone, not a speaker's own, may be anyone's
        voices = {speaker[j].name for j in speaker if sentences[j].start >= paragraph and j <= said}
        if len(voices) != 1:
            continue  # two speakers in the paragraph before: whose words go on is unclear
        out.append(Continued(speaker[said], k, quoted[0]))
        for j in range(k + 1, min(k + 1 + QUOTED_PARAGRAPHS, len(sentences))):
            following = _quote_paragraph(text, sentences[j], cues)
            if j in speaker or following is None or following[1] != quoted[1]:
                break  # the quotation's paragraphs go on, each in the same marks, to the first that does not
            out.append(Continued(speaker[said], j, following[0]))
    return out


def _quote_paragraph(text: str, s: Sentence, cues: Sequence[tuple[int, int]]) -> tuple[tuple[int, int], str] | None:
    """The span of the quotation that the sentence opens, and its mark, where it opens its paragraph
    and is all of it, with no cue (one there may name another speaker); else None."""
    if not _opens_paragraph(text, s) or not quotes_to_its_end(s.text):
        return None
    end = paragraph_end(text, s.start)
    opening = _OPENS_ANY.match(text, s.start)
    if opening is None or _cue_between(cues, s.start, end):
        return None
    close = CLOSING[opening.group("mark")].search(text, opening.end(), end)
    if close is not None and not _CREDIT.fullmatch(text, close.end(), end):
        return None  # words after the quotation in its paragraph: not a paragraph of quotation alone
    stop = close.end() if close is not None else len(text[:end].rstrip())
    if opening.group("mark") == "‘":  # the words inside single marks: a position shows them in double ones
        return (opening.end(), close.start() if close is not None else stop), "‘"
    return (opening.start("mark"), stop), opening.group("mark")
