"""Paragraphs of quotation with no cue in an interview or a profile, which answer the writer or follow a remark on
the person speaking:

- "Is Starmer a good leader? | “Well, I'm fully supportive of him.”": the answer to a question the writer puts (a
  sentence of its own ending in "?") is the person last quoted, who is being asked; never one the question names
  (``named_before`` no longer takes a question for the sentence that names the speaker).
- "When I suggest the public minded the gifts, he interrupts me. | “I've known him for 30 years. ...”",
  "He is more emphatic on the war. “We should give them all the help we can.”": a remark whose subject is "he" or
  "she", with no cue, then a quotation: the person last quoted, when no one else of that gender was named since.
- "Draper meanwhile wrapped up his win, knocking out Albot in straight sets. | “Definitely having other Brits do
  well is amazing. ... we can all push each other.": a quotation in the first person right after a paragraph
  whose subject is the one person opening it (the others named there are what they did it to).

Why: each is how a profile or a match report lets a speaker go on without "he said"; the rules that go on with a
speaker (``speakers.continued_quotes``, ``named_before``) need the sentence before to be theirs or to name one
person only, so these paragraphs were no one's, or the name a question mentioned.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.asked_about import asked_about, writers_question
from brief.actors.attribution import Attribution
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.named_before import FIRST_PERSON
from brief.actors.opening_subject import opens_sentence
from brief.actors.speakers import Continued, quotes_to_its_end
from brief.actors.spoken_sentences import sentence_speakers
from brief.actors.whole_quotes import CLOSING, paragraph_end
from brief.actors.writer_turns import writers_turn
from brief.model import Sentence

LAST_QUOTED_REACH = 8
"""Sentences back within which the person last quoted may still be the one answering: an interview's question
follows its last answer closely; further back, a quotation may be anyone's."""
REMARK_WORDS = 45
"""Words of a remark on the speaker ("he interrupts me.") before their quotation: a longer sentence tells more."""

_OPENS = re.compile(r"[ \t\xa0]*(?P<mark>[“\"])[ \t]*[A-Z]")
_PRONOUN_SUBJECT = re.compile(r"(?:^|,\s+)(?P<pronoun>he|she|He|She)\s+(?!said\b|says\b|told\b|tells\b|added\b|adds\b)[a-z]")
"""A clause whose subject is "he"/"she", with no verb of saying (the model's cue there would name the speaker):
at the sentence's start, or after a fronted clause ("When I suggest ..., he interrupts me.")."""
_MARKS = re.compile(r"[“”\"]")


def interview_paragraphs(text: str, sentences: Sequence[Sentence], resolved: Sequence[tuple[Attribution, Mention]],
                         earlier: Sequence[Continued], index: MentionIndex, cues: Sequence[tuple[int, int]],
                         taken: Sequence[tuple[int, int]]) -> list[Continued]:
    """Quotations with no cue after a question put, a remark on "he"/"she", or a paragraph whose one subject is a
    person (see the module's docstring): each its speaker's, in the order the page gives them."""
    speakers = sentence_speakers(sentences, resolved)
    speakers.update((c.sentence, c.mention) for c in earlier)
    out: list[Continued] = []
    last: tuple[int, Mention] | None = None
    for k, s in enumerate(sentences):
        if k in speakers:
            last = (k, speakers[k])
            continue
        if k == 0 or not _quotation(text, s, cues) or any(a < s.end and s.start < b for a, b in taken):
            continue
        prev = sentences[k - 1]
        asked = _asked_by_name(text, s, prev, index)  # "I ask Blair if he thinks ...; he ... professes to “know ...”."
        if asked is not None:
            out.append(Continued(asked, k, (s.start, s.end)))
            last = (k, asked)
            continue
        if _MARKS.search(prev.text) or k - 1 in speakers or prev.text.rstrip().endswith(":"):
            continue  # a quotation before, or a colon's frame ("the website carries this statement:"): not theirs to go on
        speaker = (_answering(text, s, prev, last, index, k) or _remarked(text, s, prev, last, index, k)
                   or _subject_before(text, s, prev, index))
        if speaker is not None:
            out.append(Continued(speaker, k, (s.start, s.end)))
            last = (k, speaker)
    return out


def _quotation(text: str, s: Sentence, cues: Sequence[tuple[int, int]]) -> bool:
    """Whether the sentence opens a quotation (to its end or beyond) with a capital, and its paragraph holds no cue."""
    opening = _OPENS.match(text, s.start)
    if opening is None or not quotes_to_its_end(s.text):
        return False
    end = paragraph_end(text, s.start)
    return not any(c0 < end and s.start < c1 for c0, c1 in cues)


def _opens_paragraph(text: str, s: Sentence) -> bool:
    return not text[text.rfind("\n", 0, s.start) + 1 : s.start].strip()


