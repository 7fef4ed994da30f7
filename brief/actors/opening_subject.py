"""Whether a name stands where a sentence's subject does: at its opening, after a short description
("Wild defenseman Ryan Suter, who ..."), or after a fronted phrase of time or place and its comma
("In 2016, Smith joined ..."). ``brief.actors.positions`` lets a following "he" or "she" go on with
such a person, newly brought in, rather than with the last speaker.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution
from brief.actors.callings import CALLINGS, CALLINGS_PATTERN
from brief.actors.content_ends import finite_word
from brief.actors.coordinate_subjects import coordinate_subject
from brief.actors.coordinated_cues import joined_past_cue
from brief.actors.cues import seed_cue
from brief.actors.described_subjects import described_subject
from brief.actors.furniture_words import dateline_end, in_dateline
from brief.actors.gazetteer import is_country
from brief.actors.mentions import Mention
from brief.actors.person_nouns import one_person
from brief.actors.subordinate_subjects import subordinate_span
from brief.actors.titled_sources import TITLE_ENDS
from brief.text.language import stop_words
from brief.text.lexicon import ADVERB_LY

_STAMP = r"(?:\d{1,2}[.:]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s[A-Z]{1,3}T)?\s*(?:[-–—]+\s*)?)?"
"""A live blog's time stamp opening its paragraph ("13.08 Tony Fernandes ...", "10:42 a.m. Smith
said", "12:00 PM PT -- ..."): the entry's time, before the sentence's first words."""
_SENTENCE_OPENING = re.compile(rf"(?:^|\n{_STAMP}|[.!?][\"”’']?\s)[\s\-–—•*]*(?:(?:But|And|Yet|Still|However),?\s+)?"
                               r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\.?\s+)?$")
"""A sentence's opening before a name, past a conjunction that joins it to the sentence before ("But Mr Ritchie
took umbrage ..."): the name is the subject as much as one that opens it."""
_DESCRIBED = re.compile(rf"(?:^|\n{_STAMP}|[.!?][\"”’']?\s)[\s\-–—•*]*((?:[Tt]he\s+[A-Z][\w-]*(?:['’]s|['’])\s+)?(?:[\w'’-]+\s+){{1,3}})$")
"""A sentence's opening description before a name: a few words, perhaps after a body's possessive ("The Times' TV
critic Tim Teeman was ...", "The Guardian's film critic X")."""
DESCRIBED_REACH = 60
"""Characters before a name within which a sentence opening and its description are looked for."""
FRONTED_CHARS = 80
"""Characters of a fronted phrase ("Over coffee at a bar near campus,"): one phrase, not a clause."""
_FRONTED = re.compile(r"(?:^|\n|[.!?][\"”’']?\s)[\s\-–—•*]*(?:In|On|At|Over|After|Before|During|Since|Later|Earlier|Last|This|"
                      r"Born|Raised|Educated|Trained|Brought|Despite|Following|Throughout|Unlike|Like|Amid|Among|Regarding|Concerning)"
                      rf"\b[^,.!?;:\n]{{0,{FRONTED_CHARS}}},\s+((?:[\w'’-]+\s+){{0,3}})$")
"""A sentence's fronted phrase of time, place or topic ("Regarding the fees,"; a life's facts: "Born in Dundee in 1933,") and its comma,
then a few words describing the name ("21-year-old Ryan Dubicki")."""


OPENING_REACH = 80
"""Characters before a name searched first for ``_SENTENCE_OPENING``: all but ``OPENING_OTHERS`` of a
match's characters are spaces, dashes and bullets, so only a window with as few others can hold part of a
match that starts before it; the whole text before the name is searched then alone (the same answer: the
pattern has no look-behind, and ``^`` matches only at the text's start). Why: searched from the text's
start for every name, the pattern cost grew with the square of an article's length."""
OPENING_OTHERS = 32
"""More than the most characters other than spaces, dashes and bullets a match of ``_SENTENCE_OPENING``
holds: a time stamp's ("12:00 P.M. EST", 13), a stop and a quote mark (2), a conjunction ("However,", 8) and a
courtesy title ("Prof.", 5)."""
_RUN_CHARS = re.compile(r"[\s\-–—•*]+")


def _sentence_opening(text: str, start: int) -> bool:
    """``_SENTENCE_OPENING.search(text, 0, start) is not None``, mostly in a window before ``start``."""
    pos = max(0, start - OPENING_REACH)
    if _SENTENCE_OPENING.search(text, pos, start) is not None:
        return True
    if pos == 0 or len(_RUN_CHARS.sub("", text[pos:start])) > OPENING_OTHERS:
        return False
    return _SENTENCE_OPENING.search(text, 0, start) is not None


