"""Where what was said ends when the model cut it short: at a colon that announces it, at a pair of
dashes that opens an aside, at a cue set off in commas inside its clause.

Why apart from statements: these rules move a content's end over the sentence's punctuation; those
decide whether a cue states anything at all.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.according_asides import according_aside
from brief.actors.attribution import Attribution
from brief.actors.colon_lists import list_after_colon
from brief.actors.content_starts import quotation_after_when
from brief.actors.cues import CUE_GROUP, lemma
from brief.actors.dashed_asides import aside_content
from brief.actors.described_frames import continued_quotation, quotation_before_description
from brief.actors.open_predicates import awaits_complement, predicate_follows
from brief.actors.passive_agents import turned_passive
from brief.actors.phrasing import inflected_verb, is_noun, verb_lemma
from brief.actors.relative_asides import relative_gist
from brief.actors.relative_gaps import gapped_report, noun_head, opens_with_subject, zero_relative
from brief.actors.statements import CUE_PUNCTUATION, QUOTE_MARKS, in_subordinate_clause, trimmed_end
from brief.text.lexicon import AUXILIARY_VERBS

_COLON_AFTER = re.compile(r"[ \t]*:\s*")


def through_colon(text: str, attribution: Attribution, spans: Sequence[tuple[int, int]]) -> Attribution:
    """ "X said the town had a message for the government:" with the quote in the next paragraph,
    "put it this way: “...”", "wrote that the response was: too slow": a content that stops at a
    colon announces what follows it; it runs on through the colon to the end of the sentence that
    the colon opens. Any other attribution is returned as it is."""
    start, end = attribution.content
    if attribution.quote or start < attribution.cue[1]:
        return attribution
    colon = _COLON_AFTER.match(text, end)
    if colon is None:
        return list_after_colon(text, attribution, spans)  # "listed its demands: A, B, | and C"
    after = colon.end()
    following = next((b for a, b in spans if a <= after < b or a >= after), None)
    if following is None or following <= after:
        return attribution
    through = dataclasses.replace(attribution, content=(start, trimmed_end(text, start, following)))
    return quotation_after_when(text, through)  # "said on | the club website:" and the quotation after it


_CLAUSE_CUES = frozenset(
    """say tell add note write state claim insist argue explain report believe think announce confirm warn
    admit acknowledge reveal suggest predict estimate expect fear hope conclude find show indicate stress
    maintain contend allege complain agree tweet post reply respond accord testify""".split()
)
"""Cues whose content is a clause (what was said or thought), never an object noun phrase."""


def reports_a_clause(cue: str) -> bool:
    """Whether the cue's verb reports a clause ("said", "according to", "believes"), as "displaying"
    or "criticised" take an object."""
    return any(verb_lemma(w.strip(CUE_PUNCTUATION).lower()) in _CLAUSE_CUES for w in cue.split())


_SET_OFF = re.compile(r"\s*,\s*")


def set_off_cue(text: str, attribution: Attribution, sentence_end: int, sentence_start: int = 0) -> Attribution:
    """ "The key to Stadia's success, says Buser, is Google's network": a content cut where a cue set
    off in commas interrupts its clause, before the clause's verb, runs on to the sentence's end
    (``content_text`` then leaves the cue out)."""
    attribution = aside_content(text, attribution)  # "... — it will reach X, according to Y — and ...": the aside
    attribution = according_aside(text, attribution, (sentence_start, sentence_end))  # "X is, according to Y, the biggest"
    start, end = attribution.content
    if attribution.quote or attribution.source is None or end > attribution.cue[0]:
        return attribution
    first, last = min(attribution.cue[0], attribution.source[0]), max(attribution.cue[1], attribution.source[1])
    before, after = _SET_OFF.fullmatch(text, end, first), _SET_OFF.match(text, last, sentence_end)
    if before is None or after is None or not predicate_follows(text[after.end() : sentence_end]):
        return attribution
    return dataclasses.replace(attribution, content=(start, trimmed_end(text, start, sentence_end)))


_SUBJECT_BEFORE = re.compile(r"[^,;:“”\"«»]{3,120}?\s*,\s*")
"""A clause's subject before a cue set off in commas: a phrase with no comma or quote mark in it."""
_DASHED_OFF = re.compile(r"\s*[—–]\s*|\s+-{1,2}\s+")
"""A dash that closes a cue set off in a pair of dashes ("The network — according to X — will need")."""
_SUBJECT_BEFORE_DASH = re.compile(r"[^,;:—–“”\"«»]{3,120}?(?:\s*[—–]|\s+-{1,2})\s*")
"""The subject before the dash that opens such a cue: a phrase with no comma, dash or quote mark in it."""


