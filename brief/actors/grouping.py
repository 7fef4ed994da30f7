"""One actor per real entity, however the articles name it.

"Antony Blinken", "Blinken" and "Secretary of State Antony Blinken" are one person; "PLO" and
"Palestine Liberation Organization" one organisation; "Israel" and "Israeli troops" one country.
Grouping is across all articles, since they tell one story.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from brief.actors.body_forms import join_clipped_names, join_clipped_tails
from brief.actors.club_cities import join_club_cities
from brief.actors.club_nicknames import join_club_nicknames
from brief.actors.definite_antecedents import named_before
from brief.actors.definite_names import join_definite_names
from brief.actors.gazetteer import ORG_WORDS, demonym_country, is_country, phrase_table
from brief.actors.gender import given_names
from brief.actors.given_name_alone import join_bare_given_names
from brief.actors.group_short_forms import join_group_short_forms
from brief.actors.initial_joins import join_initialled_people
from brief.actors.kinds import (
    ABBREVIATED_TITLES,
    AREA_HEADS,
    DEFINITE_AREA_HEADS,
    DEFINITE_BODY_HEADS,
    ORGANIZATION_ENDINGS,
    office_acronym,
    organization_ending,
    team_word,
)
from brief.actors.mentions import Mention
from brief.actors.name_index import NameIndex
from brief.actors.name_joins import join_clipped_people, join_given_names, join_names_without_ending, join_spellings
from brief.actors.name_tail_joins import join_name_tails
from brief.actors.namesakes import (
    fitting,
    kin_of_bearer,
    person_gender,
    possessors_of_kin,
)
from brief.actors.office_addressees import acted_on
from brief.actors.party_nicknames import join_party_nicknames
from brief.actors.personhood import known_place
from brief.actors.place_offices import office_name
from brief.actors.place_prepositions import PLACE_PREPOSITIONS
from brief.actors.role_places import place_alone
from brief.actors.short_forms import join_short_forms
from brief.actors.slashed_names import join_slashed_names
from brief.actors.spelled_offices import spelled_holder
from brief.actors.surname_bearers import give_to_bearer, paired_surnames
from brief.actors.title_holders import join_title_holders
from brief.actors.word_case import plain_word


@dataclass
class Group:
    """The mentions of one actor while grouping; becomes an Actor at the end."""

    key: str
    kind: str
    mentions: list[Mention] = field(default_factory=list)

    @property
    def name(self) -> str:
        """The fullest name the articles use for it."""
        names = Counter(m.name for m in self.mentions if not m.demonym)
        if not names:
            return self.key
        fullest = max(names, key=lambda n: (len(n.split()), names[n], n == self.key, n))
        # "Sam Rainsy" written 29 times and "Sam Ram Rainsy" once: the middle name is no fuller name
        # when the articles mostly leave it out ("Alfonse D'Amato", rarely "Alfonse M. D'Amato").
        words = fullest.split()
        shorter = [n for n in names if 2 <= len(n.split()) < len(words) and names[n] > names[fullest]
                   and n.split()[0] == words[0] and n.split()[-1] == words[-1]]
        return max(shorter, key=lambda n: (names[n], n)) if shorter else fullest

    @property
    def aliases(self) -> tuple[str, ...]:
        name = self.name  # once, not per mention: it counts every mention's name
        seen = dict.fromkeys(m.surface for m in self.mentions if m.surface != name)
        return tuple(sorted(seen, key=str.lower))

    @property
    def role(self) -> str:
        roles = Counter(m.role for m in self.mentions if m.role and not place_alone(m.role))  # not "Ondo State"
        if not roles:
            return ""  # an office said once beats a form of address said often ("Former deputy mayor", then "Cr Rowe")
        return max(roles, key=lambda r: (not address_only(r), roles[r], len(r)))


def group_mentions(mentions: list[Mention]) -> list[Group]:
    """Cluster mentions: exact names first, then surnames and acronyms onto the fuller names."""
    by_name: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in mentions:
        by_name[(m.kind, m.name)].append(m)
    # Fullest names first, so that shorter ones can attach to them.
    order = sorted(by_name, key=lambda kn: (-len(kn[1].split()), -len(by_name[kn]), kn[1]))
    groups: dict[tuple[str, str], Group] = {}
    index = NameIndex()
    full_names: dict[int, dict[int, list[Mention]]] = {}
    namesakes: list[Group] = []
    possessors = possessors_of_kin(mentions)
    pairs = paired_surnames(mentions)  # "Harvey and Bob Weinstein": Bob's naming, after Harvey
    for kind, name in order:
        fits = index.bearers(kind, name)
        if fits:
            genders = {id(f): person_gender(f.key, f.mentions) for f in fits}  # once per name: groups grow
            bare: dict[int, list[int]] = defaultdict(list)  # where the name stands alone, by article
            for x in by_name[(kind, name)]:
                bare[x.article].append(x.start)
            # "Mrs Saunders" where the story names Pete Saunders only: his wife, not him
            fitting_ones = [(m, fitting(m, [(f, genders[id(f)]) for f in fits])) for m in by_name[(kind, name)]]
            others = [m for m, fit in fitting_ones if not fit]
            rest = [m for m, fit in fitting_ones if fit and not (
                len(fits) > 1 and give_to_bearer(m, fit, full_names, genders, bare[m.article], pairs))]
            if others:
                namesakes.append(Group(name, kind, others))
            if not rest:
                continue
            by_name[(kind, name)] = rest
        target = index.attach(kind, name)
        kin = kin_of_bearer(target, target.key, by_name[(kind, name)], possessors, index.bearers) if target is not None else []
        if kin:  # "Pinochet's son, Augusto": his namesake, not Augusto Pinochet
            namesakes.append(Group(name, kind, kin))
            by_name[(kind, name)] = [m for m in by_name[(kind, name)] if m not in kin]
        if target is None:
            target = Group(name, kind)
            groups[(kind, name)] = target
            if not all(m.medium for m in by_name[(kind, name)]):  # "one Commons Tory rebellion": a modifier
                index.add(target, {m.surface for m in by_name[(kind, name)]})  # is no bearer for "Tory"
        target.mentions.extend(by_name[(kind, name)])
    for g in namesakes:  # "Mrs Saunders": a person of her own, with any other such mention of her name
        groups.setdefault((g.kind, g.key), Group(g.key, g.kind)).mentions.extend(g.mentions)
    _merge_across_kinds(groups)
    _attach_short_names(groups)
    _join_full_names_typed_otherwise(groups)
    join_given_names(groups)
    join_bare_given_names(groups)  # "Bobby says" after "Bobby Jindal"; "Jessica's purse" typed a place
    join_names_without_ending(groups)
    join_clipped_names(groups)
    join_clipped_tails(groups)  # "the Boks" of the Springboks
    join_clipped_people(groups)
    join_initialled_people(groups)  # "O. Moroz" after "Oleksandr Moroz"
    join_spellings(groups)
    join_short_forms(groups)
    join_group_short_forms(groups)  # "Samsung" beside the Samsung Group and Samsung Electronics: the group
    join_name_tails(groups)  # "Disc Association" of "Blu-ray Disc Association"; "Scientology" of its Church
    join_club_cities(groups)  # "Montreal scored", "the Blue Jackets" of the Montreal Canadiens, Columbus Blue Jackets
    join_club_nicknames(groups)  # "Vancouver coach X" and "the Canucks", the full name never written: one club
    join_party_nicknames(groups)
    _join_area_heads(groups)
    _link_white_house(groups)
    _join_offices(groups)
    join_title_holders(groups)
    _join_definite_heads(groups)
    join_definite_names(groups)  # "the Tigers" of the Liberation Tigers of Tamil Eelam, "the Telegraph"
    join_slashed_names(groups)  # "the TMVP/Karuna faction": the TMVP named before, not a second body
    for g in groups.values():
        if any(m.thing for m in g.mentions) and not any(m.role for m in g.mentions):
            g.mentions.clear()  # "Aguachile is usually a soupy shrimp and chiles dish": a thing, not an actor
        if any(m.writer for m in g.mentions):
            g.mentions.clear()  # "Our correspondent X, in ...": the page's writer, however often named
        if g.kind == "person" and _named_as_a_place(g):
            g.kind = "place"
        if g.kind == "person" and (2 * sum(m.medium for m in g.mentions) >= len(g.mentions)
                                   or organization_ending(g.key)):
            g.kind = "organization"  # "on Reddit"; "Paintbucket Games": never a person
    return [g for g in groups.values() if g.mentions]


_LOCATIVE = PLACE_PREPOSITIONS - {"at"} | {"downtown", "visit"}  # not "at": people are looked and laughed at
# Prepositions that put a name where something is or happens; "to" is left out, since things are
# given and sold "to Alaska" (the airline) as often as people travel to it.
_WHERE = _LOCATIVE - {"to", "visit"}


def _named_as_a_place(group: Group) -> bool:
    """ "in Kuala Lumpur", "travel to Kuala Lumpur": a "person" the text mostly puts after a
    preposition of place, and never gives a role, is a place the tagger did not know."""
    if not group.mentions or any(m.role for m in group.mentions) or " " in group.key and group.key.split()[0] in given_names():
        return False  # "thanks to Simon Pegg ... a call to Pegg's assistant": a man with a given name
    return 2 * sum(m.after in _LOCATIVE for m in group.mentions) > len(group.mentions)


_PARTY_WORDS = ("Party", "Movement", "Front")
SPONSORED_VENUE_ENDINGS = frozenset("Center Centre Theater Theatre".split())
"""Last words of a venue named for its sponsor or patron ("Barclays Center", "Chase Center"): its first
word alone ("analysts at Barclays") is that sponsor, a body of its own, never the building."""


def _attach_short_names(groups: dict[tuple[str, str], Group]) -> None:
    """One-word names the tagger typed differently from the fuller name they stand for: a person's
    surname tagged as an organisation here and there ("Ecevit") or taken for a country ("Jordan"),
    a party without "Party" ("Virtue") or by its members ("the Conservatives")."""
    surnames: dict[str, list[Group]] = defaultdict(list)
    parties: dict[str, list[Group]] = defaultdict(list)
    for g in groups.values():
        words = g.key.split()
        if g.kind == "person" and len(words) > 1 and not office_name(g.key):  # "mayor of Corbin": no surname
            surnames[words[-1]].append(g)  # "Peters said" tagged an organisation: Audley Peters
        for inner in dict.fromkeys(words[1:-1] if g.kind == "person" else ()):
            if inner[:1].isupper() and inner[-1:] != ".":  # "Salinas' home" of Guadalupe Salinas Hernández:
                surnames[inner].append(g)  # her first surname; "Lula" of Luiz Inácio Lula da Silva
        if g.kind == "organization" and len(words) == 2 and words[1] in _PARTY_WORDS:
            parties[words[0]].append(g)
            parties[words[0] + "s"].append(g)  # "the Conservatives", the party's members: the party acting
    last_words: dict[str, list[Group]] = defaultdict(list)
    first_words: dict[str, list[Group]] = defaultdict(list)
    team_cities: set[str] = set()  # first words of a team's name: only the city written alone joins the team
    for g in groups.values():
        if g.kind == "person" and " " in g.key and not office_name(g.key):
            last_words[g.key.split()[-1]].append(g)
        if g.kind == "organization" and len(g.key.split()) == 2 and g.key.split()[1] not in SPONSORED_VENUE_ENDINGS and (
                g.key.split()[1] in ORGANIZATION_ENDINGS or team_word(g.key.split()[1]) and not plain_word(g.key.split()[1], set())
                or known_place(g.key.split()[1]) and not known_place(g.key.split()[0])):  # "Real Madrid": "Real"
            if 2 * sum(m.medium for m in g.mentions) < len(g.mentions):  # not a product: "the new Surface Studio"
                first_words[g.key.split()[0]].append(g)  # "Alaska Airlines", "Velmora Airways", "Boston Celtics"
                if (g.key.split()[1] not in ORGANIZATION_ENDINGS and team_word(g.key.split()[1])
                        and not known_place(g.key.split()[1])):
                    team_cities.add(g.key.split()[0])
    for g in list(groups.values()):
        if " " in g.key or not g.mentions or all(m.demonym for m in g.mentions):
            continue
        if (g.kind == "place" and g.key in last_words
                and (4 * sum(m.after in _LOCATIVE for m in g.mentions) <= len(g.mentions) or not known_place(g.key))):
            # "Jordan said" in a story about Louis Jordan, hardly ever "in Jordan": the man, not the
            # country; "Ramdehol told them" of the hunter Bharrat Ramdehol, not a village; a surname no
            # gazetteer knows is the person's even after "in" ("no confidence in Sunak")
            if len(last_words[g.key]) == 1:
                last_words[g.key][0].mentions.extend(g.mentions)
                g.mentions.clear()
            else:
                g.kind = "person"
            continue
        rarely_where = 4 * sum(m.after in _WHERE for m in g.mentions) <= len(g.mentions)
        if (g.kind != "person" and len(first_words.get(g.key, [])) == 1 and first_words[g.key][0] is not g
                and rarely_where and not is_country(g.key) and g.key not in last_words
                and not (g.key in team_cities and g.kind != "place" and not known_place(g.key))):  # "Google" is no city of "Google Maps"
            # "Velmora said", "Velmora's fleet" in a story about Velmora Airways: the airline; but "Trump
            # tweeted" in a story naming Donald Trump and the Trump Foundation is the man, never his body
            first_words[g.key][0].mentions.extend(g.mentions)
            g.mentions.clear()
            continue
        people = [p for p in surnames.get(g.key, []) if p is not g and (
            g.kind == "organization" and len(p.mentions) >= len(g.mentions)
            or len(p.mentions) > len(g.mentions) and any(m.name == g.key for m in p.mentions))]
        if not people and g.kind == "organization":
            people = [p for p in surnames.get(g.key, []) if p is not g and (_named_first(p, g) or _courtesy_named(p, g.key))]
        fits = people if g.kind != "person" else []
        fits = fits or [p for p in parties.get(g.key, []) if p is not g]
        if len(fits) == 1:
            fits[0].mentions.extend(g.mentions)
            g.mentions.clear()


# Where a bare first word of an area's name puts it: "the airport on Terrana", "flights to Terrana".
_ON_AREA = _LOCATIVE | frozenset("on onto off at".split())


def _join_area_heads(groups: dict[tuple[str, str], Group]) -> None:
    """ "on Terrana" in a story about Terrana Island: the first word of one area's two-word name
    ("X Island", "X County", "X Province"), which the tagger took for a person or a body, is that
    area when the text mostly puts it after a preposition of place and never gives it a role or
    a given name; a known place or country ("Washington" of Washington County) keeps its own."""
    heads: dict[str, list[Group]] = defaultdict(list)
    surnames = {g.key.split()[-1] for g in groups.values() if g.kind == "person" and " " in g.key and g.mentions}
    for g in groups.values():
        words = g.key.split()
        if g.kind == "place" and len(words) == 2 and words[1] in AREA_HEADS and g.mentions:
            heads[words[0]].append(g)
    for g in list(groups.values()):
        fits = heads.get(g.key, [])
        if (len(fits) != 1 or g.kind == "place" or not g.mentions or g.key in surnames or is_country(g.key)
                or any(m.role or m.demonym for m in g.mentions)):
            continue
        if 2 * sum(m.after in _ON_AREA for m in g.mentions) > len(g.mentions):
            fits[0].mentions.extend(g.mentions)
            g.mentions.clear()


def _join_full_names_typed_otherwise(groups: dict[tuple[str, str], Group]) -> None:
    """ "Republican presidential nominee Donald Trump" tagged an organisation in a story that writes
    "Trump said" seven times: a name of two or three capitalised words, no body's word among them,
    whose last word is a person the text names more often alone (or at all, after a known given name:
    "Grace Okoye" typed a body three times and "Okoye said" twice), is that person's full name."""
    people = {g.key: g for g in groups.values() if g.kind == "person" and " " not in g.key and g.mentions}
    for g in list(groups.values()):
        words = g.key.split()
        if g.kind != "organization" or not 2 <= len(words) <= 3 or not g.mentions:
            continue
        short = people.get(words[-1])
        if (short is None or len(short.mentions) <= len(g.mentions) and words[0] not in given_names() or not all(w.isalpha() and w[:1].isupper() for w in words)
                or any(w in ORGANIZATION_ENDINGS or w.lower() in ORG_WORDS for w in words)
                or phrase_table().get((words[0],)) or is_country(words[0]) or demonym_country(words[0])):
            continue  # "London Wasps": a club named after its city, though the tagger took "Wasps" for a man
        g.kind = "person"
        g.mentions.extend(short.mentions)
        short.mentions.clear()