def opens_sentence(text: str, start: int) -> bool:
    """Whether the name at ``start`` is its sentence's subject by where it stands."""
    return (_sentence_opening(text, start) or _described_opening(text, start)
            or _after_fronted(text, start) or _after_dateline(text, start))


DATELINE_REACH = 80
"""Characters from a paragraph's start within which a dateline and "the" may stand before its first name."""
_THE = re.compile(r"(?:[Tt]he\s+)?")


def _after_dateline(text: str, start: int) -> bool:
    """ "TOKYO — The Bank of Japan raised rates ..., and signalled": the name right after a paragraph's dateline
    (and its "the") opens the sentence, as one at the paragraph's start does."""
    paragraph = text.rfind("\n", 0, start) + 1
    if start - paragraph > DATELINE_REACH:
        return False
    past = dateline_end(text, paragraph, start + 1)  # one past the name's start: the dateline looks ahead at it
    return past > paragraph and _THE.fullmatch(text, past, start) is not None


def _described_opening(text: str, start: int) -> bool:
    """ "Wild defenseman Ryan Suter, who ..., could see ...": a name after a sentence's opening
    description (a few words, none a function word, "when" or "after": the name is the subject,
    not a clause's) is that sentence's subject, as one that opens it."""
    found = _DESCRIBED.search(text, max(0, start - DESCRIBED_REACH), start)
    if found is None:
        return False
    if _subject_and_verb(found.group(1).split()):
        return False  # "Desai met Menon last week.": Menon is met, the sentence is Desai's
    words = found.group(1).lower().split()
    if words[0] in ("the", "a", "an"):
        words = words[1:]
    return bool(words) and not any(w in stop_words("en") for w in words)


def _subject_and_verb(words: list[str]) -> bool:
    """Whether the words before a name are a clause's subject and its verb ("Desai met", "Police
    arrested", "Chelsea signed"): a capitalised word, no "-ly" adverb ("Newly elected Mayor ..."
    describes the mayor), followed by a verb in a tense that no dictionary knows as a noun. The name
    is then the verb's object, not the sentence's subject a "he" or "she" after it goes on with."""
    return any(first[:1].isupper() and not ADVERB_LY.fullmatch(first.lower()) and finite_word(verb)
               and first.lower() not in stop_words("en")  # "The jailed activist Ana Ruiz": described
               for first, verb in zip(words, words[1:]))


def _after_fronted(text: str, start: int) -> bool:
    """ "Over coffee near campus, 21-year-old Ryan Dubicki rolled his eyes ...": the name after a
    fronted phrase and a description with no function word is the subject; after a fronted phrase
    ending in a role of the subject's own and its holder set off ("In a statement signed by its
    spokesman, Yakubu Bello, the APC said"), the name after the holder is, and the holder is not."""
    if _apposed_holder(text, start):
        return False
    found = _FRONTED.search(text, max(0, start - DESCRIBED_REACH - FRONTED_CHARS), start)
    if found is not None and not any(w in stop_words("en") for w in found.group(1).lower().split()):
        return True
    holder = _HOLDER_BEFORE.search(text, max(0, start - DESCRIBED_REACH), start)
    return holder is not None and _apposed_holder(text, holder.start(1))


def _apposed_holder(text: str, start: int) -> bool:
    """Whether the name at ``start`` holds the role a fronted phrase ends with, set off by commas:
    "Yakubu Bello" in "In a statement signed by its spokesman, Yakubu Bello, the APC said"."""
    found = _FRONTED.search(text, max(0, start - DESCRIBED_REACH - FRONTED_CHARS), start)
    if found is None or found.group(1):
        return False
    owned = _OWNED_ROLE.search(text, found.start(), found.start(1))
    return owned is not None and one_person(owned.group(1).lower()) and _NAME_AND_COMMA.match(text, start) is not None


_OWNED_ROLE = re.compile(r"\b(?:its|their|his|her)\s+(?:[\w-]+\s+){0,2}?([a-z]+),\s+$")
"""A fronted phrase ending in a role of the subject's own ("In a statement signed by its spokesman, "): the name
set off after it ("Yakubu Bello, the party said") is that role's holder in apposition, and the subject follows."""
_HOLDER_BEFORE = re.compile(r",\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}),\s+(?:[Tt]he\s+)?$")
"""A name set off by commas right before a name (and its "the"): a holder in apposition, when ``_apposed_holder``."""
_NAME_AND_COMMA = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},")


_NO_ADJUNCT = re.compile(r"\b(?:is|are|was|were|be|been|being|am|of|with|for|to|at|about|from|on|the|a|an|his|her|their|its)\s+$", re.I)
"""Words before an -ing form that make it no participle of the clause's subject: a tense ("was
feeling"), a noun's complement ("tasked with defending"), a noun ("the saying")."""
SUBJECT_KINDS = frozenset({"person", "organization"})
"""Kinds of name that say things as a clause's subject: a place opening a sentence is as often a
modifier ("Wyoming coal production peaked ..., declining")."""


