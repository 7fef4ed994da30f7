"""The gender a text shows for a person it names, so that "she said" never goes on with a man.

A pronoun was resolved to the last person named whoever they were: "she said" went to (Osama bin)
Laden. The text itself usually says: "Mr"/"Mrs"/"Ms"/"Sir"/"Dame" before the name, "his"/"her"
right after it ("Vance and his aides", "Orlov said her"), a kin or "-man"/"-woman" word beside it
("Orlov, the widow of ...", "Vance's wife"). A person whose text says nothing, or says both (two
people of one surname, "Mr and Mrs Clinton"), stays unknown and any pronoun may go to them.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from brief.actors.bare_surname_genders import bare_surname_gender
from brief.text.ending import search_ending

if TYPE_CHECKING:  # for annotations only: mentions reads kinds, name_words and tagged_spans, which read the names here
    from brief.actors.mentions import Mention

MALE, FEMALE = "m", "f"

HONORIFIC_GENDER = {
    **dict.fromkeys("mr mister sir lord king prince".split(), MALE),
    **dict.fromkeys("mrs ms miss lady dame queen princess madam mme".split(), FEMALE),
}
_MEN_WORDS = ("son father husband brother grandfather grandson widower uncle nephew boyfriend stepfather "
              "spokesman congressman chairman businessman councilman assemblyman alderman statesman "
              "policeman fireman clergyman sportsman anchorman frontman actor").split()
_WOMEN_WORDS = ("daughter mother wife sister grandmother granddaughter widow aunt niece girlfriend stepmother "
                "spokeswoman congresswoman chairwoman businesswoman councilwoman assemblywoman alderwoman "
                "stateswoman policewoman firewoman sportswoman anchorwoman actress").split()
WORD_GENDER = {**dict.fromkeys(_MEN_WORDS, MALE), **dict.fromkeys(_WOMEN_WORDS, FEMALE)}
_PARTNER = {"wife": MALE, "husband": FEMALE, "widow": MALE, "widower": FEMALE}
"""Whose partner a name has: "Vance's wife" is a man's."""
_OWN = {"his": MALE, "himself": MALE, "her": FEMALE, "herself": FEMALE}


GIVEN_NAMES_PATH = Path(__file__).resolve().parent / "data" / "given_names.txt"
CENSUS_NAMES_PATH = Path(__file__).resolve().parent / "data" / "census_given_names.txt"
"""The 1990 US Census's common first names that are no word and no place (tools/build_given_names.py)."""
UNISEX = "u"
"""The census mark of a name borne by men and women alike ("Taylor", "Jordan"): a person's, of no gender."""


def _read(path: Path) -> dict[str, str]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            gender, name = line.split("\t")
            out[name] = gender
    return out


@cache
def hand_given_names() -> dict[str, str]:
    """The hand-written list: given names news text bears, each a man's or a woman's ("Osama", "Hillary")."""
    return _read(GIVEN_NAMES_PATH)


@cache
def first_names() -> dict[str, str]:
    """Every given name known: the hand-written list, then the census's (m, f, or ``UNISEX``)."""
    return {**_read(CENSUS_NAMES_PATH), **hand_given_names()}


@cache
def given_names() -> dict[str, str]:
    """Common given names that are a man's or a woman's ("Osama", "Hillary", "Seth"): a gender vote."""
    return {name: gender for name, gender in first_names().items() if gender != UNISEX}


_HONORIFIC = r"\b(Mr|Mister|Sir|Lord|King|Prince|Mrs|Ms|Miss|Lady|Dame|Queen|Princess|Madam|Mme)\.?\s+"
_PARTICLES = r"(?:(?:bin|ibn|al|el|de|del|da|di|van|von|der|den|le|la|du|dos|das)[\s-]+)*"
"""Words between a given name and a surname ("Osama bin Laden", "Ursula von der Leyen")."""

