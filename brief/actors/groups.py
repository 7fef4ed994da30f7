"""Groups that speak: people described, not named, who speak together ("the loggers told
investigators", "a string of Tory MPs who said", "Pinochet's family issued a statement").

Why a kind of their own: their words are theirs, not the last person's named near them (the
loggers' account under the hunter who died), nor nobody's; and they are voices in the story more
often than its parties, so they rank after the named actors unless they speak often.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.apposed_callings import named_beside
from brief.actors.attribution import Attribution
from brief.actors.cues import PRONOUNS
from brief.actors.describing import source_phrase
from brief.actors.fronted_participles import participle_before_noun
from brief.actors.furniture_words import dateline_end
from brief.actors.gazetteer import demonym_country
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention, normalise
from brief.actors.name_words import titles_plural
from brief.actors.opening_adjectives import describing_adjective
from brief.actors.source_words import EXPERTS, GROUP, KIN, PRIVATE_PEOPLE, line_of_work_plural
from brief.text.language import stop_words

GROUP_FACTOR = 0.25
"""A group's salience is scaled down: "residents" who speak once or twice are voices in the story,
not its subject, and rank below every named actor who speaks (1 mention and 1 position score 6,
a group needs 8 positions to match it); on 25 DUC clusters half this factor pushed named
speakers out of the 40 actors listed."""

GROUP_OFTEN = 3
"""A group that speaks this often is a party to the story ("the owners" of a lockout) and ranks
among the named actors (by salience, scaled by ``GROUP_FACTOR``); one that spoke once or twice is
listed after them, if the list has room."""

_QUANTIFIERS = (r"(?i:(?:the|a|an|some|many|several|most|other|these|those|both|all|two|three|four|five|six|a few|"
                r"dozens of|hundreds of|thousands of|some of the|many of the|one of the|(?:a|the) (?:string|group|handful|number|"
                r"couple|team|crowd|chorus|pair|majority) of|(?:[a-z]+\s+)?\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)\s+of)\s+)*")
_PEOPLE_SHAPED = re.compile(r"[a-z]+(?:ers|ors|ists|ians|ants|ents|ees|men|women|people|folk|folks|mps|ists)")
_NOT_PEOPLE = frozenset("others numbers papers orders matters letters figures centers centres headquarters "
                        "documents comments statements arguments elements events students's reports "
                        "waters borders corners quarters".split()) | frozenset(
    "glaciers rivers craters boulders computers printers containers towers layers meters "
    "sensors motors reactors processors tractors trailers tankers freighters rockets lasers filters chambers "
    "shelters barriers markers chapters clusters fibers fibres".split())
"""Plurals of things shaped as people's ("-ers", "-ors"): "Glaciers warn us", "Computers predicted the storm" name no
people (an agent noun of a machine or a landform is no group that speaks)."""
STANCE_PEOPLE = frozenset("critics sceptics skeptics".split())
"""People named for where they stand whose plural no people-shaped ending marks ("Critics said", as
"Opponents said" and "Supporters said" are marked)."""
_SPEAKING_FOR_OTHERS = frozenset("officials sources spokesmen spokespeople representatives authorities".split())
"""Anonymous voices of some body ("officials said", "sources say"): the body speaks, and where the
article does not say which, no group stands for them."""
_COUNTING = re.compile(r"(?i:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                       r"thirty|forty|fifty|a|an|some|several|many|dozens?|scores|hundreds?|thousands?|millions?|"
                       r"billions?|tens|of)")
"""Words that count people, left at the front of a group's description once its article and any describing
adjective are gone ("a record-breaking four million people commented" -> "four million people"): a number
names no group ("people" stands alone, and is no group)."""
_GROUP_PHRASE = re.compile(
    rf"{_QUANTIFIERS}(?P<name>(?:(?:[A-Z][\w’'-]*|(?!of\b)[a-z][\w-]*)\s+){{0,3}}?(?P<head>[A-Za-z]+))")

_ISSUED_BY = re.compile(r"(?i:(?:a|an|the)\s+)?(?i:(?:joint|short|brief|written)\s+)?"
                        r"(?i:statement|letter|message|post|email|release)\s+(?:from|by|on\s+behalf\s+of|issued\s+by)\s+")
"""What people issued, before them in a source ("according to a statement from her family"): the
people speak; the group is not named "statement from her family"."""


_ALLIED = r"(?:allied|loyal|close|linked|aligned|affiliated|opposed|connected)\s+(?:to|with)|backed\s+by"
"""Whose side people are on, after them in a source ("Lawmakers allied to the coalition", "fighters loyal to the
general", "activists backed by the party"): they speak as the people they are, the side only described."""
_LOCATED_TAIL = re.compile(rf"\s+(?:at|in|on|near|outside|across|around|from|{_ALLIED})\s+\S")
"""Where people are, after them in a source ("Pilots at Westhaven Air", "Residents near the plant"), or whose side
they are on (``_ALLIED``): they speak for themselves (``describing.only_locates``), a group named without it; not
"of" ("Friends of the Earth" may be a body)."""


_PEOPLE_LEFT = re.compile(r"\b([A-Za-z]+)\s+(?:of|in|at|on|from|near)\s+$")
"""People and where they are, right before a source that the tagger began at the place ("residents of | the ...")."""
PEOPLE_LEFT_REACH = 30
"""Characters read back for them."""
_CLAUSE_OPENS = re.compile(r"(?:^|[.!?:;\n\"“]\s*|\b(?i:but|and|yet|so|however,?|meanwhile,?|the|some|many|several|"
                           r"most|other)\s+)$")
"""What stands before such people when they open the clause (its subject): a sentence's start, a conjunction, a
quantifier; not a verb ("abusing boys in | an orphanage pleaded": the boys are the object)."""
_PEOPLE_OF = re.compile(r"(?:(?:the|some|many)\s+)?([A-Za-z]+)(?=\s+of\s+\S)", re.I)
"""People "of" a place ("residents of the Oko-Baba community"): with a word for private people, they speak for
themselves; "of" after other words is read as part of a name ("Friends of the Earth" may be a body)."""


def people_noun(word: str) -> bool:
    """A plural noun for people: from the lists of such words ("residents", "nurses", "critics"), or
    shaped as one ("loggers", "MPs"), not one of the plurals of things shaped alike ("others", "papers")."""
    lower = word.lower()
    if lower in _NOT_PEOPLE or lower in _SPEAKING_FOR_OTHERS:
        return False
    if lower in PRIVATE_PEOPLE | EXPERTS | KIN:
        return lower.endswith("s") or lower in ("people", "men", "women", "children", "family")
    if lower in STANCE_PEOPLE or line_of_work_plural(lower):
        return True  # "critics", "nurses", "pilots", "coaches"
    return bool(_PEOPLE_SHAPED.fullmatch(lower)) or titles_plural(word)


_OPENING = re.compile(r"(?:^|[.!?:]\s*|\n\s*)[\"“‘'(]?\s*$")
"""What stands before a word written with a capital only because it opens a sentence, a line or a quote."""


def _opens(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence, a line or a quote, or the paragraph past its dateline
    ("DHAKA, June 4 (Reuters) - Unions said"): a wire story's first word is capitalised for that alone."""
    if _OPENING.search(text, 0, start) is not None:
        return True
    paragraph = text.rfind("\n", 0, start) + 1
    return start > paragraph and dateline_end(text, paragraph, start + 1) == start


def _opening_capital_only(text: str, head: str, named: Sequence[Mention]) -> bool:
    """Whether a plural for people that no list holds ("Organisers", "Campaigners") is written with a capital
    only where a sentence or a line opens, and the tagger named no one in it: a common noun ("Organisers said
    they would march again"), as a surname shaped alike is not, being written with a capital mid-sentence
    where its bearer is first named ("Theresa Villiers ... Villiers said")."""
    if any(m.kind == "person" for m in named):
        return False
    return all(_opens(text, found.start()) for found in re.finditer(rf"\b{re.escape(head)}\b", text))


def _people_head(head: str) -> bool:
    return people_noun(head) or _nationals(head)


_JOINED_BEFORE = re.compile(r"(?:\band|\bor|,)\s+$")
"""Before the bodies: a join to another subject ("27 states led by West Virginia and industry groups are challenging"),
which spoke with them: the bodies are not the one voice."""
BODY_PLURALS = frozenset("parties groups agencies unions organisations organizations charities governments".split())
"""Plurals of bodies that news has speak together, unnamed, with a word of what kind they are ("Opposition parties
said", "Rights groups warned", "Aid agencies said", "Western governments"): one voice as a group of people's is, a group
named by the description; so bare, opening the sentence with no article ("Unions said they backed the plan": some unions, unnamed); with
one ("the two parties", "both groups") they are the story's own parties, named before."""


def _nationals(head: str) -> bool:
    """ "Americans", "Tunisians": a plural demonym names people, a country's public (a poll's, a
    mood's), written with a capital though no name."""
    return head.endswith("s") and demonym_country(head) is not None


_AND_OTHER = re.compile(r"\band\s+(?:many\s+|several\s+|some\s+)?other\b")
"""A list that names people and then the rest of their kind ("Dobbs, Alder and other farmers")."""


def described_group(text: str, attribution: Attribution, index: MentionIndex, article: int,
                    sentence: int, others: Sequence[Attribution] = ()) -> Mention | None:
    """ "The loggers told investigators", "a string of Tory MPs who said", "Pinochet's family
    issued a statement": people described, not named, who speak together, as a mention of a group
    named by the description (without its article or number). None for one person described ("a
    man said"), for a thing ("the papers said") and for anonymous officials."""
    phrase = source_phrase(text, attribution)
    if phrase is None or any(o.cue != attribution.cue and o.content[0] <= attribution.cue[0] < o.content[1]
                             for o in others):
        return None  # "Doctors worry that ..., she said": she reports their worry
    start, end = phrase
    while end > start and not text[end - 1].isalnum():
        end -= 1
    issued = _ISSUED_BY.match(text, start, end)
    start = issued.end() if issued is not None else start  # "a statement from her family": the family
    left = _PEOPLE_LEFT.search(text, max(0, start - PEOPLE_LEFT_REACH), start)
    if left is not None and left.group(1).lower() in PRIVATE_PEOPLE and _CLAUSE_OPENS.search(text, 0, left.start(1)):
        start = left.start(1)  # "But residents of | the Oko-Baba community accused": the tagger left the people out
    written = text[start:end]
    located = _LOCATED_TAIL.search(written)
    of = _PEOPLE_OF.match(written) if located is None else None
    cut = located.start() if located is not None else of.end(1) if of and of.group(1).lower() in PRIVATE_PEOPLE else -1
    before = _GROUP_PHRASE.fullmatch(written[:cut]) if cut >= 0 else None
    if before is not None and _people_head(before.group("head")):
        end, written = start + cut, written[:cut]  # "Pilots at Westhaven Air", "residents of the X estate": the people
    match = _GROUP_PHRASE.fullmatch(written)
    bodies = (match is not None and match.group("head").lower() in BODY_PLURALS
              and (len(match.group("name").split()) > 1
                   or match.group().strip() == match.group("head") and _opens(text, start))
              and not _JOINED_BEFORE.search(text, max(0, start - 8), start))  # "27 states ... and industry groups"
    if match is None or not (_people_head(match.group("head")) or bodies):
        return None
    name = " ".join(match.group("name").split())
    words = name.split()
    head = match.group("head")
    named = index.within((start + match.start("name"), end))
    if any(index.personal(m) for m in named) and _AND_OTHER.search(written):
        return None  # "Saban, Meyer and other coaches claim": the people named speak, not an unnamed group
    if head[0].isupper() and not titles_plural(head) and not _nationals(head) and (
            len(words) > 1 or not (re.search(rf"\b{head.lower()}\b", text) or head.lower() in PRIVATE_PEOPLE | EXPERTS
                                   or _opening_capital_only(text, head, named))):
        return None  # "secretary Theresa Villiers": a name, though shaped like "loggers" ("Residents say": no name)
    if any(w.lower() in PRONOUNS or w.lower() in ("who", "which", "that") for w in words):
        return None
    if [w.lower() for w in words] == ["people"]:
        return None  # "three people familiar with the talks said", "the people said": unnamed sources, no group
    if named and all(m.kind == "person" and not m.demonym for m in named) and len(words) == len(named[-1].name.split()):
        return None  # the whole phrase is a person's name
    if len(words) > 1 and (participle_before_noun(words, 0) or describing_adjective(words[0])):
        name, words = " ".join(words[1:]), words[1:]  # "Striking Boeing workers", "Furious Tory MPs": the people
    while len(words) > 1 and _COUNTING.fullmatch(words[0]):
        name, words = " ".join(words[1:]), words[1:]  # "four million people": the people, not "million people"
    if [w.lower() for w in words] == ["people"]:
        return None
    if re.fullmatch(r"[A-Z][a-z]+", words[0]) and (re.search(rf"\b{words[0].lower()}\b", text)
                                                  or words[0].lower() in PRIVATE_PEOPLE | EXPERTS
                                                  or ((len(words) == 1 or bodies) and not _nationals(words[0])
                                                      and _opening_capital_only(text, words[0], named))):
        name = name[0].lower() + name[1:]  # "Relatives said", "Organisers said" at a sentence's start: "relatives"
    return Mention(article, sentence, start + match.start("name"), end, normalise(name),
                   text[start + match.start("name") : end], GROUP)


_BODY_HEADS = frozenset("department agency ministry office authority commission council committee board "
                        "company firm bank service trust district operator regulator".split())
_NOT_MODIFIERS = frozenset("same other new whole entire former main own".split())
PORTFOLIO_HEADS = frozenset("ministry department".split())
"""A government's bodies that news names by their portfolio in lower case ("the finance ministry", "the
health department"): one of a kind in a country's story, an actor by that name when no such body is named."""
ONE_OF_A_KIND = frozenset({("central", "bank")})
"""A state's body that news writes in lower case and that has one of its kind in a country's story ("the central
bank said" after "Turkey's central bank raised rates"): an actor by that name when the article names no bank."""
MAX_PORTFOLIO_WORDS = 2
"""Lower-case words of the portfolio ("foreign affairs ministry")."""


def _proper(words: Sequence[str]) -> str:
    """A body's description as the name a reader takes for one body ("defence ministry" -> "Defence Ministry"):
    in the actor list a lower-case "defence ministry" or "government" reads as a common noun, not a voice."""
    return " ".join(w[:1].upper() + w[1:] for w in words)


def described_body(text: str, attribution: Attribution, article: int, sentence: int) -> Mention | None:
    """ "The department, however, said it couldn't answer": a body written in lower case, never
    named, that the article described before with its line of work ("the transportation
    department"): an organisation named by that description. A bare "the department" with no such
    description before is left unnamed; "the government", one of a kind, is named by its noun; each named with capitals (``_proper``)."""
    phrase = source_phrase(text, attribution)
    if phrase is None:
        return None
    words = text[phrase[0] : phrase[1]].split()
    if len(words) == 2 and words[0].lower() == "the" and words[1].lower() == "government":
        # "the government have argued" with no governing body named (body_reference.governs): the
        # country's government, the one of its kind in the text, named by its noun
        return Mention(article, sentence, phrase[0], phrase[1], "Government", text[phrase[0] : phrase[1]], "organization")
    if (2 < len(words) <= 2 + MAX_PORTFOLIO_WORDS and words[0].lower() == "the"
            and (words[-1] in PORTFOLIO_HEADS or tuple(words[1:]) in ONE_OF_A_KIND)
            and all(w.isalpha() and w.islower() and w not in _NOT_MODIFIERS for w in words[1:])):
        # "The finance ministry said" with no ministry named (body_reference._ministry): the ministry, named
        # by its portfolio, not the union or the company named last; "the central bank", not the Kremlin
        return Mention(article, sentence, phrase[0], phrase[1], _proper(words[1:]), text[phrase[0] : phrase[1]],
                       "organization")
    if len(words) != 2 or words[0].lower() not in ("the", "this") or words[1] not in _BODY_HEADS:
        return None
    head = words[1]
    earlier = None
    for match in re.finditer(rf"\b(?i:the|a|an|its|their)\s+((?:[a-z][a-z-]+\s+){{1,2}}){head}\b", text[: phrase[0]]):
        modifiers = match.group(1).split()
        if not any(w in _NOT_MODIFIERS or w in stop_words("en") for w in modifiers) and not named_beside(text, match.end()):
            earlier = match
    if earlier is None:
        return None
    name = _proper([*earlier.group(1).split(), head])
    return Mention(article, sentence, phrase[0], phrase[1], name, text[phrase[0] : phrase[1]], "organization")
