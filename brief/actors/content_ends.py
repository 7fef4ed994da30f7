"""Where reported content really is, when the cue model took words that are not the statement.

- A fronted question frame with the answer quoted after the cue, no colon between: "Asked what he had
  learned, the leader said “not much.”": the model gave the question for what was said; the answer is the
  quotation (``statements.content_after_fronted`` takes the colon-and-quotation case); after a question frame, also
  when the model's span ran over frame, source and cue to the quotation, and an answer in reported speech.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.anaphoric_gists import anaphoric_gist
from brief.actors.attribution import Attribution
from brief.actors.inner_nicknames import without_nicknames
from brief.actors.phrasing import inflected_verb, is_noun, verb_lemma
from brief.actors.stance_objects import stance_object_content
from brief.actors.statements import QUOTE_MARKS, trimmed_end
from brief.text.lexicon import AUXILIARY_VERBS

_QUOTE_MARK = re.compile("[\"“”«»]")


_FRONTED_PARTICIPLE = re.compile(r"[A-Z][a-z]+(?:ed|ing)\b")
"""A capitalised participle opening the content: "Asked what ...", "Pressed on ...", "Speaking to ...": a
frame fronted before the source, never a statement of the source's own."""
_THEN_QUOTE = re.compile(r"\s*[:,]?\s*([“\"])")
"""Right after the cue, an optional colon or comma and an opening quotation mark."""
_CLOSING = {"“": "”", '"': '"'}
_QUESTION_FRAME = re.compile(r"(?:Asked|Pressed|Questioned|Quizzed|Queried|Challenged)\b")
"""A fronted frame that is a question put to the source ("Asked whether ...", "Pressed on ..."): the words after
the cue answer it. Not another participle ("Lamenting their luck, Mexicans say ...": the frame is their own act)."""
_REPORTED_ANSWER = re.compile(r"\s+(?:that\s+)?([a-z][^\"“”]*?)\s*[.!?]?\s*$")
"""After the cue, an answer in reported speech to the sentence's end: a clause in lower case, no quotation."""
ANSWER_MIN_WORDS = 2
"""Words of an answer that stands without its question: "she always wore one"; one word ("no", "“Probably.”") is a
reply to read with the question (kept with it where the model's span took both)."""
FRAME_REACH = 60
"""Characters from the fronted frame's closing comma to the cue: a source with its title ("council leader Jo
Bloggs") fits; a longer stretch may hold a clause of its own (set by hand)."""


def answer_after_frame(text: str, attribution: Attribution, sentence_end: int) -> Attribution:
    """ "Asked what he had learned, the leader said “not much.”": the model took the fronted participle
    frame before the source for the content; what was said is the quotation right after the cue, up to its
    closing mark. After a question frame, also when the model's span took frame, source, cue and quotation
    together ("Asked what ..., Vance said, “Hit one.”"), and an answer in reported speech ("Asked about
    seatbelts, Mr Gibbins said she always wore one")."""
    start, end = attribution.content
    if attribution.quote or not _FRONTED_PARTICIPLE.match(text, start):
        return attribution
    question = _QUESTION_FRAME.match(text, start) is not None
    if end > attribution.cue[0]:  # the span took frame, source, cue and quotation together
        if not question or end <= attribution.cue[1] or attribution.source is None or not start < attribution.source[0]:
            return attribution
        end = text.rfind(",", start, attribution.source[0])
        if end < 0:
            return attribution
    between = text[end : attribution.cue[0]]
    if not between.lstrip().startswith(",") or len(between) > FRAME_REACH or _QUOTE_MARK.search(between):
        return attribution
    opening = _THEN_QUOTE.match(text, attribution.cue[1])
    if opening is None:
        answer = _REPORTED_ANSWER.match(text, attribution.cue[1], sentence_end + 1) if question else None
        if answer is None or len(answer.group(1).split()) < ANSWER_MIN_WORDS:
            return attribution
        return dataclasses.replace(attribution, content=answer.span(1))
    close = text.find(_CLOSING[opening.group(1)], opening.end(1), sentence_end + 1)
    if close < 0 or end != attribution.content[1] and len(text[opening.end(1) : close].split()) < ANSWER_MIN_WORDS:
        return attribution  # (a one-word answer, "Priebus said, “Probably.”", is read with its question)
    return dataclasses.replace(attribution, content=(opening.start(1), close + 1), quote=True)


_AND_BEFORE = re.compile(r"[\s,]*\b(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$")
"""A coordinating "and" or "but" right before a second cue of the same subject ("blamed ... and said", "said the
launch showed ... but warned that ...")."""