# What stands right before or after a name, compiled once: the name itself is found with str.find
# (a pattern per name compiled ~6 regexes for each person of each article, 40 CPU-s on 1,000 articles).
# A pattern "before" ends at the name (\Z, searched with endpos at the name's start).
_TITLED = {given: re.compile(_HONORIFIC + rf"(?:[A-Z][\w'’.-]*\s+){{0,{given}}}\Z") for given in (0, 2)}
_KIN_BEFORE = {given: re.compile(rf"\b([a-z]+),?\s+(?:[A-Z][\w'’-]*\s+){{0,{given}}}\Z") for given in (0, 2)}
_GIVEN_BEFORE = re.compile(rf"\b([A-Z][a-z]+)\s+{_PARTICLES}\Z")
_OWN_AFTER = re.compile(r"\s+(?:(?:and|said|says|with)\s+(his|her)|(himself|herself))\b")
_SAID = frozenset({"said", "says"})
"""Before "his"/"her": a verb of saying, after which the pronoun may open what was said about another."""
_HIS_AFTER = re.compile(r"\s+(?!(?:through|to|into|for|from|with|without|by|at|on|in|under|over|after|before|"
                        r"against|about|toward|towards|during|despite|since|until|onto|upon|behind|beyond|"
                        r"and|or|but|as|than|that|when|while|if)\s)[a-z]+\s+his\b")
"""A verb, then "his": "Vance shook his head". Not a preposition or a conjunction, where "his" is the
clause's subject's ("Page dragged Google through his reorganization")."""
_SUBJECT_PRONOUN_AFTER = re.compile(r"(?:,\s*\d{1,3},)?\s+(?:[a-z][\w'’-]*\s+){1,10}?"
                                    r"(?:when|as|after|before|because|while|since|until|once)\s+(he|she)\s+[a-z]")
"""The name as a sentence's subject, then only lower-case words, then a clause of time or cause whose subject is "he"
or "she": "Reyes, 34, hinted at the breakup last month when he told": the pronoun is the name's, as no other name
stands between (one that might, a person's noun, rules it out: ``_OTHER_PERSON``)."""
_OTHER_PERSON = frozenset(WORD_GENDER) | frozenset("man woman boy girl child children people person victim".split())
"""Nouns of another person that "he" or "she" may go back to instead of the name ("Ames hit the woman when she")."""
_SET_OFF_CLAUSE_AFTER = re.compile(r",\s+(?:when|after|before|because|while|since|until|once)\s+(he|she)\s+[a-z]")
"""A comma right after the name, then a clause of time or cause whose subject is "he" or "she": that clause is said of
the name ("including once with Bobby, when he was sent"), as nothing else stands between."""
_SUBJECT_OPENING = re.compile(r"(?:^|[.!?][\"”’']?\s+|\n)\Z")
"""What stands before a name that opens its sentence: a sentence's close, a line's start, or the text's."""
_NOUN_AFTER = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?([a-z]+)\b")
_PARTNER_AFTER = re.compile(r"['’]s\s+(wife|husband|widow|widower)\b")
_REACH_BEFORE = 160
"""Characters before a name searched for its title, kin word or given name (a few words)."""


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _boundary(text: str, at: int) -> bool:
    """Whether ``at`` is a word boundary of ``text`` (as the regex ``\\b``)."""
    return (at > 0 and _is_word(text[at - 1])) != (at < len(text) and _is_word(text[at]))


def _occurrences(text: str, name: str) -> list[tuple[int, bool]]:
    """Where ``name`` is written from a word boundary on, and whether a boundary ends it."""
    out = []
    at = text.find(name)
    while at >= 0:
        if _boundary(text, at):
            out.append((at, _boundary(text, at + len(name))))
        at = text.find(name, at + 1)
    return out


def _ending_at(pattern: re.Pattern[str], text: str, at: int, words: int | None = None) -> re.Match[str] | None:
    """``pattern``'s match that ends where the name starts, if any.

    ``words``: for a pattern that ends in whitespace and spans at most that many runs of non-space
    characters (a title or kin word and the given names after it: ``_TITLED``, ``_KIN_BEFORE``), only
    those last runs are searched (``search_ending``): this ran for every occurrence of every person's name.
    """
    start = max(0, at - _REACH_BEFORE)
    if words is None:
        return pattern.search(text, start, at)
    if not text[at - 1 : at].isspace():
        return None
    return search_ending(pattern, text, words, start, at)


