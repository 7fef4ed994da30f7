"""Names of one actor written two ways that grouping by words misses: with or without spaces ("AirAsia",
"Air Asia"), its head first or last ("Energy Department", "Department of Energy"), a clipped plural
("Nats" of the Nationals), without the body's last word ("Big Machine" of Big Machine Records) or
without the place that opens it ("Energy Commission" of the California Energy Commission), a person's
name with each word clipped ("Whit Bisch" of Whitney Bischoff) or by the given name alone, typed a body
("Scooter" of Scooter Braun)."""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from typing import TYPE_CHECKING

from brief.actors.gazetteer import ORG_WORDS
from brief.actors.gender import first_names
from brief.actors.initials_forms import join_blends, join_bodies_without_of, join_nicknames, join_person_initials
from brief.actors.kinds import ORGANIZATION_ENDINGS
from brief.actors.personhood import known_place
from brief.actors.short_forms import introduced_first
from brief.actors.spelling_variants import compact, transliterated
from brief.actors.thing_names import BOND_NAMES

if TYPE_CHECKING:
    from brief.actors.grouping import Group


_WEB_ENDING = re.compile(r"\.(?:com|net|org|io|ai|co|in|co\.uk|com\.au)$", re.I)
"""A web address's ending on a body's name ("Amazon.com", "Booking.com"), which the text drops as often."""


def _spelt(kind: str, name: str) -> str:
    """The spelling key of a name: a person's as transliterations agree, in either order of two words (East
    Asian names are written family name first by some sites and last by others); any other's compact and
    without a web ending ("Amazon.com" is the Amazon of the next line)."""
    if kind != "person":
        return compact(_WEB_ENDING.sub("", name))
    words = name.split()  # "Matsuno Hirokazu" and "Hirokazu Matsuno": a family name first or last
    return transliterated(" ".join(sorted(words)) if len(words) == 2 else name)


MIN_VARIANT_SURNAME = 5
"""Fewest letters of a surname alone joined by another spelling ("Zelenskyy"): a short word so spelt ("Man"
of "John Mann") is as often another name."""


def join_spellings(groups: dict[tuple[str, str], Group]) -> None:
    """ "AirAsia", "Air Asia" and "AIrAsia"; "Amazon.com" and "Amazon"; "De Blasio" of "Bill DeBlasio"; "Vinicius Junior" of "Vinícius
    Júnior", "Dmitri Peskov" of "Dmitry Peskov": one name spelt with or without its spaces, hyphens or
    accents, in other capitals or (a person's) another transliteration, is one actor (the most named
    spelling's); a person's short name so spelt joins the one full name that ends so ("Lopez Obrador" of
    "Andrés Manuel López Obrador"; "Zelenskyy said", typed a body, of "Volodymyr Zelensky" named before)."""
    by_compact: dict[tuple[str, str], list[Group]] = defaultdict(list)
    last_words: dict[str, list[Group]] = defaultdict(list)
    exact_last: set[str] = set()
    for g in groups.values():
        if g.mentions:
            by_compact[(g.kind, _spelt(g.kind, g.key))].append(g)
            words = g.key.split()
            if g.kind == "person" and len(words) > 1:
                last_words[transliterated(words[-1])].append(g)
                exact_last.add(words[-1])
                if len(words) > 2:
                    last_words[transliterated(" ".join(words[-2:]))].append(g)
    _join_inverted_heads(groups)
    _join_clipped_plurals(groups)
    _join_singular_members(groups)
    for same in by_compact.values():
        if len(same) > 1:
            keep = max(same, key=lambda g: (len(g.mentions), g.key))
            for g in same:
                if g is not keep:
                    keep.mentions.extend(g.mentions)
                    g.mentions.clear()
    for g in list(groups.values()):
        if not g.mentions or g.kind == "place":
            continue
        words = g.key.split()
        full = [x for x in last_words.get(transliterated(g.key), []) if x is not g and x.mentions]
        if len(full) != 1:
            continue
        if g.kind == "person" and len(words) == 2:
            if not any(m.kin for m in g.mentions):  # "Ms Khairunisa's father, Haidar Fauzi": her kin, not her
                _join(full[0], g)  # "De Blasio": a person's two-word name so spelt
        elif (len(words) == 2 and not any(w in ORGANIZATION_ENDINGS or w.lower() in ORG_WORDS for w in words)
              and introduced_first(full[0], g)):
            _join(full[0], g)  # "Ten Hag said", typed a body, after "Erik ten Hag": his surname
        elif (len(words) == 1 and g.key[1:].islower() and len(g.key) >= MIN_VARIANT_SURNAME and g.key not in exact_last
              and all(m.role == "" and not m.demonym for m in g.mentions) and introduced_first(full[0], g)):
            _join(full[0], g)  # "Zelenskyy" after "Volodymyr Zelensky": the surname in another spelling
    join_person_initials(groups)
    join_blends(groups)
    join_nicknames(groups)
    join_contracted_bodies(groups)