def _courtesy_named(person: Group, surname: str) -> bool:
    """ "Mr. Trump's threats" in the story that also writes "a Trump administration": a surname the text
    gives a courtesy title is that person's, however the tagger typed it elsewhere (one name, one sense)."""
    return any(m.name == surname and m.after.rstrip(".") in _COURTESY_AFTER for m in person.mentions)


_COURTESY_AFTER = frozenset("mr mrs ms miss".split())


def _named_first(person: Group, short: Group) -> bool:
    """ "the conglomerate led by Bernard Arnault ... advisor to Arnault": every mention of the
    short name follows the person's full name in its article, where that one sense holds."""
    first: dict[int, int] = {}
    for m in person.mentions:
        if " " in m.name:
            first[m.article] = min(first.get(m.article, m.start), m.start)
    return all(m.article in first and first[m.article] < m.start for m in short.mentions)


OFFICE_REACH = 1
"""Sentences after an office's first mention in which its holder may be named: "the letter from CMO to
the Health Minister ... Dr Tony Holohan outlined ..." names the holder in the next sentence."""
_COURTESY_ROLES = ABBREVIATED_TITLES | frozenset("mr mrs ms miss sir dame cr".split())  # with Australia's councillor "Cr" (``courtesies``)


def address_only(role: str) -> bool:
    """Whether a role is only a form of address or an abbreviated title ("Cllr", "Cr", "Dr", "Det Supt")."""
    return all(w.lower().rstrip(".") in _COURTESY_ROLES for w in role.split())


