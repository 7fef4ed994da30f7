"""A one-word name the tagger typed an organisation that the text treats as a person's surname: a person.

News names a person in full once (often in a heading or a caption the tagger never reads as prose) and then
by the surname alone, which the tagger, having never seen it, reads as a body: "Lee was handed a suspended
term, meaning he did not serve time", "President Vardy's tour". English gives a body "it" and "its", never
"he" or "she", and no body is written after a person's title. So a one-word name that opens its sentence (or
is that sentence's subject after one describing word: "Top-ranked Vardy, aiming for a third title, ...", or with
a verb after it: not "Lean, alert and sharp, he ...", an adjective)
and whose first pronoun in the sentence, before any other name, is "he", "she", "his", "himself" or a possessive
"her" ("thanks to her daring looks"), or a name written after a person's title, is retyped a person at each writing;
unless the text goes on about it with "it", "its" or "they" first (where it opens its sentence, or in its own clause:
not "the jacket looked sharp on Vardy, and its skirt ..."), or shows it a company's, a place's or a product's.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.gazetteer import ORG_WORDS
from brief.actors.kinds import ORGANIZATION_ENDINGS
from brief.actors.mentions import Mention
from brief.actors.personhood import company_or_product, known_place
from brief.actors.phrasing import is_noun, verb_lemma
from brief.text.language import stop_words
from brief.text.lexicon import PERSON_TITLES, TITLE_WORDS
from brief.text.phrases import phrase_spans
from brief.text.sentence_stops import STOP_OR_LINE_BREAK

_OPENS = re.compile(r"(?:^|[.!?][\"”’']?[^\S\n]+|\n[^\S\n]*)(?:(?<![^\n])[-•*][^\S\n]+)?(?:[A-Z][a-z]+-[a-z]+[^\S\n]+)?\Z")
"""What stands before a name that is its sentence's subject: the sentence's start (a line's, after a list's bullet:
"- Vardy is ..."), with at most one hyphened word describing it ("Top-ranked Vardy"), not a clause or a phrase ("On
Tuesday, Vardy": its own start is read)."""
_DESCRIBED_OPENING = re.compile(r"[A-Z][a-z]+-[a-z]+[^\S\n]+\Z")
"""The describing word before a subject ("Top-ranked Vardy"): a noun phrase, whatever follows the name."""
_VERB_AFTER = re.compile(r"(?:['’]s\b|[^\S\n]+([a-z]+)\b)")
"""What follows a bare name that opens its sentence as its subject: a verb ("Vardy was fined") or a possessive
("Vardy's tenure"); not a comma, which may follow an adjective a sentence opens with ("Lean, alert and sharp, he
...")."""
OPENING_REACH = 40
"""Characters before a writing read for the sentence's start and its describing word."""
_PRONOUN = re.compile(r"\b(?:he|she|his|himself|herself|him|her|it|its|itself|they|their|them|themselves)\b", re.I)
"""The pronouns that may go back to the name; "him" and "her" are read but prove nothing (an object, as often
someone else: "Vardy told her")."""
_PERSONAL = frozenset("he she his himself herself her's".split())
"""A person's pronouns that go back to a sentence's subject: "Vardy was fined, meaning he ...", "thanks to her bold
looks" (a possessive "her", read as "her's")."""
_THINGS = frozenset("it its itself they their them themselves".split())
"""A body's or a group's pronouns: a name whose first pronoun is one of these anywhere is no person's."""
_SENTENCE_END = STOP_OR_LINE_BREAK
"""A sentence's end: the pronoun looked for stands before it."""
SENTENCE_REACH = 240
"""Characters after a writing read for its sentence's pronoun: a long sentence's rest."""
_OWNED_WORDS = re.compile(r"((?:[^\S\n]+[a-z][a-z-]*)*)")
"""The lower-case words right after a pronoun, up to any punctuation."""
OWNED_REACH = 4
"""Words after "her" read for the noun it owns: two describing words and "and" ("her daring and bold outfits")."""
_TITLES = frozenset(PERSON_TITLES | TITLE_WORDS) - {"general", "gen", "major", "maj", "private", "justice", "speaker"}
"""Titles before the name that make it a person's; not the titles that are common adjectives or nouns of bodies as
well ("General Motors", "Major League", "Private Eye", "Justice Department", "Speaker Series")."""
_TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]+)\.?[^\S\n]+\Z")
TITLE_REACH = 20
"""Characters before a writing read for the title right before it."""