def join_names_without_ending(groups: dict[tuple[str, str], Group]) -> None:
    """ "Big Machine" in a story about Big Machine Records: an organisation's name of two words or more,
    written without the body's word that ends the one fuller name it opens ("Records", "Group"), is
    that body (one-word names are ``_attach_short_names``'s)."""
    fuller: dict[str, list[Group]] = defaultdict(list)
    for g in groups.values():
        words = g.key.split()
        if g.kind == "organization" and len(words) >= 3 and words[-1] in ORGANIZATION_ENDINGS and g.mentions:
            fuller[" ".join(words[:-1])].append(g)
    for g in list(groups.values()):
        fits = fuller.get(g.key, [])
        if g.kind == "organization" and " " in g.key and g.mentions and len(fits) == 1:
            fits[0].mentions.extend(g.mentions)
            g.mentions.clear()
    join_names_without_place(groups)
    join_bodies_without_of(groups)


def _join(into: Group, g: Group) -> None:
    into.mentions.extend(g.mentions)
    g.mentions.clear()


# Heads a body's name puts first with "of" or last: "Department of Energy" and "Energy Department",
# "Ministry of Defence" and "Defence Ministry".
INVERTIBLE_HEADS = frozenset("Department Ministry Office Agency Bureau Commission".split())


def _join_inverted_heads(groups: dict[tuple[str, str], Group]) -> None:
    """ "the Energy Department" in a story that also writes "the Department of Energy": one body, under
    the name written more often."""
    bodies = {g.key: g for g in groups.values() if g.kind == "organization" and g.mentions}
    for key, g in list(bodies.items()):
        head, of, *rest = key.split() + ["", ""]
        if head in INVERTIBLE_HEADS and of == "of" and rest[0]:
            other = bodies.get(f"{' '.join(w for w in rest if w)} {head}")
            if other is not None and other is not g and other.mentions and g.mentions:
                keep, drop = (g, other) if len(g.mentions) >= len(other.mentions) else (other, g)
                _join(keep, drop)


MIN_CLIPPED_PLURAL = 4
"""Letters of a clipped plural ("Nats", "Dems"): three ("Als") begin too many longer words."""


def _join_clipped_plurals(groups: dict[tuple[str, str], Group]) -> None:
    """ "the Nats" of the Nationals, "Dems" of Democrats: a one-word plural organisation whose stem opens
    the one longer one-word plural organisation of the story is its clipped form."""
    plurals = [g for g in groups.values() if g.kind == "organization" and g.mentions and " " not in g.key
               and g.key.endswith("s") and g.key[:1].isupper() and g.key[1:].islower()]
    for g in plurals:
        if len(g.key) < MIN_CLIPPED_PLURAL:
            continue
        longer = [x for x in plurals if len(x.key) > len(g.key) and x.key.startswith(g.key[:-1]) and x.mentions]
        if len(longer) == 1 and g.mentions:
            _join(longer[0], g)


def _join_singular_members(groups: dict[tuple[str, str], Group]) -> None:
    """ "Houthi fighters", "a Houthi spokesman" in a story about the Houthis; "a Tory MP" beside "the Tories": a
    one-word organisation's singular, the word for one member and for what is theirs, is the body its plural
    names, one actor under the plural (the singular written as its adjective, as a demonym is a state's)."""
    plurals = {g.key: g for g in groups.values() if g.kind == "organization" and g.mentions and " " not in g.key
               and g.key.endswith("s") and g.key[:1].isupper() and g.key[1:].islower() and g.key not in BOND_NAMES}
    for g in list(groups.values()):  # "Treasuries" are bonds, no members of "the Treasury"
        if g.kind != "organization" or not g.mentions or " " in g.key or g.key in plurals:
            continue
        stem = g.key[:-1] + "ies" if g.key.endswith("y") else g.key + "s"
        plural = plurals.get(stem)
        if plural is not None:  # the singular is their adjective, as a demonym is a state's
            plural.mentions.extend(dataclasses.replace(m, demonym=True) for m in g.mentions)
            g.mentions.clear()


_INITIALS = re.compile(r"[A-Z]{2,4}")


def _place_word(word: str) -> bool:
    """ "California", "NYC": a place or a place's initials, as opens a local body's name."""
    return known_place(word) or bool(_INITIALS.fullmatch(word))


