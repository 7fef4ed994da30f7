"""What the rest of an article says about the kind of the names in it.

The tagger reads a few words around each name. Two readings need the whole article: a list of
names joined by commas is a list of one kind of thing ("models from PNY, Zotac, MSI, Gigabyte and
Asus": Gigabyte is a company like the others, not a person), and an acronym the article defines
with common words ("Heat Assisted Magnetic Recording (HAMR)", "Bus Rapid Transit (BRT)") is a
technique or a thing, not an organisation.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

from brief.actors.area_words import COMPASS_WORDS, PLACE_PLURALS
from brief.actors.gazetteer import ORG_WORDS, phrase_table
from brief.actors.kinds import AREA_HEADS, COORDINATION_GAP, MIN_CHAIN, ORGANIZATION_ENDINGS
from brief.actors.mentions import Mention
from brief.actors.place_context import STREET_WORDS
from brief.actors.tech_terms import technical_term


def _weak(m: Mention, full_names: set[str]) -> bool:
    """A one-word person or place the text gives no role, no title, no given name: the tagger's
    guess from its capital alone ("Gigabyte", "Asus")."""
    return (m.kind in ("person", "place") and " " not in m.name and not m.role and not m.demonym
            and not m.kin and m.name not in full_names and tuple(m.name.split()) not in phrase_table())


_POSSESSIVE = re.compile("['’]s?\\b")


def _chains(text: str, mentions: Sequence[Mention]) -> list[list[Mention]]:
    """Runs of names in one sentence joined only by commas, "and", "or"."""
    chains: list[list[Mention]] = []
    for m in mentions:
        if _POSSESSIVE.match(text, m.end):
            chains.append([])  # "between New York and San Francisco or Delta's route": not one of a list
            continue
        last = chains[-1][-1] if chains and chains[-1] else None
        if (last is not None and last.sentence == m.sentence and last.end <= m.start
                and COORDINATION_GAP.fullmatch(text[last.end : m.start])):
            chains[-1].append(m)
        else:
            chains.append([m])
    return [c for c in chains if len(c) >= MIN_CHAIN]


def listed_with_companies(text: str, mentions: list[Mention]) -> list[Mention]:
    """A one-word "person" or "place" listed among organisations ("from Nvidia, Gigabyte, MSI,
    Asus, PNY and EVGA") is an organisation: a list names things of one kind. It takes two named
    organisations and none named surely otherwise (a full name, a country) in the list, so
    "Biden, Harris and Congress" stays two people and a body. Likewise one name of another kind
    in a list whose other names all agree takes their kind ("Bonaire, St Eustatius and Saba"),
    unless it is a person the text names in full or gives a role, or a one-word body ("Hamas")."""
    full_names = {w for m in mentions if m.kind == "person" and " " in m.name for w in m.name.split()}
    retyped: dict[tuple[int, int], Mention] = {}
    for chain in _chains(text, sorted(mentions, key=lambda m: m.start)):
        sure = [m for m in chain if not _weak(m, full_names) and not m.demonym]
        if sum(m.kind == "organization" for m in sure) >= 2 and all(m.kind == "organization" for m in sure):
            for m in chain:
                if _weak(m, full_names):
                    retyped[(m.start, m.end)] = dataclasses.replace(m, kind="organization")
        kinds = [m.kind for m in chain]
        for m in chain if len(chain) >= MIN_AGREEING + 1 else ():
            others = [k for k, x in zip(kinds, chain) if x is not m]
            if (len(set(others)) == 1 and others[0] != m.kind and others[0] != "person" and not m.role
                    and not m.demonym and (m.start, m.end) not in retyped
                    and (" " in m.name and m.kind != "person" or _weak(m, full_names))
                    and tuple(m.name.split()) not in phrase_table()):
                # "Bonaire, St Eustatius and Saba": one odd kind in a list of places is a place
                retyped[(m.start, m.end)] = dataclasses.replace(m, kind=others[0])
    return [retyped.get((m.start, m.end), m) for m in mentions]


# Words after a town's name in the name of its public bodies: "Cork County Council", "Kincaid
# Police": the town's name alone is then the town, not a person or a body.
CIVIC_WORDS = frozenset("Council Police Airport Harbour".split())
"""Not "University" or "Hospital": "Harvard" alone is the university, not a town."""
# Words between a town's name and its body's: "Cork County Council", "Leeds City Council"; alone
# after a name they may make a club ("Derby County", "Cardiff City"), whose town's name is the club.
CIVIC_LEVELS = frozenset("County City Borough Town Township District Metropolitan Municipal".split())


def _civic(rest: list[str]) -> bool:
    """Whether the words after a town's name make the name of one of its public bodies."""
    while rest and rest[0] in CIVIC_LEVELS:
        rest = rest[1:]
    return bool(rest) and rest[0] in CIVIC_WORDS


PLACED_AFTER = frozenset("in near outside downtown across around throughout".split())
"""Prepositions that put a name where something is ("a restaurant in Santa Fe", "schools across New
Orleans"): a name written after one is a place there, not a body's name cut short. Not "at", "from" or
"to", said of bodies as often ("at Google", "from Homeland Security")."""


def towns_of_bodies(mentions: list[Mention]) -> list[Mention]:
    """A one-word "person" or "organisation" whose name opens the name of a public body of the
    article followed by a civic word ("Cork" of "Cork County Council") is that town, unless the
    text makes it a person (a role, a full name ending in it)."""
    towns = {m.name.split()[0] for m in mentions if m.kind == "organization" and _civic(m.name.split()[1:])}
    surnames = {m.name.split()[-1] for m in mentions if m.kind == "person" and " " in m.name}
    # "Homeland Security" of "Homeland Security Investigations": two or more opening words of a
    # body's name, written alone, are that body's short name; but not a place the text puts somewhere
    # ("in Santa Fe" beside the "Santa Fe Opera") or one named as an area ("Madison County" beside the
    # "Madison County Commission"): a body named after its place.
    bodies = {" ".join(m.name.split()[:k]) for m in mentions if m.kind == "organization"
              for k in range(2, len(m.name.split())) if not _civic(m.name.split()[k:])}
    placed = {m.name for m in mentions if m.kind == "place" and (m.after in PLACED_AFTER or m.name.split()[-1] in AREA_HEADS)}
    out = []
    for m in mentions:
        if m.name in towns and m.kind != "place" and not m.role and m.name not in surnames:
            m = dataclasses.replace(m, kind="place")
        elif (m.name in bodies and m.kind == "place" and m.name not in placed and tuple(m.name.split()) not in phrase_table()
              and m.name.split()[0] not in COMPASS_WORDS  # "South Dade" of "South Dade Transitway": a place
              and m.name.split()[-1] not in STREET_WORDS):  # "Suez Canal" of "Suez Canal Authority": the waterway
            m = dataclasses.replace(m, kind="organization")
        out.append(m)
    return out


def addresses(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "from Radstock, Somerset, did", "201 E. Nine Mile, Ferndale.": a name after a place and a
    comma, closing the phrase, is the county or town of an address."""
    ordered = sorted(mentions, key=lambda m: m.start)
    retyped: dict[tuple[int, int], Mention] = {}
    for before, m in zip(ordered, ordered[1:]):
        if m.kind == "place" or m.role or " " in m.name and m.kind == "person":
            continue
        closes = text[m.end : m.end + 1] in (",", ".", ";", ")", "") or text[m.end : m.end + 1] == "\n"
        if before.kind == "place" and text[before.end : m.start] == ", " and closes:
            retyped[(m.start, m.end)] = dataclasses.replace(m, kind="place")
    return [retyped.get((m.start, m.end), m) for m in mentions]


# Last words of a body's full name beyond the gazetteer's: "Control, Ethics and Disciplinary Body (CEDB)".
BODY_WORDS = ORG_WORDS | frozenset("body bodies panel tribunal service services force alliance coalition trust "
                                   "network centre center team unit division bureau department directorate "
                                   "secretariat administration network registry".split())
MIN_AGREEING = 3
"""Names of one kind in a list before they retype the odd one: two ("New York and San Francisco
or Delta") may be a pair that a third name only ends."""
MAX_ACRONYM = 6
MIN_SPELLED = 3
"""An expansion this long may hold one word the lexicons do not know ("Assisted"); a shorter one
must be all plain words."""


_DEFINED_BEFORE = re.compile(r"(?:\(|,?\s+or(?:\s+the)?)$")
"""A name's acronym after it, in brackets or after "or" ("Emergency Use Authorization or EUA")."""


def _expansion(text: str, start: int, letters: str) -> tuple[int, list[str]] | None:
    """The capitalised words before "(ACR)" or "or ACR" ("an Emergency Use Authorization or EUA") whose
    initials spell it, and where they start."""
    before = text[max(0, start - 120) : start].rstrip()
    cue = _DEFINED_BEFORE.search(before)
    if cue is None or cue.group() == "(" and text[start + len(letters) : start + len(letters) + 1] != ")":
        return None
    words = list(re.finditer(r"[A-Za-z][\w'’-]*", before[: cue.start()]))
    picked: list[str] = []
    at = start
    k = len(words) - 1
    need = list(letters)
    while need and k >= 0:
        word = words[k].group()
        if word[0].upper() == need[-1] and word[0].isupper():
            picked.insert(0, word)
            need.pop()
        elif word.lower() not in ("of", "and", "for", "the", "on", "in", "&"):
            return None
        at = max(0, start - 120) + words[k].start()
        k -= 1
    return (at, picked) if not need else None


# "hypersensitivity pneumonitis (HP)", "hypersensitivity pneumonitis, or HP": an acronym right after the
# words it stands for, in brackets or after ", or".
_DEFINED_AFTER = re.compile(r"(?:\(|,\s+or(?:\s+the)?)$")


def _common_expansion(text: str, start: int, letters: str) -> bool:
    """Whether the acronym at ``start`` is defined by words in lower case whose initials spell it
    ("hypersensitivity pneumonitis, or HP"): a common noun's short form (a disease, a technique), as
    a body's name is written with capitals ("the World Health Organization (WHO)")."""
    before = text[max(0, start - 120) : start].rstrip()
    cue = _DEFINED_AFTER.search(before)
    if cue is None:
        return False
    head = before[: cue.start()]
    words = list(re.finditer(r"[A-Za-z][\w'’-]*", head))
    need = list(letters)
    while need and words:
        found = words.pop()
        word = found.group()
        if not word.islower() and not (len(need) == 1 and word[1:].islower() and _OPENS_SENTENCE.search(head[: found.start()])):
            return False  # "Robotic process automation (RPA) came into vogue": the sentence's capital, no name's
        if word[0].upper() == need[-1]:
            need.pop()
        elif word not in ("of", "and", "for", "the", "on", "in"):
            return False
    return not need


_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")
"""What stands before a sentence's first word: the text's start, a full stop or a new line."""


MAX_EXTRA_WORDS = 1
"""Lower-case words in brackets after an acronym past those its letters spell: "HDR (high dynamic
range lighting)" names what the range is of; more is a description, not an expansion."""
_BRACKETED_AFTER = re.compile(r"\s*\(([^()]{3,80})\)")


def _common_expansion_after(text: str, end: int, letters: str) -> bool:
    """Whether the acronym ending at ``end`` is spelled out after it in brackets by lower-case words
    ("HDR (high dynamic range lighting)"): a common noun's short form, as a body is spelled with capitals."""
    found = _BRACKETED_AFTER.match(text, end)
    if found is None:
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", found.group(1)) if w not in ("of", "and", "for", "the", "on", "in")]
    if not words or not all(w.islower() for w in words) or len(words) < len(letters):
        return False
    spelled = "".join(w[0] for w in words[: len(letters)]).upper()
    return spelled == letters and len(words) - len(letters) <= MAX_EXTRA_WORDS


def _qualified_terms(mentions: list[Mention], terms: set[str], plain: Callable[[str], bool]) -> set[str]:
    """Names that qualify a defined term, and their plain qualifier alone: "Gold Standard BRT" and "the
    Gold Standard of Bus Rapid Transit" are a grade of the technique, so "Gold Standard" is that grade,
    a common noun in capitals, not a body. A qualifier with a proper name in it ("Miami BRT") is left."""
    found: set[str] = set()
    for m in mentions:
        words = m.name.split()
        for term in terms:
            size = len(term.split())
            if len(words) <= size or " ".join(words[-size:]) != term:
                continue
            rest = words[:-size]
            if rest and rest[-1] == "of":
                rest = rest[:-1]
            if rest and all(plain(w) for w in rest):
                found.update({m.name, " ".join(rest)})
    return found


def _head_of(spelled: str, words: list[str]) -> bool:
    """ "Reserve Bank of India (RBI)", "Ministry of Defence (MOD)": a body's word before "of" heads the
    spelled name, which is then a body's, whatever word ends it."""
    return any((w in ORGANIZATION_ENDINGS or w.lower() in BODY_WORDS) and re.search(rf"\b{re.escape(w)} of\b", spelled)
               for w in words[:-1])


_RELATIVE_AFTER = re.compile(r"\s*,\s*(?:which|who|whose)\b[^.;()]*?,")
"""A relative clause set off by commas after a defined name ("(EFF), which won ten seats, said")."""


def _speaks(text: str, acronym: str, after: int, mentions: list[Mention]) -> bool:
    """Whether the name defined with ``acronym`` (closed at ``after``) or the acronym itself is the subject of a
    saying verb ("Radical Land Warriors (RLW), which ..., said", "RLW told"): a body speaks, a technique does not."""
    relative = _RELATIVE_AFTER.match(text, after)
    at = relative.end() if relative else after
    return (_AGENT_AFTER.match(text[at : at + AGENT_REACH]) is not None
            or any(n.surface == acronym and _AGENT_AFTER.match(text[n.end : n.end + AGENT_REACH]) for n in mentions))


def defined_terms(text: str, mentions: list[Mention], plain: Callable[[str], bool]) -> list[Mention]:
    """Mentions left once acronyms the article defines with plain words are taken out: "Heat
    Assisted Magnetic Recording (HAMR)" and "Bus Rapid Transit (BRT)" name a technique and a kind
    of bus line. A body's full name ends with a word such as Association or Agency, or holds a
    proper name ("Upper Corentyne Cricket Association (UCCA)"), so it stays."""
    terms: set[str] = set()
    codes: set[str] = set()
    ordered = sorted(mentions, key=lambda m: m.start)
    for before, m in zip([None, *ordered], ordered):
        if (before is not None and before.kind == "place" and m.surface.isupper()
                and re.fullmatch(r"\s*\(", text[before.end : m.start]) and text[m.end : m.end + 1] == ")"):
            codes.add(m.surface)  # "Los Angeles (LAX)": the place's code (an airport's), not a body
    for m in mentions:
        acronym = m.surface
        if not (2 <= len(acronym) <= MAX_ACRONYM and acronym.isupper() and acronym.isalpha()):
            continue
        if _common_expansion(text, m.start, acronym) or _common_expansion_after(text, m.end, acronym):
            terms.add(acronym)  # "hypersensitivity pneumonitis (HP)": a disease's short form
            continue
        found = _expansion(text, m.start, acronym)
        if found is None:
            continue
        words = found[1]
        last = words[-1]
        unknown = sum(not plain(w) for w in words)
        if (last in ORGANIZATION_ENDINGS or last.lower() in BODY_WORDS or _head_of(text[found[0] : m.start], words)
                or unknown > (len(words) >= MIN_SPELLED) or _speaks(text, acronym, m.end + 1, mentions)
                or _place_spelled(words, set())):  # "British Virgin Islands (BVI)": a place, no term
            continue  # "Heat Assisted Magnetic Recording": one rare word among plain ones is still a term
        terms.update({acronym, " ".join(words)})
    terms |= _qualified_terms(mentions, terms, plain)
    if not terms and not codes:
        return mentions
    return [dataclasses.replace(m, kind="place") if m.surface in codes else m
            for m in mentions if m.name not in terms and m.surface not in terms]


MAX_TERM_LETTERS = 5
"""Acronyms read for common-noun use: "AI", "MSRP", "GPU"; longer capitals are rarely terms."""
MIN_TERM_MENTIONS = 2
"""One mention says too little about how the text uses an acronym (and is not listed anyway)."""
# What makes an acronym the name of who acts: "the FBI said", "by the EU". Not a possessive: a technology
# has an impact too ("awareness of AI's environmental impact"), so "NATO's chief" says neither.
_AGENT_AFTER = re.compile(
    r"^(?:\s+(?:\w+ly\s+)?(?:said|says|say|told|tells|announced|announces|stated|states|added|adds|warned|"
    r"warns|claimed|claims|argued|argues|reported|reports|confirmed|confirms|denied|denies|insisted|insists|explained|"
    r"explains|noted|notes|wrote|writes|declined|refused|urged|urges|agreed|agrees|ordered|orders)\b)"
)
AGENT_REACH = 40
"""Characters after a name read for its saying verb (an adverb and the verb)."""
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.I)
_POSSESSIVE_AFTER = re.compile(r"^['’]s?\b")
# "pay double the MSRP": the measure of a quantity, never a body.
_MEASURE_BEFORE = re.compile(r"\b(?:double|twice|triple|thrice|half|below|above)\s+the\s+$", re.I)
_ONE_OF_A_KIND = re.compile(r"\b(?:a|an)\s+$", re.I)
# Lower-case words before a name that say nothing of how it is used: function words, and the "s" of a
# possessive the tokens split ("Dad's son").
_FUNCTION_BEFORE = frozenset(
    "the a an of in on at for with from by to and or but as than that this these those its his her their our your "
    "my into over under about after before against between during without within across through via per is was are "
    "were be been has have had will would can could may might must should do does did not no so s t said says "
    "told tells same".split()
)
# Nouns after an acronym for a body's people ("an FBI source", "a CPS spokesman"): the body, not a term.
_PEOPLE_AFTER = frozenset(
    "agent agents officer officers official officials leader leaders member members staff staffer chief director "
    "spokesman spokeswoman spokesperson source sources investigator inspector fighter fighters militant militants "
    "envoy delegate minister president head player players star".split()
)


# "32GB of RAM", "8.69 GW", "16GB DDR3 RAM", "3 GW of output": a number, maybe its unit glued or spaced
# ("GB", "GHz"), maybe "of" and one model token ("GDDR5"), right before the acronym: the acronym is a
# unit or the stuff measured, a common noun. A body is counted in words ("two FBI agents"), not so.
_QUANTITY_BEFORE = re.compile(
    r"(?<![\w.,])(?P<number>\d[\d,]*(?:\.\d+)?)(?P<unit>[A-Za-z]{1,3}|\s[a-z]?[A-Z][A-Za-z]?)?(?P<of>\s+of)?"
    r"(?:\s+[A-Z][A-Z]*\d[A-Z0-9]*)?\s+$"
)
YEAR_SPAN = (1800, 2099)
"""A bare four-digit number in this span before a name is a year ("in 2019 NASA"), no quantity."""


def _measured(text: str, m: Mention) -> bool:
    """Whether a quantity's number (and unit) stands right before a name: "32GB of RAM", "8.69 GW". A
    number with no unit before a name that modifies a noun counts that noun ("3 NBA titles", "3 of NATO
    members"), and a possessive after says nothing ("3 of NATO's"), so neither is read so."""
    found = _QUANTITY_BEFORE.search(text, max(0, m.start - 30), m.start)
    if found is None or _POSSESSIVE_AFTER.match(text[m.end : m.end + 3]):
        return False
    number = found.group("number")
    if not found.group("unit"):
        if number.isdigit() and len(number) == 4 and YEAR_SPAN[0] <= int(number) <= YEAR_SPAN[1]:
            return False
        noun = re.match(r"\s+([a-z]+)\b", text[m.end : m.end + 30])
        return noun is None or noun.group(1) in _FUNCTION_BEFORE
    return True


def _term_use(text: str, m: Mention) -> bool | None:
    """True where an acronym is written as a common noun: one of a kind ("an AI technique"), after a
    lower-case adjective or verb ("huge AI models", "use AI"), a quantity's measure ("double the MSRP");
    False where it acts ("the FBI said", "by the EU"); None when the words say neither (a possessive: "NATO's
    chief", "AI's environmental impact")."""
    before, after = text[max(0, m.start - 30) : m.start], text[m.end : m.end + 40]
    if _AGENT_AFTER.match(after) or _BY_BEFORE.search(before):
        return False
    if _POSSESSIVE_AFTER.match(after):
        return None  # "NATO's chief", "AI's impact": a possessive says neither
    head = re.match(r"\s+([a-z]+)", after)
    if head and head.group(1) in _PEOPLE_AFTER:
        return None  # "an FBI source", "a CPS spokesman"
    if _MEASURE_BEFORE.search(before) or _ONE_OF_A_KIND.search(before) or _measured(text, m):
        return True
    previous = re.search(r"([A-Za-z][A-Za-z-]*)\s*$", before)
    return True if previous and previous.group(1).islower() and previous.group(1) not in _FUNCTION_BEFORE else None


def _plural_written(text: str, acronym: str) -> bool:
    """Whether the text writes the acronym with a plural "s" ("GPUs", "GCSEs"): a countable common
    noun. A body's name is one of a kind and takes no plural."""
    if acronym + "s" not in text:
        return False  # the pattern holds it as written: none is compiled for the acronym (one per acronym)
    return re.search(rf"(?<![\w-]){re.escape(acronym)}s(?![\w'’-])", text) is not None


def _technical(text: str, mentions: list[Mention]) -> set[str]:
    """The acronyms of technical terms (``tech_terms``: "GPU", "HDMI", "GAAP") among the mentions whose
    every use is silent on acting: "GPU said" would be someone's name. Only a verb of saying counts, not
    "by": a term is the agent of a passive too ("powered by the GPU")."""
    terms = {m.surface for m in mentions if m.kind != "place" and technical_term(m.surface)}
    acting = {m.surface for m in mentions if m.surface in terms and _AGENT_AFTER.match(text[m.end : m.end + 40])}
    return terms - acting


def common_acronyms(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions left once acronyms the article uses as common nouns are taken out: "huge AI models",
    "an AI technique", "use AI", "pay double the MSRP" name a technology and a price, not an organisation.
    It takes most of an acronym's mentions written so and none as who acts ("the FBI said", "by the EU");
    countries and names the gazetteer knows ("US") are left. Initials that spell a place are that place
    (``place_initials``)."""
    uses: dict[str, list[bool | None]] = {}
    for m in mentions:
        if (m.kind == "organization" and m.surface.isalpha() and m.surface.isupper()
                and 2 <= len(m.surface) <= MAX_TERM_LETTERS and (m.surface,) not in phrase_table()):
            uses.setdefault(m.surface, []).append(_term_use(text, m))
    measured = {m.surface for m in mentions if m.surface in uses and _measured(text, m)}
    spelled = _bodies_spelled(mentions)
    terms = {s for s, u in uses.items()
             if False not in u and s not in spelled
             and (len(u) >= MIN_TERM_MENTIONS and 2 * sum(x is True for x in u) > len(u)
                  or s in measured or _plural_written(text, s))}
    terms |= _technical(text, mentions)
    return place_initials(text, [m for m in mentions if m.surface not in terms] if terms else mentions)


def _bodies_spelled(mentions: list[Mention]) -> set[str]:
    """The initials of the bodies the article names in full ("Writers Guild of America": WGA): an acronym
    that spells one is that body's short name, however often the text writes it as a modifier ("WGA
    writers", "the WGA strike", "cross WGA picket lines"), as a union's or a party's short name is. A full
    name in plain words that defines a term ("Heat Assisted Magnetic Recording (HAMR)") is gone by now
    (``defined_terms`` runs first)."""
    return {"".join(w[0] for w in m.name.split() if w[:1].isupper()) for m in mentions
            if m.kind == "organization" and sum(w[:1].isupper() for w in m.name.split()) >= 2}


def _place_spelled(words: list[str], places: set[str]) -> bool:
    """Whether capitalised words name a place: one the article types so, one the gazetteer knows, or
    one whose last word is an area's or a place's plural ("British Virgin Islands")."""
    name = " ".join(words)
    return (name in places or phrase_table().get(tuple(words)) in ("CTRY", "PLACE")
            or words[-1] in AREA_HEADS or words[-1] in PLACE_PLURALS)


def place_initials(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "British Virgin Islands (BVI)", "the BVI's port director": initials the article spells out as a
    place's name, or a place's name of the article spells, are that place wherever the tagger took them
    for a body or a person."""
    places = {m.name for m in mentions if m.kind == "place" and " " in m.name}
    spelled = {"".join(w[0] for w in name.split() if w[:1].isupper()) for name in places}
    letters = {m.surface for m in mentions if m.kind != "place" and not m.role and m.surface.isalpha()
               and m.surface.isupper() and 2 <= len(m.surface) <= MAX_ACRONYM}
    found = set()
    for acronym in letters:
        if acronym in spelled:
            found.add(acronym)
            continue
        if f"({acronym})" not in text:
            continue  # what the pattern needs: no pattern compiled for each acronym
        for at in re.finditer(rf"\({re.escape(acronym)}\)", text):
            expansion = _expansion(text, at.start() + 1, acronym)
            if expansion is not None and _place_spelled(expansion[1], places):
                found.add(acronym)
                break
    if not found:
        return mentions
    return [dataclasses.replace(m, kind="place") if m.surface in found and not m.role else m for m in mentions]