def _join_offices(groups: dict[tuple[str, str], Group]) -> None:
    """ "The CMO told Stephen Donnelly": an office written by its initials is its holder, the one person
    named in full, with no other office given, in the office's first sentence or the next; when the
    text names no such person, the office stays an actor of its own (a person, never a body)."""
    for g in list(groups.values()):
        if not (g.mentions and office_acronym(g.key)) or " " in g.key:
            continue  # "SSP East": a post named for its district, one of a force's many, no office of one holder
        first = min(g.mentions, key=lambda m: (m.article, m.start))
        near = {id(p): p for p in groups.values() if p is not g and p.kind == "person" and " " in p.key
                for m in p.mentions if m.article == first.article and " " in m.name
                and 0 <= m.sentence - first.sentence <= OFFICE_REACH and not acted_on(first, m)}  # not "told X"
        holders = [p for p in near.values() if all(address_only(m.role) for m in p.mentions)]
        if not (len(near) == 1 and len(holders) == 1):  # "Chief Medical Officer X ... The CMO told": X
            people = [p for p in groups.values() if p is not g and p.kind == "person" and " " in p.key]
            spelled = spelled_holder(first, [p.mentions for p in people])
            holders = [] if spelled is None else [people[spelled]]
        if holders:
            holders[0].mentions.extend(g.mentions)
            g.mentions.clear()