def join_names_without_place(groups: dict[tuple[str, str], Group]) -> None:
    """ "the Energy Commission" in a story about the California Energy Commission, "Office of Emergency
    Management" of the NYC one: a body's name of two words or more, with a body's word, written
    without the place that opens the one fuller name it ends, is that body."""
    fuller: dict[str, list[Group]] = defaultdict(list)
    for g in groups.values():
        words = g.key.split()
        if g.kind == "organization" and len(words) >= 3 and g.mentions and _place_word(words[0]):
            fuller[" ".join(words[1:])].append(g)
    for g in list(groups.values()):
        words = g.key.split()
        fits = fuller.get(g.key, [])
        if (g.kind == "organization" and len(words) >= 2 and g.mentions and len(fits) == 1
                and any(w in ORGANIZATION_ENDINGS or w.lower() in ORG_WORDS for w in words)):
            _join(fits[0], g)


MIN_CLIPPED_WORD = 3
"""Fewest letters of a clipped word of a person's name ("Whit", "Bisch"): two are initials or a word of
their own ("Al", "Jo")."""


def _clipped(short: list[str], full: list[str]) -> bool:
    """Whether each word of ``short`` opens the word of ``full`` in its place, one at least cut short."""
    return (len(short) == len(full) and short != full
            and all(f.startswith(s) and (s == f or len(s) >= MIN_CLIPPED_WORD) for s, f in zip(short, full)))


def join_clipped_people(groups: dict[tuple[str, str], Group]) -> None:
    """ "Whit Bisch" after "Whitney Bischoff": a person's name of two words or more whose every word opens
    the word in its place of one full name named before it, one of them cut short, is that person (a
    nickname made by clipping, as "Dan" of Daniel); two such full names leave it to neither."""
    people = [g for g in groups.values() if g.kind == "person" and g.mentions and " " in g.key]
    for g in people:
        if not g.mentions:
            continue
        fits = [f for f in people if f is not g and f.mentions and _clipped(g.key.split(), f.key.split())]
        if len(fits) == 1 and _first(fits[0]) < _first(g):
            _join(fits[0], g)


def _contracted(short: str, full: str) -> bool:
    """ "Utd" of United, "Intl" of International: a word's first letter and others of it in order,
    three letters at least."""
    if len(short) < MIN_CLIPPED_WORD or short[0] != full[0] or len(short) >= len(full):
        return False
    rest = iter(full[1:].lower())
    return all(c in rest for c in short[1:].lower())


def join_contracted_bodies(groups: dict[tuple[str, str], Group]) -> None:
    """ "Man Utd" after "Manchester United": a body's name of two words or more whose every word is the word
    in its place of one fuller body's name, or that word clipped or contracted ("Man", "Utd"), one at least
    shortened, is that body; "Man City" is not Manchester United."""
    bodies = [g for g in groups.values() if g.kind == "organization" and g.mentions and " " in g.key]
    for g in bodies:
        short = g.key.split()
        fits = [f for f in bodies if f is not g and f.mentions and len(f.key.split()) == len(short)
                and short != f.key.split()
                and all(s == w or _contracted(s, w) for s, w in zip(short, f.key.split()))]
        if len(fits) == 1 and g.mentions and introduced_first(fits[0], g):
            # named by the full name, however often shortened ("Man Utd" stays an alias)
            fits[0].mentions.extend(dataclasses.replace(m, name=fits[0].key) for m in g.mentions)
            g.mentions.clear()


def _first(group: Group) -> tuple[int, int]:
    return min((m.article, m.start) for m in group.mentions)


def join_given_names(groups: dict[tuple[str, str], Group]) -> None:
    """ "Blake had it specially made for me" (tagged an organisation) where the page names Blake Snyder: a
    one-word name the tagger typed a body, which opens the full name of the one person the page names at
    least as often (a middle name written once is another full name: "Blake Curtis") and ends no one's name, is that person's given name (family, friends and fans write it alone:
    "Blake and Malachi", "Scooter"), as a surname alone is the person's (grouping._attach_short_names).
    The full name must be a person's by a known given name or by its surname written alone ("Braun"): the
    tagger calls products persons too ("Xbox Live"). Not a known place ("Paris" of Paris Hilton), initials,
    nor a name with a role or a demonym of its own."""
    given: dict[str, list[Group]] = defaultdict(list)
    surnames: set[str] = set()
    for g in groups.values():
        words = g.key.split()
        if g.kind == "person" and len(words) > 1 and g.mentions and (
                words[0] in first_names() or any(m.name == words[-1] for m in g.mentions)):
            given[words[0]].append(g)  # a person's, by a known given name or the surname written alone
            surnames.update(words[1:])
    for g in list(groups.values()):
        fits = [f for f in given.get(g.key, []) if len(f.mentions) >= len(g.mentions)]
        if (g.kind != "organization" or len(fits) != 1 or not g.mentions or g.key in surnames
                or not g.key.isalpha() or g.key.isupper() or known_place(g.key)
                or any(m.role or m.demonym for m in g.mentions)):
            continue
        _join(fits[0], g)