def subject_before_set_off_cue(text: str, attribution: Attribution, sentence_start: int) -> Attribution:
    """ "Finding water vapor on Europa, he said, is the next best thing to liquid water": the model
    took only the predicate after the set-off cue for the content; its subject stands before the
    cue, from the sentence's start, and what was said is the clause whole (``content_text``
    then leaves the cue out). Without it, a content that opens with a verb is read as a relative
    clause's gap ("a risk which he argues would pose ...") and dropped."""
    start, end = attribution.content
    if attribution.quote or attribution.source is None or start < attribution.cue[1]:
        return attribution
    first, last = min(attribution.cue[0], attribution.source[0]), max(attribution.cue[1], attribution.source[1])
    if start < last or not predicate_follows(text[start:end]):
        return attribution
    if _SET_OFF.fullmatch(text, last, start) is not None:
        subject = _SUBJECT_BEFORE.fullmatch(text, sentence_start, first)
    elif _DASHED_OFF.fullmatch(text, last, start) is not None:  # "The network — according to X — will need"
        subject = _SUBJECT_BEFORE_DASH.fullmatch(text, sentence_start, first)
    else:
        return attribution
    if subject is None or not text[sentence_start:first].strip():
        return attribution
    lead = sentence_start + len(text[sentence_start:first]) - len(text[sentence_start:first].lstrip())
    return dataclasses.replace(attribution, content=(lead, end))


_COORDINATED = re.compile(r"(?:and|but)\s+[a-z]")
"""A content after a set-off cue that opens by joining on to what stood before the cue ("..., he
said, and that needs to come back down"): the first half of what was said is before the frame."""
_JOINED_AFTER = re.compile(r"\s*,\s*(?:and|but)\s+")
"""The same join left out of the model's content, between the frame and it."""
_CLAUSE_BEFORE = re.compile(r"[^;:“”\"«»‘’\n]{1,200}?,\s*")
"""What opens the sentence before a set-off cue: a clause with no quotation, colon or semicolon."""
MIN_CLAUSE_WORDS = 4
"""Words of the clause before the cue: a subject and a verb with what they govern ("it rose to 70
percent"); fewer are an adverbial phrase ("Last week, he said, and ...")."""


def clause_before_set_off_cue(text: str, attribution: Attribution, sentence_start: int,
                              cues: Sequence[tuple[int, int]]) -> Attribution:
    """ "During the boom it rose to 70 percent, he said, and that needs to come back down", "It also
    pays to be weary of competing suitors, Zuckerberg said, and be willing to move fast": the model
    took only the half after the cue set off in commas, which opens with "and" or "but" and so joins
    on to the clause before the frame; what was said is both halves, from the sentence's start
    (``content_text`` then leaves the cue out). Not when another cue stands before it."""
    start, end = attribution.content
    if attribution.quote or attribution.source is None or start < attribution.cue[1]:
        return attribution
    first, last = min(attribution.cue[0], attribution.source[0]), max(attribution.cue[1], attribution.source[1])
    joined = _JOINED_AFTER.fullmatch(text, last, start) or (_SET_OFF.fullmatch(text, last, start)
                                                            and _COORDINATED.match(text, start, end))
    if start < last or not joined:
        return attribution
    clause = _CLAUSE_BEFORE.fullmatch(text, sentence_start, first)
    if clause is None or len(text[sentence_start:first].split()) < MIN_CLAUSE_WORDS:
        return attribution
    if any(sentence_start <= c0 < first for c0, _ in cues):
        return attribution  # "Prices will rise, Smith warned, Jones said, and ...": the first cue's
    lead = sentence_start + len(text[sentence_start:first]) - len(text[sentence_start:first].lstrip())
    return dataclasses.replace(attribution, content=(lead, end))


