"""Names inside a source's description that describe its head, not speak: "The Peruvian ambassador
to Chile" is Peru's envoy, not Chile; "a senator who toured Venezuela", "a survey of Bolivian
children", "a Thai newspaper" and "two Britons" are no country speaking.

Why apart from positions: these are rules about a source phrase's words, tested on their own.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.gazetteer import TITLES
from brief.actors.gender import first_names
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.phrasing import verb_lemma
from brief.actors.plural_bodies import plural_body
from brief.actors.roles import TITLE_MODIFIERS
from brief.actors.source_words import (
    EXPERTS,
    FORCES,
    ORG_NOUNS,
    PRINTED_OUTLETS,
    PRIVATE_PEOPLE,
    ROLE_FAMILIES,
    SPEAKING_HEADS,
    STATE_VOICES,
    TRADE_NOUNS,
)
from brief.text.ending import search_ending

_POST_MODIFIER = re.compile(r"\b(?:to|with|about|on|against|over|between|toward|towards|under|like|via|atop|"
                            r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of)\s+(?:the\s+)?$")
_TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$")
"""A body after "to" inside a source: the one a head is posted or accredited to ("envoy to NATO"), not its voice."""
_ASKED_BY = r"(?:polled|surveyed|interviewed|questioned|canvassed|contacted|consulted|quoted|cited)\s+by"
"""Participles of asking people before their asker ("economists polled by Reuters", "analysts surveyed by
Bloomberg", "sources quoted by the paper"): a reduced passive relative clause, whose agent only asked."""
_ASKED_BEFORE = re.compile(rf"\b[A-Za-z]+\s+{_ASKED_BY}\s+(?:the\s+)?$")
"""The people asked and the participle before their asker, where a source tagger's span starts at the asker."""
_RELATIVE_WORD = re.compile(r"\b(?:who|whom|whose|which)\b"
                            r"|\b(?!including\b|according\b)[a-z]{2,}ing\s+(?:a|an|the|his|her|its|their)\s"
                            rf"|\b{_ASKED_BY}\s")
"""A relative clause, or a participle with its object ("scientists using a telescope atop ..."), or a
passive one of asking (``_ASKED_BY``: the people asked speak, not who asked them); not "including", whose
names are among the heads ("unions, including the AFT, endorsed")."""


def after_head(text: str, m: Mention, start: int) -> bool:
    """ "The Peruvian ambassador to Chile", "a senator who toured parts of Venezuela", "the envoy to NATO": a
    name inside a relative clause after the head noun, a place in a phrase after it ("to", "with", "about")
    or a body after "to" says what the head did or deals with, not whom it speaks for ("the minister of X"
    does)."""
    if in_relative_clause(text, m, start):
        return True
    if m.kind == "organization" and m.start > start and _TO_BEFORE.search(text, max(start, m.start - 8), m.start):
        return True  # "The US ambassador to the UN", "the China Chamber of Commerce to the EU": where they are posted
    return m.kind == "place" and _POST_MODIFIER.search(text, max(start, m.start - 16), m.start) is not None


def in_relative_clause(text: str, m: Mention, start: int) -> bool:
    """ "NASA scientists using a telescope atop Mauna Kea": a name in a clause that describes the
    source phrase's head (begun at ``start``), whatever its kind, is not who speaks."""
    return _RELATIVE_WORD.search(text, start, m.start) is not None


_LOCATED = re.compile(r"\b([a-z]+)\s+(in|at|on|near|across|outside|around|from|of)\b", re.I)


_STAFF_VOICES = frozenset("analyst analysts economist economists strategist strategists forecaster forecasters".split())
"""Experts whose words, "at" a body, are the body's: "analysts at Corbel Securities said" is the
broker's research note, "forecasters at the National Weather Service said" the service's forecast. Scientists, professors or doctors at one speak for themselves (what "NASA
scientists believe" is no position of NASA's, on the judged positions), as "residents at" a home do."""


OWN_VOICES_AT = frozenset(
    "nurse nurses teacher teachers engineer engineers employee employees pilot pilots senior seniors junior juniors "
    "sophomore sophomores freshman freshmen undergraduate undergraduates".split()
)
"""People who work or study "at" a body and speak for themselves there, as students and doctors do ("a nurse at
Mercy Hospital said", "a senior at Rice University said", "an engineer at Boeing said"): its spokespeople and
officials speak for it, its staff nurses, teachers and students only for themselves."""


def only_locates(text: str, m: Mention, start: int) -> bool:
    """ "Police in northeastern China's Jilin province", "residents near Kessel", "residents of Little
    Hinton": a place after a force or private people and "in", "at", "near", "of" says where they are; they speak for themselves,
    not for it ("China's foreign ministry", "officials in Broward County" speak for the place); so do a body's
    rank and file ("Pilots at Westhaven Air voted": ``RANK_AND_FILE``) and its nurses, teachers or students
    (``OWN_VOICES_AT``). Staff "at" an organisation speak for it (``_STAFF_VOICES``)."""
    lo = max(0, start - LOCATED_REACH)  # the source tagger may leave "Police in" out of the source
    return any(match.group(1).lower() in FORCES | PRIVATE_PEOPLE | EXPERTS | OWN_VOICES_AT | RANK_AND_FILE
               and (m.kind == "place" or match.group(2).lower() not in ("from", "of")  # "workers from the Red Cross": theirs
                    or match.group(2).lower() == "of" and match.group(1).lower() in PRIVATE_PEOPLE)  # "residents of": a place
               and not (m.kind == "organization" and match.group(2).lower() == "at"
                        and match.group(1).lower() in _STAFF_VOICES)
               and not re.search(r"[.,;:!?\n]", text[match.end() : m.start])
               for match in _LOCATED.finditer(text, lo, m.start)) or _outlet_of_place(text, m)


_OUTLET_OF = re.compile(r"\b(?:in|by|from)\s+(?:the\s+)?((?:[A-Z][\w'’-]+\s+){1,3})of\s+$")
"""A name after "in"/"by"/"from" and before "of" and a place ("a report in the Argus Leader of Sioux Falls"): the
place says where the outlet is."""
OUTLET_REACH = 60
"""Characters before a place read for the outlet it follows ("in the " and three words)."""


def _outlet_of_place(text: str, m: Mention) -> bool:
    """ "According to a report in the Argus Leader of Sioux Falls": a place after "of" that qualifies a name the
    tagger left untyped, where something was published, is not who spoke; "in the Ministry of Defence of X" (a
    body's noun) and "by the Foreign Minister of X" (a title opening the name) keep the place."""
    found = _OUTLET_OF.search(text, max(0, m.start - OUTLET_REACH), m.start)
    if m.kind != "place" or found is None:
        return False
    words = [w.lower() for w in found.group(1).split()]
    titled = words[0] in STATE_VOICES or words[0] in {t.lower() for t in TITLES}  # "the Prime Minister of"
    return not titled and not set(words) & (ORG_NOUNS | _PLACE_BODIES)


_PLACE_BODIES = frozenset("embassy consulate parliament assembly senate congress people police department port city "
                          "state university school college hospital church diocese".split())
"""Capitalised nouns of a place's own bodies before "of" ("the Embassy of Peru", "the Port of Oakland"): the place
speaks through them, so it stays the source."""


LOCATED_REACH = 24
"""Characters before a source read for the force it locates: "Police in" or "Rescue workers at"."""


RANK_AND_FILE = frozenset(
    "workers employees machinists pilots nurses drivers shareholders investors customers users "
    "fans supporters students passengers players subscribers residents voters".split()
)
"""People of a body who speak for themselves, not for it: "Boeing workers have voted to accept ...", "Tesla
shareholders", "Arsenal fans" (its officials, staff, spokespeople and scientists speak as the body: "the Energy
Commission staff reported")."""


def describes_people(text: str, m: Mention) -> bool:
    """ "North Korean children", "British lawyers": a demonym before a noun for private people or
    experts describes them; the state does not speak. "Boeing workers": a body's name before its
    rank and file describes them; the company does not speak."""
    after = re.match(r"\s+([a-z]+)\b", text[m.end : m.end + 24])
    if after is None:
        return False
    if m.demonym:
        return after.group(1) in PRIVATE_PEOPLE | EXPERTS
    return m.kind == "organization" and after.group(1) in RANK_AND_FILE


_SOME = re.compile(r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|few|\d+)\s+$",
                   re.I)