_SAYING_PARTICIPLES = frozenset("telling saying adding noting warning insisting stressing arguing".split())
"""Participles of saying set off after a first statement, with their own content ("..., telling Radio X that ...")."""
_COMMA_BEFORE = re.compile(r"\s*,(?P<mark>[\"”’']?)\s*$")


def before_coordinated_cue(text: str, attribution: Attribution, others: Sequence[Attribution]) -> Attribution:
    """ "Murkomen blamed “criminal elements” for the looting and said 112 people had been arrested": the
    model ran the first cue's content on over "and said", whose own content the same source states; the
    first content ends at the "and" (or "but"), so the second is a position of its own, not lost inside it; so does
    one run on over a participle of saying set off by a comma ("dismissed the report as biased, telling Radio Tarsa
    that the operation had restored calm"); not a quotation's ("said: “...,” adding that ..." is read with it)."""
    start, end = attribution.content
    if attribution.source is None or start < attribution.cue[1]:
        return attribution
    for other in others:
        if other.source != attribution.source or not start < other.cue[0] < end or other.content[0] < other.cue[1]:
            continue
        if not attribution.quote and text[other.cue[0] : other.cue[1]].split()[-1].lower() in _SAYING_PARTICIPLES:
            comma = _COMMA_BEFORE.search(text, start, other.cue[0])  # "dismissed the report as biased, telling X that"
            if comma is not None and comma.start() > start:  # (a quotation closed after the comma keeps its mark)
                return dataclasses.replace(attribution, content=(start, comma.end("mark") if comma.group("mark") else comma.start()))
        if _gerund_after_finite(text, attribution, other):  # "says the plan of moving them into hotels
            continue  # and asking them to stay in is ...": one subject
        joined = _AND_BEFORE.search(text, start, other.cue[0])
        if joined is not None and joined.start() > start:
            return dataclasses.replace(attribution, content=(start, joined.start()))
    return attribution


def _gerund_after_finite(text: str, attribution: Attribution, other: Attribution) -> bool:
    """Whether the second cue is a gerund ("and asking") after a finite first one ("says"): it joins the
    gerund before it in a noun phrase of the content ("the strategy of moving ... and asking ..."), not
    a second act of the source, which would be finite too ("blamed ... and said")."""
    other_words = text[other.cue[0] : other.cue[1]].split()
    own_words = text[attribution.cue[0] : attribution.cue[1]].split()
    return bool(other_words and own_words) and other_words[-1].lower().endswith("ing") and not (
        own_words[-1].lower().endswith("ing"))


_SAYING_THEN_RAISED = re.compile(
    r"(?P<verb>said|says|say|added|adds|warned|warns|announced|announces|stated|states)"
    r"(?P<subject>(?:\s+[\w'’-]+){1,4}?)\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been|would\s+be|will\s+be)"
    r"\s+[a-z]+", re.I)
"""A saying verb, the subject of its clause and that clause's raised predicate taken for one cue
("said | water was expected | to peak"): the model reads "was expected" as a cue and joins it to "said"."""


def clause_after_saying(text: str, attribution: Attribution) -> Attribution:
    """ "The State Emergency Service said water was expected to peak at noon": the cue "said water was
    expected" left "to peak at noon" for content, and a raised cue is no statement, so the whole was
    lost. The cue is the saying verb; what was said is the clause after it, to the content's end."""
    a, b = attribution.cue
    start, end = attribution.content
    shape = _SAYING_THEN_RAISED.fullmatch(text, a, b)
    if shape is None or start < b or not shape.group("subject").strip()[:1].islower():
        return attribution
    return dataclasses.replace(attribution, cue=(a, shape.end("verb")), content=(shape.start("subject") + 1, end))


_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_PRONOUN_THAT = re.compile(r"\s*that\b(?!\s*[,“\"])", re.I)


def finite_word(word: str) -> bool:
    """An auxiliary or an inflected verb the dictionary knows as no noun ("declined", "was"; not "times")."""
    word = word.lower()
    return word in AUXILIARY_VERBS or (inflected_verb(word) and not is_noun(word))


