"""Who opens the sentence a cue sits in, read from the sentence's shape.

The source tagger sees a window around the cue; a long apposition ("Prof X, director of ... at
..., who is leading ..., says"), a relative clause ("Hamas, whose envoys returned to Qatar, said"),
a description before the name ("The company that runs the AMAs, Dick Clark Productions, denies")
or a coordinated verb ("The trust gave ... and then urged") puts the speaker outside it. Each
function here finds that speaker, or None; ``positions`` decides when to ask.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from brief.actors.cue_edges import LINKING_ADVERBS
from brief.actors.mentions import Mention
from brief.actors.officials import BODY_NOUNS
from brief.actors.person_signs import ROLE_NOUNS
from brief.actors.referring import body_named
from brief.actors.roles import ROLE_ENDS, ROLE_MODIFIERS
from brief.actors.source_words import TRADE_NOUNS
from brief.text.language import stop_words

if TYPE_CHECKING:
    from brief.actors.mention_index import MentionIndex


_NOT_A_STOP = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Mt|Ft|No|Inc|Co|Corp|Ltd))$")
"""What ends before a full stop that ends no sentence: an initial ("Thomas M. Hoenig"), a title."""


def clause_start(text: str, position: int) -> int:
    """Where the line or sentence holding ``position`` begins, just past its newline or full stop;
    the stop after an initial or a title ("Thomas M. Hoenig", "Dr. Ames") ends no sentence."""
    newline = text.rfind("\n", 0, position)
    stop = text.rfind(". ", 0, position)
    while stop > newline and _NOT_A_STOP.search(text, max(0, stop - 5), stop):
        stop = text.rfind(". ", 0, stop)
    return max(newline, stop) + 1


ASIDE_OPEN = r"(?:,|\s+(?:--|—|–|-)\s+|—)"
"""What sets an aside off after a name: a comma, or a dash ("Tomas Brenner – who has fished here
for thirty years – says": en or em dash, a spaced hyphen, "--"; an em dash may stand unspaced)."""
ASIDE_CLOSE = r"(?:,|\s(?:--|—|–|-)|—)\s*$"
"""What closes an aside before its cue: a comma or the dash that closes an aside set off by dashes."""
OPENS_ASIDE = re.compile(ASIDE_OPEN)
CLOSES_ASIDE = re.compile(ASIDE_CLOSE)

_RELATIVE = re.compile(ASIDE_OPEN + r"\s*(?:who|whose|which|whom|the|a|an)\b[^,]*" + ASIDE_CLOSE, re.I)


_DESCRIPTION_OPENING = re.compile(r"(?:^|\n|[.!?][\"”’']?\s)\s*(?:The|A|An)\s+(?:[a-z][\w-]*\s+){1,3}(?:that|which|who)\s[^,;:.!?“”\"]{3,100},\s*$")
"""A sentence opening with a description whose relative clause ends in a comma: "The company that runs the AMAs,"."""


def named_after_description(text: str, source: tuple[int, int], mentions: MentionIndex) -> Mention | None:
    """ "The company that runs the AMAs, Dick Clark Productions, denies ...": a name in apposition
    after a sentence-opening description and its relative clause is who the description is, and
    the speaker; the name inside the clause ("the AMAs") is what it does. So is the one name of a source
    after a short description of common words ("their employer, Medics for Peace", "the charity, X"), which
    the first-part rule of ``positions`` left out as a name after a comma."""
    within = mentions.within(source)
    last = next((m for m in reversed(within) if not m.demonym), None)
    if last is None or last.kind == "place" or text[last.end : source[1]].strip(" ,"):
        return None
    if len(within) == 1 and _PLAIN_DESCRIPTION.fullmatch(text, source[0], last.start):
        return last  # "..., their employer, Medics for Peace, said": the one name the description is
    lo = max(0, last.start - DESCRIPTION_REACH)
    return last if _DESCRIPTION_OPENING.search(text, lo, last.start) else None


_PLAIN_DESCRIPTION = re.compile(r"(?:the|its|their|his|her|a|an)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*\s*,\s*",
                                re.I)
"""A description of lower-case words only, set off by a comma before a name ("their employer, ", "the charity, ",
"the group's director, ")."""
DESCRIPTION_REACH = 160
"""Characters before the name within which the description opens its sentence (a short clause)."""


_DESCRIPTION_SOURCE = re.compile(r"(?:the|a|an)\s+[a-z]", re.I)
"""A source that is a description ("the chairwoman of ...", "a spokesman for ..."), not a name."""
_SET_OFF = re.compile(r"\s*,\s*")
_NAME_CLOSES = re.compile(r"\s*(?:[.;!?]|,\s*(?:[a-z]|$)|$)")
"""What may follow a name set off after a description: the sentence's end, or a comma and a clause
("..., Ilse Brandt, adding ..."); not another name of a list ("..., Ilse Brandt, Karl Weber and ...")."""


def named_after_inverted_description(text: str, source: tuple[int, int], cue_end: int,
                                     mentions: MentionIndex) -> Mention | None:
    """ "“...,” said the chairwoman of the Farmers Union, Ilse Brandt.": after an inverted cue, a
    person's name in apposition right after the description that follows the cue is who the
    description is, and the speaker; not the body the description names, nor no one."""
    if source[0] < cue_end or not _DESCRIPTION_SOURCE.match(text, source[0], source[1]):
        return None
    comma = _SET_OFF.match(text, source[1])
    if comma is None:
        return None
    named = next((m for m in mentions.within((comma.end(), len(text))) if m.start == comma.end()), None)
    if named is None or named.kind != "person" or named.demonym or not _NAME_CLOSES.match(text, named.end):
        return None
    return named


_OWNED_DESCRIPTION = re.compile(r"(?:the|a|an|his|her|their|its)\s+[a-z]", re.I)
"""A description as a subject, with an article or a possessive ("the club's manager", "Her coach")."""
_TITLE_HEAD = re.compile(r"(?:[a-z][\w-]*|[A-Z]{2,5})(?:\s+(?:[a-z][\w-]*|[A-Z]{2,5})){0,2}")
"""A description's head as the source tagger may cut it: lower-case words, or a title's initials ("CEO")."""
_OPENED_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?[\w-]+['’]s|"
                            r"\b(?:its|their|his|her))\s+$", re.I)
"""The description's opening left before the cut: "the company's ", "its "."""
_OPENING_REACH = 60
"""Characters before a cut source within which its description's opening stands (a few words)."""


def _cut_description(text: str, source: tuple[int, int]) -> bool:
    """ "the company's CEO, Ada Quinn, told": a source the tagger cut to the description's head ("CEO"),
    its article or possessive left before it: the description is still the name's set off after it."""
    return (_TITLE_HEAD.fullmatch(text, source[0], source[1]) is not None
            and _OPENED_BEFORE.search(text, max(0, source[0] - _OPENING_REACH), source[0]) is not None)


def named_between_description_and_cue(text: str, source: tuple[int, int], cue_start: int,
                                      mentions: MentionIndex) -> Mention | None:
    """ "Her coach, Trevor Painter, is convinced ...": a person's name set off by commas between a
    description the tagger took for the source and the cue is who the description is, and the
    speaker (as after an inverted cue, ``named_after_inverted_description``)."""
    if source[1] > cue_start or not (_OWNED_DESCRIPTION.match(text, source[0], source[1]) or _cut_description(text, source)):
        return None
    comma = _SET_OFF.match(text, source[1])
    if comma is None or "," not in text[source[1] : comma.end()]:
        return None
    named = next((m for m in mentions.within((comma.end(), cue_start)) if m.start == comma.end()), None)
    if named is None or named.kind != "person" or named.demonym:
        return None
    return named if _SET_OFF_END.fullmatch(text, named.end, cue_start) else None  # "..., Gwen Harris, also urged"


_OPENING_DESCRIPTION = re.compile(rf"[\s\-–—•*]*(?:(?i:{LINKING_ADVERBS}),?\s+)?(?:[Tt]he|An?|His|Her|Their|Its"
                                  r"|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}['’]s)\s+[^,;:.!?“”\"\n]{1,80},\s*(?:the\s+)?")
"""A sentence's opening description and the comma that sets a name off after it ("The school's principal, ",
"Labour's shadow health secretary, "), after a linking adverb if any ("Meanwhile the developer, "), and the name's
own article ("The junior coalition partner, the Green Alliance,")."""


def named_after_opening_description(text: str, cue_start: int, mentions: MentionIndex) -> Mention | None:
    """ "The school's principal, Janet Collins, defended the decision", "The union, Unite, said": a
    name set off in commas between the sentence's opening description and the cue is who the
    description is, and the subject; else a "she said" after it goes back past her to an earlier
    speaker, and "the union" to no one. A name read as a place after a body's noun is that body ("The
    regulator, Ofgem,"); after any other noun, a place speaks for no one here."""
    line_start = clause_start(text, cue_start)
    for m in mentions.within((line_start, cue_start)):
        if (m.demonym or not _OPENING_DESCRIPTION.fullmatch(text, line_start, m.start)
                or not _SET_OFF_END.fullmatch(text, m.end, cue_start)):
            continue
        if m.kind != "place":
            return m
        head = re.findall(r"[a-z]+", text[line_start : m.start])
        return dataclasses.replace(m, kind="organization") if head and head[-1] in APPOSED_BODIES else None
    return None


_SET_OFF_END = re.compile(r"\s*(?:\([A-Z][\w.&-]*\)\s*)?,\s*(?:(?:also|then|later|again|still|now|[a-z]{3,}ly)\s+)?")
"""What closes a name set off in commas: the comma, after the name's initials if given ("the Patriots for Renewal
(PFR),"), and an adverb the cue model leaves out of the cue (", Gwen Harris, also appealed to")."""

APPOSED_BODIES = BODY_NOUNS | TRADE_NOUNS | frozenset("regulator watchdog charity broadcaster insurer employer operator".split())
"""Nouns of a body that a name set off after them is ("The regulator, Ofgem,"), whatever kind the tagger read."""


def subject_before_relative_clause(text: str, source_start: int, cue_start: int, before: list[Mention]) -> Mention | None:
    """ "Hamas, whose envoys returned to their base in Qatar, said": the speaker is Hamas, not Qatar;
    "Tom Harlow, the Labour MP for Dunmere North, said": Harlow, not his constituency."""
    if source_start > cue_start:
        return None  # "..., the Ecuadorian international X, according to sources": the cue's own source
    line_start = clause_start(text, source_start)
    match = _RELATIVE.search(text, line_start, cue_start)
    if not match or match.start() > source_start:
        return None
    named = [m for m in before if line_start <= m.start and m.end <= match.start() and not m.demonym
             and m.kind != "place" and not names_where(text, m)  # "Speaking in Gaza, the official, who ...": not Gaza
             and not _POSSESSIVE.match(text, m.end)]  # "Norvik's largest shareholder, the firm X,": not Norvik
    if len(named) > 1 and named[-1].kind != "person" and named[-2].kind == "person" and _WHO.match(text, match.start()) \
            and _AFFILIATION.fullmatch(text, named[-2].end, named[-1].start):
        return named[-2]  # "Professor Juliet Schor of Boston College, who has studied ..., says": Schor
    return named[-1] if named else None


_POSSESSIVE = re.compile(r"['’]s?(?!\w)")
"""A possessive after a name: the name owns the subject ("Norvik's largest shareholder"), it is not the subject."""
_WHO = re.compile(r"[\s,(—–-]*who\b", re.I)
_AFFILIATION = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?")
"""A person's body after her name ("Juliet Schor of Boston College"): a "who" after it is the person."""


_DESCRIBED_SUBJECT = re.compile(r"[\s\-–—•*]*((?:The|This|That|An?)\s+(?:[\w'’-]+\s+){0,3}[a-z\d][\w-]*"
                                r"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}),\s*(?:(?:who|which|whose)\b|"
                                r"(?:[a-z]+ed|held|made|written|shown|seen)\s+(?:in|on|at)\s)[^,;:“”\"]*,\s*")
"""A sentence's opening description or name, then a relative clause or a participle's aside of where or when
("The findings, published in the journal Nature, suggest"; not "published by X", whose X is its author), up to
the cue."""


_DETERMINERS = frozenset({"the", "this", "that", "a", "an"})
"""The words a described subject opens with ("The German automaker, which ...", "A neighbour, who ...")."""


def description_before_relative_clause(text: str, cue_start: int) -> tuple[int, int] | None:
    """ "The German automaker, which has focused on electric cars since ..., says", "Andrew Walsh,
    who was surfing with Swanson, told the paper", "The findings, published in the journal Nature, suggest": a sentence that opens with a description or a
    name and a relative clause about it reaches its cue with that opening for subject; the source
    tagger's pick inside the clause ("its scandal", "Swanson") is not who speaks. The span of the
    opening, or None (an opening adverb or preposition is no subject: "Since ..., which ...,")."""
    line_start = clause_start(text, cue_start)
    match = _DESCRIBED_SUBJECT.fullmatch(text, line_start, cue_start)
    if match is None or match.group(1).split()[0].lower() in stop_words("en") - _DETERMINERS:
        return None
    return match.span(1)


_WHERE = re.compile(r"\b(?:in|across|throughout|outside|inside|within|from|into|at|near)\s+(?:the\s+)?$", re.I)


def names_where(text: str, m: Mention) -> bool:
    """ "In the US, call the ... Lifeline": a place after a preposition is where, not who speaks."""
    return m.kind == "place" and bool(_WHERE.search(text[max(0, m.start - 16) : m.start]))


def subject_before_apposition(text: str, cue_start: int, mentions: MentionIndex) -> Mention | None:
    """ "Prof Gavin Yamey, director of the Centre for Policy Impact in Global Health at Duke
    University, who is leading research ..., says:": a sentence that opens with a name and a comma
    and reaches its cue after another comma has that name for its subject, however long the
    apposition between (the source tagger sees only a window around the cue). A country so set off speaks as
    one ("France, the former colonial power, said")."""
    line_start = clause_start(text, cue_start)
    if not CLOSES_ASIDE.search(text, line_start, cue_start):
        return None
    opening = re.match(SENTENCE_LEAD + r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\.?\s+)?", text[line_start:cue_start])
    first = line_start + (opening.end() if opening else 0)
    for m in mentions.within((first, cue_start)):
        apposition = _PLACE_APPOSITION.match(text, m.end) if m.kind == "place" else None
        if m.start == first and not m.demonym and apposition and not _SETTLEMENT.search(apposition.group()):
            return m  # a country and its apposition; not a dateline ("PORTLAND, Oregon, May 7 -") nor a town
        if m.start == first and not m.demonym and m.kind in ("person", "organization"):
            return m if OPENS_ASIDE.match(text, m.end) else _titled_person(text, first, cue_start, mentions)
        short = _SHORT_FORM.match(text, m.end)
        if m.kind == "organization" and _THE_BODY.fullmatch(text, first, m.start) and OPENS_ASIDE.match(
                text, short.end() if short else m.end):
            return m  # "The Radical Land Party (RLP), which won ten seats, said": the body, its short form after it
        break
    # "Reform UK leader Nigel Farage, speaking in ..., said": a title run the tagger did not open with a name
    return _titled_person(text, first, cue_start, mentions) or _described_subject(text, first, cue_start, mentions)


_THE_BODY = re.compile(r"[Tt]he\s+")
"""The article before a body's name that opens its sentence ("The Radical Land Party, which ..., said")."""
_SHORT_FORM = re.compile(r"(?:\s*\([A-Z][\w.&-]*\))?")
"""A body's short form in brackets right after its name ("(RLP)"), before the comma of its aside."""


_PLACE_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+[a-z][^,;.]*")
"""After a country that opens its sentence, what makes the comma an apposition ("Norway, a long-standing donor,")
and not a dateline's ("PORTLAND, Oregon, May 7 -")."""
_SETTLEMENT = re.compile(r"\b(?:city|town|village|capital|port|resort|suburb|hamlet)\b")
"""A place described as a settlement ("Geneva, a city of bankers, said") is where, not who: no state speaks."""


DESCRIPTOR_WORDS = 3
"""Words of a bare description before the name that opens a sentence ("Early tester", "Local
charity", "Chipmaker"): longer, the words are a clause of their own, not a label of the name."""
_DESCRIPTOR = re.compile(rf"(?:[A-Za-z][\w'’-]*\s+){{1,{DESCRIPTOR_WORDS}}}")
_RELATIVE_AFTER = re.compile(r"\s*,\s*(?:who|whose|which)\b")


def _described_subject(text: str, first: int, cue_start: int, mentions: MentionIndex) -> Mention | None:
    """ "Early tester Northwind Logistics, which runs 14 warehouses, said": a sentence that opens with
    a bare description, a name and a relative clause that reaches the cue has that name for subject.
    No function word nor past form stands in the description ("Police arrested X, who ...")."""
    m = next((m for m in mentions.within((first, cue_start)) if not m.demonym), None)
    if m is None or m.kind not in ("person", "organization") or not _RELATIVE_AFTER.match(text, m.end):
        return None
    if not _DESCRIPTOR.fullmatch(text, first, m.start):
        return None
    words = text[first : m.start].lower().split()
    if any(w in stop_words("en") or w.endswith("ed") for w in words):
        return None
    return m


SENTENCE_LEAD = (r"[\s\-–—•*]*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|[A-Z]{2,4})?\s*[-–—:|]?\s+)?"
                 r"(?:[“\"][^”\"\n]*[”\"]\s*)?")
"""What may open a sentence before its subject: a bullet, a live blog's time stamp ("10:42 ", "9.15am
GMT - "), a quotation the speaker's words open with."""

_ROLE_WORDS = "|".join(sorted(ROLE_NOUNS | ROLE_MODIFIERS, key=len, reverse=True))
_TITLED_RUN = re.compile(rf"(?:(?:[A-Z][\w.'’-]*|of|the|for|and|(?:{_ROLE_WORDS})(?![\w-]))\s+)+[A-Z][\w.'’-]*")
"""Capitalised words (with "of", "the") to a comma: a body, a title and a name written as one run;
a role in lower case may stand in it ("Labour leader Keir Starmer", "Bradford manager Mark Hughes")."""


def _titled_person(text: str, first: int, cue_start: int, mentions: MentionIndex) -> Mention | None:
    """ "Federal Reserve Bank of Kansas City President Thomas M. Hoenig, the Fed's ..., said": a
    sentence that opens with a body and a title before the person's name and a comma has that
    person for subject, not the body that describes them."""
    return person_to_comma(text, first, cue_start, mentions, _TITLED_RUN)


def person_to_comma(text: str, first: int, end: int, mentions: MentionIndex, run: re.Pattern[str]) -> Mention | None:
    """The person whose name ends at the first comma (or dash that opens an aside: ``ASIDE_OPEN``)
    after ``first`` (before ``end``), when the words from ``first`` to it are all ``run`` (a title
    and a body may stand before the name)."""
    opening = OPENS_ASIDE.search(text, first, end)
    comma = opening.start() if opening else -1
    if comma < 0 or not run.fullmatch(text, first, comma):
        return None
    named = [m for m in mentions.within((first, comma)) if m.end == comma and m.kind == "person" and not m.demonym]
    return named[-1] if named else None


APPOSITION_WORDS = 16
"""Longest apposition read between a name and its cue ("Alex Barrios, assistant director for
construction of county transportation and public works, explained"): a clause any longer is
more likely a sentence of its own."""


def apposed_name_before(text: str, cue_start: int, mentions: MentionIndex) -> Mention | None:
    """ "But as X asked how ..., Alex Barrios, assistant director for construction of ..., explained
    that ...": a person named after a comma, then an apposition in commas, then the cue. The
    apposition opens in lower case or with an article: a description, not another clause."""
    head = text[max(0, cue_start - 400) : cue_start].rstrip()
    if not head.endswith(","):
        return None
    base = cue_start - 400 if cue_start > 400 else 0
    close = base + len(head) - 1
    open_ = text.rfind(",", base, close)
    if open_ < 0:
        return None
    apposition = text[open_ + 1 : close].strip()
    if not re.match(r"(?:a|an|the|[a-z][\w-]*)\b", apposition) or len(apposition.split()) > APPOSITION_WORDS:
        return None
    named = [m for m in mentions.before(open_ + 1) if m.end == open_ and m.kind == "person" and not m.demonym]
    if not named or not re.search(r"(?:^|,|\n|[.!?][\"”’']?)\s*$", text[max(0, named[-1].start - 3) : named[-1].start]):
        return None
    return named[-1]


OPENING_TITLE_WORDS = 3
"""Words of a title that may open a sentence before a person's name ("Trade minister", "Gartner chief analyst")."""


def _titled_opening(words: str) -> bool:
    """Whether the words before a name are a short title ending in a role ("Trade minister ")."""
    split = words.split()
    return 0 < len(split) <= OPENING_TITLE_WORDS and split[-1].lower().rstrip(".") in ROLE_ENDS


_COORDINATED = re.compile(r"(?:\band|,\s+but)(?:,\s+(?:in|on|at|during|after|before|through|via|over)\s+[^,;:\"“”]{1,80},)?"
                          r"\s+(?:(?:then|also|later|later\s+on|\w+ly)\s+)*$")
"""A cue coordinated with the verb before it: "and urged", ", but said" (a comma before "but": the same subject's
second verb, where "X did Y but Z said" has a subject of its own), perhaps past a setting set off by commas
(", but, in a written submission to the court on 3 March, rejected")."""


_STATE_ACTING = re.compile(r"\s+(?:did|does|has|had|have|will|would)\s+(?:not\s+|never\s+|also\s+)?[a-z]+")
"""A place opening its sentence as the one acting, through an auxiliary ("Israel did not appear ... but rejected"):
a state, whose second verb is its own; not a place where something happened ("In Paris, ...")."""


def coordinated_subject(text: str, cue_start: int, mentions: MentionIndex) -> Mention | None:
    """ "The trust gave the county an extra month and then unanimously urged it to ...": a cue
    coordinated after "and" shares the subject that opens its sentence (a name, or "the trust"
    for the body named so before)."""
    stop = text.rfind(". ", 0, cue_start)
    line_start = max(text.rfind("\n", 0, cue_start) + 1, stop + 2 if stop >= 0 else 0)
    if not _COORDINATED.search(text, line_start, cue_start):
        return None
    opening = re.match(r"[\s\-–—•*]*", text[line_start:cue_start])
    first = line_start + (opening.end() if opening else 0)
    within = mentions.within((first, cue_start))
    m = within[0] if within else None
    if m is not None and (m.start == first or m.kind == "person" and _titled_opening(text[first : m.start])) and not m.demonym and (
            m.kind != "place" or m.start == first and _STATE_ACTING.match(text, m.end)):  # "Israel did not appear ..., but rejected"
        after = within[1] if len(within) > 1 else None  # "Harbour Council Minister Lin Mei-hua set ...": Lin
        titled = after is not None and after.kind == "person" and m.kind != "person" and _titled_opening(text[m.end : after.start])
        return after if titled else m  # "Trade minister Piyush Goyal toured ... and said": the title before the name opens it too
    body = re.match(r"[Tt]he\s+([a-z]+)\b", text[first:cue_start])
    return body_named(mentions.before(first), body.group(1)) if body else None