_FINITE = re.compile(r"[a-z]+(?:s|ed)|said|told|wrote|spoke|thought|knew|felt|made|gave|did|can|could|will|would|"
                     r"may|might|must|should|had")


_PLACED_TAIL = re.compile(r"\s+(?:[a-z]+(?:ed|ing)\s+)?(?:in|at|near|across|around|outside|inside)\s+[^,;:()]+")
"""Where unnamed nationals are, after them ("in Gaza", "interviewed in Gaza", "living near the border"): no voice."""


def unnamed_national(text: str, m: Mention, phrase: tuple[int, int], cue_start: int) -> bool:
    """ "a Malaysian has said", "two Britons said": a demonym as a noun, after an article or a number,
    ends the source: an unnamed person of that country, not its government ("the British" may be).
    After one ("an Indonesian offer", "an Israeli demand") a word that cannot be its verb makes the
    demonym an adjective of a noun cue: the country's offer. A plural one may go on with where they are ("many
    Palestinians interviewed in Gaza expressed"): still people, the place only locating them."""
    rest = text[m.end : phrase[1]].rstrip()
    if rest and not (m.surface.endswith("s") and _PLACED_TAIL.fullmatch(rest)) or _SOME.search(text, phrase[0], m.start) is None:
        return False
    verb = re.match(r"\s*([a-z]+)", text[cue_start : cue_start + 24])
    return m.surface.endswith("s") or (verb is not None and _FINITE.fullmatch(verb.group(1)) is not None)