def pronoun_that(text: str, attribution: Attribution, sentence_end: int) -> bool:
    """ "Quinn has said that more than once", "he said that on Sunday as well": "that" followed, to the
    sentence's end, only by an adverbial (its first word one of ``_ADVERBIAL_OPENERS``, no verb after it)
    is the pronoun standing for words of an earlier sentence, not the opener of a clause; the position
    would read "says more than once". A content the model cut inside its sentence ("said that in 1998,
    ..."), a noun after "that" ("wrote that spot") and a quotation are left to the other rules."""
    start, end = attribution.content
    if attribution.quote or start < attribution.cue[1]:
        return False
    if anaphoric_gist(text, attribution, sentence_end):
        return True  # "shared that sentiment on Wednesday": the noun phrase stands for earlier words too
    that = _PRONOUN_THAT.match(text, start, end)
    if that is None or trimmed_end(text, end, sentence_end) > end:
        return False
    words = _WORD.findall(text, that.end(), end)
    return (bool(words) and words[0].lower() in _ADVERBIAL_OPENERS and len(words) <= PRONOUN_THAT_WORDS
            and not any(finite_word(w) or verb_lemma(w.lower()) == w.lower() and not is_noun(w.lower()) for w in words))


_ADVERBIAL_OPENERS = frozenset(
    "more many several numerous countless before again repeatedly often publicly privately too also as "
    "in on at during after over for to yesterday today earlier recently last this every each once twice".split())
"""Words an adverbial after a pronoun "that" opens with ("more than once", "before", "on Sunday", "in an
interview"); a noun phrase ("that Trump", "that the top 1 percent") may be a clause's subject."""
PRONOUN_THAT_WORDS = 8
"""Words after a pronoun "that" an adverbial runs to ("more than once in recent weeks", "in an interview
with the paper last year"); longer verbless stretches are left to the model (set by hand)."""

_CLOSED_THEN_DEED = re.compile(r"\s*(?:,\s*)?(?:and|but|then|before)\s+(?:[a-z]+ly\s+)?([a-z]+)\b")
_QUOTE_OPENING = {"“": "”", '"': '"'}


def quote_then_deed(text: str, attribution: Attribution) -> Attribution:
    """ "Varga said “probably not” and declined to comment further", "said the team “didn't turn up” and
    apologised to fans": the model ran what was said over the speaker's next deed; a quotation closed
    right before "and" and a finite verb ends what was said (the verb has no subject of its own, and the
    marks show where the speaker's words stopped)."""
    start, end = attribution.content
    if start < attribution.cue[1]:
        return attribution
    for mark in _CLOSING_MARK.finditer(text, start + 1, end):
        if _RELATIVE.search(text, start, mark.start()):
            return attribution  # "tweets in which he called her “disgusting” and referred to ...": the clause's verbs
        if not open_quotation(text[start : mark.start()]):
            continue  # an opening mark, or a closing one of no quotation in the content
        deed = _CLOSED_THEN_DEED.match(text, mark.end(), end)
        if deed is None or not finite_word(deed.group(1)) or deed.group(1).lower() in AUXILIARY_VERBS:
            continue  # "“…” and is ...": the quotation's own clause may go on
        whole = text[start] in _QUOTE_OPENING and not QUOTE_MARKS.search(text, start + 1, mark.start())
        return dataclasses.replace(attribution, content=(start, mark.end()), quote=attribution.quote or whole)
    return attribution


_RELATIVE = re.compile(r"\b(?:which|who|whom)\b")
_CLOSING_MARK = re.compile("[”\"]")


_RELATIVE_SOURCE = re.compile(r",\s*(?:who|which)\s*$", re.I)
_MAIN_PREDICATE = re.compile(r",\s+(?P<adverb>(?:[a-z]+ly|now|still|also|later|then|already|again|soon|once)\s+)?([a-z]+)\b")
"""The comma before the main clause's predicate, an adverb before its verb allowed (", resigned", ", quietly
resigned", ", now controls the budget": after the adverb a verb's form that is a plural noun too is the verb)."""


def relative_speaker_content(text: str, attribution: Attribution, sentence_start: int) -> Attribution:
    """ "Varga, who said last year that the harbour was the future, resigned on Wednesday": the cue sits in a
    relative clause set off inside the sentence's subject (no finite verb before it), so the main
    clause's predicate is still to come; what was said ends at the comma before that predicate (the
    last comma followed by a finite verb), not at the sentence's end."""
    start, end = attribution.content
    source = attribution.source
    if attribution.quote or source is None or start < attribution.cue[1] or source[1] > attribution.cue[0]:
        return attribution
    if not _RELATIVE_SOURCE.search(text, sentence_start, source[1]):
        return attribution
    if any(finite_word(w) for w in _WORD.findall(text, sentence_start, source[0])):
        return attribution  # "The council praised Varga, who said ...": the main clause came first
    cut = None
    for comma in _MAIN_PREDICATE.finditer(text, start, end):
        verb = comma.group(2)
        if ((finite_word(verb) or comma.group("adverb") and inflected_verb(verb))
                and not open_quotation(text[start : comma.start()])):
            cut = comma.start()
    if cut is None:
        return attribution
    return dataclasses.replace(attribution, content=(start, cut))


