"""Whether the text gives a tagged "person" any sign of being one.

The tagger calls a capitalised name a person from its shape alone, so on pages about products,
shops and platforms it listed laptops, retailers and social networks as people ("the new X Pro",
"bought at Y", "posted on Z"). A person is shown to be one by the text: a title or a role beside the
name, a relative ("his wife"), a gendered pronoun or noun right after it ("X said she", "X and his"),
a common given name, a full name the one word stands for; or, for a name of several words, the shape
of a personal name (not all common words, no product's camel case, no acronym after it). A "person"
the text shows none of is retyped: a place where the gazetteer or a country's list of its states
names one ("Louisiana"), otherwise an organisation (a brand, a shop, a platform, a studio).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from brief.actors.body_officers import officer_after
from brief.actors.body_signs import named_with_initials, speaks_as_a_firm, which_subject
from brief.actors.era_names import era_after
from brief.actors.fronted_possessives import fronted_subject
from brief.actors.gazetteer import ORG_WORDS, phrase_table
from brief.actors.gazetteer import state_names as state_names  # read as personhood.state_names
from brief.actors.gender import first_names, given_names, hand_given_names, shows_gender
from brief.actors.kept_surnames import shown_among_people
from brief.actors.kin_owners import kin_owned
from brief.actors.kinds import ORGANIZATION_ENDINGS, model_number, team_word
from brief.actors.known_names import CLAUSE_OPENERS
from brief.actors.mentions import METONYMS, Mention
from brief.actors.name_endings import capital_surname, written_with_generation
from brief.actors.name_words import FAMILY_WORDS
from brief.actors.named_people import called_a_person, personal_name, spoken_of_as_person
from brief.actors.namesakes import titled_gender
from brief.actors.national_bodies import branch_of_place, national_body
from brief.actors.next_descriptions import described_next
from brief.actors.peerages import titled_people
from brief.actors.person_signs import (
    aged,
    common_after,
    coupled,
    full_name_shown,
    given_the,
    her_own,
    kin_apposed,
    office_after,
    self_or_death,
    unlisted_full_name,
    who_clause,
    who_made,
)
from brief.actors.phrasing import is_noun, verb_lemma
from brief.actors.pronoun_kinds import person_by_pronouns, speaks_of_its_own
from brief.actors.thinghood import acts, body_shaped
from brief.actors.word_case import plain_word, prose_lowercase
from brief.actors.world_cities import world_cities
from brief.text.lexicon import PERSON_TITLES
from brief.text.phrases import phrase_spans

# The planets and the larger moons of the solar system, where probes go and samples come from: places,
# though the tagger, which never saw them in 1996 wire copy, calls them organisations. Not "Sun" nor
# "Mercury", newspapers' names as often.
SKY_PLACES = frozenset("Venus Earth Mars Jupiter Saturn Uranus Neptune Pluto Moon Europa Titan Enceladus Ganymede "
                       "Callisto Io Triton Phobos Deimos Charon Ceres Vesta Bennu Ryugu".split()) | {"Solar System",
                                                                                                   "Milky Way"}


def known_place(name: str) -> bool:
    """A country, region or city of the gazetteer, a federation's state ("Louisiana"), or a planet or
    moon ("Mars", "Europa")."""
    return (phrase_table().get(tuple(name.split())) in ("CTRY", "PLACE") or name in state_names()
            or name in SKY_PLACES)


# "MacBook", "AirPods", "HomeKit": a capital inside a word after three or more letters is a product's or a
# company's camel case; names write it after a short prefix only ("DeSantis", "LeBron", "McDonald").
_CAMEL = re.compile(r"[A-Z][a-z]{2,}[A-Z][a-z]*")
# "MacKenzie", "MacArthur": the Gaelic prefix before a capital, unless a common word follows ("MacBook").
_GAELIC = re.compile(r"Mac([A-Z][a-z]+)")
_ROMAN = re.compile(r"[IVX]+")


def _product_word(word: str, plain: Callable[[str], bool]) -> bool:
    """ "MacBook", "AirPods", "IRA" after a name: a word no personal name is written with."""
    if _CAMEL.fullmatch(word):
        gaelic = _GAELIC.fullmatch(word)
        return gaelic is None or plain(gaelic.group(1))
    return False


def _name_shaped(words: list[str], plain: Callable[[str], bool], prose: Callable[[str], bool]) -> bool:
    """Whether several words read as a personal name: a given name first, or not all common words
    ("Big Machine", "Fact Checker" are) and a last word the page never writes in lower case as a common
    noun ("Powder River Basin", "Cooker Beef Chili": a thing's head noun, where a name has its surname;
    ``prose``), with no product's word and no acronym after the first ("Roth IRA"; "JD Vance" keeps its
    initials, "John Smith III" its numeral)."""
    if any(_product_word(w, plain) for w in words):
        return False
    if any(len(w) > 1 and w.isupper() and w.isalpha() and not _ROMAN.fullmatch(w) and not capital_surname(words, k) for k, w in enumerate(words[1:], 1)):
        return False
    return words[0] in first_names() or not all(plain(w) for w in words) and not prose(words[-1])


# What the text says of a company or a product and never of a person: its shares, stores and chief
# executive ("Home Depot shares are up", "shares of X", "X's CEO", "X Inc"), its price or its buying
# ("Sonos Move for $400", "X Lite for $200", "X costs $", "buy the X", "the new X").
_COMPANY_AFTER = (r"(?: (?:shares|stock|stores|Inc|Corp|Ltd|LLC)|['’]s (?:CEO|chief executive|shareholders|stores|"
                  r"headquarters|subsidiary|parent company|servers|earnings|revenue|stock|share price))\b")
_PRICE_AFTER = r"(?: [A-Z][a-z]+)? (?:for|costs?|retails (?:at|for)|sells for|starts at) (?:just |only )?[$£€]\d"


# "NASA's Galileo Jupiter probe", "the Europa Clipper spacecraft": a craft's noun right after the name says it
# names a machine sent or built (the tagger reads "Galileo Jupiter" as a given name and a surname).
_CRAFT_AFTER = r"\s+(?:probes?|spacecraft|orbiters?|rovers?|landers?|telescopes?)\b"
_COMPANY_OR_PRICE = re.compile(rf"(?:{_COMPANY_AFTER}|{_PRICE_AFTER}|{_CRAFT_AFTER})")
_BUSINESS_BEFORE = re.compile(r"(?:\bshares (?:of|in)|\b(?:the new|buy(?: a| the)?)) $")


# "Boeing's Max 737 flights", "the Boeing 737": a model number after the name (and its possessive or a
# line's name) makes the name a maker's; "SBM Intel, a Lagos intelligence firm, says": a business set
# after it. A person has no model numbers, and a firm described is no person.
_MODEL_AFTER = re.compile(r"(?:['’]s)?(?:\s+[A-Z][a-z]+)?\s+([A-Z]{0,2}\d{2,}[A-Za-z]{0,3})\b")
_FIRM_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:firm|company|startup|start-up|maker|manufacturer|retailer|"
    r"consultancy|brand|chain|publisher|developer|insurer|airline|carrier|conglomerate|subsidiary)"
    r"(?=\s*[,.;:)]|\s+(?:that|which|based|in|with|from|whose|founded|owned|run)\b)")


MIN_MODEL_DIGITS = 3
"""Digits of a model number written bare ("737"): two ("Hollman 31, of Hope") are an age without its comma."""


def _maker_model(token: str) -> bool:
    """ "737", "A320", "S21": a model number, not an age."""
    return model_number(token) and not (token.isdigit() and len(token) < MIN_MODEL_DIGITS)


_CLUB_STAFF_AFTER = re.compile(r" (?:boss|skipper|chairman|head coach)(?= [A-Z][a-z])")
"""A club's one-word name before the title of the one who runs it and their name ("Chelsea boss
Mauricio Pochettino", "Ajax head coach ..."): the club, not a person named Chelsea (a person's
coach or manager is written "Williams's coach", and no one runs a person as their "boss")."""


def company_or_product(text: str, name: str) -> bool:
    """Whether the text speaks of ``name`` as a company's or a product's (``_COMPANY_AFTER``,
    ``_PRICE_AFTER``, ``_CRAFT_AFTER``, ``_MODEL_AFTER``, ``_FIRM_AFTER``): evidence against a person that outweighs a
    name's shape; "the new X" not before "regime" or "era" (``era_after``: a leader's tenure)."""
    for start, end in phrase_spans(text, name):
        if _COMPANY_OR_PRICE.match(text, end) or _BUSINESS_BEFORE.search(text, max(0, start - 20), start) and not era_after(text, end):
            return True
        model = _MODEL_AFTER.match(text, end)
        if (model and _maker_model(model.group(1)) and not _given_named(text, name)
                or _FIRM_AFTER.match(text, end) or officer_after(text, end)):
            return True  # "Boeing 737" (not "Hillary Clinton's 232": votes); "SBM Intel, a Lagos firm"; "Shiv Sena
            # (UBT) leader Aaditya Thackeray"
        if " " not in name and _CLUB_STAFF_AFTER.match(text, end):
            return True
    return False


def _given_named(text: str, name: str) -> bool:
    """Whether a name is a person's with a given name, in full ("Hillary Clinton") or as the surname the text writes
    after one ("Clinton" where "Hillary Clinton" is written): a number after it is no maker's model ("Clinton's 232")."""
    words = name.split()
    if len(words) > 1:
        return words[0] in first_names()
    return any(m.group(1) in first_names() for m in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(name)}\b", text))


