"""An interview laid out as questions and answers with no speaker labels: the page introduces the
person it talks to ("Here, the 44-year-old explains his approach."), then sets each question as a
paragraph of its own ending in a question mark ("What comic books did you read growing up?"), and
each answer as the paragraph after it, in the answerer's first person with no cue and no name ("I
read some Marvel, but I was more of a DC guy. ... I identified with Barry Allen's hopefulness.").
The attribution model sees an "I" it cannot resolve, or no cue at all; the answer is the person's.

Why a page-wide shape and not one question: a story asks a rhetorical question now and then ("So
what happens next?") and answers it in the writer's voice. An interview asks ``MIN_TURNS`` or
more questions, most of them put to "you", and most answers speak as "I" or "we"; the answerer
is the person the introduction (the text before the first question) names most.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from brief.actors.mentions import Mention
from brief.actors.speakers import Continued
from brief.model import Sentence

MIN_TURNS = 3
"""Questions each followed by an answer a page must hold to be read as an interview: one or two
questions set as paragraphs are a story's rhetorical ones (see above)."""
MIN_LABELLED_TURNS = 2
"""Turns enough when every question is labelled "Q:" and every answer "A:": a story's rhetorical question comes with
no such labels, so two labelled turns are an interview as surely as three bare ones."""
ANSWER_CUE = "said"
"""The cue an answer is reported with, as an interview's labelled answer is (framed_positions.LABEL_CUE)."""

_PARAGRAPH = re.compile(r"[^\n]+")
_LABEL = re.compile(r"\s*[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}\s*:")
"""An answer opened by its speaker's label ("McKelvey: ...", "Rick: ..."): a transcript that names who
answers each time, maybe two people, which ``brief.actors.speakers`` reads."""
_GENERIC_LABEL = re.compile(r"\s*(?:(?:Q|A|Question|Answer)\s*:|[QA]\.(?=\s))\s*")
"""A label that says a turn is a question or an answer ("Q: ...", "A: ..."), not who speaks: the
answers of such a transcript are the person the introduction names, as unlabelled ones are ("Q. ...", "A. ..."
with a full stop too), a question
under "Q:" is put to that person whether or not it says "you" ("Was it dangerous?"), and an answer under
"A:" is theirs whether or not it says "I" ("Power. Data centres cannot keep doubling ...")."""
_QUESTION_LABEL = re.compile(r"\s*(?:(?:Q|Question)\s*:|Q\.(?=\s))")
"""A turn labelled a question is one, put as a statement too ("Q: The opposition says you should sell ...")."""
_INITIALS = re.compile(r"\s*([A-Z]{2,3})\s")
"""Initials that may label an answer ("OW It's a jaw-dropping thing", "AD She was all in"): a label
where the same initials open two answers or more ("TV lends itself ..." opens one)."""
_OPENS_QUOTED = re.compile(r"\s*[“\"‘']")
"""A paragraph opening on a quote mark is someone's quoted words, not the interviewer's question."""
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
"""Quoted words are another's voice: neither the answerer's "I" nor the interviewer's "you"."""
_ADDRESSED = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ou[’']re|[Yy]ou[’']ve|[Yy]ourself)\b")
"""A question put to the person interviewed."""
_ANNOUNCED = re.compile(r"\b(?:[Ww]e\s+(?:asked|spoke\s+(?:to|with)|sat\s+down\s+with|talked\s+(?:to|with)|caught\s+up\s+with|"
                       r"chatted\s+(?:to|with))|Q\s?&\s?A|[Ii]nterview(?:ed)?|[Ee]xcerpts|"
                       r"(?:spoke|speaks|talked|talks|chatted|chats)\s+(?:to|with)|in\s+conversation\s+with)\b")
"""An introduction that announces an interview ("We asked her about ...", "We sat down with ...", "Q&A",
"She spoke to Mint about funding ... Edited excerpts:"):
its questions need not say "you" ("How hard is it to raise money right now?") to be put to the person."""
_FIRST_PERSON = re.compile(r"\b(?:I|I[’']m|I[’']ve|I[’']d|I[’']ll|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Uu]s)\b")
"""An answer in the answerer's own voice."""


