"""A place a story only names as a setting or an adjective: listed after the actors that act.

Why: an analyst reads the top of the actor list first, and a country or town counted by its mentions
rose there though it does nothing in the story: the money a market trades ("the Japanese yen against the
US dollar"), a person's nationality ("the Canadian citizen", "African Americans"), where things happen
("jailed in Las Vegas", "the trees dying across northern Colorado"). Halving such mentions (session 57)
swapped one such place for another. What sets them apart is how every mention is written: a place that
acts is a subject or an object somewhere ("Australia will argue", "against an agitated India"), owns
a body ("Canada's intelligence service"), or names its people, officials or side ("Indian
officials", "the Indian players"). A place no mention of which does so, and under which no position
stands, is ranked after every actor that does; one that neither a headline nor a lead names, nor is named more
than any other actor, is not listed at all (``assemble``): it only filled the top five of a story with few
actors ('Wanba' of a village a clash happened near, 'Iowa' of a campaign stop; 4 of 19 wrong entries of
30 fresh K pages, session 63), and every held-out half kept its figure, where dropping lead-named settings
too had cost D two subjects (session 61).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from brief.actors.grouping import Group
from brief.actors.groups import people_noun
from brief.actors.mentions import Mention
from brief.actors.person_nouns import one_person
from brief.actors.place_prepositions import PLACE_PREPOSITIONS_PATTERN
from brief.actors.roles import is_role_word
from brief.actors.source_words import KIN, PRIVATE_PEOPLE

_SETTING_BEFORE = re.compile(
    rf"\b(?:(?:{PLACE_PREPOSITIONS_PATTERN})\s+(?:the\s+)?"
    r"(?:[a-z][a-z-]*\s+)?|(?:town|city|village|suburb|region|province|county|district|island|capital)\s+of\s+)$")
"""A preposition of place before the name, past 'the' and one adjective ('jailed in Las Vegas', 'across
northern Colorado', 'in the United States'), or its kind of place before it ('the town of Taupo'): where
something happens."""
_SETTING_REACH = 40
"""Characters read before a name for its preposition: a preposition, 'the' and one adjective."""
STATE_BODIES = frozenset(
    "government ministry authorities officials police army navy military forces troops embassy parliament "
    "cabinet president team side squad camp regime delegation diplomats envoy negotiators leaders".split())
"""A state's bodies and a national side named by the place's adjective ('the Indian camp', 'U.S. envoy'):
the place acts through them."""
_NOT_NOUNS = frozenset(
    "is are was were be been has have had will would can could should may might must does did do said says "
    "to and or but nor that which who whom whose than as on in at for with of by from after before over under "
    "into about against since until while if".split())
"""Words after a country's name that make it a subject or an object ('North Korea to come clean', 'the US has
said'), not the adjective of a noun ('the US dollar')."""
_VERB_ENDINGS = ("ed", "s")
"""Endings of a verb after a subject ('Japan agreed', 'China wants'); a plural noun so ended ('US stocks') is read
as acting too, which only keeps a place listed where it was."""
NATIONALITY_NOUNS = frozenset("citizen citizens national nationals passport passports citizenship born".split())
"""Nouns a place's adjective gives a nationality ('the Canadian citizen', 'American citizens'): whose, not who acts."""
_DETERMINERS = frozenset("the a an its their our his her".split())
"""Words before a name that make the word after it a noun it modifies ('the US economy'), not its verb."""
_PHRASE_OPENERS = _DETERMINERS | frozenset("in on at of from for with by into over under against about".split())
"""Words before a country's name that open a noun phrase it may modify ('in U.S. custody', 'on US data')."""
_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w-]*)")
_NATIVE_OF = re.compile(r"\b([A-Z][\w-]+)\s+of\s+(?:the\s+)?$")
"""A name before 'of' ('Juan Monaco of Argentina'): the person's country, unless it is a title or a body
('President of France', 'the government of India')."""
_ETHNIC_BEFORE = re.compile(r"\b[A-Z][a-z]+an\s+$")
"""A demonym after another ('African Americans', 'Mexican American'): a people, not the state."""


def _head_acts(word: str) -> bool:
    """Whether the word after the place's adjective names who acts: its people, officials or bodies."""
    lower = word.lower()
    return (lower in STATE_BODIES or is_role_word(word) or one_person(lower) or people_noun(lower)
            or one_person(lower.rstrip("s")))


def _modifies_thing(text: str, m: Mention) -> bool:
    """The name stands before a noun as its adjective ('the Japanese yen', 'U.S. custody', 'Australian
    Brad Hogg'), and that noun is no people, officials or body of the place. A country's own name is an
    adjective only inside a noun phrase, after a determiner or a preposition ('the US dollar', 'in U.S.
    custody'): opening a clause, the word after it is its verb ('Wales beat Hungary')."""
    after = _NEXT_WORD.match(text, m.end)
    if after is None or text[m.end : m.end + 1] in "'’":
        return False
    word = after.group(1)
    if word in NATIONALITY_NOUNS or m.demonym and (word in PRIVATE_PEOPLE or word in KIN):
        return True  # 'the French tourists', 'a Canadian family': whose nationality, not the state acting
    if m.demonym and word[:1].isupper():
        return not is_role_word(word)  # a named person's nationality ('Australian Brad Hogg'), not 'Indian Prime Minister'
    if not word[:1].islower():
        return False
    if not m.demonym and (m.after not in _PHRASE_OPENERS or word in _NOT_NOUNS
                          or word.endswith(_VERB_ENDINGS) and m.after not in _DETERMINERS):
        return False
    return not _head_acts(word)


def _merely_placed(text: str, m: Mention) -> bool:
    """This mention names the place as a setting or an adjective, not as a party."""
    if m.demonym and _ETHNIC_BEFORE.search(text, max(0, m.start - _SETTING_REACH), m.start):
        return True
    before = text[max(0, m.start - _SETTING_REACH) : m.start]
    if not m.demonym and _SETTING_BEFORE.search(before):
        return True
    native = None if m.demonym else _NATIVE_OF.search(before)
    if native and not is_role_word(native.group(1)) and native.group(1).lower() not in STATE_BODIES:
        return True
    return _modifies_thing(text, m)


def mere_setting(group: Group, positions: int, texts: Mapping[int, str]) -> bool:
    """A place that states nothing and whose every mention is a setting or an adjective."""
    if group.kind != "place" or positions or not group.mentions:
        return False
    return all(_merely_placed(texts.get(m.article, ""), m) for m in group.mentions)