_DASH_AFTER = re.compile(r"\s+[—–-]{1,2}\s+")


_NAMING_VERBS = frozenset("call term brand label dub".split())
"""Verbs that name their object with the speaker's words ("called the ad ... a “nasty” personal attack")."""
_QUOTED_NAME = re.compile(r"(?:[\w'’-]+\s+){0,3}[“\"‘]")
"""After an aside's closing dash: the name given, quoted within its first words ("a “nasty” personal attack")."""


def _naming(cue: str) -> bool:
    """Whether the cue is a verb that names its object ("called", "termed", "branded")."""
    return any(verb_lemma(w.strip(CUE_PUNCTUATION).lower()) in _NAMING_VERBS for w in cue.split()[:1])


def through_dashes(text: str, attribution: Attribution, spans: Sequence[tuple[int, int]]) -> Attribution:
    """ "NASA said the five companies — Blue Origin, ..., SpaceX and Tyvak — had been selected": a
    content that stops where a pair of dashes opens an aside has lost its verb; it runs on through
    the aside to the end of its sentence. A single dash (an afterthought) leaves it as it is. So does the
    object of a verb that names it when the aside is followed by the quoted name: "Romney called the ad -- which
    included ... -- a “nasty” personal attack" had lost the name, and with it the statement."""
    start, end = attribution.content
    cue = text[attribution.cue[0] : attribution.cue[1]]
    if attribution.quote or start < attribution.cue[1] or not (reports_a_clause(cue) or _naming(cue)):
        return attribution  # "is displaying a hybrid version — the top-selling ... —": an object, whole
    dash = _DASH_AFTER.match(text, end)
    sentence_end = next((b for a, b in spans if a <= end < b), None)
    if dash is None or sentence_end is None or (closing := _DASH_AFTER.search(text, dash.end(), sentence_end)) is None:
        return attribution
    if not reports_a_clause(cue) and not _QUOTED_NAME.match(text, closing.end()):
        return attribution
    return dataclasses.replace(attribution, content=(start, trimmed_end(text, start, sentence_end)))


_RELATIVE_BEFORE = re.compile(r"(?:\b(?:which|whom)|\b(?P<head>[A-Za-z][\w'’-]*)\s+that)\s+$", re.I)
"""A relative pronoun right before the source: "..., which they cited", "whom he refers to",
"the executive order that President Obama plans"."""
RELATIVE_REACH = 16
"""Characters before the source read for its relative pronoun (the pronoun and the noun before it)."""
_OBJECT_MISSING = re.compile(
    r"\s*(?:[,;:.!?—–]|as\b|on\b|in\b|at\b|for\b|from\b|with\b|by\b|to\b|into\b|about\b|over\b|after\b|"
    r"before\b|during\b|until\b|last\b|this\b|next\b|earlier\b|later\b|yesterday\b|today\b)", re.I)
"""What follows a verb whose object was moved away: a preposition, a time word or punctuation
("cited as evidence", "refers to as", "plans to sign on Friday")."""
_INFINITIVE = re.compile(r"\s*to\s+([a-z]+)\b")
_ADVERBS = re.compile(r"(?:\s+[a-z]+ly)*\s+")
"""Only adverbs between a source and its cue ("he repeatedly cites")."""
_PASSIVE_BY = re.compile(r"\s+by\s+(?:the\s+)?", re.I)
_THAT = re.compile(r"\s*(?:that|whether)\b", re.I)