def _unquoted(paragraph: str) -> str:
    return _QUOTED.sub(" ", paragraph)


def own_voice(text: str) -> bool:
    """Words written in their speaker's first person ("I got into tech through ..."), quoted words
    aside: an answer or a turn under a label, shown as the speaker's own words, in quotation marks
    ("says I got into tech" reads as the writer's words)."""
    return _FIRST_PERSON.search(_unquoted(text)) is not None


def _turns(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Each question paragraph (a question, or a turn labelled one) with the paragraph right after it (its answer). Only the first
    paragraph after a question is its answer: a later one may be the interviewer's next prompt,
    written as a statement ("You were seeing things that weren't necessarily explicit.")."""
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if text[m.start() : m.end()].strip()]
    out = []
    for (q_start, q_end), (a_start, a_end) in zip(paragraphs, paragraphs[1:], strict=False):
        question, answer = text[q_start:q_end].strip(), text[a_start:a_end].strip()
        asked = question.endswith("?") or _QUESTION_LABEL.match(question)  # "Q: The opposition says you should ..."
        if (asked and not _OPENS_QUOTED.match(question) and not answer.endswith("?") and not _QUESTION_LABEL.match(answer)
                and not _OPENS_QUOTED.match(answer)):
            out.append(((q_start, q_end), (a_start, a_end)))
    return out


def interview_answers(text: str, sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> list[Continued]:
    """The sentences of each answer of a question-and-answer interview, under the person the
    introduction names most (none where the page is not such an interview; see above)."""
    turns = _turns(text)
    generic = all(_QUESTION_LABEL.match(text, q) and _GENERIC_LABEL.match(text, a) for (q, _), (a, _) in turns)
    if len(turns) < (MIN_LABELLED_TURNS if generic else MIN_TURNS) or _labelled(text, [answer for _, answer in turns]):
        return []
    addressed = sum(1 for (a, b), _ in turns if _ADDRESSED.search(_unquoted(text[a:b])) or _GENERIC_LABEL.match(text, a))
    voiced = sum(1 for _, (a, b) in turns if _FIRST_PERSON.search(_unquoted(text[a:b])) or _GENERIC_LABEL.match(text, a))
    announced = _ANNOUNCED.search(text, 0, turns[0][0][0]) is not None
    if (2 * addressed < len(turns) and not announced) or 2 * voiced < len(turns):
        return []
    answerer = _introduced(mentions, turns[0][0][0], latest=generic and len(turns) < MIN_TURNS)
    if answerer is None:
        return []
    out: list[Continued] = []
    for _, (start, end) in turns:
        label = _GENERIC_LABEL.match(text, start)
        out += [Continued(answerer, k, (label.end() if label and s.start <= label.start() else s.start, s.end), cue=ANSWER_CUE)
                for k, s in enumerate(sentences) if start <= s.start < end]
    return out


def _labelled(text: str, answers: list[tuple[int, int]]) -> bool:
    """Whether the answers carry their speakers' labels (see _LABEL, _INITIALS)."""
    initials = Counter(found.group(1) for a, _ in answers if (found := _INITIALS.match(text, a)))
    return (any(_LABEL.match(text, a) and not _GENERIC_LABEL.match(text, a) for a, _ in answers)
            or any(n >= 2 for n in initials.values()))


def _introduced(mentions: Sequence[Mention], first_question: int, latest: bool = False) -> Mention | None:
    """The person named most before the first question (ties: the first named), by their full name
    ("Berlanti's shows" counts toward Greg Berlanti); the person named last before it (``latest``) where a story
    puts a few labelled questions to someone it has just brought in ("I put that to its head of hardware, Ada
    Berg, ... Q: ... A: ..."), after quoting others."""
    people = [m for m in mentions if m.kind == "person" and not m.demonym and m.end <= first_question]
    if not people:
        return None
    if latest:
        return people[-1]
    counts = Counter(m.name for m in people)
    most = max(counts.values())
    return next(m for m in people if counts[m.name] == most)
