"""A quotation after a colon that closes its subject's own clause: "De Miranda evokes the notion in
his introduction: “When we hear the word ...”", "..., and he will answer, without missing a beat:
“Freeway gridlock. ...”".

Why: the cue model learned "said:" and reads a colon after a verb of doing ("evokes", "will
answer", "had this to say about") as no cue or as an action. In news a sentence "Name <verb
phrase>: “A whole quoted sentence.”" gives the named one's words, whatever the verb: the colon
announces what the subject says. The rule asks for that shape only: the clause's subject is an
actor the article names at the sentence's start (after introductory phrases set off by commas), or
"he"/"she" after a person named earlier in the sentence; a verb in lower case right after it; and a
quotation that opens with a capital and runs to ``QUOTED_MIN_WORDS`` words (a whole sentence, not a
title or a phrase in quotes).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.announced_statements import apposed_announcer
from brief.actors.content_ends import finite_word
from brief.actors.described_colon_frames import described_long_frame
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.pronoun_colon_frames import pronoun_teller
from brief.actors.question_frames import question_quotation
from brief.actors.referring import described_person
from brief.actors.speakers import Continued
from brief.actors.verbless_closings import verbless_closings
from brief.model import Sentence
from brief.text.language import stop_words

QUOTED_MIN_WORDS = 5
"""Words of a quotation after the colon, to its closing mark: fewer are a title or a slogan quoted
("the film: “La La Land”"), not a statement."""

_COLON_QUOTE = re.compile(r":[ \t\xa0]*(?=[“\"][ \t]*[A-Z])")
NAME_WORDS_LEFT_OUT = 3
"""Words in capitals the tagger may leave out before a name: a title or a particle ("Fed Vice
Chair", "De")."""
_INTRODUCTORY = re.compile(
    r"(?:[^,“”\"]{1,80},\s+)*"  # phrases that open a sentence ("Nevertheless, on Saturday, ")
    r"(?i:(?:an?|the|one)\s+(?:[a-z]+\s+){0,2}(?:spokes(?:man|woman|person)|representative|official)"
    r"\s+(?:for|of|from|at)\s+(?:the\s+)?)?"  # a body's voice ("a spokesman for the ...")
    r"(?:[Tt]he\s+)?"  # the article of a body whose officer speaks ("Over on Facebook, the RAC's spokesman")
    rf"(?:[A-Z][\w.'’-]*\s+){{0,{NAME_WORDS_LEFT_OUT}}}")
_APPOSITION = re.compile(r",[^,:“”\"]{1,80},\s*")
_PRONOUN_CLAUSE = re.compile(r"(?:^|,\s+and\s+|;\s+|,\s+(?:this|that|here)\s+is\s+(?:what|how)\s+)(?:he|she)\s+(?=[a-z])")
"""A last clause whose subject is "he"/"she" ("Ask X what ..., and he will answer, ..."; "..., this is what he had to say")."""
_POSSESSED = re.compile(r"['’]s?\s+([a-z]+)")
UTTERANCES = frozenset("tweet tweets statement post letter message note website blog account email speech "
                       "response reply answer verdict advice warning plea words view take reaction assessment "
                       "stance argument".split())
"""What carries its possessor's own words ("Trump's tweet read: ..."); any other thing possessed
("Ms K's father", "the firm's lawyer") is someone else, who speaks."""
_NOT_VERBS = frozenset("and or of in on at for with to from by as".split())
"""Lower-case words after a name that open no predicate ("Smith and Jones", "Mayor of Y")."""
_VERB = re.compile(r"[a-z][a-z'’-]*")
_VERBLESS_FRAME = re.compile(r",?\s+(?:in|on|about|to)\s+[^,:;“”\"]{1,60}?,?\s*")
"""A name and a phrase of where or on what it spoke, with no verb, before the colon ("Ada Quinn, in
a statement:", "Tom Reddy on the plan:", "Quinn to reporters:"): the frame of the name's words."""
_AGED = re.compile(r",\s*\d{1,3}(?:,\s*(?:from|of)\s+[A-Z][\w'’ -]{1,30})?,?\s*")
"""A person's age, and where they are from, between their name and a tabloid's colon ("Co-star Jack
Fowler, 27:", "Dave Thompson, 41, from Leeds:"): the label of their words, as the name alone is."""


def colon_quotations(text: str, sentences: Sequence[Sentence], index: MentionIndex) -> list[Continued]:
    """Quotations after a colon whose clause's subject is an actor the article names: that actor's
    words, from the opening mark (``whole_quotes`` widens them to where they close)."""
    out: list[Continued] = []
    for k, s in enumerate(sentences):
        asked = question_quotation(text, sentences, k, index)  # "His verdict? “The evidence is encouraging ...”"
        if asked is not None and len(_quoted_words(text, asked[1])) >= QUOTED_MIN_WORDS:
            out.append(Continued(asked[0], asked[2], (asked[1], sentences[asked[2]].end), cue="said"))
            continue
        colon = _COLON_QUOTE.search(s.text)
        speaking = (_SPEAKING_FRAME.match(s.text) or _DASHED_FRAME.match(s.text)) if colon is None else None
        if speaking is not None:  # "Rovers chairman Peter Quill, speaking at the club's dinner, “...”"
            opening = s.start + speaking.end()
            person = _named_frame(text, s, speaking.group("name"), index)
            if person is not None and len(_quoted_words(text, opening)) >= QUOTED_MIN_WORDS:
                out.append(Continued(person, k, (opening, s.end), cue="said"))
            continue
        if colon is not None:
            frame, opening, said = s.text[: colon.start()], s.start + colon.end(), k
        else:  # "Union leader Roy Rickhuss said:" closing its paragraph, the quotation opening the next
            ahead = _quotation_ahead(text, sentences, k)
            if ahead is None:
                continue
            frame, opening, said = s.text.rstrip()[:-1], ahead, k + 1
        if any(mark in frame for mark in "“”\""):
            continue  # a quotation before the colon is another frame (a cue's, or a title's)
        if len(_quoted_words(text, opening)) < QUOTED_MIN_WORDS:
            continue
        speaker = (_person_for_body(_subject(text, s, frame, index), s, frame, index) or _pronoun_subject(s, frame, index)
                   or pronoun_teller(s, frame, index, sentences, k)
                   or _possessed_utterance(s, frame, index, sentences[k - 1].start if k else s.start)
                   or _described_subject(text, s, frame, index)
                   or described_long_frame(text, s, frame, index)  # "The comedian then ended her stint with a farewell:"
                   or (_named_before_saying(s, frame, index) or _pronoun_frame(s, frame, index, sentences, k)
                       or apposed_announcer(text, s, frame, _actors(s, frame, index)) if said > k else None))
        if speaker is not None:
            out.append(Continued(speaker, said, (opening, sentences[said].end), cue="said"))
    return out + verbless_closings(text, sentences, index)  # '"We will find them," Deputy Commissioner Rhys Oduya.'


_SAID_LAST = re.compile(r"(?:,[^,“”\"]{1,80},)?\s*(?:said|says|added|adds|explained|commented|stated|continued|"
                        r"warned|wrote|posted|tweeted|told\s+[^,:“”\"]{1,40})\s*$")
"""The close of a frame that announces a quotation in the next paragraph: a verb of saying right after
the speaker's name (and an apposition set off by commas)."""


def _named_before_saying(s: Sentence, frame: str, index: MentionIndex) -> Mention | None:
    """ "Community union general secretary Roy Rickhuss said:", "A spokesperson for Harlow Council
    said:": the actor named right before the frame's closing verb of saying (a title or a body's voice
    before the name, which ``_subject`` does not pass, says who they are)."""
    actors = _actors(s, frame, index)
    if not actors or not _SAID_LAST.fullmatch(frame, actors[-1].end - s.start):
        return None
    return actors[-1]


_PRONOUN_FRAME = re.compile(r"(?P<pronoun>He|She)\s+(?:also\s+|later\s+)?(?:said|says|added|adds|explained|continued|told\s+[^,:“”\"]{1,40})")
PRONOUN_FRAME_REACH = 2
"""Sentences back within which the person a bare "He added:" goes back to was named."""


def _pronoun_frame(s: Sentence, frame: str, index: MentionIndex, sentences: Sequence[Sentence], k: int) -> Mention | None:
    """ "He added:" alone before the quotation's paragraph: the latest person named within
    ``PRONOUN_FRAME_REACH`` sentences before, of no other gender than the pronoun says."""
    found = _PRONOUN_FRAME.fullmatch(frame.strip())
    if found is None:
        return None
    since = sentences[max(0, k - PRONOUN_FRAME_REACH)].start
    pronoun = found.group("pronoun").lower()
    people = [m for m in index.within((since, s.start)) if m.kind == "person" and index.genders.fits(m, pronoun)]
    return people[-1] if people else None


_OPENS_QUOTED = re.compile(r"\s*(?=[“\"][ \t]*[A-Z])")


def _quotation_ahead(text: str, sentences: Sequence[Sentence], k: int) -> int | None:
    """Where the quotation a sentence ending in a colon (or in a semicolon right after a verb of saying) announces
    opens: the next sentence, in the next paragraph with nothing between, opening with a quote mark and a capital;
    None if not so."""
    s = sentences[k]
    closing = s.text.rstrip()
    if not (closing.endswith(":") or closing.endswith(";") and _SAID_LAST.search(closing[:-1])) or k + 1 >= len(sentences):
        return None  # "The North Antrim MLA said;": a semicolon typed for the colon, after a verb of saying only
    after = sentences[k + 1]
    between = text[s.end : after.start]
    if between.strip() or "\n" not in between + text[s.start + len(s.text.rstrip()) : s.end]:
        return None
    opening = _OPENS_QUOTED.match(text, after.start)
    return opening.end() if opening is not None else None


def _quoted_words(text: str, opening: int) -> list[str]:
    """The words of the quotation that opens at ``opening``, to its closing mark or paragraph's end."""
    close = "”" if text[opening] == "“" else "\""
    end = text.find("\n", opening)
    end = len(text) if end < 0 else end
    closing = text.find(close, opening + 1, end)
    return text[opening + 1 : closing if closing >= 0 else end].split()


def _actors(s: Sentence, frame: str, index: MentionIndex) -> list[Mention]:
    return [m for m in index.within((s.start, s.start + len(frame))) if m.kind != "place" and not m.demonym]


def _subject(text: str, s: Sentence, frame: str, index: MentionIndex) -> Mention | None:
    """The actor named at the frame's start (after introductory phrases), with a verb after it."""
    actors = _actors(s, frame, index)
    if not actors:
        return None
    first = actors[0]
    lead = frame[: first.start - s.start]
    if _FOR_DESCRIBED.fullmatch(lead) and first.kind == "person" and _VIEW_FOR.fullmatch(text, first.end, s.start + len(frame)):
        return first  # "For local shopkeeper Priya Sharma, the answer is simple:"
    apposed_for = next((m for m in actors if m.kind == "person" and _FOR_APPOSED.fullmatch(text, s.start, m.start)
                        and _VIEW_FOR.fullmatch(text, m.end, s.start + len(frame))), None)
    if apposed_for is not None:
        return apposed_for  # "For Tallybook's head of engineering, Marco Vitale, the answer is simple:"
    if first.kind == "person" and not text[first.end : s.start + len(frame)].strip() and _described_label(lead):
        return first  # "NSW Farmers president Xavier Martin: “...”": a label, their title before the name
    if first.kind == "person" and _BULLET.fullmatch(lead) and _role_label(text[first.end : s.start + len(frame)]):
        return first  # "— Tamsin Olowe, head of the residents' association: “...”": a label, her role after the name
    intro = _INTRODUCTORY.fullmatch(lead)
    if intro is None:
        return None
    titled = _titled_person(text, first, actors[1:])
    first = titled or first  # "NSW Farmers president Xavier Martin:": the president, not the body
    rest = text[first.end : s.start + len(frame)]
    if titled is not None and not rest.strip():
        return first  # "NSW Farmers president Xavier Martin: “...”": a label, the person's title before it
    if lead.strip() == "For" and first.kind == "person" and _VIEW_FOR.fullmatch(rest):
        return first  # "For Wheat Australia chief Tim Ross, the answer is simple:"
    owned = _POSSESSED.match(rest)
    if owned is not None and owned.group(1).lower() not in UTTERANCES:
        return None  # "Ms K's father, Haidar Fauzi, has said:": the father speaks, not K
    rest = rest[owned.end() :] if owned is not None else rest  # "Trump's tweet read:": the possessor speaks
    if _VERBLESS_FRAME.fullmatch(rest) or (first.kind == "person" and _AGED.fullmatch(rest)):
        return first  # "Councillor Ada Quinn, in a statement:", "Fisherman Tom Reddy on the plan:", "Jack Fowler, 27:"
    apposed = _APPOSITION.match(rest)
    rest = rest[apposed.end() :] if apposed else rest.lstrip()
    verb = _VERB.match(rest)
    if verb is None or verb.group() in _NOT_VERBS or _COMPARED.match(rest):
        return None
    return first


_COMPARED = re.compile(r"(?:is|was|are|were|remains|remained|seems|seemed|becomes|became)\s+[^:;“”\"]*?"
                       r"\b(?:of|to|for|like|as|from|with)\s*$")
"""A copula whose predicate ends in a preposition before the colon ("X is country music's equivalent of the
message of:"): the colon opens that preposition's object, a saying the writer quotes to compare the subject
with, not words the subject says ("X was blunt:" ends in no preposition and still announces them)."""


_BULLET = re.compile(r"[-–—•*]?\s*")
"""What may open a label's line before the name: a dash or a bullet of a list of voices, or nothing."""
_APPOSED_ROLE = re.compile(r",\s+(?P<role>[^,:;“”\"]{1,80}?),?\s*")
"""A role set off after the name and running to the colon (", head of the residents' association")."""


def _role_label(rest: str) -> bool:
    """Whether what stands between a name and the colon is its role and no clause: ", chairman of the trust", not
    ", who lives nearby, added" nor ", asked about it, replied"."""
    role = _APPOSED_ROLE.fullmatch(rest)
    return role is not None and not any(_clause_verb(w) or w.lower() in _RELATIVES for w in role.group("role").split())


_RELATIVES = frozenset("who which that whose whom when where".split())


_TITLE_WORDS = re.compile(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){1,3}")
"""Lower-case words of a title between a body and the person holding it ("NSW Farmers president",
"Wheat Australia chief executive"), after the body's possessive too ("the RAC's spokesman Simon Pyle")."""
_VIEW_FOR = re.compile(r",\s+the\s+(?:answer|message|lesson|verdict|solution|choice|view|point|priority|"
                       r"goal|reason|problem|question|issue|task|fix)\s+(?:is|was|are|were|remains|seems)\b[^,;“”\"]*")
"""What follows "For X," when the sentence gives X's view ("For Ross, the answer is simple:"): the
quotation after the colon is X's answer."""
_FOR_DESCRIBED = re.compile(r"For\s+(?:[\w'’-]+\s+){0,4}")
_FOR_APPOSED = re.compile(r"For\s+[^,;:“”\"]{1,60},\s+")
"""A "For", a description and the comma that sets the person's name off after it ("For the firm's head of
engineering, ")."""
"""A "For" and a few words describing the person after it ("For local shopkeeper ")."""


_SPEAKING_FRAME = re.compile(r"(?P<name>[^,“”\"]{1,80}),\s+(?:speaking|talking|writing)\s+(?:at|to|on|in|during|after|"
                             r"before|from|with|outside)\b[^,“”\"]{1,80},\s*(?=[“\"][ \t]*[A-Z])")
"""A name, a participle of speaking and where, then the quotation with no verb ("Peter Quill, speaking
at the club's annual dinner, “We have ...”"): regional and wire copy drop the "said"."""


_DASHED_FRAME = re.compile(r"(?P<name>[^,“”\"–—-]{1,80})(?:,\s*\d{1,3}(?:,\s*[^,“”\"–—-]{1,40})?)?\s+[-–—]\s*(?=[“\"][ \t]*[A-Z])")
"""A vox pop's name (and age, and what they do) before a dash and the quotation ("Student Liam Hart, 19 -
“Nobody talks about ...”"): the dash stands for the colon."""


def _named_frame(text: str, s: Sentence, frame: str, index: MentionIndex) -> Mention | None:
    """The person a frame of a title and a name names ("Rovers chairman Peter Quill"): the name
    closes it, and what stands before is a title (``_described_label``)."""
    people = [m for m in _actors(s, frame, index) if m.kind == "person"]
    if not people or text[people[-1].end : s.start + len(frame)].strip():
        return None
    return people[-1] if _described_label(text[s.start : people[-1].start]) else None


_LABEL_DETERMINERS = frozenset("the its their his her our".split())
"""A determiner that may open a title ("Its travel editor", "The firm's founder"), a function word allowed there."""
LABEL_TITLE_WORDS = 5
"""Words of a title before a label's name ("Grains Council deputy chair"): more are a clause."""


def _described_label(lead: str) -> bool:
    """Whether the words before a name that closes the frame are a title, no clause: a few words,
    none a function word ("Farmers are furious." before it is a sentence: "are", and its stop)."""
    words = lead.split()
    if words and words[0].lower() in _LABEL_DETERMINERS:
        words = words[1:]  # "Its travel editor Rory Boland:"
    return (len(words) <= LABEL_TITLE_WORDS and not any(w.lower() in stop_words("en") for w in words)
            and all(w[-1:].isalnum() for w in words) and not any(_clause_verb(w) for w in words))


def _clause_verb(word: str) -> bool:
    """A finite verb, which no title holds: "Their letter warns Mr Rigby:" is a clause whose name is
    the one warned, not a label. A past participle is left, as titles use it ("Retired teacher")."""
    return finite_word(word) and not word.lower().endswith("ed")


def _titled_person(text: str, body: Mention, after: Sequence[Mention]) -> Mention | None:
    """The person a body's title leads to ("NSW Farmers president Xavier Martin"): the next actor,
    a person, right after the body and a few lower-case title words."""
    if body.kind == "person" or not after or after[0].kind != "person":
        return None
    title = _TITLE_WORDS.fullmatch(text, body.end, after[0].start)
    return after[0] if title is not None else None


def _person_for_body(subject: Mention | None, s: Sentence, frame: str, index: MentionIndex) -> Mention | None:
    """ "BET.com named X its person of the year, and in his interview, this is what he had to say:": a body
    opens the frame, but its last clause's "he" or "she" announces the words, the person named before it."""
    if subject is None or subject.kind == "person":
        return subject
    return _pronoun_subject(s, frame, index) or subject


def _pronoun_subject(s: Sentence, frame: str, index: MentionIndex) -> Mention | None:
    """ "Ask Damien Chazelle ..., and he will answer, ...:": "he" is the person named before it."""
    clauses = list(_PRONOUN_CLAUSE.finditer(frame))
    if not clauses:
        return None
    people = [m for m in _actors(s, frame[: clauses[-1].start()], index) if m.kind == "person"]
    return people[-1] if people else None


_POSSESSIVE_FRAME = re.compile(
    r"(?:[^,“”\"]{1,80},\s+)*(?P<pronoun>[Hh]is|[Hh]er)\s+(?P<words>[a-z]+(?:[\s-]+[a-z]+){0,8})\s*$")
"""A frame whose subject is someone's utterance ("His message to staff was simple", "Her answer
was short"): the quotation after the colon is theirs."""


UTTERANCE_AT_MOST = 3
"""Words after the pronoun within which its utterance is named ("his final short answer")."""


def _possessed_utterance(s: Sentence, frame: str, index: MentionIndex, since: int) -> Mention | None:
    """ "His message to staff was simple: “...”": the person the pronoun goes back to, named in this
    sentence or the one before it (a pronoun's nearest reach), of no other gender than it says."""
    found = _POSSESSIVE_FRAME.match(frame)
    if found is None or not UTTERANCES & set(found.group("words").split()[:UTTERANCE_AT_MOST]):
        return None
    pronoun = found.group("pronoun").lower()
    people = [m for m in index.within((since, s.start)) if m.kind == "person" and index.genders.fits(m, pronoun)]
    return people[-1] if people else None


_DESCRIBED_FRAME = re.compile(r"(?P<description>(?:The|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:[a-z]+ly\s+)?[a-z]+\s*$")
"""A frame whose subject is a description and whose verb closes it ("The mum-of-three fumed")."""


def _described_subject(text: str, s: Sentence, frame: str, index: MentionIndex) -> Mention | None:
    """ "The mum-of-three fumed: “...”": the person the description goes back to, as it would before
    "said" (``referring.described_person``: a calling, an age, a parent of their children)."""
    found = _DESCRIBED_FRAME.fullmatch(frame.strip())
    if found is None:
        return None
    start = s.start + frame.index(found.group("description"))
    words = found.group("description").lower().split()
    return described_person(text, words, index.before(start), index, s.index, found.group("description"))