def _evidence(text: str, name: str, given: int = 2, clause: bool = False, named: str = "") -> Counter[str]:
    """What the text says of the gender of whoever is written ``name``, with up to ``given`` given
    names between a title or kin word and the name ("Mr. Donald Trump"; none for a surname two
    people share: "daughter Ivanka Trump" says nothing of "Mr. Trump"). ``named``: the gender the person's
    own given name says, which a "his"/"her" after "said" does not outvote ("Barry Hoffman ... Hoffman said her
    death was a loss": the woman the story is about, whose death it was)."""
    votes: Counter[str] = Counter()
    for at, ends in _occurrences(text, name):
        after = at + len(name)
        if ends and (m := _ending_at(_TITLED[given], text, at, given + 1)):
            votes[HONORIFIC_GENDER[m.group(1).lower()]] += 1
        # "Vance and his aides", "Orlov said her", "Vance himself": the pronoun right after is theirs
        if (m := _OWN_AFTER.match(text, after)) and not (
                named and m.group(1) and m.group(0).split()[0] in _SAID and _OWN[m.group(1).lower()] != named):
            votes[_OWN[(m.group(1) or m.group(2)).lower()]] += 1
        # "Vance shook his head": "his" is never an object, as "her" may be someone else's ("Vance told her")
        if _HIS_AFTER.match(text, after):
            votes[MALE] += 1
        # "Orlov, the widow of ...", "Vance, a spokesman for", "Orlov, whose son ..." is not hers: a noun first
        if (m := _NOUN_AFTER.match(text, after)) and m.group(1) in WORD_GENDER:
            votes[WORD_GENDER[m.group(1)]] += 1
        # "Reyes, 34, hinted at the breakup last month when he told": the subject's clause's "he"
        # (only for the gender of one known to be a person: a pronoun clause says nothing of personhood, ``clause``)
        if clause and (m := _SUBJECT_PRONOUN_AFTER.match(text, after)) and _SUBJECT_OPENING.search(text, max(0, at - 4), at) \
                and not _OTHER_PERSON & set(m.group().lower().split()):
            votes[MALE if m.group(1) == "he" else FEMALE] += 1
        # "once with Bobby, when he was sent as a congressman": a clause of time set off right after the name is about them
        if clause and (m := _SET_OFF_CLAUSE_AFTER.match(text, after)):
            votes[MALE if m.group(1) == "he" else FEMALE] += 1
        if m := _PARTNER_AFTER.match(text, after):
            votes[_PARTNER[m.group(1)]] += 1
        # "his wife, Mary Brel", "9/11 widow Terry Strada", "spokeswoman Jen Psaki": the name after such a noun
        if ends and (m := _ending_at(_KIN_BEFORE[given], text, at, given + 1)) and m.group(1) in WORD_GENDER:
            votes[WORD_GENDER[m.group(1)]] += 1
    return votes


def shows_gender(text: str, name: str) -> bool:
    """Whether the text gives ``name`` a title, a gendered pronoun or a kin word ("Mr X", "X and his"): a
    person's, whichever gender it says."""
    return bool(_evidence(text, name))


def _given_before(text: str, name: str) -> set[str]:
    """The genders of the common given names written before ``name`` ("Osama bin Laden", also when
    the tagger took "Osama" apart from "Laden")."""
    first = name.split()[0]
    if " " in name:
        return {given_names()[first]} if first in given_names() else set()
    found = [m.group(1) for at, ends in _occurrences(text, name) if ends and (m := _ending_at(_GIVEN_BEFORE, text, at))]
    return {given_names()[g] for g in found if g in given_names()}


