"""Signs beside a name that it is a person's, whatever the tagger typed it: an age ("Braun, 38,"), a "he"
or "she" of its own ("Shakira said she"), a death at an age ("Pele dies at 82"). Split from ``personhood`` (which decides with them)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from brief.actors.body_endings import ORGANIZATION_ENDINGS, OUTLET_OR_TEAM_ENDINGS
from brief.actors.callings import CALLINGS
from brief.actors.gazetteer import ORG_WORDS, phrase_table
from brief.actors.gender import first_names
from brief.actors.phrasing import is_noun, verb_lemma
from brief.actors.place_context import AREA_ENDINGS
from brief.actors.roles import ROLE_MODIFIERS, ROLE_TITLES
from brief.actors.thinghood import acts
from brief.actors.word_case import plain_word
from brief.text.phrases import phrase_spans

if TYPE_CHECKING:
    from brief.actors.mentions import Mention

# "Braun, 38 – who reps ...", "Swift, 29, said": an age set off after a name is a person's, whatever the
# tagger typed the name (a body has no age); not a score ("Hull City, 2 - 1").
_AGE_AFTER = re.compile(r",\s*\d{1,3}\s*(?:,|–|—|--?)\s*(?=[^\d\s])")


# "The 38-year-old Applewhite had been ...": an age written before a name, as news writes it of a person.
_AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old\s+$")
AGE_REACH = 20
"""Characters before a name read for its age ("the 38-year-old ")."""


# "a 14-year-old Hamas supporter", "a 25-year-old Ford worker": the age is the member's, the name his side's or
# his employer's, which then modifies the noun after it.
_MEMBER_AFTER = re.compile(r"\s+(?:supporters?|fans?|students?|workers?|employees?|members?|activists?|militants?|"
                           r"fighters?|graduates?|volunteers?|staffers?|soldiers?|officials?|voters?|customers?|"
                           r"pupils?|passengers?|shoppers?)\b")


def aged(text: str, name: str) -> bool:
    """An age set off after one writing of the name ("Braun, 38,") or written before it ("the 38-year-old Braun";
    not "a 14-year-old Hamas supporter")."""
    return any(_AGE_AFTER.match(text, end) or _AGE_BEFORE.search(text, max(0, start - AGE_REACH), start)
               and not _MEMBER_AFTER.match(text, end) for start, end in phrase_spans(text, name))


# "Shakira said she would", "Lula says he", "Drake told reporters he": a name that speaks of itself as "he"
# or "she" (a body says "it"); "Pele dies at 82", "X, a former mayor, has died aged 81": only a person dies at an age.
_SELF_AFTER = re.compile(r"\s+(?:said|says|insisted|insists|added|told\s+(?:the\s+)?[a-z]+)\s+(?:that\s+)?(?:he|she)\b")
_DIED_AGED = re.compile(r"(?:,[^,.;:]{1,80},)?\s+(?:has\s+|had\s+)?(?:died|dies|passed\s+away)\s+(?:(?:on\s+)?[A-Z][a-z]+\s+)?"
                        r"(?:at|aged)\s+(?:the\s+age\s+of\s+)?\d{1,3}\b")


def self_or_death(text: str, name: str) -> bool:
    """Whether the name speaks of itself as "he" or "she" or dies at an age right after one writing."""
    return any(_SELF_AFTER.match(text, end) or _DIED_AGED.match(text, end) for _, end in phrase_spans(text, name))


# "Drake, who sat courtside, said": a relative clause set off after the name with a person's pronoun and a verb
# of one (a body or a thing takes "which"). Not a plural verb ("Chelsea, who are top", "Arsenal, who have won"):
# British sports copy gives a team "who" and a plural.
_WHO_SINGULAR = re.compile(r",\s+who\s+(?:(?:also|has|had|was|is|once|now|then|later|still)\s+)*"
                           r"(?!(?:are|were|have)\b)[a-z]+\b")


def who_clause(text: str, name: str) -> bool:
    """Whether one writing of the name is followed by ", who" and a verb not in the plural."""
    return any(who_after(text, end) for _, end in phrase_spans(text, name))


def who_after(text: str, end: int) -> bool:
    """Whether ", who" and a verb not in the plural follow the name that ends at ``end``."""
    return bool(_WHO_SINGULAR.match(text, end))


_WHO_MADE = re.compile(r",\s+who\s+(?:(?:also|had|has|once|later)\s+)*(?:directed|co-directed|composed|starred|sang|"
                       r"choreographed|painted|penned|scripted|co-wrote|wrote(?!\s+to\b))\b")
"""", who directed the film", ", who composed the music": a person's making of a work, which no body is said to do
with "who" (a club's "who beat", "who signed" is British sports copy's, as are its plurals)."""


def who_made(text: str, name: str) -> bool:
    """Whether one writing of the name is followed by ", who" and a verb of making a work ("Atlee, who directed
    the film"): a person's, though the tagger read a one-word name as a body's."""
    return any(_WHO_MADE.match(text, end) for _, end in phrase_spans(text, name))


# "Kaycee shared her kitchen remodel", "Adele thanked her fans": a verb, then "her" and a noun, her own; a body's
# is "its". Not a preposition ("a letter from Acme to her lawyer") nor a verb of giving or telling, whose "her" is an
# object; nor a word after "her" that no noun is ("Acme sued her for", "fired her last week"), where "her" is one too.
_HER_OWN = re.compile(r"\s+(?!(?:to|for|from|with|by|at|on|in|of|into|about|told|tells|gave|gives|sent|sends|asked|"
                      r"asks|showed|shows|offered|offers|paid|pays|called|calls|let|lets|made|makes|got|gets)\s)"
                      r"[a-z]+(?:ed|s)\s+her\s+(?!(?:for|to|from|with|and|but|the|that|this|last|next|after|before|"
                      r"about|over|out|off|again|because|when|while|down|back|away|onto|into|was|had|has|is)\b)"
                      r"(?:own\s+)?(?:[A-Z][a-z]+\s+){0,2}[a-z]{3,}\b")
"""A verb, then "her" and what is hers: a noun, or a noun after a name or two ("postponed her Las Vegas residency")."""


def her_own(text: str, name: str, others: Sequence[tuple[int, int]] = ()) -> bool:
    """ "Kaycee shared her kitchen": the text gives the name something of her own (a person's sign; not gender
    evidence for speakers: "her" after a verb may still be another woman's). With ``others``, the spans of the
    other people named, only at a writing none of them stands before in its paragraph: "Maria Delgado said
    Netflix cancelled her show", "Delgado was furious. Twitter suspended her account": hers, not the company's."""
    for start, end in phrase_spans(text, name):
        if _HER_OWN.match(text, end):
            opening = text.rfind("\n", 0, start) + 1
            if not any(opening <= at < start and text[at:stop] != name for at, stop in others):
                return True
    return False


# A person's role or calling written right before a full name ("Opposition leader Karen Mills", "Chief executive
# Sunita Rao", "PayWave founder Ada Okonkwo", "rapper Kofi Boateng"): the tagger, which never saw many of these
# names in 1996 wire copy, typed some of them bodies. The titles of the lexicon and a few offices of business.
ROLE_NOUNS = (ROLE_TITLES - ROLE_MODIFIERS - frozenset("state vice prime opposition private official officials ministers "
                                                           "militant rebel major father".split())
              | CALLINGS | frozenset("executive founder co-founder cofounder boss owner".split())
              | frozenset("designer engineer scientist researcher strategist architect doctor nurse".split()))
"""Nouns that end a role; not the words that stand inside a title ("State" of "California State Park Ranger",
"Opposition" of "Opposition leader") nor those read as adjectives as often ("the official Xinhua", "a major").
The trades of the last line are a person's ("lead designer Kara Voss", "data scientist ..."), not "producer" nor
"trader", which a company is as often ("oil producer Saudi Aramco", "commodity trader Glencore")."""
_WORD_BEFORE = re.compile(r"\b([A-Za-z][a-z-]+)[^\S\n]+$")
"""The word right before a name in its own line: a headline's last word ("Rovers sack manager") is no role of
the name opening the next paragraph."""
ROLE_REACH = 30
"""Characters before a name read for the role word right before it."""
# "Ada Okonkwo founded PayWave", "Kofi Boateng was born in Kumasi": what only a person does (a company is
# "founded in 2003", after a comma, by someone).
_PERSON_ACT = re.compile(r"\s+(?:(?:co-?)?founded\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?[A-Z]|was\s+born\b|grew\s+up\b)")
_NAME_WORD = re.compile(r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?")
"""A word of a full name: a hyphened one may go on in lower case, as Korean given names are written
("Soo-min" of "Bae Soo-min", "Min-jae")."""
MAX_NAME_WORDS = 3
"""Words of a full name read so: a given name, a middle name or a second surname, a surname."""


def _role_before(text: str, name: str) -> bool:
    for start, _ in phrase_spans(text, name):
        word = _WORD_BEFORE.search(text, max(0, start - ROLE_REACH), start)
        if word and word.group(1).lower() in ROLE_NOUNS:
            return True
    return False


def _surname_acts(text: str, words: list[str]) -> bool:
    """The full name's last word written alone where it acts ("... Okonkwo said") or takes a person's "who"
    ("Holland, who met her on set, has ..."), as news writes a person's surname once named in full; a body is not called by its name's last word ("Morgan Stanley", "Stanley").
    A capitalised word right before it ("Ada Okonkwo" itself, "Park Ranger") or after it ("Ranger Supervisor")
    makes it part of a longer name."""
    for start, end in phrase_spans(text, words[-1]):
        if not _CAPITAL_BEFORE.search(text, max(0, start - ROLE_REACH), start) and not _CAPITAL_AFTER.match(text, end) \
                and (acts(text, start, end) or _WHO_SINGULAR.match(text, end)):
            return True
    return False


# A word alone has no capitalised word beside it: "Ranger" of "State Park Ranger Supervisor Robert Colligan said"
# is inside a longer name (a title), not a surname written alone.
_CAPITAL_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s+$")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")


def full_name_shown(text: str, name: str) -> bool:
    """Whether a name of two or three capitalised words is shown a person's by a role written right before it,
    by a person's act right after it ("founded PayWave", "was born"), or by a known given name opening it with
    its surname acting alone ("Ada Okonkwo ... Okonkwo said")."""
    words = name.split()
    if not 2 <= len(words) <= MAX_NAME_WORDS or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    if _role_before(text, name) or any(_PERSON_ACT.match(text, end) for _, end in phrase_spans(text, name)):
        return True
    return words[0] in first_names() and _surname_acts(text, words)


# What only two people are together: "Zendaya and Tom Holland are engaged", "X and Y have split", "X and Y tied the
# knot", "X and Y welcomed a baby girl". Two firms merge, partner or sign a deal; they never marry, date or divorce,
# so each name of a pair with one of these after it is a person's, whatever the tagger typed the pair.
_CHILD = r"(?:a|their)\s+(?:first\s+|second\s+|third\s+)?(?:baby|child|son|daughter|twins)"
# the intransitive ones end their clause or take a time or a place after them ("got married in June", "split
# last year"): not "have split the costs", "are engaged in talks", "married the two brands"
_COUPLE_VERBS = (r"(?:(?:(?:are|were|got|get|have\s+got|became|become)\s+(?:engaged|married|divorced)|(?:are|were)\s+dating|"
                 r"(?:have|had)\s+(?:split|separated|broken\s+up|divorced|married)|split\s+up|broke\s+up|separated|"
                 r"divorced|wed|married|(?:are|were)\s+(?:a\s+)?couple)"
                 r"(?=\s*(?:[,.;:!?\"”\n]|$)|\s+(?:after|on|last|this|earlier|following|amid|at|since|in\s+(?:\d|[A-Z])|"
                 r"(?:back\s+)?in\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter))\b))"
                 rf"|tied\s+the\s+knot|welcomed\s+{_CHILD}|(?:are|were)\s+expecting\s+{_CHILD}"
                 r"|(?:are|were|have\s+been|had\s+been)\s+(?:quietly\s+|secretly\s+|already\s+)?living\s+apart")
_PAIRED = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
_COUPLE_AFTER = re.compile(rf"\s+(?:and|&)\s+{_PAIRED}\s+(?:(?:have|had)\s+)?(?:reportedly\s+|secretly\s+|officially\s+|"
                           rf"finally\s+|quietly\s+)?(?:{_COUPLE_VERBS})\b")
_COUPLE_TAIL = re.compile(rf"\s+(?:(?:have|had)\s+)?(?:reportedly\s+|secretly\s+|officially\s+|finally\s+|quietly\s+)?"
                          rf"(?:{_COUPLE_VERBS})\b")
# "Dario Quell and Mina Ross's marriage", "... Ross's Divorce" in a headline: what only a couple owns
_OWNED = r"['’]s\s+(?i:marriage|divorce|wedding|engagement|separation|break-?up|romance|honeymoon|nuptials)\b"
_COUPLE_OWNED_AFTER = re.compile(rf"\s+(?:and|&)\s+{_PAIRED}{_OWNED}")
_COUPLE_OWNED_TAIL = re.compile(_OWNED)
_PAIR_BEFORE = re.compile(rf"(?:^|[^\w'’-]){_PAIRED}\s+(?:and|&)\s+$")
PAIR_REACH = 60
"""Characters before a name read for the other name of its pair ("Tom Holland and ")."""


QUESTION_OPENERS = frozenset("could would should does did is was are were has have had".split())
"""Auxiliaries that open a headline's question ("Could Kat and Alfie Moon's marriage go up in smoke?"): a name the
tagger glued one to ("Could Kat") is no one's, and a pair's sign must not make it a person."""


def coupled(text: str, name: str) -> bool:
    """ "Zendaya and Tom Holland are engaged": one of a pair of names that marry, date, split or have a baby, or
    whose marriage or divorce the text names ("Zendaya and Tom Holland's wedding")."""
    return name.split()[0].lower() not in QUESTION_OPENERS and any(_COUPLE_AFTER.match(text, end) or _COUPLE_OWNED_AFTER.match(text, end)
               or (_COUPLE_TAIL.match(text, end) or _COUPLE_OWNED_TAIL.match(text, end))
               and _PAIR_BEFORE.search(text, max(0, start - PAIR_REACH), start)
               for start, end in phrase_spans(text, name))


# "Bola Tinubu", "Hakainde Hichilema": two words shaped as a given name and a surname, each one capital then
# lower case (a hyphen or a Mc/O' allowed), neither a word mostly written in lower case ("Golden", "Harvest"),
# a place's, nor a body's last word. The census's lists miss most African and Asian given names, so a
# name's shape is read where the list is silent, and the text must then go on about it by a person's office
# (``office_after``). A "he" or "she" after it is not enough: a body's spokeswoman is "she" as often (tried in
# session 32: one held-out gold actor lost).
_NAME_SHAPED = re.compile(r"(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def unlisted_full_name(name: str) -> bool:
    """ "Bola Tinubu": a full name's shape, though no list holds its given name."""
    words = name.split()
    return (len(words) == 2 and all(_NAME_SHAPED.fullmatch(w) for w in words)
            and not any(plain_word(w, frozenset()) or (w,) in phrase_table() or w.lower() in ORG_WORDS for w in words)
            and words[1] not in ORGANIZATION_ENDINGS | OUTLET_OR_TEAM_ENDINGS | AREA_ENDINGS
            and tuple(words) not in phrase_table())


# "Bola Tinubu signed the bills. But the president said ...": news goes on about a person it has named by her or
# his office or calling, as "the president" or "the singer"; a body it goes on about is "the company" or "the
# group". Offices of state and callings only: a firm has a president and a chief executive, but the text then
# writes "its president" or "the company's".
_OFFICES = "president|governor|senator|premier|prime minister|chancellor|mayor|minister|lawmaker|legislator|king|queen"
_THE_OFFICE = re.compile(rf"\b[Tt]he\s+(?:(?:former|late|new|incoming|outgoing)\s+)?({_OFFICES}|{'|'.join(sorted(CALLINGS, key=len, reverse=True))})"
                         r"(?=\s+(?!of\b)[a-z]+)")
OFFICE_REACH = 160
"""Characters after a name read for "the president" going on about it: the rest of its sentence and the next."""


def office_after(text: str, name: str, others: Sequence[Mention]) -> bool:
    """ "Bola Tinubu signed ... But the president said": the text goes on about the name by a person's office or
    calling ("the president", "the singer") before it names another person (``others``), who may hold it; a
    place or a body named between holds no office ("signed it at the Presidential Villa"). Not an office another
    person holds in the text ("President Ada Obi ... Zentro Maxal cut jobs. The president said"): hers."""
    held = {w for m in others for w in m.role.lower().split()}
    starts = [m.start for m in others]
    for _, end in phrase_spans(text, name):
        found = _THE_OFFICE.search(text, end, end + OFFICE_REACH)
        if (found is not None and found.group(1).split()[-1].lower() not in held
                and not any(end <= at < found.start() for at in starts)):
            return True
    return False


# "Emma Stone, Dave McCary's wife, said", "Ngozi Okafor, his mother,": a kin word heading an apposition after the
# name, owned by another name or a person's pronoun; only a person is someone's wife or son (not "partner", which
# a firm is too).
_KIN = ("wife|husband|son|daughter|mother|father|brother|sister|widow|widower|fianc[eé]e?|girlfriend|boyfriend|"
        "niece|nephew|aunt|uncle|cousin|grandson|granddaughter|grandmother|grandfather|stepson|stepdaughter|"
        "stepmother|stepfather|twin|sibling|spouse")
_KIN_APPOSITION = re.compile(
    r",\s+(?:(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*['’]s?|his|her|their|the\s+[a-z]+['’]s)\s+"
    rf"(?:(?:late|former|ex-|estranged|eldest|youngest|younger|older|elder|only|new|twin)\s*)?(?:{_KIN})\b(?!['’])"
)


_KIN_BEFORE = re.compile(
    rf"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|[A-Z][\w'’.-]*['’]s?)\s+(?:(?:late|former|estranged|eldest|youngest|younger|"
    rf"older|elder|only|twin)\s+)?(?:{_KIN}),\s+$"
)
"""The kinship set before the name ("His wife, Morag, is less sentimental", "Haldane's daughter, Ailsa,")."""
KIN_BEFORE_REACH = 40
"""Characters read back from a name for the kinship before it."""


def kin_apposed(text: str, name: str) -> bool:
    """ "Emma Stone, Dave McCary's wife,", "His wife, Morag,": one writing of the name is set beside its kinship
    to someone."""
    return any(_KIN_APPOSITION.match(text, end) or text[end : end + 1] == ","
               and _KIN_BEFORE.search(text, max(0, start - KIN_BEFORE_REACH), start)
               for start, end in phrase_spans(text, name))


_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
THE_REACH = 5
"""Characters before a name read for its "the"."""


def given_the(text: str, *names: str) -> bool:
    """Whether the text writes one of the names after "the" at least once: a team's plural name is ("the Kentucky
    Wildcats", "the Wildcats' coach"), a person's never ("Georgia Evans won", "Evans said")."""
    return any(_THE_BEFORE.search(text, max(0, start - THE_REACH), start) for name in names
               for start, _ in phrase_spans(text, name))


def common_after(words: Sequence[str]) -> bool:
    """Whether a word after a name's first is one the dictionary has, as a craft's name's are ("Europa Clipper",
    "Mars Reconnaissance Orbiter"), and no surname after a planet's name is ("Venus Williams")."""
    return any(is_noun(w) or verb_lemma(w.lower()) is not None for w in words[1:])