INSTITUTION_ENDS = frozenset("Airport Hospital University College School Council Committee Ministry Department "
                             "Commission Authority Agency Institute Foundation Association Police Inc Ltd Corp LLC "
                             "Company Airlines Airways Industries Holdings Music".split())
"""Last words of an institution's name that are no one's surname (not "Bank", "Union" or "Club"):
a name of several words ending so is a body the tagger read as a person by its first word's shape
("Gatwick Airport", "Addenbrooke's Hospital"); "Music" ends a label's or a service's ("Sony Music"), though a
name of a body may hold it elsewhere as a product's does ("Music Freedom", a phone plan's)."""


# A description set beside a name that ends in a place's noun is no person's role: "Wyoming, the country's
# biggest coal-producing state", "Reynosa, a border city".
_PLACE_NOUN_END = re.compile(r"\b(?:city|town|village|port|suburb|municipality|capital|province|state|region|county|"
                             r"district|island|country|nation|territory)$", re.I)


def _evidenced(name: str, mentions: list[Mention], text: str, parts: set[str], plain: Callable[[str], bool],
               prose: Callable[[str], bool], steady: frozenset[str] = frozenset(),
               people: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether the text shows ``name`` to be a person's (see the module's docstring); ``people`` are the spans
    of the other names tagged people, whose "her" a name after them in a paragraph may be given (``her_own``)."""
    if named_with_initials(text, name):
        return False  # "the opposition Maha Vikas Aghadi (MVA)": initials no person is given without a given name
    if any(m.role and not _PLACE_NOUN_END.search(m.role) or m.kin or m.pronoun or titled_gender(m)
           or written_with_generation(m.surface) for m in mentions):
        return True  # a role, kin, "X said he", "Mr X", "X Jr."
    if (company_or_product(text, name) or name.split()[-1] in INSTITUTION_ENDS or speaks_of_its_own(text, name)
            or speaks_as_a_firm(text, name) or which_subject(text, name)):
        return False  # "Gatwick Airport said": no one's name ends with an institution's noun; "X said its parks", "X will close 12 stores"
    if shows_gender(text, name) or her_own(text, name, people) or self_or_death(text, name) or kin_owned(text, name) or fronted_subject(text, name):
        return True  # "Mr X", "X and his", "X, the widow of", "X shared her kitchen", "X said she", "X dies at 82", "X's children", "After his move, X played"
    if who_clause(text, name) and not known_place(name):
        return True  # "Drake, who sat courtside": a person's pronoun, the tagger's reading kept (not a town's "who")
    words = name.split()
    if len(words) == 2 and known_place(words[0]) and team_word(words[1]) and given_the(text, name, words[1]):
        return False  # "the Kentucky Wildcats": a team, its place and its plural name (not "Georgia Evans said")
    if len(words) > 1 and team_word(words[-1]) and _always_after_the(text, name):
        return False  # "the Denver Nuggets", "the Harbor Hawks": a plural name the text always gives "the"
    if len(words) > 1 and words[0] in SKY_PLACES and words[0] not in given_names() and common_after(words):
        return False  # "Europa Clipper", "Mars Reconnaissance Orbiter": a probe named for where it goes
    if national_body(words, plain, state_names()) or branch_of_place(words):
        return False  # "Football Australia", "Northern Illinois": common words before a country or a state
    if (len(words) > 1 and _dictionary_words(words) and not _surname_alone(text, words)
            and not any(acts(text, s, e) for s, e in phrase_spans(text, name))):
        return False  # "Fact Checker", "Powder River Basin", "Intuitive Machines": common words, no one's name
    if len(words) > 1:
        return _name_shaped(words, plain, prose)
    if _product_word(name, plain):
        return False
    # A word alone: the hand-written list; the census's names include towns ("Dallas", "Austin") and
    # games ("Destiny"), so one of those only when the tagger read it a person at every writing, often.
    # A known place after a word that is no given name is a body's branch ("Entergy Louisiana"), no surname:
    # a person's surname that names a place ("Jordan") comes with a name shown a person's (``parts``).
    return (name in parts or name in hand_given_names() or _written_in_full(text, name, plain) and not known_place(name)
            or name in first_names() and name in steady)


MIN_STEADY_PERSON = 3
"""Writings of a one-word census given name the tagger must all read a person for it to stay one with no other
sign ("Maggie" three times, "Harris" in a story about her): a town or a game named like a person ("Austin",
"Destiny") is read a place or a thing at one writing or another, or is written once or twice on the page (on
the 319 read pages, at two writings a game, "Destiny", was still tagged a person throughout)."""


def _steady_people(mentions: list[Mention]) -> set[str]:
    """One-word names the tagger read a person at every writing, ``MIN_STEADY_PERSON`` times or more."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if " " not in m.name and not m.demonym:
            votes[m.name][m.kind] += 1
    return {name for name, kinds in votes.items() if kinds["person"] >= MIN_STEADY_PERSON and len(kinds) == 1}


