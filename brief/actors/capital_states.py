"""A capital that acts is its state's government: "Washington said" of the United States, "Pyongyang's nuclear programme".

Why: news names a state by its capital where the state acts, speaks or owns a policy ("Washington is now
increasingly concerned", "Moscow rejected", "Beijing's response", "Tehran and Washington have had no links"),
and brief listed the capital as a place of its own beside the state it stands for: one actor twice. A capital
written as the setting ("talks in Washington", "arrived in Pyongyang", "Beijing's streets") stays the place it
is. So each mention of a capital is read alone: one that speaks (a position stands under it), that is a verb's
subject, or that owns a state's act or body ("Washington's demands", "Jakarta's aviation authorities") goes to
its state, whether or not the page names the state otherwise; the rest stay the city's. A capital stands for its
state between states: on a page that names no other state (by its name, its people or its capital) a capital
that acts is the city ("London will enjoy the first claim on the land's profits"), and stays so. A page about games
(a score and a game's word) is left alone: there "Washington's Collins" and "Ottawa scored" are teams.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping

from brief.actors.gazetteer import is_country
from brief.actors.grouping import Group
from brief.actors.mentions import Mention
from brief.actors.phrasing import inflected_verb
from brief.actors.sports_sides import games_page

CAPITALS: dict[str, tuple[str, ...]] = {
    "Washington": ("United States",), "Moscow": ("Russia", "Soviet Union"), "Beijing": ("China",),
    "Pyongyang": ("North Korea",), "Seoul": ("South Korea", "Korea"), "Tehran": ("Iran",), "Tokyo": ("Japan",),
    "London": ("United Kingdom", "England"), "Paris": ("France",), "Berlin": ("Germany",), "Kabul": ("Afghanistan",),
    "Baghdad": ("Iraq",), "Damascus": ("Syria",), "Islamabad": ("Pakistan",), "New Delhi": ("India",),
    "Ankara": ("Turkey",), "Cairo": ("Egypt",), "Riyadh": ("Saudi Arabia",), "Kyiv": ("Ukraine",),
    "Kiev": ("Ukraine",), "Minsk": ("Belarus",), "Tbilisi": ("Georgia",), "Havana": ("Cuba",),
    "Caracas": ("Venezuela",), "Beirut": ("Lebanon",), "Khartoum": ("Sudan",), "Taipei": ("Taiwan",),
    "Canberra": ("Australia",), "Ottawa": ("Canada",), "Rome": ("Italy",), "Madrid": ("Spain",),
    "Athens": ("Greece",), "Warsaw": ("Poland",), "Belgrade": ("Serbia",), "Hanoi": ("Vietnam",),
    "Manila": ("Philippines",), "Jakarta": ("Indonesia",), "Bangkok": ("Thailand",), "Kathmandu": ("Nepal",),
    "Dhaka": ("Bangladesh",), "Colombo": ("Sri Lanka",), "Rangoon": ("Myanmar", "Burma"),
    "Yangon": ("Myanmar", "Burma"), "Naypyidaw": ("Myanmar", "Burma"), "Harare": ("Zimbabwe",),
    "Pretoria": ("South Africa",), "Nairobi": ("Kenya",), "Abuja": ("Nigeria",), "Dublin": ("Ireland",),
    "Prague": ("Czech Republic", "Czechia"), "Vienna": ("Austria",), "Budapest": ("Hungary",),
    "Bucharest": ("Romania",), "Stockholm": ("Sweden",), "Oslo": ("Norway",), "Copenhagen": ("Denmark",),
    "Helsinki": ("Finland",), "Amman": ("Jordan",), "Doha": ("Qatar",), "Sanaa": ("Yemen",),
    "Baku": ("Azerbaijan",), "Yerevan": ("Armenia",), "Tashkent": ("Uzbekistan",), "Mogadishu": ("Somalia",),
    "Addis Ababa": ("Ethiopia",), "Bogota": ("Colombia",), "Mexico City": ("Mexico",), "Brasilia": ("Brazil",),
    "Buenos Aires": ("Argentina",), "Tripoli": ("Libya",),
}
"""A capital and the names its state is grouped under ("United Kingdom" is where "Britain" and "UK" go), the
first the one a state the page does not name is listed as. Not Brussels (the EU's seat as often as Belgium's
capital), nor Jerusalem (its status disputed), nor a capital that is a common given name ("Sofia", "Lima")."""

STATE_DEEDS = frozenset(
    "government ministry authorities officials army navy military forces troops embassy parliament cabinet "
    "president regime delegation diplomats envoy ambassador negotiators leaders leadership move moves response "
    "reaction strategy policy policies position stance decision decisions demand demands support desire "
    "influence goal aims plan plans proposal proposition offer claim claims refusal threat threats timing "
    "messaging diktats backtracking allies ally relations ties pressure nuclear programme program sanctions stake "
    "interests concerns chagrin approval consent objections intentions crackdown rule control grip "
    "insistence warning warnings accusations denial".split())
"""Nouns a capital owns as a state ("Washington's demands", "Pyongyang's nuclear programme", "Jakarta's aviation
authorities"), read among the few lower-case words after its possessive; what a city owns ("Kabul's diplomatic
enclave", "London's second wave") is none of them."""
OWNED_REACH = 3
"""Lower-case words read after a capital's possessive for a state's noun ("Beijing's current strategy")."""
AUXILIARIES = frozenset("is are was were has have had will would can could should may might must does did do said says".split())
"""Verbs after a capital that make it their subject ("Washington is now increasingly concerned", "Beijing has decided")."""
SETTING_BEFORE = frozenset(
    "in at from to into near via across around outside inside throughout within on visit visited visiting "
    "arrive arrived arriving reached toward towards east west north south central downtown".split())
"""Words before a capital that make it a setting ("in Baghdad says", "arrived in Pyongyang", "east Jerusalem")."""
_POSSESSIVE = re.compile(rf"(?:'s|’s|'|’)?\s+\(?([a-z][\w-]*)\)?((?:\s+\(?[a-z][\w-]*\)?){{0,{OWNED_REACH - 1}}})")
_NEXT = re.compile(r"\s+(?:and\s+(?:its\s+|the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}(?:allies\s+)?)?([a-z][\w-]*)(?:\s+([a-z][\w-]*))?")
"""The word after a capital, past "and" and a second party ("Tehran and Washington have had", "Washington and its
allies agreed"), with the word after it."""


def _verb(word: str, then: str) -> bool:
    """Whether the word after a capital is its verb: an auxiliary or an inflected verb; a form in -s only when
    no verb follows it ("Seoul plans to install", not "Tokyo stocks fell": there it is a noun)."""
    if word in AUXILIARIES:
        return True
    if not inflected_verb(word):
        return False
    return not (word.endswith("s") and then and (then in AUXILIARIES or inflected_verb(then)))


def _possessive(m: Mention, text: str) -> bool:
    """Whether the capital is written in the possessive ("Beijing's", "Beijing’s"), the mark in its span or after it."""
    return m.surface.endswith(("'s", "’s")) or text[m.end : m.end + 2] in ("'s", "’s")


def _acts(m: Mention, text: str, speaking: bool) -> bool:
    """Whether this writing of a capital is its state acting: speaking, a verb's subject, or owning a state's deed."""
    if m.after in SETTING_BEFORE or m.role or m.demonym or m.medium:
        return False
    if speaking:
        return True
    owned = _POSSESSIVE.match(text, m.end) if _possessive(m, text) else None
    if owned is not None:
        words = [owned.group(1), *(w.strip("()") for w in owned.group(2).split())]
        return any(w in STATE_DEEDS for w in words)
    nxt = _NEXT.match(text, m.end)
    return nxt is not None and _verb(nxt.group(1), nxt.group(2) or "")


def join_capital_states(groups: list[Group], texts: Mapping[int, str],
                        speakers: set[tuple[int, int, int]]) -> list[Group]:
    """Move each capital's acting writings to its state's group (made when the page names no state), renamed
    to the state and keeping what was written ("Pyongyang" stays an alias); ``speakers`` are the
    (article, start, end) of mentions a position stands under."""
    games = {a for a, t in texts.items() if games_page(t)}
    by_key = {g.key: g for g in groups if g.mentions and g.kind in ("place", "organization")}
    named = {CAPITALS[k][0] if k in CAPITALS else k for k in by_key if k in CAPITALS or is_country(k)}
    surnames = {g.key.split()[-1] for g in groups if g.kind == "person" and " " in g.key and g.mentions}
    made: list[Group] = []
    for g in list(groups):
        states = CAPITALS.get(g.key)
        if not states or g.kind == "person" or not g.mentions or not named - set(states):
            continue  # "London will enjoy the first claim on the profits", on a page naming no other state: the city
        if g.key in surnames:
            continue  # "Washington said" where the page names Kenny Washington: the man, never the state
        acting = [m for m in g.mentions if m.article not in games and m.name == g.key
                  and _acts(m, texts.get(m.article, ""), (m.article, m.start, m.end) in speakers)]
        if not acting:
            continue
        state = next((by_key[s] for s in states if s in by_key), None)
        if state is None:
            state = Group(states[0], "place")
            by_key[states[0]] = state
            made.append(state)
        state.mentions.extend(dataclasses.replace(m, name=state.key, kind=state.kind) for m in acting)
        g.mentions = [m for m in g.mentions if m not in acting]
    return [g for g in [*groups, *made] if g.mentions]