def object_gap(text: str, attribution: Attribution) -> bool:
    """Whether the cue is a relative clause's whose object is the noun before it: "the executive
    order that President Obama plans to sign on Friday ... will have", "two visits ..., which they
    cited as evidence of", "a man whom he refers to as mama". What follows the cue is then no
    statement but the rest of the clause (or of the sentence around it), and the position is
    dropped, as ``statements.gapped_content`` drops one whose subject was moved away. A "that"
    after a verb ("said that Obama plans to sign the bill") opens what was said, and is read on."""
    if attribution.quote or attribution.source is None or attribution.content[1] <= attribution.cue[0]:
        return False
    if _PASSIVE_BY.fullmatch(text, attribution.cue[1], attribution.source[0]) and not _THAT.match(
            text, attribution.content[0]):
        return True  # "another (plan) announced by MOTIE in March, which ...": what was announced is before
    if _CLAUSE_CLOSED.fullmatch(text, attribution.source[1], attribution.cue[0]):
        return False  # "The FBI, which led the inquiry, said in a statement that": the clause closed, the cue the subject's
    source = attribution.source[0]
    relative = _RELATIVE_BEFORE.search(text, max(0, source - RELATIVE_REACH), source)
    if relative is None:  # "the vile statements he repeats at every rally": a relative clause with no pronoun
        return (zero_relative(text, attribution.source) and _ADVERBS.fullmatch(text, attribution.source[1], attribution.cue[0])
                is not None and _OBJECT_MISSING.match(text, attribution.cue[1]) is not None)
    noun = relative.group("head")
    if noun is not None and (noun.lower() in AUXILIARY_VERBS or not noun_head(text, noun, relative.start("head"))):
        return False  # "said that", "is that", "so that": what follows is said
    if (attribution.content[0] >= attribution.cue[1] and "," not in text[attribution.source[1] : attribution.cue[0]]
            and opens_with_subject(text, attribution.content[0]) and gapped_report(text, relative.start(), noun)):
        return True  # "the questions that X said the department could not answer": about the questions
    after = attribution.cue[1]
    infinitive = _INFINITIVE.match(text, after)
    if infinitive and verb_lemma(infinitive.group(1)) == infinitive.group(1):
        after = infinitive.end()  # "plans to sign | on Friday"
    return _OBJECT_MISSING.match(text, after) is not None


_CLAUSE_CLOSED = re.compile(r"\s*,\s*")
"""A comma between the source and the cue: a relative clause set off before the sentence's own verb."""
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_ASKING = frozenset("ask wonder question inquire enquire query".split())
_CONJOINED_PREDICATE = re.compile(r"\s*(?:and|but)\s+([a-z]+)\b(?:\s+([a-z]+)\b)?")


def not_asserted(text: str, attribution: Attribution) -> bool:
    """Whether a reported content asserts nothing of its speaker's: a question the text asks about
    them ("How can he say it wasn't intentional if he hasn't seen it yet?"), unless the cue is one of
    asking; or a coordinated predicate whose subject is the clause before ("he said, and needs to come
    back down"; "and be willing to move fast"), or a phrase before the cue with no verb in it ("Despite
    the damage to the monument, a report said ..."), as ``statements.gapped_content`` drops a predicate
    whose subject is a relative clause's; or a clause joined by "and" right after the cue ("Ver
    refused, and the hacker backed off"), which goes on with the story, not with what was said. A quotation is the speaker's own words, and is kept."""
    if attribution.quote:
        return False
    start, end = attribution.content
    cue_words = [verb_lemma(w.strip(CUE_PUNCTUATION).lower()) for w in text[attribution.cue[0] : attribution.cue[1]].split()]
    if text[start:end].rstrip().endswith("?") or text[end : end + 1] == "?":
        return not any(w in _ASKING for w in cue_words)
    if end <= attribution.cue[0] and not any(_finite(w.lower()) for w in _WORD.findall(text, start, end)):
        return not turned_passive(text, attribution)  # (a passive's subject is its agent's object); "The mayor of Surabaya, Tri Rismaharini, ... urged them": a phrase before a cue is no clause
    conjoined = _CONJOINED_PREDICATE.match(text, start, end)
    if conjoined is None:
        return False
    if start >= attribution.cue[1] and not text[attribution.cue[1] : start].strip(" ,"):
        return True  # "Ver refused, and the hacker backed off": a clause of its own after the cue
    word, following = conjoined.group(1), conjoined.group(2) or ""
    return _finite(word) and not _finite(following)  # "and needs to", not "and prices rose", "and firms will"


def _finite(word: str) -> bool:
    """An auxiliary or an inflected verb form ("needs", "rose"); "be" after "and" goes on a command."""
    return word in AUXILIARY_VERBS or inflected_verb(word)