_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def _dictionary_words(words: list[str]) -> bool:
    """Whether a name of several words is made only of the dictionary's nouns and verbs, its first no given
    name ("Fact Checker", "Park Ranger", "Rust Belt", "Intuitive Machines", "Blizzard Spur"): the words of
    a thing's, a region's or a job's name. The tagger's case lexicon misses such words ("Basin", "Checker"
    are rare in its training text), so ``_name_shaped`` took them for a name's; a personal name has a given
    name or a word the dictionary lacks ("Mark Field", "Kat Moon", "Denard Span"), or a title or a relation
    before it ("Lord Baker", "Aunt Sally"). Read only where the text shows no sign of a person; a name of
    such words that acts ("X said") or whose last word is written alone keeps its shape's reading."""
    opener = words[0].lower()
    return words[0] not in first_names() and opener not in PERSON_TITLES and opener not in FAMILY_WORDS and all(
        w.isalpha() and w[0].isupper() and (is_noun(w) or verb_lemma(w.lower()) is not None) for w in words)


def _surname_alone(text: str, words: list[str]) -> bool:
    """Whether the text writes the name's last word alone, capitalised and not after "the", as news
    writes a person's surname once named in full ("Morgan threw ..."); a thing's head noun is not
    ("the Basin", "Machines" only in the full name)."""
    last, before = words[-1], words[-2]
    for start, _end in phrase_spans(text, last):
        head = text[max(0, start - len(before) - 1) : start].strip()
        if head != before and not _THE_BEFORE.search(text, max(0, start - len("the ")), start):
            return True
    return False


