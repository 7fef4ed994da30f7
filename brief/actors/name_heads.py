"""Whether a name inside a source phrase is the phrase's head, who speaks, or only describes the
head noun ("a California judge", "Trump advisers", "senior Tory MP Neil Parish").

Why: a source phrase often holds several names, and the speaker is the head: a name that only
qualifies it would put the words in the wrong mouth ("California: ..." for what a judge said).
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.documents import AUTHORED
from brief.actors.gazetteer import TITLES, demonym_country
from brief.actors.groups import people_noun
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.people_modifiers import sorted_by_person
from brief.actors.person_nouns import one_person
from brief.actors.phrasing import is_noun
from brief.actors.source_words import BODY_VOICES, BODY_WORDS, ORG_NOUNS, PRINTED_OUTLETS, SPEAKING_HEADS, TIME_WORDS
from brief.actors.staff_titles import bare_possessive, capitalised_role_after
from brief.text.language import stop_words
from brief.text.lexicon import ADVERB_LY, AUXILIARY_VERBS


def modifier(text: str, m: Mention, end: int) -> bool:
    """ "US public health expert": a name followed, to the end of its phrase, by common nouns only
    describes the head noun; it is not the head."""
    return bool(re.fullmatch(r"(?:\s+[“\"‘']?[a-z][a-z-]*)+[”\"’']?\s*", text[m.end : end]))


def describes_head(text: str, m: Mention, end: int) -> bool:
    """ "a California judge", "Ohio's voters": a name, or its possessive, followed to the end of its
    phrase by common nouns only, describes the head noun (``modifier``); after a possessive a demonym may
    qualify the noun too ("Veloria's European allies")."""
    if not re.match(r"['’]s\b", text[m.end : m.end + 2]):
        return modifier(text, m, end)
    past = m.end + 2
    while (word := _DEMONYM_WORD.match(text, past)) is not None and demonym_country(word.group(1)) is not None:
        past = word.end()
    return modifier(text, m, end) or modifier(text, dataclasses.replace(m, end=past), end)


_DEMONYM_WORD = re.compile(r"\s+([A-Z][a-z]+)")
"""A capitalised word after a possessive name, read as a demonym that qualifies the head ("European allies")."""


_LISTED_ON = re.compile(r"\s*,?\s+(?:and|or)\s")
"""After a name: a list goes on ("Meyer and other coaches")."""


def sorts_people(text: str, m: Mention, end: int, mentions: MentionIndex) -> bool:
    """Whether a person's name only describes the people its phrase (to ``end``) names ("Trump
    advisers have urged him"), who then speak, not the person (``people_modifiers``). With a
    possessive they are the person's own ("Gary Johnson's doctor is calling the candidate fit"),
    as a body's are ("NASA's scientists"); kin and outsiders are read apart (``KIN``, ``OUTSIDERS``)."""
    if m.demonym or not mentions.personal(m) or not modifier(text, m, end) or _LISTED_ON.match(text, m.end, end):
        return False  # "Saban, Meyer and other coaches claim": the name is listed with them, not describing them
    words = [w for w in re.findall(r"[a-z][a-z-]*", text[m.end : end]) if w not in AUXILIARY_VERBS]
    return bool(words) and sorted_by_person(words[-1])


def speaking_head(after: str) -> bool:
    """Whether the common nouns after a name end in a head it speaks through ("group" of "Sage
    group of science advisers", "officials"), or in one it only describes ("spot")."""
    words = re.findall(r"[a-z][a-z-]*", re.split(r"\b(?:who|whose|which|that)\b|,", after)[0])
    if "of" in words[1:]:
        words = words[: words.index("of")]  # "Sage group of science advisers": the group
    while words and (words[-1] in stop_words("en") or words[-1] in TIME_WORDS or ADVERB_LY.fullmatch(words[-1])):
        words.pop()  # "Turkey long has", "West Mercia Police last night": no head written
    return (not words or words[-1] in SPEAKING_HEADS or words[-1] in TITLES or words[-1] in PRINTED_OUTLETS
            or len(words) > 1 and words[-1] == "guard" and words[-2] in FORCE_GUARDS)  # "coast guard", not "security guard"


FORCE_GUARDS = frozenset("coast national border presidential republican revolutionary".split())
"""Words before "guard" that make it a state's force ("the Philippine coast guard"), not a person ("a security guard")."""


_TITLE_AFTER = re.compile(r" (?:\([a-z][a-z-]*(?: [a-z][a-z-]*){0,2}\) )?([A-Za-z.]+)\b")
"""The word after a name, past a body's bracketed qualifier ("Samyukt Kisan Morcha (non-political) leader")."""


def before_title(text: str, m: Mention, end: int) -> bool:
    """ "senior Tory MP Neil Parish": a name before a title modifies it (the tagger may read "Tory"
    as a person); the name after the title speaks, also past a qualifier in brackets ("X (non-political) leader Y")."""
    title = _TITLE_AFTER.match(text[m.end : end])
    if title is not None and title.group(1).lower() in TITLES and m.end + title.end() < end:
        return True
    return capitalised_role_after(text, m.end, end)  # "Former Reyes Senior Adviser Tomas Brenner said"


_ACTED_FOR = re.compile(r"\b(?:for|of|to|representing)\s+(?:the\s+)?$")
"""What stands before the name of one a described person acts for or belongs to: "a lawyer for",
"the brother of", "an adviser to", "the firm representing"."""
ACTED_FOR_REACH = 16
"""Characters before the name looked at for ``_ACTED_FOR`` (the longest, "representing the ")."""


