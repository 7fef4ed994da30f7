"""Where reported content stops at the frame around it: the speaker's next deed, an outer attribution, the
place it was written, or the source itself.

Each rule reads one attribution the cue model found and the words around it; none needs the mentions.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution
from brief.actors.clause_participles import participle_in_clause
from brief.actors.content_ends import finite_word
from brief.actors.cues import seed_cue
from brief.actors.phrasing import is_noun, verb_lemma
from brief.actors.place_objects import place_before_participle
from brief.actors.statements import QUOTE_MARKS, trimmed_end
from brief.actors.writer_clauses import before_writers_clause
from brief.actors.written_to import addressee_before_participle
from brief.text.lexicon import AUXILIARY_VERBS

_WORD = re.compile(r"[A-Za-z][\w'’-]*")

_AND = re.compile(r",?\s+(?:and|but)\s+(?:(?:then|later|also)\s+)?")
"""An "and" or "but" joining two predicates, with the adverb that may follow it."""
_OPENING_MARK = re.compile('["“]')
_SAYING = frozenset("say tell add insist warn claim argue state note explain admit acknowledge stress suggest write".split())
"""Verbs whose next word opens what they report ("but said results had not been good enough"), so a noun
after them is no object of a coordinated verb."""
_THAT = re.compile(r"that\b", re.I)
_CLAUSE_ONLY = frozenset("say insist".split())
"""Saying verbs whose bare object is a clause, never a thing ("said a building and a school had been hit" reports
one clause with a coordinated subject; "confessed to the crime and the jury took" ends at the "and")."""
_PARTICIPLE_ENDINGS = ("en", "wn")
"""Past participles that are no past tense ("written", "taken", "shown"): after "and" they may be adjectives."""


def _finite(word: str) -> bool:
    """A finite verb, a negated auxiliary ("didn't", "won't") among them."""
    return finite_word(word) or word.lower().endswith(("n't", "n’t"))


_NEW_CLAUSE = re.compile(r"(?:the|a|an|his|her|their|its)\s+[a-z]+(?:\s+(?P<second>[a-z]+))?(?:\s+(?P<third>[a-z]+))?")
"""A determiner, a noun and the next one or two words, no comma between ("the jury took"; not "the state,
which is")."""
_RELATIVES = frozenset("who which that whose whom where".split())
_AFTER_DEED = frozenset(
    "the a an his her their its this that these those him them it us me on in at to for with from after before "
    "about over against into by".split())
"""Words that may follow the verb of a next deed ("and returned the money", "and resigned on Monday"); a bare
noun after it ("and increased funding") may make the verb an adjective of a coordinated object."""


def before_next_deed(text: str, attribution: Attribution, others: Sequence[Attribution]) -> Attribution:
    """ "Neumann later asked the company to unwind the agreement and returned the money", "Beshear promised
    to protect Medicaid and hammered Bevin", "Dawes thanked Pell but said results were poor", "Webb
    confessed to the crime and the jury took 15 minutes": the model ran an object or infinitive content on
    over the speaker's next deed or a new clause. With no finite verb of its own before the "and", the
    content is no reported clause whose verbs could be coordinated; the past verb after "and" is the
    subject's next act (or the new clause's), so what was said, asked or promised ends at the "and". A
    reported clause ("said the plan failed and the council resigned") and quotations are left whole. A writer's
    ", as Moscow pressed ..." after the content is cut first (writer_clauses)."""
    attribution = before_writers_clause(text, attribution, others)
    start, end = attribution.content
    if attribution.quote or start < attribution.cue[1] or _THAT.match(text, start, end):
        return attribution  # "asked that the county provide ... and return": a reported clause
    for joined in _AND.finditer(text, start, end):
        at, after = joined.span()
        words = _WORD.findall(text, start, at)
        if any(_finite(w) for w in words) or _OPENING_MARK.search(text, start, at):
            return attribution
        if _deed_after(text, after, end) and len(words) >= 2:
            if _subject_of_said_clause(text, attribution, after, end):
                return attribution
            if _unread_statement(text, after, others):
                return attribution  # "made a condemnation ... and pledged to impose sanctions": kept, not lost
            return dataclasses.replace(attribution, content=(start, trimmed_end(text, start, at)))
    return attribution


def _subject_of_said_clause(text: str, attribution: Attribution, after: int, end: int) -> bool:
    """Whether the words before "and" are the first of a reported clause's coordinated subjects: "said" with a
    noun phrase, then "and", a noun phrase and its verb ("said a residential building and a school had been
    hit"); "said" reports no bare thing, so the "and" joins two subjects, not two clauses."""
    cue = _WORD.findall(text, *attribution.cue)
    return (bool(cue) and verb_lemma(cue[-1].lower()) in _CLAUSE_ONLY
            and text[after - 4 : after].strip(" ,") == "and" and _NEW_CLAUSE.match(text, after, end) is not None)


def _unread_statement(text: str, after: int, others: Sequence[Attribution]) -> bool:
    """Whether the verb right after "and" (at ``after``) is a cue (a pledge, a warning) that no other
    attribution reads: cut off, its statement would be lost, so it stays with the first."""
    verb = _WORD.match(text, after)
    return (verb is not None and seed_cue(verb.group())
            and not any(o.cue[0] <= verb.start() < o.cue[1] for o in others))


def _deed_after(text: str, after: int, end: int) -> bool:
    """Whether what follows "and" (from ``after``) is the subject's next act ("and returned the money") or a
    clause of its own ("and the jury took")."""
    clause = _NEW_CLAUSE.match(text, after, end)
    if clause is not None:  # "and the jury took": a clause of its own, its verb one or two words on
        second, third = clause.group("second", "third")
        if second in _RELATIVES:
            return False  # "praised the nurses and the doctors who worked ...": a coordinated object
        return any(w is not None and finite_word(w) for w in (second, third))
    words = _WORD.findall(text, after, end)[:1]
    if not words:
        return False
    verb = words[0]
    if not verb.islower() or not finite_word(verb) or verb.endswith(_PARTICIPLE_ENDINGS):
        return False  # "and written documents": a participle, an adjective of a coordinated object
    if verb in AUXILIARY_VERBS or verb_lemma(verb) in _SAYING:
        return True  # "and was released on bail", "but said results had been poor"
    rest = text[after + len(verb) : end].lstrip()
    if not rest or not rest[0].isalpha():
        return True  # "and resigned."
    following = _WORD.match(rest)
    word = following.group() if following else ""
    lower = word.lower()
    return lower in _AFTER_DEED or word[:1].isupper() or not (is_noun(lower) or is_noun(lower.removesuffix("s")))

_CLOSING = re.compile("[”\"]")


def before_outer_frame(text: str, attribution: Attribution, others: Sequence[Attribution]) -> Attribution:
    """ "The aide recalled that Webb said, “I will hurt her,” the prosecutor's office said": the model ran
    Webb's quotation on over the outer frame; another source's cue after the quotation's closing mark is no
    part of what Webb said, so his words end at that mark."""
    start, end = attribution.content
    if start < attribution.cue[1] or text[start] not in "“\"":
        return attribution
    for other in others:
        if other is attribution or not start < other.cue[0] < end or other.source in (None, attribution.source):
            continue  # "X said: “...,” adding that ...": X's own next words, read with the first
        close = None
        for mark in _CLOSING.finditer(text, start + 1, min(other.cue[0], other.source[0])):
            close = mark  # the last closing mark before the frame: “A,” and “B,” X said are both quoted
        if close is not None:
            return dataclasses.replace(attribution, content=(start, close.end()))
    return attribution


def source_inside_content(attribution: Attribution) -> bool:
    """ "Worried about backlash and committed to restraint, House Democrats have limited their inquiry":
    the model read a fronted adjective ("Worried about") for a cue and the rest of the sentence, the source
    with its own verb included, for what was worried about. A statement after its cue never holds its own
    source, so this is no statement."""
    source = attribution.source
    start, end = attribution.content
    return (source is not None and not attribution.quote and start >= attribution.cue[1]
            and start <= source[0] and source[1] <= end)


_MEDIUM = re.compile(
    r"in\s+(?:an?|the|his|her|their|its|a\s+new|the\s+new)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:paper|study|statement|report|letter|post|blog\s+post|email|e-mail|memo|filing|op-ed|column|article|book|"
    r"note|essay|affidavit|complaint|lawsuit|motion|tweet|analysis|review)\b[^,]*(?:,|$)", re.I)
"""Where a statement was written or given, right after its cue ("wrote in the new paper, which ...")."""
_SUBORDINATE_OPENING = re.compile(
    r"(?:(?:and|but|yet)\s+)?(?:as|though|although|even\s+though|while|whilst|whereas|when|whenever|after|before|since|"
    r"because|once|until|unless|if)\b", re.I)
"""A clause opened by a subordinator ("As the plan predicts ...,"): it leans on the main clause after it, and is
never what the main clause's speaker stated on its own."""
MIN_FRONTED_WORDS = 6
"""Words a clause before the source needs to be what was said ("Such stripping would occur regularly"):
a shorter stretch is more likely a scene-setting phrase (set by hand)."""


def content_before_medium(text: str, attribution: Attribution, sentence_start: int) -> Attribution:
    """ "Such stripping would likely occur regularly, Paganini and his team wrote in the new paper, which
    was published today": the relative clause after the medium misled the model into taking the medium for
    what was written. When the content after the cue is only where it was written and a clause with a
    finite verb stands before the source, closed by a comma, that clause is the statement."""
    start, end = attribution.content
    source = attribution.source
    if attribution.quote or source is None or start < attribution.cue[1] or source[1] > attribution.cue[0]:
        return attribution
    if not _MEDIUM.match(text, start, end):
        return attribution
    before = text[sentence_start : source[0]].rstrip()
    if not before.endswith(",") or _SUBORDINATE_OPENING.match(before.lstrip()):
        return attribution  # "As the plan predicts ..., Oman writes in an article ... that ...": what she wrote follows
    words = _WORD.findall(before)
    if len(words) < MIN_FRONTED_WORDS or not any(finite_word(w) for w in words):
        return attribution
    first = sentence_start + len(text[sentence_start : source[0]]) - len(text[sentence_start : source[0]].lstrip())
    return dataclasses.replace(attribution, content=(first, trimmed_end(text, first, sentence_start + len(before))))


_COMMA_BEFORE = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s*,\s*(?:[a-z]+ly\s+)?")
"""From the source to the participle: the rest of its noun phrase ("Blackwell Ultra | chip"), a comma, an adverb."""


_APPOSED_OBJECT = re.compile(r"(?<!\bwith )\b(?:the|a|an|its|his|her|their|our|my)\s+(?:[a-z][\w'’-]*\s+){0,3}"
                             r"[a-z][\w'’-]*\s*,\s*$")
"""An object in lower case and the comma that sets off its name ("sued her former label, | Silverline Records, claiming"):
the name is the object's, not a subject of its own; not after "with" ("with its chief meteorologist, Jason Kelly,
saying": the participle's own subject)."""


def object_before_participle(text: str, attribution: Attribution, sentence_start: int) -> Attribution:
    """ "Nvidia unveiled its new Blackwell chip, promising customers twice the performance": the model took
    the main verb's object, right before the comma, for the participle's source. A finite verb of the
    clause before that phrase makes it an object; the participle shares the clause's subject, so the source
    is left for the rules that find that subject (so is a place before it with no comma: ``place_objects``), and so
    is the object's name set off after it ("sued her former label, Silverline Records, claiming ...")."""
    attribution = place_before_participle(text, attribution, sentence_start)  # "turn up at Kat's house telling her"
    attribution = addressee_before_participle(text, attribution, sentence_start)  # "wrote to the board asking"
    attribution = participle_in_clause(text, attribution, sentence_start)  # "after councillor X submitted a motion asking"
    source = attribution.source
    words = text[attribution.cue[0] : attribution.cue[1]].split()
    if source is None or not words or not words[-1].lower().endswith("ing") or source[0] < sentence_start:
        return attribution
    if not _COMMA_BEFORE.fullmatch(text, source[1], attribution.cue[0]):
        return attribution
    clause = text[sentence_start : source[0]]
    if QUOTE_MARKS.search(clause):
        return attribution  # "Peabody said: “... a publicly traded company,” adding that ...": inside a quotation
    if re.search(r"\b(?:and|or|but|who|which|that)\s*$|[,;:—–]\s*$", clause) and not _APPOSED_OBJECT.search(clause):
        return attribution  # "..., and Nvidia, promising ...": a subject of its own
    if not any(finite_word(w) for w in _WORD.findall(clause)):
        return attribution
    return dataclasses.replace(attribution, source=None)