_NOT_DEFINITE = frozenset("Inc Ltd Corp LLC Police Media".split())
DEFINITE_BODY_ENDINGS = DEFINITE_BODY_HEADS | frozenset(
    w for w in ORGANIZATION_ENDINGS if not w.endswith("s") and w not in _NOT_DEFINITE)
"""Capitalised common nouns that stand for a body named before, written "the Foundation", "the Company",
"the University": the heads above and the singular last words of bodies' names. Not a plural ("the
Games" names an event as often), a legal suffix (never written alone), "the Police" (a force of its own
where written bare, as DEFINITE_BODY_HEADS says) nor "the Media" (the press at large)."""


OPENING_AREA_HEADS = frozenset("County Parish District Province Borough Township Municipality Prefecture".split())
"""An area's common noun that opens each sentence it is written in ("Parish officials said", "County
officials said"): the page's word for the area it named ("Calcasieu Parish"), capitalised only by the
sentence, not a body of its own. "Parish", a surname too, is read so only there: a "Parish" who speaks
alone is a person the page names in full, already joined to that name."""


def _opening_area(group: Group) -> bool:
    """Whether the one-word name is an area's noun written only at sentence openings (``OPENING_AREA_HEADS``)."""
    return group.key in OPENING_AREA_HEADS and all(m.after == "" for m in group.mentions)