def _recent(last: tuple[int, Mention] | None, k: int) -> Mention | None:
    """The person last quoted, within ``LAST_QUOTED_REACH`` sentences."""
    if last is None or k - last[0] > LAST_QUOTED_REACH or last[1].kind != "person":
        return None
    return last[1]


def _answering(text: str, s: Sentence, prev: Sentence, last: tuple[int, Mention] | None, index: MentionIndex,
               k: int) -> Mention | None:
    """The person last quoted, when the quotation's paragraph answers a question put as a paragraph of its own
    that does not name them (a question naming them is about them, or put to another)."""
    if not (_opens_paragraph(text, s) and _opens_paragraph(text, prev) and writers_turn(prev.text)):
        return None
    speaker = _recent(last, k)
    if speaker is None or any(_same(m, speaker) for m in index.within((prev.start, prev.end))):
        return None
    return speaker


def _remarked(text: str, s: Sentence, prev: Sentence, last: tuple[int, Mention] | None, index: MentionIndex,
              k: int) -> Mention | None:
    """The person last quoted, when the sentence before is a short remark whose subject is "he" or "she" of their
    gender, and no other person of it is named between their quotation and the quotation (but for those the
    writer asks about, in a question or in the remark's own opening clause: the topics put to the speaker)."""
    found = _PRONOUN_SUBJECT.search(prev.text)
    speaker = _recent(last, k)
    if found is None or speaker is None or len(prev.text.split()) > REMARK_WORDS or prev.text.rstrip().endswith("?"):
        return None
    pronoun = found.group("pronoun").lower()
    if not index.genders.fits(speaker, pronoun):
        return None
    asked = prev.start + found.start() if _WRITERS_CLAUSE.match(prev.text) else prev.start
    since = [m for m in index.within((speaker.end, s.start)) if m.kind == "person" and not _same(m, speaker)
             and index.genders.fits(m, pronoun) and not prev.start <= m.start < asked and not asked_about(text, m)]
    return None if since else speaker


_WRITERS_CLAUSE = re.compile(r"\s*(?:When|As|After|Before|If|Whenever|Once)\s+I\s")
"""A remark opening with the writer's own clause ("When I suggest the public minded his gifts to Lord X, he
interrupts me."): whom the writer brings up there is the topic put to the speaker, not another "he"."""


def _subject_before(text: str, s: Sentence, prev: Sentence, index: MentionIndex) -> Mention | None:
    """The person opening the paragraph right before a paragraph of quotation in the first person, its one subject
    (``named_before`` takes a sentence naming one person only)."""
    if not (_opens_paragraph(text, s) and _opens_paragraph(text, prev)) or writers_question(prev.text):
        return None
    people = [m for m in index.within((prev.start, prev.end)) if m.kind == "person" and not (m.demonym or m.writer or m.kin)]
    if len({m.name.split()[-1] for m in people}) < 2 or not opens_sentence(text, people[0].start):
        return None  # one person only: ``named_before``'s to read
    if not FIRST_PERSON.search(text, s.start, _quotation_end(text, s)):
        return None
    if any(_same(m, people[0]) for m in index.within((s.start, paragraph_end(text, s.start)))):
        return None  # a quotation that names them is about them
    return people[0]


def _quotation_end(text: str, s: Sentence) -> int:
    """Where the quotation the sentence opens closes, or its paragraph's end."""
    end = paragraph_end(text, s.start)
    opening = _OPENS.match(text, s.start)
    assert opening is not None
    close = CLOSING[opening.group("mark")].search(text, opening.end(), end)
    return close.end() if close is not None else end


_ASK_NAMED = re.compile(r"\s*I\s+(?:ask|asked|put\s+it\s+to)\s+$")
"""The writer's question put to someone by name, before the name: "I ask ", "I put it to "."""
_ASKED_WHAT = re.compile(r"\s+(?:if|whether|about|what|why|how|when)\b")
"""What the question is, right after the name asked."""


def _asked_by_name(text: str, s: Sentence, prev: Sentence, index: MentionIndex) -> Mention | None:
    """The person the writer's sentence asks by name ("I ask Blair if he thinks ..."), when the quotation opens the
    next paragraph: their answer, whatever the sentence quotes on the way (a phrase of theirs, "to “know the detail”")."""
    if not (_opens_paragraph(text, s) and _opens_paragraph(text, prev)):
        return None
    named = next((m for m in index.within((prev.start, prev.end)) if m.kind == "person"), None)
    if named is None or not _ASK_NAMED.fullmatch(text, prev.start, named.start) or not _ASKED_WHAT.match(text, named.end):
        return None
    return named


def _same(m: Mention, other: Mention) -> bool:
    return m.name.split()[-1] == other.name.split()[-1]