def participle_subject(text: str, attribution: Attribution, mentions: Sequence[Mention],
                       sentence_start: int) -> tuple[int, int] | None:
    """ "Mr. Fernandes flew to Surabaya on Monday, saying ...", "Swift won support after accusing ...",
    "Speaking on the radio he bypassed the question saying ...": a participle of saying that goes
    with a clause, with no source of its own and no speaker before it in its sentence, shares the
    clause's subject: the person or body whose name opens the sentence, or else the sentence's first
    "he", "she" or "they" (the caller resolves it as any source). None otherwise."""
    cue = text[attribution.cue[0] : attribution.cue[1]].rstrip(":").split()  # "and insisting: ..."
    joined = joined_past_cue(text, attribution, sentence_start)  # "left rates unchanged but signalled"
    if attribution.source is not None and joined_past_cue(text, dataclasses.replace(attribution, source=None), sentence_start):
        # "The strike began after the airline cut pay but insisted": the model took the main clause's subject
        return subordinate_span(text, attribution.cue[0], mentions, sentence_start, attribution.source[1])
    if attribution.source is not None or not cue or not (cue[-1].lower().endswith("ing") or joined):
        return None
    if not all(ADVERB_LY.fullmatch(w.lower()) for w in cue[:-1]):
        return None  # "may be planning": a tense, no participle
    if not seed_cue(cue[-1]) or _NO_ADJUNCT.search(text, sentence_start, attribution.cue[0]):
        return None
    clause = subordinate_span(text, attribution.cue[0], mentions, sentence_start) if joined else None
    if clause is not None:
        return clause  # "Stocks fell after the Fed cut rates but signalled": the Fed; "after the airline cut pay"
    second = coordinate_subject(text, attribution.cue[0], mentions, sentence_start)
    if second is not None:
        return (second.start, second.end)  # "NASA gave orders in May, but Orbis cancelled its order, citing ..."
    opening = next((m for m in mentions if sentence_start <= m.start and m.end <= attribution.cue[0]
                    and not m.demonym and not in_dateline(text, m.start, m.end)  # "LONDON, June 12 —": the page's
                    and (opens_sentence(text, m.start) or _body_opening(text, m))), None)
    if opening is not None:
        officer = _officer_after(text, opening, mentions, attribution.cue[0])
        if officer is not None:
            return officer
        # a country speaks as its government where its second verb is one of saying ("China summoned the envoy and
        # warned"); a place before a participle is where something happened as often ("Texas, saying")
        speaks = opening.kind in SUBJECT_KINDS or joined and opening.kind == "place" and is_country(opening.name)
        return (opening.start, opening.end) if speaks else None
    pronoun = _SUBJECT_PRONOUN.search(text, sentence_start, attribution.cue[0])
    # "The airline hit back, saying ...": a body described as the subject
    return pronoun.span() if pronoun is not None else described_subject(text, sentence_start, attribution.cue[0])


_OFFICE_BETWEEN = re.compile(r"(?:['’]s)?(?:\s+[a-z][\w-]*){1,3}\s+")
"""Lower-case title words between a body and its officer's name ("state president", "general secretary")."""


def _officer_after(text: str, opening: Mention, mentions: Sequence[Mention], cue: int) -> tuple[int, int] | None:
    """ "BJP state president K Annamalai hit back, saying ...": the body opens the sentence, but its
    officer named after the title is the subject (a body is the source only of its own acts)."""
    if opening.kind != "organization":
        return None
    person = next((m for m in mentions if opening.end < m.start < cue and m.kind == "person"), None)
    if person is None:
        return None
    between = text[opening.end : person.start]
    if not _OFFICE_BETWEEN.fullmatch(between) or not (between.split()[-1].lower() in TITLE_ENDS | CALLINGS or re.fullmatch(
            CALLINGS_PATTERN, f"{opening.surface}{between}".strip().lower())):  # "Chelsea striker X"; "Pop star X": a calling
        return None
    return (opening.start, person.end)


_BODY_OPENING = re.compile(r"(?:^|\n|[.!?][\"”’']?\s)\s*(?:(?:But|And|Yet)\s+)?(?:(?:Meanwhile|However|Separately|Elsewhere|"
                           r"Still|Earlier|Later|Instead|(?:[Ll]ast|[Tt]his|[Ee]arlier|[Ll]ater)\s+[a-z]+|[Oo]n\s+[A-Z][a-z]+),\s+)?"
                           r"[Tt]he\s+$")