def _always_after_the(text: str, name: str) -> bool:
    """Whether every writing of ``name`` follows "the": a team's or a band's name, never a person's
    ("the Denver Nuggets beat ...", "said the Nuggets' coach"; a person is "Ann Roberts", not "the Ann
    Roberts"), wherever the gazetteer does not know the city before it."""
    spans = list(phrase_spans(text, name))
    return bool(spans) and all(_THE_BEFORE.search(text, max(0, start - 5), start) for start, _ in spans)


# "from Reynosa, Mexico", "Reynosa is a border city in ...": a name set before a known place after a
# comma, or that the text says is a settlement.
_BEFORE_A_PLACE = re.compile(r",\s+([A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)")
_SAID_A_PLACE = re.compile(r"\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:city|town|village|port|suburb|"
                           r"municipality|capital|province|state|region|county|district|island)\b")


def _shown_a_place(text: str, name: str) -> bool:
    """ "a girl from Reynosa, Mexico", "Reynosa is a border city": the text shows a name it gives no
    person's sign to be a place's."""
    for _, end in phrase_spans(text, name):
        after = _BEFORE_A_PLACE.match(text, end)
        if after and known_place(after.group(1)) or _SAID_A_PLACE.match(text, end):
            return True
    return False


def _bodies(text: str, mentions: list[Mention]) -> set[str]:
    """One-word names of organisations: ones the tagger mostly typed so, or the text speaks of as a
    company's ("Google's CEO", "shares of X"), whatever the tagger thought elsewhere."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if " " not in m.name and not m.demonym:
            votes[m.name][m.kind] += 1
    return {name for name, kinds in votes.items()
            if kinds["organization"] >= MIN_BODY_VOTES and 2 * kinds["organization"] > sum(kinds.values())
            or kinds["organization"] + kinds["person"] and company_or_product(text, name)}


MIN_BODY_VOTES = 2
"""Mentions the tagger must type an organisation before a one-word name counts as a body's: one may be
a slip ("Taylor" of Taylor Swift, once)."""


def _of_a_body(name: str, mentions: list[Mention], text: str, bodies: set[str]) -> bool:
    """ "Google Toolbar", "Google HR" where the text names Google, a body, alone: a name opened by an
    organisation's own name is its product or its part, unless the text shows a person there (a
    role, a pronoun, a title) or the first word is a common given name (a shop named "Lola" and the
    woman "Lola Reyes")."""
    first = name.split()[0]
    if first not in bodies or first in first_names():
        return False
    return not (any(m.role or m.kin or m.pronoun or titled_gender(m) for m in mentions) or shows_gender(text, name))


def _written_in_full(text: str, name: str, plain: Callable[[str], bool]) -> bool:
    """ "Grant Sabatier" somewhere in the article, for "Sabatier" in a part of it read apart: the
    word is a surname after a given name (one that is no common word, nor a clause's: not "Hey Twitter";
    nor a place's, unless a common given name: "Europa Clipper" is a probe). In a line set in title case (the
    page's title, a heading) every word is capitalised, so there only a census given name counts: "Amazon Echo
    Review" writes no surname after a given name."""
    for start, _ in phrase_spans(text, name):
        m = _WORD_BEFORE.search(text, max(0, start - WORD_BEFORE_REACH), start)
        if m and m.group(1).lower() not in CLAUSE_OPENERS and (
                m.group(1) in first_names() or not plain(m.group(1)) and not known_place(m.group(1))
                and not _title_case_line(text, start)):
            return True
    return False


MIN_CASED_WORD = 4
"""Letters of the words a title-case line capitalises whatever they are: shorter ones ("of", "and", "the",
"for") a title may leave in lower case."""
MIN_CASED_WORDS = 2
"""Such words a line must hold to read as title case: one capitalised word opens any sentence."""


def _title_case_line(text: str, at: int) -> bool:
    """Whether the line holding ``at`` capitalises every word of ``MIN_CASED_WORD`` letters or more
    (``MIN_CASED_WORDS`` at least): a title or a heading, whose capitals say nothing of a name."""
    line = text[text.rfind("\n", 0, at) + 1 : (text.find("\n", at) + 1 or len(text) + 1) - 1]
    long = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) >= MIN_CASED_WORD]
    return len(long) >= MIN_CASED_WORDS and all(w[0].isupper() for w in long)