def _first_pronoun(text: str, end: int, others: Sequence[int]) -> tuple[str, int]:
    """The first pronoun after ``end`` in its sentence, lower-cased ("her" as "her's" where it owns what follows:
    ``owning_her``), and where it stands; ("", -1) when none stands before the sentence's end or another name
    (``others``: the starts of the other names, whose pronoun it may be)."""
    stop = _SENTENCE_END.search(text, end, end + SENTENCE_REACH)
    limit = stop.start() if stop else min(len(text), end + SENTENCE_REACH)
    found = _PRONOUN.search(text, end, limit)
    if found is None or any(end <= at < found.start() for at in others):
        return "", -1
    word = found.group().lower()
    return ("her's" if word == "her" and owning_her(text, found.end()) else word), found.start()


def owning_her(text: str, at: int) -> bool:
    """Whether the "her" ending at ``at`` owns what follows ("her daring and bold outfits", "her win"): up to
    ``OWNED_REACH`` words joined by "and", none a function word, one a noun; not an object ("told her that", "made
    her famous", "hired her last year")."""
    owned = _OWNED_WORDS.match(text, at)
    for word in (owned.group(1).split() if owned else [])[:OWNED_REACH]:
        if word == "and":
            continue
        if word in stop_words("en"):
            return False
        if is_noun(word):
            return True
    return False


def _titled(text: str, start: int) -> bool:
    """Whether a person's title stands right before the writing at ``start`` ("President Vardy")."""
    found = _TITLE_BEFORE.search(text, max(0, start - TITLE_REACH), start)
    return found is not None and found.group(1).lower() in _TITLES


def _subject(text: str, start: int, end: int) -> bool:
    """Whether the writing at ``start``-``end`` reads as its sentence's subject: after a describing word, or with a
    verb or a possessive after it."""
    if _DESCRIBED_OPENING.search(text, max(0, start - OPENING_REACH), start):
        return True
    after = _VERB_AFTER.match(text, end)
    return after is not None and (after.group(1) is None or verb_lemma(after.group(1)) is not None)


def _candidate(name: str) -> bool:
    """A one-word name of a surname's shape: capitalised, not an acronym, no digit, no body's word."""
    return (" " not in name and name[:1].isupper() and not name.isupper()
            and not any(c.isdigit() for c in name) and name not in ORGANIZATION_ENDINGS
            and name.lower() not in ORG_WORDS and not known_place(name))


def _a_person(text: str, name: str, others: Sequence[int], never_person: bool = False) -> bool:
    """Whether the text writes ``name`` as a subject that "he" or "she" goes on about, or after a person's title,
    and never goes on about it with a body's pronoun first; for a name the tagger typed a person nowhere
    (``never_person``), a body's pronoun after a comma of a writing that does not open its sentence is another
    clause's ("sharp on Vardy, and its skirt ...") and proves nothing."""
    shown = False
    for start, end in phrase_spans(text, name):
        pronoun, at = _first_pronoun(text, end, others)
        opens = _OPENS.search(text, max(0, start - OPENING_REACH), start) is not None
        if pronoun in _THINGS and (opens or not never_person or "," not in text[end:at]):
            return False
        if _titled(text, start):
            shown = True
        elif pronoun in _PERSONAL and opens and _subject(text, start, end):
            shown = True
    return shown


def surname_people(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions, with one-word names typed organisations that the text treats as a person's surname retyped
    people."""
    names = {m.name for m in mentions if m.kind == "organization" and not m.demonym and not m.medium
             and _candidate(m.name)}
    if not names:
        return list(mentions)
    found: set[str] = set()
    for name in names:
        others = [m.start for m in mentions if m.name != name and m.kind != "place" and not m.demonym]
        never_person = not any(m.name == name and m.kind == "person" for m in mentions)
        if _a_person(text, name, others, never_person) and not company_or_product(text, name):
            found.add(name)
    if not found:
        return list(mentions)
    return [dataclasses.replace(m, kind="person") if m.kind == "organization" and m.name in found and not m.demonym
            else m for m in mentions]