def _definite(group: Group) -> str:
    """ "the Territory", "the Ministry": the kind of body or area ("place"/"organization") a one-word
    name stands for when it is a common noun the page capitalised, written after "the" mostly; ""
    when it is a name."""
    word = group.key
    if " " in word or not group.mentions or any(m.role or m.demonym for m in group.mentions):
        return ""
    if _opening_area(group):
        return "place"  # "Parish officials said", "County officials said": the area's, where a capital says nothing
    if 2 * sum(m.after in ("the", "a", "an") for m in group.mentions) <= len(group.mentions):
        return ""  # "Cabinet", "Government" written bare: the page uses it as a name; "a Commission spokesperson" is not
    if word in DEFINITE_AREA_HEADS:
        return "place"
    return "organization" if word in DEFINITE_BODY_ENDINGS else ""


def _join_definite_heads(groups: dict[tuple[str, str], Group]) -> None:
    """ "the Ministry" in a story naming the Ministry of Health, "the Foundation" in one naming the Andrew
    Lloyd Webber Foundation, "the Territory" in one naming the Northern Territory: a capitalised definite
    common noun refers back to the one named body or area whose name holds it, and joins it. Where the story names none or several, an area so written is
    no actor ("people in the Territory": where, unnamed), while a body stays one ("the Government
    said": who speaks, though unnamed)."""
    for g in list(groups.values()):
        kind = _definite(g)
        if not kind:
            continue
        opening = _opening_area(g)  # "District officials said" of a school district: a body, kept so
        fits = [p for p in groups.values() if p is not g and p.mentions and p.kind in ("place", "organization")
                and " " in p.key and g.key in p.key.split()]
        fits = [p for p in fits if not any(f is not p and f.key.endswith(" " + p.key) for f in fits)]  # one name
        if len(fits) > 1:  # "Army Public Relations", "Chief of Army Staff": there the word modifies another body's noun
            fits = [p for p in fits if not _modifies(p.key.split(), g.key) and "," not in p.key] or fits  # "Director, Army": a title run into it
        if len(fits) > 1:  # "the Commission" after the European Commission, another named only at the page's foot
            fits = named_before(g.mentions, fits) or fits
        if len(fits) == 1:  # cut short at its start ("Lloyd Webber Foundation") is that body's
            # written "the Territory", it names no one by itself (a headline's "Territory's Governor" is
            # not the Caribbean Territory named); and what it calls a territory is a place
            fits[0].mentions.extend(dataclasses.replace(m, name=fits[0].key, surface=m.surface if opening else f"the {m.surface}")
                                    for m in g.mentions)
            g.mentions.clear()
            fits[0].kind = kind if kind == "place" and not opening else fits[0].kind
        elif kind == "place":
            g.mentions.clear()