# The given name stands on the name's own line: the last word of the line before (the title's, a heading's) is not.
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ \t\xa0]+$")
WORD_BEFORE_REACH = 80
"""Characters before a name searched for the given name written before it: a word and its spaces."""


def unevidenced_people(text: str, mentions: list[Mention], title: str = "") -> list[Mention]:
    """The mentions, with each "person" the text shows no sign of being one retyped (a place the
    gazetteer knows, else an organisation). Words of the full names of the people that are shown to
    be people ("Scooter", "Braun" of "Scooter Braun") stand for them, and the page's title is read
    with the text ("Embiid" of a story titled "Joel Embiid leads ...")."""
    # The words of the title and the text apart (a line break parts them): the text's are what
    # thinghood reads next, remembered (prose_lowercase).
    prose = prose_lowercase(text) | prose_lowercase(title) if title else prose_lowercase(text)
    text = f"{title}\n{text}" if title else text
    shift = len(title) + 1 if title else 0
    people = [(m.start + shift, m.end + shift) for m in mentions if m.kind == "person" and not m.demonym]

    def plain(word: str) -> bool:
        return plain_word(word, prose)

    def written_lower(word: str) -> bool:
        return word.lower() in prose

    by_name: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.kind == "person" and not m.demonym:
            by_name[m.name].append(m)
    full = [n for n in by_name if " " in n]
    bodies = _bodies(text, mentions) if full else set()
    products = {n: "organization" for n in full if _of_a_body(n, by_name[n], text, bodies)}
    parts: set[str] = set()
    for n in full:
        if n not in products and _evidenced(n, by_name[n], text, set(), plain, written_lower, people=people):
            parts.update(n.split())
    steady = frozenset(_steady_people(mentions))
    retyped = products | {n: ("place" if known_place(n) or n in world_cities() or _shown_a_place(text, n) else "organization")
                          for n, ms in by_name.items()
                          if n not in products and not _evidenced(n, ms, text, parts, plain, written_lower, steady, people)}
    kept = {n for n in by_name if n not in retyped}  # a word alone listed with one of them ("Dodi and Diana"): a person
    retyped = {n: k for n, k in retyped.items() if n in products or " " in n or not shown_among_people(
        text, n, kept, [(m.start + shift, m.end + shift) for m in mentions if m.kind == "person" and m.name != n])}
    if not retyped:
        return mentions
    typed_bodies = {m.name for m in mentions if m.kind == "organization"}
    unshown = {n for n, kind in retyped.items() if kind == "organization" and n not in products and " " in n
               and n.split()[0] not in first_names() and not _shown_a_body(text, n, typed_bodies)}
    return [dataclasses.replace(m, kind=retyped[m.name], medium=m.medium or m.name in unshown)
            if m.kind == "person" and m.name in retyped and not m.demonym else m for m in mentions]