_PARTICIPLE_TAIL = re.compile(r"(?:\s*,|\s+[-—–]+)\s+(?:[a-z]+ly\s+)?(?P<participle>[a-z]{3,}ing)\b[^“”\"\n]*$")
"""After the content, the sentence's tail: a comma or a dash, then a participle clause that goes on
with what was said ("..., allowing people to see ...", "... - helping start his plan ...")."""
REACTIONS = frozenset("prompting sparking triggering drawing provoking eliciting earning angering infuriating "
                      "dealing stoking fuelling fueling".split())
"""Participles of what saying it caused ("said the decision was a mistake, prompting cheers", "rejected the
plan, dealing a blow to developers"): their subject is the statement's making, so they are the writer's
report of its effect, not more of what was said."""


def through_participle(text: str, attribution: Attribution, sentence_end: int,
                       cues: Sequence[tuple[int, int]]) -> Attribution:
    """ "Mr. Obama said the exhibits would put those problems into a larger context, allowing people
    to see the progress": reported speech the model cut before a participle clause at the end of
    its sentence runs on to that end; the participle says what the statement leads to. A tail that
    holds a cue of its own ("..., adding that ...") is its own statement, and a quotation keeps its
    span."""
    start, end = attribution.content
    if attribution.quote or start < attribution.cue[1] or end >= sentence_end:
        return attribution
    cut = trimmed_end(text, end, sentence_end)
    tail = _PARTICIPLE_TAIL.match(text[end:cut]) if cut > end else None
    if tail is None or tail.group("participle").lower() in REACTIONS or _takes_a_thing(text[attribution.cue[0] : attribution.cue[1]]):
        return attribution
    if any(end <= c0 < cut for c0, _ in cues):
        return attribution
    aside = _WRITERS_ASIDE.search(text, end, cut)  # "..., hinting at X, although later these proved ..."
    return dataclasses.replace(attribution, content=(start, aside.start() if aside else cut))


def _takes_a_thing(cue: str) -> bool:
    """A cue of backing or rejecting ("rejected", "praised"): its object is a thing, which a participle after it does
    not go on ("rejected a proposal to tax bread, handing the Treasury a setback": what the vote did)."""
    return any(CUE_GROUP.get(lemma(w.lower())) in THING_STANCES for w in cue.split())


THING_STANCES = frozenset({"for", "against"})
"""The cue families whose object is what is backed or rejected, not a clause."""


_WRITERS_ASIDE = re.compile(r",\s+(?:although|though|even\s+though|but|while|whereas|yet)\b")
"""Where the writer's own clause takes over from the participle: what was said ends before it."""


_RELATIVE_ASIDE = re.compile(r"\s*,\s+(?:who|whom|whose|which)\b[^,;:“”\"«»—–()]*,\s+")
"""A relative clause set off in commas right after the content: ", who held power from 2011 to 2013, "."""
_PREPOSITION = re.compile(r"(?:of|for|about|by|to|with|from|over|against|into|on|in|at)\b")
_ASIDE_END = re.compile(r"\s+[—–-]{1,2}\s*|[—–]")
"""A dash after the aside: the sentence turns to another clause there."""


def through_relative_aside(text: str, attribution: Attribution, sentence_end: int,
                           cues: Sequence[tuple[int, int]]) -> Attribution:
    """ "Many Tunisians accuse the country's political Islamists, who held power from 2011 to 2013, of
    having been slow to respond", "... when radical Muslims, who had been repressed ..., won the
    freedom to preach": the model ended what was said at the comma that opens a relative clause
    describing its last noun, so the position lost the rest of its own clause. When what follows the
    aside's closing comma goes on with that clause (a preposition its verb governs, or the clause's
    verb), the content runs through the aside to the sentence's end (a semicolon, a dash or a writer's
    "but ..." ends it sooner: "...; Leno and NBC say ..." is the next clause's). A tail with a cue of its own, or one opening a clause ("and ...", "she said"),
    and a quotation keep their span."""
    start, end = attribution.content
    if attribution.quote or start < attribution.cue[1] or end >= sentence_end:
        return attribution
    aside = _RELATIVE_ASIDE.match(text, end, sentence_end)
    if aside is None:
        return attribution
    tail = text[aside.end() : sentence_end]
    if not (_PREPOSITION.match(tail) or predicate_follows(tail)):
        return attribution
    cut = trimmed_end(text, start, sentence_end)
    semicolon = text.find(";", aside.end(), cut)  # "...; Leno and NBC say ...": the next clause, another's
    cut = cut if semicolon < 0 else trimmed_end(text, start, semicolon)
    if any(aside.end() <= c0 < cut for c0, _ in cues):
        return attribution
    stop = min((m.start() for m in (_ASIDE_END.search(text, aside.end(), cut), _WRITERS_ASIDE.search(text, aside.end(), cut))
                if m is not None), default=cut)
    return dataclasses.replace(attribution, content=(start, trimmed_end(text, start, stop)))