_STATE_PAPER = frozenset("official state state-run state-owned government government-run".split())


def private_paper(words: list[str]) -> bool:
    """ "a Thai newspaper" speaks for itself, not Thailand; "an official Syrian newspaper" speaks for the state."""
    return words[-1] in PRINTED_OUTLETS and not _STATE_PAPER & set(words)


_PHRASES: list[tuple[str, dict[Attribution, tuple[int, int] | None]]] = []
"""The last text read and its attributions' source phrases: seven rules ask for the same attribution's (a
one-entry memo, replaced whole, as ``possessive_firms._LAST``: another thread's text only makes it start again)."""


def source_phrase(text: str, attribution: Attribution) -> tuple[int, int] | None:
    """The source's noun phrase: past a leading clause, and out to its head noun if cut short (``_phrase``),
    worked out once per attribution of the text being read."""
    last = _PHRASES[-1] if _PHRASES else None
    if last is None or last[0] is not text:
        last = (text, {})
        _PHRASES[:] = [last]
    if attribution not in last[1]:
        last[1][attribution] = _phrase(text, attribution)
    return last[1][attribution]


def _phrase(text: str, attribution: Attribution) -> tuple[int, int] | None:
    """``source_phrase``, worked out."""
    if attribution.source is None:
        return None
    start, end = attribution.source
    comma = text.rfind(", ", start, end)
    if comma >= 0 and re.match(r",\s+(?:the|a|an|this)\s", text[comma:end], re.I):
        start = comma + 2  # "Following meetings with Israeli leaders, the top US diplomat"
    verb = search_ending(_VERB_BEFORE_THE, text, _VERB_RUNS, max(0, start - HEAD_REACH), start)
    if verb is not None and plural_body([verb.group(1), *text[start:end].split()]):
        start = verb.start(1)  # "Save | the Children said": the body's name opens with its verb
    head = search_ending(_CUT_HEAD, text, _HEAD_RUNS, max(0, start - HEAD_REACH), start) if end <= attribution.cue[0] else None
    if head is not None and verb_lemma(head.group("noun")) is None:
        start = head.start()  # "China's ambassador to | Britain": the tagger kept only the complement
    asked = _ASKED_BEFORE.search(text, max(0, start - HEAD_REACH), start) if end <= attribution.cue[0] else None
    if asked is not None:
        start = asked.start()  # "Economists surveyed by | Bloomberg": the people asked, whom the tagger left out
    gap = text[end : attribution.cue[0]]
    reach, cut = 0, end
    for _ in range(MAX_TAIL_WORDS):
        tail = _TAIL_WORD.match(gap, reach)
        if tail is None:
            break
        reach, word = tail.end(), tail.group(1)
        if word in TITLES or word in ROLE_FAMILIES or word in EXPERTS:
            end = cut + reach  # "the top US | diplomat"; "a top US public | health expert"
            if word not in TITLE_MODIFIERS:
                break  # (not "the Turkish | interior": its minister, next)
    trailing = _TRAILING_ADVERB.search(text, start, end)
    if trailing is not None and trailing.start() > start:
        end = trailing.start()  # "The company flat-out denied": the adverb is no head, nor part of a name for it
    return start, end


_VERB_BEFORE_THE = re.compile(r"(?<!\band )(?<!\bor )(?<!, )\b([A-Z][a-z]+)\s+$")
"""A capitalised word right before a source opening with "the": the verb of a body named by its cause ("Save
the Children"), which the source tagger leaves out. Not one last in a list ("Oxfam and Save | the Children
called"), whose first name is its lead signer and speaks (``positions.first_coordinated``)."""
_TRAILING_ADVERB = re.compile(r"(?:\s+(?:flat-out|outright|also|now|then|still|later|again|already|reportedly|"
                              r"previously|repeatedly|never|once))+\s*$")
"""Adverbs between a subject and its cue that the source tagger may end the source with."""
_CUT_HEAD = re.compile(r"(?:\b[A-Z][\w.-]*(?:['’]s)?\s+)?\b(?P<noun>[a-z]{3,})\s+(?:to|atop)\s+$")
HEAD_REACH = 40
_VERB_RUNS, _HEAD_RUNS = 1, 3
"""The most runs of non-space characters a match of ``_VERB_BEFORE_THE`` ("Save ") and of ``_CUT_HEAD`` ("China's
ambassador to ") spans: only that end of the text before a source is searched (``search_ending``: the same matches;
this runs for every attribution's source)."""
"""Characters before a source read for the head noun it complements ("China's ambassador to")."""
_TAIL_WORD = re.compile(r"[ \t]+([a-z]+)\b")
MAX_TAIL_WORDS = 2
"""Words past a source cut short that may still be its phrase, out to the head noun ("public |
health expert"): two, as a compound noun before the head rarely runs longer."""


