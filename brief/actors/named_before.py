"""A quotation set down with no cue right after a sentence that names its speaker: "That's obviously
different to Apple's iMac approach, but Groene is unfazed. “That's important to us, ...”"; "In
honor of my mom, I'm going to close with a quote from ... Mark Twain. | “Twenty years ...”";
"Donated by Gina McVey, Oak Grove, Calif. | “In 2010, I took my car to ...”". News introduces a
speaker in a sentence of its own and lets the quotation follow bare; the rules that go on with a
quotation (``speakers.continued_quotes``) need the sentence before to be an attribution, so these
were no one's.

Read only where the quotation is a first person's (its words say "I", "my", "we" ...: a quotation of
someone else's words about the one named, "He was just one of the strange individuals ...", is not
theirs), the sentence before names one person and is no quotation itself nor held by any position,
and the quotation holds no cue (one there may name another speaker; ``whole_quotes`` widens it
no further than the next cue).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.asked_about import writers_question
from brief.actors.mentions import Mention
from brief.actors.opening_subject import opens_sentence
from brief.actors.pronoun_bound_names import after_pronoun_subject
from brief.actors.single_quotes import holds_single_quotation
from brief.actors.speakers import Continued, quotes_to_its_end
from brief.model import Sentence

_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|me|my|mine|we|We|we['’](?:re|ve|d|ll)|We['’](?:re|ve|d|ll)|us|our|Our|My)\b")
"""The speaker's own voice in a quotation: a pronoun of the first person."""
FIRST_PERSON = _FIRST_PERSON
_MARKS = re.compile(r"[“”\"]")
"""A quotation mark: a sentence that holds one is someone's quotation, not the one naming the speaker."""


def quotations_after_naming(text: str, sentences: Sequence[Sentence], mentions: Sequence[Mention],
                            cues: Sequence[tuple[int, int]], taken: Sequence[tuple[int, int]]) -> list[Continued]:
    """Each sentence that is a first person's quotation with no cue in its paragraph, right after a
    sentence that names one person, holds no quotation mark and no position: that person's words."""
    out: list[Continued] = []
    for k in range(1, len(sentences)):
        s, prev = sentences[k], sentences[k - 1]
        if (not quotes_to_its_end(s.text) or _MARKS.search(prev.text) or holds_single_quotation(prev.text)
                or writers_question(prev.text)):  # "Is Marsh a good leader? | “...”": the one asked answers
            continue  # the sentence before quotes someone (in double marks or single): this goes on with it
        if text[prev.end : s.start].strip():
            continue  # words between (page furniture left out of the sentences): not the sentence before
        if any(c0 < s.end and s.start < c1 for c0, c1 in cues):
            continue  # a cue in the quotation: the model's to read
        if any(a < s.end and prev.start < b for a, b in taken):
            continue  # the sentence before said by someone (continued_quotes goes on with them), or this one held
        people = [m for m in mentions if prev.start <= m.start < prev.end and m.kind == "person"
                  and not (m.demonym or m.writer or m.kin) and not after_pronoun_subject(text, m)]  # "he gave Starmer"
        if not people and k >= 2 and _PRONOUN_LEAD.match(prev.text) and len(prev.text.split()) <= LEAD_IN_WORDS:
            # "Parent Jo Wilks said ... | She didn't hold back. | “...”", "Her son, Dai Ellis, wants an inquiry. He was angry. “...”"
            people = _named_in(mentions, sentences[k - 2], kin=True)
            if len({m.name.split()[-1] for m in people}) == 1:
                out.append(Continued(people[-1], k, (s.start, s.end)))
            continue
        if len({m.name.split()[-1] for m in people}) != 1 or _SILENT.search(prev.text):
            continue  # "Paul Wade was unavailable for comment.": the one named did not speak
        speaker = people[-1]
        if not (_FIRST_PERSON.search(s.text) or _leads_in(text, prev, s, speaker)):
            continue  # third-person words after a sentence that only names them are as often about them
        if any(s.start <= m.start < s.end and m.name.split()[-1] == speaker.name.split()[-1] for m in mentions):
            continue  # a quotation that names them is about them
        out.append(Continued(speaker, k, (s.start, s.end)))
    return out


_SILENT = re.compile(r"\b(?:(?:was|were|is|are)\s+(?:not\s+)?(?:unavailable|available)\s+for\s+comment|"
                     r"(?:declined|refused)\s+to\s+comment|could\s+not\s+be\s+reached|did\s+not\s+(?:respond|reply|return)|"
                     r"(?:has|have)\s+not\s+(?:responded|replied)|no\s+comment)\b", re.IGNORECASE)
"""A sentence saying its person gave no words ("was unavailable for comment", "declined to comment"): a
quotation after it is someone else's (the story's own voice, quoted earlier), not theirs."""

LEAD_IN_WORDS = 12
"""Words of a sentence that leads into its subject's quotation ("Union leader Mick Lawson was having
none of it.", "Rail analyst Chris Dunne had a different view of the dispute."): a short remark on
how they spoke; a longer sentence tells what they did, and a quotation after it may be anyone's."""
_QUOTE_FROM = re.compile(r"\b(?:quot(?:e|ation)s?\s+(?:from|by)|(?:the\s+)?words\s+of)\b[^.!?]*$", re.IGNORECASE)
"""A sentence that announces a quotation of the person it ends with ("I'm going to close with a quote
from a beloved American author, Mark Twain.")."""


def _leads_in(text: str, prev: Sentence, s: Sentence, speaker: Mention) -> bool:
    """Whether the sentence before leads into the quotation as its speaker's, whatever the person
    the quotation speaks in ("Nkosi was having none of it. “They said the same thing in March.”"):
    it announces a quotation from them; or it ends with their name and the quotation follows on its
    line; or it is a short sentence of its own paragraph's opening whose subject they are, and the
    quotation follows it (on its line, or as the next paragraph)."""
    if _QUOTE_FROM.search(text, prev.start, speaker.start) and not text[speaker.end : prev.end].strip(" .,:;\n"):
        return True
    if not text[speaker.end : prev.end].strip(" .\n") and "\n" not in text[prev.end : s.start]:
        return True  # "The decision was welcomed by councillor Amy Fox. “This is a victory ...”": named last, then quoted
    return _short_opening(text, prev) and opens_sentence(text, speaker.start)


def _short_opening(text: str, prev: Sentence) -> bool:
    """A short sentence (``LEAD_IN_WORDS``) that opens its paragraph."""
    return len(prev.text.split()) <= LEAD_IN_WORDS and (prev.start == 0 or text[prev.start - 1] == "\n")


_PRONOUN_LEAD = re.compile(r"\s*(?:He|She)\s+(?!said|says|added|adds|told|tells)")
"""A lead-in whose subject is "he" or "she" ("She didn't hold back."), no verb of saying (a cue the model reads)."""


def _named_in(mentions: Sequence[Mention], sentence: Sentence, kin: bool = False) -> list[Mention]:
    """The people a sentence names (the one a lead-in's "he" or "she" goes back to, when only one);
    with ``kin``, one named as another's relative too ("Her son, Dai Ellis, ..."): the pronoun is the
    one named, whoever they are kin to."""
    return [m for m in mentions if sentence.start <= m.start < sentence.end and m.kind == "person"
            and not (m.demonym or m.writer or (m.kin and not kin))]