_COMMA_AFTER = re.compile(r"\s*,\s+")
_FRONTED = re.compile(r"(?:in|on|at|during|after|before|following|despite|amid|upon|based\s+on)\s", re.I)
"""A phrase of when or why that opens what was said ("said in the early hours, while still asleep, he received a
call"; "said based on the court's request, he did not expect"): the tail's subject is the reported clause's."""
_COMPLEMENTIZER = re.compile(r"\b(?:that|whether)\b", re.I)
_TAIL_STOP = re.compile(r"[;:“”\"«»]|\b(?:and|but|or|so|yet|while|whereas|although|though|which|who|whom|whose|where)\b")
"""Where a tail stops being one clause's predicate: a semicolon, a colon, a quotation, or a
conjunction or relative pronoun that opens a clause of its own."""


def through_verbless_comma(text: str, attribution: Attribution, sentence: tuple[int, int],
                           cues: Sequence[tuple[int, int]]) -> Attribution:
    """ "Burns said that after that glorious 140-character endorsement, people suddenly wanted his
    show", "He said his predecessor, Fiona Hill, had dubbed ...", "Because of all the new research,
    Zhang says, the importance of any patent, including his own, isn't entirely clear": the model
    ended reported speech at a comma before its clause had a verb (a phrase set before the clause,
    an apposition after its subject), so the position read "says his predecessor, Fiona Hill". A
    cue that reports a clause, whose content's last clause (after its last "that") holds no finite
    verb, runs on to the sentence's end when the rest of the sentence gives that verb before any
    clause of its own; a tail with a cue of its own, and a quotation, keep their span. A cue inside
    a subordinate clause ("when she posted the image on her page, she started ...") is followed by
    the main clause, and a content with no "that" before its phrase takes no subject from the tail."""
    start, end = attribution.content
    sentence_start, sentence_end = sentence
    if attribution.quote or end <= attribution.cue[1] or end >= sentence_end:
        return attribution
    if in_subordinate_clause(text, attribution.cue[0], sentence_start):
        return attribution
    if not reports_a_clause(text[attribution.cue[0] : attribution.cue[1]]):
        return attribution  # "has been deeply critical of the county and school district, calls for": an object
    comma = _COMMA_AFTER.match(text, end, sentence_end)
    if comma is None or QUOTE_MARKS.search(text, start, end):
        return attribution
    own = max(start, attribution.cue[1])  # a content around its cue: the part after it
    clause = own
    for that in _COMPLEMENTIZER.finditer(text, own, end):
        clause = that.end()
    if any(_finite(_uncontracted(w)) for w in _WORD.findall(text, clause, end)):
        return attribution
    cut = trimmed_end(text, comma.end(), sentence_end)
    if cut <= comma.end():
        return attribution
    stop = _TAIL_STOP.search(text, comma.end(), cut)
    verb = next((w for w in _WORD.finditer(text, comma.end(), stop.start() if stop else cut)
                 if _finite(_uncontracted(w.group())) and (_uncontracted(w.group()) in AUXILIARY_VERBS
                                                           or not is_noun(w.group()))), None)
    if verb is None or reports_a_clause(verb.group()):
        return attribution  # "..., adding ...", "..., which ...", "..., he said": no verb for the content's clause
    lead = _WORD.findall(text, comma.end(), verb.start())
    fronted = _FRONTED.match(text, own) is not None  # its cues after the verb are the clause's ("received a call that")
    if clause == own and lead and not lead[0].lower().endswith(("ing", "ed")) and not fronted:
        return attribution  # "posted the image on her page, she started ...": a subject of its own, a clause of its own
    if any(comma.end() <= c0 < cut and not c0 <= verb.start() < c1 and not (fronted and c0 > verb.start()) for c0, c1 in cues):
        return attribution  # "..., adding that ...": a statement of its own; the clause's own verb read as a cue is not
    aside = _WRITERS_ASIDE.search(text, comma.end(), cut)
    return dataclasses.replace(attribution, content=(start, aside.start() if aside else cut))