class Genders:
    """The gender each person of an article is shown to have, looked up as needed."""

    def __init__(self, text: str, mentions: list[Mention]) -> None:
        self.text = text
        people = {m.name for m in mentions if m.kind == "person" and not m.demonym}
        surnames = Counter(name.split()[-1] for name in people if " " in name)
        self._full = {name.split()[-1]: name for name in people if " " in name and surnames[name.split()[-1]] == 1}
        self._shared = {surname for surname, count in surnames.items() if count > 1}
        # "Ryan" alone after "Ryan Thomas": the one person whose full name it opens (not anyone's surname)
        firsts = Counter(name.split()[0] for name in people if " " in name)
        self._given = {name.split()[0]: name for name in people if " " in name and firsts[name.split()[0]] == 1
                       and name.split()[0] not in surnames}
        # where a shared surname is written alone ("Lindqvist said" beside Ada and Tor Lindqvist), by surname
        self._bare_ends: dict[str, list[int]] = {}
        for m in mentions:
            if m.kind == "person" and m.name in self._shared:
                self._bare_ends.setdefault(m.name, []).append(m.end)
        self._cache: dict[str, str] = {}

    def of(self, m: Mention) -> str:
        """MALE, FEMALE, or "" when the text does not say (or says both). A mention's own title says first
        ("Ms. Lindqvist" is a woman where the text also writes "Mr. Lindqvist")."""
        if titled := HONORIFIC_GENDER.get(m.after.rstrip("."), ""):
            return titled
        name = self._full.get(m.name) or self._given.get(m.name, m.name)  # "Laden" after "Osama bin Laden": the same man
        if name not in self._cache:
            named = given_names().get(name.split()[0], "") if " " in name else ""
            votes = _evidence(self.text, name, 0 if name in self._shared else 2, clause=True, named=named)
            last = name.split()[-1]
            if last != name and last not in self._shared:  # "Clinton" alone says nothing of Bill or Hillary
                votes += _evidence(self.text, last, clause=True, named=named)
            # "Osama bin Laden": the given name, when the text says nothing else; not for a surname two
            # people share ("Governor Ada Lindqvist ... Tor Lindqvist"): a given name before it is one
            # bearer's, so "Lindqvist ... he said" would clash with her and lose him
            if not votes and name not in self._shared:
                for given in _given_before(self.text, name):
                    votes[given] += 1
            said = MALE if votes[MALE] and not votes[FEMALE] else FEMALE if votes[FEMALE] and not votes[MALE] else ""
            if not said and name in self._shared:  # "Lindqvist landed when she was": the bare surname's pronouns
                said = bare_surname_gender(self.text, self._bare_ends.get(name, ()))
            self._cache[name] = said
        return self._cache[name]

    def fits(self, m: Mention, pronoun: str) -> bool:
        """Whether ``pronoun`` ("she", "his") may stand for ``m``: not a known man for "she", nor the reverse."""
        want = _pronoun_gender(pronoun)
        known = self.of(m)
        return not want or not known or known == want

    def may_be(self, before: list[Mention], pronoun: str, sentence: int) -> list[Mention]:
        """The mentions ``pronoun`` (in ``sentence``) may go back to: none the text shows to be of the
        other gender, and past the latest such one, only those shown to be of its own or named just
        before ("Mr McLachlan said ... She said": not McLachlan, nor a man named long before him
        whose gender is untold; "... charged Clinton with lying about his affair with Monica
        Lewinsky. He was also charged": Clinton)."""
        want = _pronoun_gender(pronoun)
        if not want:  # "they", "it": every mention fits, none clashes
            return list(before)
        # Each name's gender once (``fits`` for every mention before every pronoun was quadratic in
        # the page's mentions), then the same tests as ``fits``.
        genders: dict[tuple[str, str], str] = {}  # by name and the title written before it ("Ms. Lindqvist")
        for m in before:
            if (m.name, m.after) not in genders:
                genders[(m.name, m.after)] = self.of(m)
        told = [genders[(m.name, m.after)] for m in before]
        clash = max((k for k, known in enumerate(told) if known and known != want), default=-1)
        return [m for k, (m, known) in enumerate(zip(before, told)) if (not known or known == want)
                and (k > clash or known or m.sentence >= sentence - UNTOLD_REACH)]

    def women(self, people: list[Mention]) -> list[Mention]:
        """Those a woman's calling ("the actress", "the congresswoman") may go back to: the women the text shows;
        where it shows none, the one person it does not show to be a man (a given name in no list, "Tamsin"), whom
        a reader takes for her. Several such people: none ("Taylor" may be anyone)."""
        shown = [m for m in people if self.of(m) == FEMALE]
        if shown:
            return shown
        untold = [m for m in people if self.of(m) != MALE]
        return untold if len({m.name for m in untold}) == 1 else []


def _pronoun_gender(pronoun: str) -> str:
    """The gender a pronoun says ("she": FEMALE), or "" for one that says none ("they", "it")."""
    return FEMALE if pronoun in ("she", "her", "hers", "herself") else MALE if pronoun in ("he", "him", "his", "himself") else ""


UNTOLD_REACH = 1
"""Sentences back over which a pronoun may still go to a person of untold gender named before one of
the other gender: the sentence before is what a "he" right after it most often goes on with (the
subject just named); further back, the pronoun's own gender has usually been named since."""