def _shown_a_body(text: str, name: str, bodies: set[str]) -> bool:
    """Whether the text shows a name of several words, not opened by a given name, that it shows no person's
    sign to be a body's: a body's word or initials in it ("Acme Robotics", "the CW"), the tagger typing it
    one elsewhere (``bodies``), a company's shares or chief (``company_or_product``), or its acting ("X
    said", "according to X"). A "person" the text shows
    neither a person nor a body is a thing named (a dish, a game, a feature, a region): a medium, listed
    only when someone's words are put under it (``assemble``), as a platform is. A word alone ("Mojang",
    "Shiseido") is left a body: a brand's one word is its company's name as often as its product's."""
    return (body_shaped(name) or name in bodies or company_or_product(text, name)
            or any(acts(text, s, e) for s, e in phrase_spans(text, name)))


# "every Taylor Swift song", "Taylor Swift lyrics", "Taylor Swift's new album": what a performer or an author
# makes, right after a given name and a surname, says the name is that person's (a firm named after its
# founder sells shares, cigarettes or drugs, not songs).
_MADE_BY_A_PERSON = re.compile(r"(?:['’]s)?\s+(?:(?:new|latest|first|last|hit)\s+)?(?:songs?|lyrics|albums?|singles?|"
                               r"tours?|concerts?|hits|novels?|memoirs?|poems?|paintings?)\b", re.I)