_SINGLE_RESUMED = re.compile(r"(?<=[.!?:])\s+[‘'](?=[A-Z0-9])")
"""A single mark opening the next sentence after the rest of a frame ("... the Herald. 'But ..."): the quotation
going on; an apostrophe stands inside a word, never after a sentence's end and a space."""


_CONTRACTED = {"ca": "can", "wo": "will", "sha": "shall"}


def _uncontracted(word: str) -> str:
    """ "isn’t" -> "is", "can't" -> "can": a negated auxiliary read as the auxiliary, lower case."""
    word = word.lower().replace("’", "'")
    if word.endswith("n't"):
        stem = word[:-3]
        return _CONTRACTED.get(stem, stem)
    return word


def content_text(text: str, attribution: Attribution) -> str:
    """What was said, without the cue and source that interrupt it ("Back in Virginia, Mr. Clarke
    said, he decided ..."; “A,” she said. “B.”): the parts joined, quotes as one with an ellipsis."""
    a, b = attribution.content
    inside = [s for s in (attribution.cue, attribution.source) if s and a < s[0] and s[1] < b]
    if not inside or attribution.cue not in inside:
        return text[a:b].strip()
    left = quotation_before_description(text[a : min(s[0] for s in inside)].rstrip(" ,—–-"))  # “A,” the chair, X said
    right = text[max(s[1] for s in inside) : b].lstrip(" ,.;—–-")
    if not right or not left:
        return left or right
    if left[-1:] in "’'" and right[:1] in "‘'":  # 'A,' she said. 'B.': as with double marks
        return f"{left[:-1].rstrip(' ,')} … {right[1:]}"
    resumed = _SINGLE_RESUMED.search(right) if left[-1:] in "’'" else None
    if resumed is not None:  # 'A,' she told the Herald. 'B.': the two quotes, not whom she told
        return f"{left[:-1].rstrip(' ,')} … {right[resumed.end():]}"
    if left[-1:] in _CLOSING_QUOTES:
        glued = re.match(r"\s+[“\"]", text[max(s[1] for s in inside) : b]) is not None  # "rates the stock "hold.""
        opening = continued_quotation(right, glued)  # not an apostrophe, nor a word the frame quotes
        if opening >= 0:  # “A,” he told the AP. “B.”: the two quotes, not whom he told
            return f"{left[:-1].rstrip(' ,')} … {right[opening + 1:]}"
    if predicate_follows(right) or awaits_complement(left):  # "President Trump, according to the White House, made ...": one clause; "which,
        return relative_gist(left, right) or f"{left} {right}"  # critics say, does not ...": the relative clause's
    if _source_apposition(attribution, right):
        return left  # "They have not, argues Chris Miller, author of "Chip War".": who he is, not what he said
    return f"{left}, {right}"


def _source_apposition(attribution: Attribution, right: str) -> bool:
    """Whether the words after an inverted frame ("..., argues X, author of ...") describe its source: the
    source closes the frame and no verb follows it (a clause of the content's would hold one)."""
    source = attribution.source
    if source is None or source[0] < attribution.cue[1]:
        return False
    words = [w.strip("\"“”‘’'.,;:()").lower() for w in right.split()]
    return not any(w in AUXILIARY_VERBS or ((inflected_verb(w) or w.endswith("ing")) and not is_noun(w))
                   for w in words if w)


_CLOSING_QUOTES = "”\"’'"