def _modifies(words: list[str], head: str) -> bool:
    """Whether ``head`` stands in the name ``words`` only before another capitalised noun of it ("Army" in
    "Army Public Relations"), so it is not that body's head ("Nigerian Army", "Ministry of Health")."""
    return all(k + 1 < len(words) and words[k + 1][:1].isupper() for k, w in enumerate(words) if w == head)


def _link_white_house(groups: dict[tuple[str, str], Group]) -> None:
    """ "The White House" is the one "X administration" the story names, when it names just one."""
    house = groups.get(("organization", "White House"))
    administrations = [g for g in groups.values() if g.key.endswith(" administration") and g.mentions]
    if house is not None and len(administrations) == 1:
        administrations[0].mentions.extend(house.mentions)
        house.mentions.clear()


def _merge_across_kinds(groups: dict[tuple[str, str], Group]) -> None:
    """The tagger may call one name a person here and an organisation there: majority wins."""
    by_name: dict[str, list[Group]] = defaultdict(list)
    for g in groups.values():
        by_name[g.key].append(g)
    for same in by_name.values():
        if len(same) < 2:
            continue
        # on a tie, a name the text puts after "in" ("spots in Ferndale") is the place; not an acronym
        # ("in NATO"), nor after "from" ("products from Mac")
        where = not same[0].key.isupper() and any(m.after == "in" for g in same for m in g.mentions)
        same.sort(key=lambda g: (-sum(not m.demonym for m in g.mentions), -len(g.mentions),
                                 not (where and g.kind == "place")))
        keep = same[0]
        for other in same[1:]:
            keep.mentions.extend(other.mentions)
            other.mentions.clear()