def _works_made(text: str, name: str) -> bool:
    return any(_MADE_BY_A_PERSON.match(text, end) for _, end in phrase_spans(text, name))


def aged_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each name the tagger typed an organisation that the text gives an age after
    ("Braun, 38,") or before ("the 38-year-old Braun"), a gendered pronoun or title (``shows_gender``: "Mr X", "X and his") or a person's
    calling ("singer X", ``called_a_person``), a work's making after "who" ("X, who directed the film", ``who_made``) or one of a pair that marry or split (``coupled``), or a one-word subject the next sentence describes with an age
    (``described_next``: "Drake has hit back. The Canadian rapper, 37, ...") retyped a person; a body's word in the name ("Hull City", "Acme Robotics") keeps it a body. So is a given
    name and a surname the text goes on about as "she" or "he" (``named_people``: "Taylor Swift ...
    her hits") or whose songs, albums or books it names ("every Taylor Swift song"), a full name a role stands
    before, that founds or is born, or whose surname acts alone (``full_name_shown``), and then its words alone ("Swift"),
    and the surname of a person named in full that the tagger read a person alone elsewhere (``_surnames_alone``), unless
    the text speaks of them as a company's."""
    mentions = titled_people(text, mentions)  # "the Duke of Kent", then "the Duke"
    # a seat of government speaks for a person ("The White House said he had approved"), and is none
    names = {m.name for m in mentions if m.kind == "organization" and not m.demonym} - METONYMS
    people = [(m.start, m.end) for m in mentions if m.kind == "person"]
    shown = {n for n in names if len(n.split()) <= 3 and not n.isupper() and not any(c.isdigit() for c in n)  # "Channel 4"
             and not any(w in ORGANIZATION_ENDINGS or w.lower() in ORG_WORDS for w in n.split())
             and (aged(text, n) or shows_gender(text, n) or called_a_person(text, n) or person_by_pronouns(text, n, mentions)
                  or coupled(text, n) or kin_apposed(text, n) or described_next(text, n, people) or who_made(text, n)
                  or (self_or_death(text, n) or her_own(text, n, people)) and not company_or_product(text, n))}
    named = {n for n in names - shown if personal_name(n) and not known_place(n) and not company_or_product(text, n)
             and (spoken_of_as_person(text, n, mentions) or _works_made(text, n))}
    named |= {n for n in names - shown if unlisted_full_name(n) and not known_place(n) and not company_or_product(text, n)
              and office_after(text, n, [m for m in mentions if m.kind == "person" and m.name != n])}
    named |= {n for n in names - shown if full_name_shown(text, n) and not known_place(n)
              and not company_or_product(text, n) and not any(w in ORGANIZATION_ENDINGS or w.lower() in ORG_WORDS
                                                              for w in n.split()) and tuple(n.split()) not in phrase_table()}
    parts = {w for n in named for w in n.split()}
    shown |= named | {n for n in names if n in parts and not company_or_product(text, n)}
    shown |= {n for n in names & _surnames_alone(mentions) if not company_or_product(text, n)}  # worked out once
    if not shown:
        return mentions
    return [dataclasses.replace(m, kind="person") if m.kind == "organization" and m.name in shown
            and not m.demonym else m for m in mentions]


def _surnames_alone(mentions: list[Mention]) -> set[str]:
    """Surnames of full names the tagger read as people that it read as a person written alone too ("Jerome
    Powell ... Powell just took it away"): one writing of the surname typed a body ("Speaking in Dallas, Powell
    said", which the tagger's second pass may read so) is the same person."""
    full = {m.name.split()[-1] for m in mentions if m.kind == "person" and len(m.name.split()) >= 2
            and m.name.split()[0] in given_names()}
    return {m.name for m in mentions if m.kind == "person" and m.name in full}