def acted_for(text: str, m: Mention, people: list[Mention]) -> bool:
    """ "A lawyer for Pike, Dana Cole, said": a name after "for" or "of" with another person set off
    right after it by a comma is whom the described person acts for; the name set off is who the
    description is, and the speaker (as with a possessive: "Pike's lawyer, Dana Cole")."""
    if not _ACTED_FOR.search(text, max(0, m.start - ACTED_FOR_REACH), m.start):
        return False
    comma = re.match(r"\s*,\s*", text[m.end : m.end + 4])
    return comma is not None and any(p.start == m.end + comma.end() for p in people)


_NEXT_WORD = re.compile(r" ([a-z]+)\b")


def before_noun(text: str, m: Mention, end: int) -> bool:
    """ "The Dunmere coroner Ivo Marten": a name followed by a common noun modifies it, and the noun's
    holder speaks; a preposition after it ("said manager Ron Hale of striker Leo Vance") leaves the
    name the head. A conjunction does not: "Vindman and Williams told" goes to the last name, as before."""
    word = _NEXT_WORD.match(text[m.end + bare_possessive(text, m.end) : min(m.end + NEXT_WORD_REACH, end)])
    return word is not None and word.group(1) not in _PREPOSITIONS  # (past "Reyes'" in "Reyes' spokesman X")


NEXT_WORD_REACH = 20
"""Characters after a name looked at for the word that follows it."""
_PREPOSITIONS = frozenset("of from at in on about to for with".split())
"""Words after a name that open a phrase about something else ("Ron Hale of striker Leo Vance")."""


DETERMINER_REACH = 40
"""Characters before a name read for the determiner of the noun phrase it modifies ("the former | Harlow estates")."""
_DETERMINED = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er)\s+(?:[a-z][a-z-]*\s+){0,2}$")
"""A determiner and at most two lower-case words right before the name: it stands inside a noun phrase."""
_LAST_WORD = re.compile(r"([a-z][a-z-]*)[”\"’']?\s*$")
"""The last lower-case word of a phrase: its head noun."""


def names_thing(text: str, m: Mention, end: int) -> bool:
    """ "representatives of two of the former Harlow estates say": a person's name that only modifies a
    noun for a thing, to the end of its phrase, is no speaker, not even when no other name is; before a voice
    ("a Pelosi spokesman"), people ("Trump aides") or a body ("the Biden campaign") it stands for who they
    speak for."""
    if not modifier(text, m, end) or not _DETERMINED.search(text, max(0, m.start - DETERMINER_REACH), m.start):
        return False  # "Hillary Clinton spoke out": no noun phrase, a verb
    last = _LAST_WORD.search(text, m.end, end)
    head = last.group(1) if last is not None else ""
    return is_noun(head) and head not in _SELF and not (one_person(head) or people_noun(head) or (head.endswith("s") and one_person(head[:-1]))
                               or head in BODY_WORDS or head in ORG_NOUNS or head in BODY_VOICES.split("|")
                               or head in SPEAKING_HEADS or head in _LED_BY_NAME
                               or head in AUTHORED or head in _MESSAGES)


_MESSAGES = frozenset("ad ads advert advertisement commercial spot video tweet post speech".split())
"""What a person puts out, which speaks for them as their documents do ("a narrator in the Clinton ad asks")."""
_SELF = frozenset("himself herself themselves itself".split())
"""Words after a name that are the name's own ("Layton herself"): no noun it modifies."""
_LED_BY_NAME = frozenset("camp team campaign administration government family estate foundation trust".split())
"""Nouns a person's name leads that speak for the person ("the Trump camp", "the Harlow estate said": the
executors of one estate speak for it; many estates are things owned)."""


# Who "Harven chief says ..." is: the body's leader whom the text names, not the body. A headline (and
# a terse lead) names a company's or club's leader by the body and a title alone ("Harven chief says
# rival tablets are dated", "Rovers boss hails late winner") and names the person in the text below
# ("Harven chief executive Mirela Stanek said"): the name before the title only says whose leader
# speaks. When the text names no holder of such a title, the body is left as the speaker.
LEADER_TITLES = frozenset("boss chief ceo chairman chairwoman founder co-founder".split())
"""Titles of a body's leader written bare after its name ("Harven chief", "Rovers boss"). Titles of a
body's voice are not here: "a Harven spokesman" speaks for Harven."""
LEADER_ROLE_WORDS = LEADER_TITLES | frozenset("chair president head manager coach owner executive".split())
"""Words of the role the text gives such a leader where it names them ("chief executive", "manager",
"founder and CEO", "team president")."""


def leader_named(text: str, source: tuple[int, int], body: Mention, people: list[Mention]) -> Mention | None:
    """The person holding the leader's title ``source`` gives ("<body> chief") whom the text names
    with that title, nearest the source; None when the source is no bare "<name> <title>" or the
    text names no such holder."""
    head = re.fullmatch(r"\s+([a-z-]+)\s*", text[body.end : source[1]].lower())
    if head is None or head.group(1) not in LEADER_TITLES or body.start != source[0]:
        return None
    holders = [m for m in people if m.kind == "person" and not m.demonym and _holds(m.role, body.name)]
    return min(holders, key=lambda m: abs(m.start - source[0]), default=None)


def _holds(role: str, body: str) -> bool:
    """Whether a role is a leader's title of that body: a word of the title family, and either the
    body's name or no other name in it ("chief executive" alone; not "Ferro Mobile's chief")."""
    words = set(re.findall(r"[a-z-]+", role.lower()))
    if not words & LEADER_ROLE_WORDS:
        return False
    named = re.findall(r"\b[A-Z][\w'’-]*", role)
    return body.split()[0] in role or not [w for w in named if w.lower() not in LEADER_ROLE_WORDS]