def open_quotation(span: str) -> bool:
    """Whether a quotation opened in ``span`` is still open at its end (a comma inside it is the quote's)."""
    return span.count("“") > span.count("”") or span.count('"') % 2 == 1


def quoted_at(text: str, at: int) -> bool:
    """Whether ``at`` stands inside a quotation opened earlier in its paragraph: words there are the speaker's,
    not the writer's (a name or a role written there brings no one in)."""
    return open_quotation(text[text.rfind("\n", 0, at) + 1 : at])


_LEADING_NAME = re.compile(r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|der|al|bin|ten))*(?=\s*[,—–])")
_ASIDES = re.compile(r"\s(?:—|–|--|-)\s.*?\s(?:—|–|--|-)(?=\s)|—[^—]*—|,\s*(?:who|which|that|whose)\b[^,]*,?")
"""A dash-set aside ("— which consults for companies —") or a relative clause ("who ..., which ...,")
inside a source's description: its verbs are the description's, not a clause of its own."""
MIN_CONTENT_WORDS = 3
"""Words after the cue that make a clause of its own ("said he has seen it"); fewer are a tail."""


def subject_read_as_content(text: str, attribution: Attribution, sentence_end: int) -> Attribution:
    """ "David Chang, CEO of Gradifi — which consults for companies on loans — said he has seen the
    pattern": the model took the subject, its description and the aside inside it for what was said
    (the verb in the aside makes it look like a clause), and found no source. With no verb of its own
    outside the aside, the stretch before the cue is a name and its description: the name is the
    source and what was said is the clause after the cue."""
    attribution = stance_object_content(text, attribution, sentence_end)  # "X all also supported | limits"
    start, end = attribution.content
    if attribution.quote or attribution.source is not None or end > attribution.cue[0]:
        return attribution
    if (_QUOTE_MARK.search(without_nicknames(text[start:end]))  # 'Lily "Harbour Queen" Vance' is a name, no quotation
            or len(_WORD.findall(text, attribution.cue[1], sentence_end)) < MIN_CONTENT_WORDS):
        return attribution
    name = _LEADING_NAME.match(text, start, end)
    if name is None:
        return attribution
    described = _ASIDES.sub(" ", text[name.end() : attribution.cue[0]])  # the aside may close past the content
    if any(finite_word(w) for w in _WORD.findall(described)):
        return attribution  # "Smith's plan, which passed, would cut taxes, Jones said": a clause was said
    after = attribution.cue[1]
    while after < sentence_end and text[after].isspace():
        after += 1
    cut = trimmed_end(text, after, sentence_end)
    if cut <= after:
        return attribution
    return dataclasses.replace(attribution, source=(name.start(), name.end()), content=(after, cut))


_FRONTED_OPENERS = frozenset("though although while whilst because since unless once whereas".split())
"""Words that open a fronted clause which sets the scene for the main one ("Though the mayor insisted
the roads were safe, the council voted to close them"); not "if", "when" or "after", whose clause a
speaker may say whole ("If we lose, we lose," he said)."""


_COLON_QUOTE = re.compile(r"\s*:?\s*(?:[“\"«]|''|``)")
"""A quotation opening right after a cue's colon, in any double mark (NYT plain text's two apostrophes too:
"Mr. Voss said: ''I hope not.''"): the colon announces it, and the frame before the cue is read with it
(``answer_after_frame``), not dropped."""


def fronted_clause_only(text: str, attribution: Attribution) -> bool:
    """Whether the model's content, standing before the cue, is only a fronted subordinate clause: one
    unquoted clause opened by "though", "because" ... and closed by the comma before the source, with no
    clause of its own after a comma. It frames what the main clause's subject did ("the council voted"),
    and is nothing that subject said. So is any unquoted content before a cue that ends in a colon ("In listing
    his conditions before he would testify, Schreiber said:"): the colon announces what was said, after it; unless a
    quotation opens right after the colon, which the frame's attribution then takes (``answer_after_frame``)."""
    start, end = attribution.content
    if attribution.quote or end > attribution.cue[0] or _QUOTE_MARK.search(text, start, end):
        return False
    if (text[attribution.cue[0] : attribution.cue[1] + 2].rstrip().endswith(":") and not _QUOTE_MARK.search(
            text, max(0, start - 2), start) and not _COLON_QUOTE.match(text, attribution.cue[1])):
        return True  # (not inside a quotation: "“I want to say clear to every voter who can hear me in person: ...")
    words = _WORD.findall(text, start, end)
    return bool(words) and words[0].lower() in _FRONTED_OPENERS and "," not in text[start:end].rstrip(" ,")