def place_qualifier(text: str, m: Mention, mentions: MentionIndex, start: int) -> bool:
    """ "a student at Duke University in Durham, North Carolina": a name right after a place and a
    comma, both in the source phrase begun at ``start``, says where that place is ("Portland,
    Oregon"), whatever kind the tagger gave it. A source that opens with the name is the speaker
    ("In Vietnam, Esper announced"), and so is a person's full name opening with a given name ("The
    mayor of Dunmere, Ada Quinn, said": the mayor set off after her town, not where the town is)."""
    gap = re.search(r",\s*$", text[max(0, m.start - 3) : m.start])
    if gap is None or _given_name_first(m):
        return False
    comma = max(0, m.start - 3) + gap.start()
    return any(n.end == comma and n.start >= start and n.kind == "place" and not n.demonym
               and not (m.kind == "person" and _office_of(text, n.start))  # "The Chief Rabbi of Britain, X, said"
               for n in mentions.before(comma + 1))


_OF_BEFORE = re.compile(r"\b([A-Za-z]+)\s+of\s+(?:the\s+)?$")
OFFICE_OF_REACH = 30
"""Characters before a place searched for the office held of it ("Chief Rabbi of ", "the mayor of the ")."""
CLERGY_OFFICES = frozenset("rabbi patriarch mufti imam bishop archbishop cardinal primate metropolitan".split())
"""A faith's offices held of a place ("Chief Rabbi of Britain", "Grand Mufti of Egypt"), which the titles lack."""


def _office_of(text: str, place_start: int) -> bool:
    """ "the mayor of Dunmere, X": an office held of the place stands before it, so the person set off after the
    place is its holder, whatever their given name ("The Chief Rabbi of Britain, Ephraim Levy,"), no place's part."""
    held = _OF_BEFORE.search(text, max(0, place_start - OFFICE_OF_REACH), place_start)
    return held is not None and (held.group(1).lower() in TITLES or held.group(1).lower() in CLERGY_OFFICES)


def _given_name_first(m: Mention) -> bool:
    words = m.name.split()
    return m.kind == "person" and len(words) > 1 and words[0] in first_names()


_POSSESSIVE_WORDS = re.compile(r"['’]s(?:\s+[a-z][a-z-]*)+['’]s(?:\s+[a-z][a-z-]*)+\s*")


def owner_of_owner(text: str, m: Mention, end: int) -> bool:
    """ "Bolivia's public defender's office said": a second possessive between the name and the
    head owns the head; the name owns only the owner (the defender), who is not the name."""
    return _POSSESSIVE_WORDS.fullmatch(text, m.end, end) is not None


def post_named(text: str, m: Mention, end: int) -> bool:
    """ "Russia's United Nations ambassador": a name between a possessive and a title says what the
    post is (an ambassador to the UN); the possessor is whose the holder is."""
    owner = re.search(r"['’]s\s+$", text[max(0, m.start - 4) : m.start])
    words = text[m.end : end].split()
    return owner is not None and len(words) == 1 and words[0].lower() in TITLES


def public_of(text: str, m: Mention, phrase: tuple[int, int]) -> bool:
    """ "70 percent of Americans say", "Tunisians worry": a plural demonym that ends the source, not
    after "the", is the country's people (a poll, a mood), not its state ("the Americans" may be)."""
    if not m.demonym or text[m.end : phrase[1]].strip() or not m.surface.endswith("s"):
        return False
    return re.search(r"\bthe\s+$", text[max(0, m.start - 5) : m.start], re.I) is None


_AGENT_SHAPED = re.compile(r"[a-z]{3,}(?:er|or|ist)s?")
_NOT_AGENTS = SPEAKING_HEADS | STATE_VOICES | TRADE_NOUNS | PRINTED_OUTLETS


def unlisted_agent(noun: str) -> bool:
    """ "New York's chief medical examiner", "a Texas auditor": a head shaped as a person who does
    something (-er, -or, -ist) and in no list of heads a place speaks through (officials, bodies:
    ``SPEAKING_HEADS``, ``STATE_VOICES``), of companies by trade ("the German automaker") or of
    papers ("an official Syrian newspaper") is someone who speaks for themselves, as the listed
    ``SELF_SPEAKING`` titles do: the lists cannot hold every line of work."""
    return bool(_AGENT_SHAPED.fullmatch(noun)) and noun not in _NOT_AGENTS