"""A sentence's opening before a body's name: "the", after a linking adverb or a time ("Meanwhile, the Alliance
...", "But last night, the Government ...", "On Monday, the ministry ...")."""


def _body_opening(text: str, m: Mention) -> bool:
    """ "Meanwhile, the Kenya Private Sector Alliance welcomed the signing, saying ...": a body's name after
    the sentence's "the" is its subject, as a person's name opening it is."""
    return m.kind == "organization" and _BODY_OPENING.search(text, max(0, m.start - 40), m.start) is not None


_SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\b")
"""A pronoun that is a clause's subject (the object forms, "him", "her", "them", are not)."""


_PASSIVE_AGENT = re.compile(
    r"(?:^|\n|[.!?][\"”’']?\s)\s*([A-Z][^.!?\n]{0,80}?)\s+(?:was|were|is|are|has been|have been|had been)\s+"
    r"(?:\w+ly\s+)?[a-z]+(?:ed|en|wn)\s+by\s+((?:[\w'’-]+\s+){0,3})$"
)
"""A passive whose agent is the name that follows ("The decision was welcomed by union leader "): the
subject before it, and a few words describing the agent."""
_PERSONAL = re.compile(r"\b(?:he|she|they|him|her|his|their|i|we|you)\b", re.I)


def passive_agent(text: str, start: int) -> bool:
    """ "The decision was welcomed by union leader Bob Street. “...,” he said.": the agent of a passive
    whose subject is a thing (no person's pronoun, no capitalised name after its first word) is the
    one the sentence brings in, as a subject that opens it is; "He was arrested by Detective Tom Hall"
    is about "he", and the agent is not who speaks next."""
    found = _PASSIVE_AGENT.search(text, max(0, start - PASSIVE_REACH), start)
    if found is None or any(w in _NOT_DESCRIBING for w in found.group(2).lower().split()):
        return False
    subject = found.group(1).split()
    return (subject[0].lower() in _DETERMINERS and not _PERSONAL.search(found.group(1))
            and not any(w[:1].isupper() for w in subject[1:]))


PASSIVE_REACH = 160
"""Characters before the agent looked at for its passive sentence (its subject and verb)."""
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its"})
"""What opens a thing as the passive's subject ("The decision", "Its plan"); a name there ("Smith was
beaten by Tom Hall") is a person the sentence is about."""
_NOT_DESCRIBING = frozenset({"to", "of", "in", "on", "at", "for", "with", "and", "or", "from"})
"""Words that end an agent's description: "passed by 200 votes to Ana Ruiz" has no agent Ruiz."""


_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"")
"""A quotation inside what the earlier cue stated, blanked so its commas do not part the two joined cues."""
_NO_SUBJECT = re.compile(r"(?!(?:he|she|they|it|we|i)\b)[a-z]")
"""A source in lower case that is no subject pronoun: words of a cue or of what it stated ("out counter-tariffs"), not
the subject of a clause reported ("Police say he posed a threat and refused ...": his refusal)."""


def joined_source(text: str, attribution: Attribution, others: Sequence[Attribution],
                  sentences: Sequence[tuple[int, int]]) -> Attribution:
    """ "In a statement signed by his aide, Ada Obi, the minister said talks were open but warned ...": a cue
    joined by "and"/"but" to its sentence's earlier cue (``joined_past_cue``) shares that cue's subject; a name the
    model gave it from before that subject (an apposed holder, a fronted phrase's name) speaks no word of the
    sentence, nor do words of the earlier cue or of what it stated ("did not rule | out counter-tariffs | but
    said"), so the earlier cue's source stands for it."""
    source = attribution.source
    sentence_start = sentences[attribution.sentence][0]
    unquoted = text[:sentence_start] + _QUOTED.sub(lambda m: " " * len(m.group()), text[sentence_start : attribution.cue[0]])
    if source is None or not joined_past_cue(unquoted + text[attribution.cue[0] :],  # 'said it was "open" but warned'
                                             dataclasses.replace(attribution, source=None), sentence_start):
        return attribution
    if any(o.source == source and o.cue != attribution.cue for o in others):
        return attribution  # "Obi said the minister insisted ... but warned": the name is a speaker of its own
    wordy = _NO_SUBJECT.match(text, source[0]) is not None  # "out counter-tariffs on U.S.", not "he" in "Police say he"
    earlier = [o for o in others if o.source is not None and sentence_start <= o.source[0] and o.cue[1] <= attribution.cue[0]
               and (source[1] <= o.source[0] or wordy and o.cue[0] < source[1] and source[0] < max(o.cue[1], o.content[1]))]
    if not earlier:
        return attribution
    return dataclasses.replace(attribution, source=max(earlier, key=lambda o: o.cue[0]).source)
