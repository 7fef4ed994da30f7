"""Which body a description or a body's voice stands for: "the company", "the airline", "a spokesman
for the ministry" refer back to an organisation named before them.

Why a module of its own: brief.actors.positions resolves every kind of source; finding the body a
common noun refers back to is one job that brief.actors.reporting and extract share with it.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.body_kinds import (
    COMPANY_ENDINGS,
    GOVERNING,
    TRADES,
    noun_fits,
)
from brief.actors.clause_bodies import named_in_clause, names_event
from brief.actors.content_ends import quoted_at
from brief.actors.described_rivals import makers_product, named_after_description
from brief.actors.furniture_words import dateline_end
from brief.actors.mentions import METONYMS, Mention
from brief.actors.modifier_names import only_modifies
from brief.actors.outlet_reference import cited_outlet
from brief.actors.person_of_body import named_with_person
from brief.actors.public_descriptions import public_bodies
from brief.actors.publishing_venues import venue_names
from brief.actors.self_styled import styled_body
from brief.actors.short_forms import CLUB_ENDINGS, acronym
from brief.actors.source_words import BODY_WORDS, CLUB_NOUNS, ORG_NOUNS, TRADE_NOUNS
from brief.actors.trade_names import traded_as
from brief.actors.trade_words import other_trades_left_out
from brief.text.phrases import bounded_count

OPENED_BODIES = CLUB_NOUNS | frozenset({"school", "university", "college"})
"""Descriptions closing their sentence ("..., the club announced") that stand for the body the sentence opens with
("Harlow Rovers have sacked ...", "Houston has promoted ..."), as "the company" does; not "the regulator" after the
firm it charged ("Zentrix had failed ..., the regulator said")."""
_BODY_ENDS = BODY_WORDS | ORG_NOUNS | COMPANY_ENDINGS
"""Last words that keep a name longer than another company's a body of its own ("Halvex Bank"), not its product."""

PUBLIC_AGENCY_ENDINGS = frozenset("agency administration commission authority bureau service organization organisation programme".split())
"""Last words of a public agency's name: "the agency" after "the National Highway Traffic Safety
Administration" and then "Tesla's Autopilot" is the agency, not the company or product named last
(whose name ends in no word for a body, so it fits any noun); the world bodies news calls "the agency" too
("the World Health Organization", "the World Food Programme")."""
AGENCY_REACH = 4
"""Sentences back from the last name within which a public agency is still the one "the agency" goes
back to: further back, a story that moved on to a firm may call that firm "the agency"."""
_PRIVATE_AGENCY = re.compile(r"(?:the|a|an|this)\s+(?:\w+\s+)?(?:news|wire|press|talent|advertising|ad|travel|model(?:l)?ing|"
                             r"recruitment|employment|estate|creative|marketing|media|sports)\s+agency\b", re.I)
"""A source that names an agency of a trade ("the news agency", "the talent agency"): no public agency."""


def body_referred(text: str, before: list[Mention], noun: str, start: int | None = None,
                  in_clauses: bool = False) -> Mention | None:
    """The body a description ("the government", "the company") refers back to, of the mentions before it: the latest organisation named,
    passing over one whose name ends with another kind of body ("the Trade and Agriculture
    Commission" is no government, "the Labour Party" no company) and one that only describes a
    thing ("a Netflix documentary") while another is named ("An Orla Airways jet vanished ... the
    airline said": none other, so the airline). A trade ("the airline") names the company the story
    follows: of those that fit, the latest the text brought in with the trade ("brokerage Kotak
    Equities"), else the one the text names far more often than the others (else the latest), and never a name after a place's preposition ("off the south of Borneo": a place the
    tagger may take for a body; "Shares in Rolls-Royce" are whose). "The brokerage" is the house whose
    analysts were named ("Analysts at X"), and any other noun passes over such a house for the body the story
    covers ("Analysts at Morgan Stanley said ... The company also announced a buyback": the firm they wrote
    about), taking it only when no other fits; an event's name ("the GTC conference", "the American Music Awards")
    is no body, and one named inside a relative clause about another ("X, which owns M,") only when no other
    fits (``in_clauses``)."""
    before = public_bodies(text, [m for m in before if not m.thing], start)  # not "Model Y cars"; a firm no agency
    styled = styled_body(text, before, noun)
    if styled is not None:
        return styled  # "a hacking group known as RedCell Collective ... the group said"
    if noun in _RESEARCH_HOUSES:
        house = _research_house(text, before)
        if house is not None:
            return house
    if noun == "agency" and not (start is not None and _PRIVATE_AGENCY.match(text, start)):
        near = before[-1].sentence - AGENCY_REACH if before else 0
        public = next((m for m in reversed(before) if m.kind == "organization" and not m.demonym and not quoted_at(text, m.start)
                       and m.name.split()[-1].lower() in PUBLIC_AGENCY_ENDINGS and m.sentence >= near), None)
        if public is not None:
            return public  # "the National Highway Traffic Safety Administration ... Tesla ... the agency said"
    fitting: list[Mention] = []
    houses: list[Mention] = []  # bodies named only as their analysts' ("Analysts at X"): a last resort
    staffed: list[Mention] = []  # bodies named only as a person's ("Laura Kim of X"): before the last resorts
    rivals: list[Mention] = []  # bodies named after the description in its sentence: a last resort too
    aside = False
    for m in reversed(before):
        spelt = _spelt_out(m.name, before)
        fits = noun_fits(text, m, spelt, noun)
        fits = fits and not (noun in _INSTITUTIONS and _plural_people(text, m)  # the Kremlin is no "bank", "group":
                             or m.name in METONYMS and noun not in GOVERNING)  # a government's seat stands for it alone
        fits = fits and not (noun in TRADES and (set(m.name.lower().split()) & _NO_COMPANY
                                                      or (_LOCATED.search(text, max(0, m.start - 12), m.start)
                                                          and not _WHOSE.search(text, max(0, m.start - STAFF_REACH), m.start))))
        told = _TOLD.search(text, max(0, m.start - TOLD_REACH), m.start) is not None or cited_outlet(text, m)
        if (m.kind == "organization" and fits and noun not in _RESEARCH_HOUSES
                and _STAFF_OF.search(text, max(0, m.start - STAFF_REACH), m.start)):
            houses.append(m)  # "Analysts at Morgan Stanley said ... The company also announced": the firm covered
            continue
        if m.kind == "organization" and fits and noun not in _RESEARCH_HOUSES and named_with_person(text, m, before):
            staffed.append(m)  # "Laura Kim of Saltmarsh Capital warned ... The company also said": whose she is
            continue
        if names_event(m, noun) or not in_clauses and named_in_clause(text, m):
            aside = aside or not names_event(m, noun)  # "Caesars, which owns the Colosseum, said": not the venue
            continue
        if m.kind == "organization" and not m.demonym and fits and not quoted_at(text, m.start) and not told \
                and not _EVENT_AFTER.match(text, m.end):
            if makers_product(m, before, _BODY_ENDS):
                continue  # "Halvex ... unveiled the Halvex Fold ... the company said": the maker
            if named_after_description(text, m, noun):
                rivals.append(m)  # "as the company tries to win customers from Apple": not the company
                continue
            if not _describes_thing(text, m) and not only_modifies(text, m) and noun not in TRADES:
                return m
            fitting.append(m)
    if noun in TRADES and fitting:
        fitting = other_trades_left_out(fitting, noun)  # "the airline": not "Aerion Aircraft"
        introduced = re.compile(rf"\b{noun}\s+$", re.I)  # "Brokerage Kotak Equities ... the brokerage said"
        named_so = next((m for m in fitting if introduced.search(text, max(0, m.start - len(noun) - 3), m.start)), None)
        named_so = named_so or next((m for m in fitting if traded_as(text, m, noun)), None)
        if named_so is not None:
            return named_so
        just_before = _named_just_before(text, fitting[0], start)
        if just_before is not None:
            return just_before  # "Qualcomm shares fell 3%. The chipmaker, which ..., has said": Qualcomm
        followed = _followed(text, fitting)
        if followed is not None:
            return followed  # the company the story follows
        return next((m for m in fitting if not _describes_thing(text, m)), fitting[0])  # a round-up: the latest
    if fitting:
        return fitting[0]
    if staffed:
        return staffed[0]
    if rivals:
        return rivals[0]
    if aside:  # only a clause's body fits
        return body_referred(text, before, noun, start, in_clauses=True)
    return next(iter(houses), None)


MAX_INITIALS = 6
"""Most capitals of a body's initials read for its name written in full ("NTSB")."""


def _spelt_out(name: str, before: list[Mention]) -> str:
    """A body's initials as the text wrote them in full before ("NTSB": "National Transportation Safety Board"), so
    their kind is the full name's ("the airline" is no safety board); the name itself otherwise. Initials say no
    kind, so they fitted any noun."""
    if not (name.isupper() and name.isalpha() and len(name) <= MAX_INITIALS):
        return name
    return next((m.name for m in before if " " in m.name and acronym(m.name) == name), name)


def _spelt_fits(text: str, m: Mention, before: list[Mention], noun: str) -> bool:
    """Whether the noun fits a body written by its initials as it fits the name they spell ("the airline" after
    "NTSB" no more than after "National Transportation Safety Board")."""
    spelt = _spelt_out(m.name, before)
    return spelt == m.name or body_referred(text, [dataclasses.replace(m, name=spelt)], noun) is not None


_SENTENCE_OPENING = re.compile(r"(?:^|\n|[.!?][\"”’']?\s+)(?:the\s+)?$", re.I)
_SAME_SENTENCE = re.compile(r"[^.!?\n]*")
_ONE_SENTENCE = re.compile(r"[^.!?]*[.!?][\"”’']?\s+(?:the\s+)?$", re.I)


OPENING_REACH = 8
"""Characters before a name read for its sentence's opening: a stop, a quote mark, a space and "the "."""


def _named_just_before(text: str, latest: Mention, start: int | None) -> Mention | None:
    """The latest company that fits, when it is named earlier in the trade's own sentence ("Shares of Boeing rose
    after the planemaker said") or opens the sentence right before it ("Qualcomm shares fell 3% on the news. The
    chipmaker ... said"): the sentence that names a company, or follows one it opens, is about it, whichever
    company the story follows; None otherwise."""
    if start is None:
        return None
    if _SAME_SENTENCE.fullmatch(text, latest.end, start):
        return latest
    if not _SENTENCE_OPENING.search(text, max(0, latest.start - OPENING_REACH), latest.start):
        return None
    return latest if _ONE_SENTENCE.fullmatch(text, latest.end, start) else None


_INSTITUTIONS = frozenset("army military government administration ministry regime court office council committee "
                          "authority agency bank company firm".split())
"""Nouns for one institution ("the army said"), which a people's plural name is not; "the group", "the movement",
"the party" or "the union" may be one ("the Greens ... the party said", "the Houthis ... the group said")."""


def _plural_people(text: str, m: Mention) -> bool:
    """ "The Rebels, led by ..., say ... The army said": a one-word name in the plural after "the" names people
    (their side), not the institution a singular noun refers back to."""
    return (" " not in m.name and m.name.endswith("s") and not m.name.endswith(("ss", "'s", "’s"))
            and re.search(r"\b[Tt]he\s+$", text[max(0, m.start - 4) : m.start]) is not None)


def _research_house(text: str, before: list[Mention]) -> Mention | None:
    """The latest body named as the one its analysts are of ("Analysts at Motilal Oswal raised ..."), of any
    kind the tagger gave it but a place (a person has no analysts: the name is a firm's), else None."""
    return next((m for m in reversed(before) if m.kind != "place" and not m.demonym and not quoted_at(text, m.start)
                 and _STAFF_OF.search(text, max(0, m.start - STAFF_REACH), m.start)), None)


def opening_body(text: str, before: list[Mention], noun: str, content: tuple[int, int]) -> Mention | None:
    """ "Quillbase, a startup ..., has raised $40 million in a round led by Harlow Ventures, the company
    said": a description in a frame that closes its sentence stands for the body what it says opens
    with (past a dateline), its subject (centering, as ``antecedents``), not the latest named inside it."""
    start = dateline_end(text, *content)
    opening = next((m for m in before if start <= m.start < content[1]), None)
    if (opening is not None and _OPENING.fullmatch(text, start, opening.start)
            and body_referred(text, [opening], noun) is opening):
        return opening
    return None


_OPENING = re.compile(r"[\s\"“‘']*(?:the\s+)?", re.I)
"""What may stand before a content's subject: quotation marks, "the"."""


def _followed(text: str, fitting: list[Mention]) -> Mention | None:
    """Of the companies a description may stand for, the one the text names far more often than the
    others (``DOMINANT``), or the only one; None in a round-up of several."""
    if not fitting:
        return None
    full = _full_names(fitting)
    found: dict[str, int] = {}

    def written(words: str) -> int:
        """How often the text writes ``words`` whole: counted once per call (``fitting`` holds every
        mention of each body, and a long story about one company held it dozens of times)."""
        if words not in found:
            found[words] = bounded_count(text, words)
        return found[words]

    counts = {full[m.name]: written(m.name.split()[-1]) for m in fitting}
    ranked = sorted(counts.values(), reverse=True)
    if len(ranked) == 1 or ranked[0] >= DOMINANT * ranked[1]:
        best = max(counts, key=lambda k: counts[k])
        named = [m for m in fitting if full[m.name] == best]  # as the text names it most ("Disney", not "Walt Disney Co.")
        return max(named, key=lambda m: written(m.name))
    return None


def _full_names(fitting: list[Mention]) -> dict[str, str]:
    """Each name's full name among the candidates: a one-word name that ends just one longer name is that
    body's short form ("Manchester United ... United said"), one candidate with it, not its rival."""
    names = {m.name for m in fitting}
    out = {}
    for name in names:
        longer = [n for n in names if " " not in name and n.endswith(" " + name)]
        out[name] = longer[0] if len(longer) == 1 else name
    return out


def company_followed(text: str, before: list[Mention], noun: str) -> Mention | None:
    """The company "the company" (or "the airline") refers back to when the text follows one: the one
    ``body_referred`` would choose among those named before, if the text names it far more often than
    any other; None in a round-up, where the latest named is only a guess."""
    # "Grant McCann ... McCann, whose side ...": a person's name the tagger typed a body once is no company; a journal neither
    people = {w for m in before if m.kind == "person" for w in (m.name, m.name.split()[-1])} | venue_names(text, before)
    fitting = [m for m in before if m.kind == "organization" and m.name not in people
               and body_referred(text, [m], noun) is m and _spelt_fits(text, m, before, noun)]
    return _followed(text, fitting)


_REGULATING = frozenset("authority commission regulator office board agency watchdog ombudsman".split())
_RESEARCHING = frozenset("institute institution centre center laboratory".split())
DESCRIBED_KINDS: dict[str, frozenset[str]] = {
    "regulator": _REGULATING,
    "watchdog": _REGULATING,
    "force": frozenset({"police", "constabulary"}),
    "charity": frozenset("charity trust foundation fund appeal society".split()),
    "authority": frozenset({"authority", "council"}),
    "league": frozenset("league nfl nba wnba mlb nhl mls afl nrl ipl wpl efl epl spl".split()),
    "institute": _RESEARCHING,
    "centre": frozenset({"centre", "center"}),
    "center": frozenset({"centre", "center"}),
}
"""What news calls a body by what it does, and the words of a name that say a body does it: "the
regulator" or "the watchdog" after "the Competition Authority", "the force" after "Northshire Police",
"the charity" after "the Hollins Trust", "the local authority" after "Oldham Council" (a British
council is one), "the league" after "the NFL" or "the IPL" (a league's initials), "the institute" or "the centre"
after "the International Centre of Insect Physiology and Ecology". A name of no such word fits when the text brings the body in
with the noun ("food bank charity Second Helping", "the media regulator Ofcast": ``_INTRODUCED``)."""


def body_of_kind(text: str, before: list[Mention], noun: str) -> Mention | None:
    """The body a description by what it does ("the regulator said", ``DESCRIBED_KINDS``) refers back
    to: the latest the text brought in with that noun ("charity Second Helping"), else the latest whose
    name says it does so, else (for a regulator) the latest that did a regulator's deed ("Ofcom fined":
    ``_REGULATING_DEED``); None when no body fits (another "the force" is no body)."""
    kinds = DESCRIBED_KINDS.get(noun)
    if kinds is None:
        return None
    bodies = [m for m in before if is_body(m) and not quoted_at(text, m.start)]
    introduced = re.compile(rf"\b{noun}\s+$", re.I)
    for m in reversed(bodies):
        if introduced.search(text, max(0, m.start - len(noun) - 3), m.start):
            return m
    named = next((m for m in reversed(bodies) if not kinds.isdisjoint(m.name.lower().split())), None)
    if named is None and kinds is _REGULATING:
        return next((m for m in reversed(bodies) if _REGULATING_DEED.match(text, m.end)), None)
    return named


_REGULATING_DEED = re.compile(
    r"(?:\s+(?:has|have|had|on\s+\w+day|this\s+week|last\s+\w+))?,?\s+(?:fined|fines|banned|bans|censured|sanctioned|"
    r"penali[sz]ed|reprimanded|upheld|charged(?=[^.]{0,80}\bwith\b)|ordered(?=[^.]{0,60}\bto\b)|"
    r"(?:opened|launched)\s+an?\s+(?:investigation|inquiry|probe)|is\s+investigating|investigated)\b")
"""A body's name followed by a regulator's deed ("Ofcom fined the broadcaster", "the SEC has opened an
investigation"): a regulator named by a name of no regulating word (Ofcom, Ofgem, the SEC), which a later
"the media regulator said" or "the watchdog" stands for when no name says so."""


def body_described(text: str, before: list[Mention], noun: str, bare: bool,
                   closing: tuple[int, int] | None = None) -> Mention | None:
    """The body a source that describes one stands for: "the club" the club the story follows
    (``company_followed``), or the body what it says opens with when it closes the sentence (``closing``, the content
    before it: ``OPENED_BODIES``), "the regulator" or "the consumer watchdog" the body that regulates
    (``body_of_kind``); "the force" only ``bare`` (not "the air force": ``BARE_KINDS``), "the team" too (not "the
    transition team"); else None."""
    opened = opening_body(text, before, noun, closing) if closing is not None and noun in OPENED_BODIES else None
    if opened is not None:
        return opened  # "Harlow Rovers have sacked ... after a defeat at Kessel, the club announced"
    if noun in CLUB_NOUNS:
        if noun in _TEAMS_OF_PEOPLE and not bare:
            return None  # "the transition team", "the legal team": people gathered for a task, no club followed
        fuller = {m.name: [n.name for n in before if n.name.startswith(m.name + " ")] for m in before}
        bodies = [m for m in before if not any(_trade_body(text, name) for name in (m.name, *fuller[m.name]))]
        clubs = [m for m in bodies if m.name.split()[-1] in _CLUB_NAME_ENDINGS]
        others = {m.name for m in bodies if m.kind == "organization" and not m.demonym} - {
            name for m in clubs for name in (m.name, m.name.split()[-1])}
        if clubs and not others:  # "Dunmere Rovers and Kessel ... broadcaster SkyView said ... The club confirmed": the Rovers
            return company_followed(text, clubs, noun)
        return company_followed(text, bodies, noun)  # with another club named ("Arsenal ... Manchester City"), no guess
    return body_of_kind(text, before, noun) if bare or noun not in BARE_KINDS else None


_TEAMS_OF_PEOPLE = frozenset({"team"})
"""Club nouns that, with a word before them, name people gathered for a task ("the transition team", "the rescue
team", "the legal team"), not the club or company the story follows; a club's own name in the phrase is read
before a description is ("the Mercedes team")."""
_CLUB_NAME_ENDINGS = CLUB_ENDINGS | frozenset("FC AFC CF SC Club Hotspur Villa Rangers Celtic".split())
"""Last words of a sports club's name: where the story names one, "the club" is a club so named, not
the broadcaster or sponsor the story names more often."""
_TRADE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(TRADE_NOUNS | {'sponsor', 'sponsors', 'firm', 'company', 'brand'}))})\s+$", re.I)


def _trade_body(text: str, name: str) -> bool:
    """ "sportswear maker Stride Group", "broadcaster SkyView": a body the text names as a company
    (by its trade, or a company's ending; "Stride" by its fuller name), which "the club" is not."""
    return (name.split()[-1].lower() in COMPANY_ENDINGS
            or any(_TRADE_BEFORE.search(text, max(0, n.start() - 24), n.start())
                   for n in re.finditer(rf"\b{re.escape(name)}\b", text)))


BARE_KINDS = frozenset({"force"})
"""Kinds a word before the noun makes another thing ("the air force", "the task force"), where a
regulator or a charity stays one ("the consumer watchdog", "the animal charity")."""


def is_body(m: Mention) -> bool:
    """An organisation, or a place named as an institution ("... Hospital", "Northshire Police")."""
    return not m.demonym and (m.kind == "organization" or (m.kind == "place" and m.name.split()[-1].lower() in BODY_WORDS))


DOMINANT = 2
"""How many times more often than any other company the one a trade noun stands for is named, when
it is not the latest: a story that follows one company names it far more often than the rest."""


_NO_COMPANY = frozenset("university college school hospital police department ministry council court committee "
                        "agency commission government party union institute foundation church army".split())
"""Words of a body's name that make it no company "the airline" or "the automaker" may stand for."""
_LOCATED = re.compile(r"\b(?:in|on|at|off|near|of|from|across|and)\s+(?:the\s+)?$")
_STAFF_OF = re.compile(r"\b(?:analysts?|economists?|strategists?)\s+(?:at|from|with)\s+(?:the\s+)?$", re.I)
"""Before a body its analysts are named of ("Analysts at Kotak Institutional Equities cut their target"): the
"at" is whose, not where, and brings the body in as the research house "the brokerage" goes back to."""
_WHOSE = re.compile(r"\b(?:(?:analysts?|economists?|strategists?)\s+(?:at|from|with)|(?:shares|stock|stake|investors|shareholders)\s+(?:in|of)"
                    r"|(?:staff|workers|employees|crew|pilots)\s+at)\s+(?:the\s+)?$", re.I)
"""A preposition before a body that says whose, not where: its analysts ("Analysts at ..."), its shares
("Shares in Rolls-Royce rose after the engine maker said"), its staff ("Staff at Skyward Airlines walked out
... the airline said"): the body may be the trade "the ... maker" names."""
STAFF_REACH = 30
"""Characters before a name searched for its analysts ("economists from the "): the phrase and a space."""
_RESEARCH_HOUSES = frozenset({"brokerage"})
"""Trades whose analysts the text quotes: "the brokerage" after "Analysts at X" is X, not the company
the story covers (which the analysts write about, so it is named more often)."""
TOLD_REACH = 28
"""Characters before a name read for what names it ("it has dubbed the "): the longest phrase and a space."""
_TOLD = re.compile(r"\b(?:told|tells|telling|(?:seen|obtained|reviewed|reported|quoted)\s+by|called|named|dubbed|titled|branded|"
                   r"(?:billed|marketed|known)\s+as|(?:it|they|we)\s+(?:(?:has|have|is|are)\s+)?"
                   r"(?:calls?|calling|dubs?|dubbing|brands?|branding))\s+(?:[Tt]he\s+)?$")
"""Before a name that does not refer back as "the company": an outlet told ("told Reuters", "a memo seen by The
Ledger"; one cited, "according to Reuters", is ``cited_outlet``'s), a
thing's name ("a station wagon called the ID.", "a suite of tools it calls Orbit Intelligence": its
maker's name for what it makes)."""


_EVENT_AFTER = re.compile(r"\s+(?:conference|summit|expo|festival|convention|keynote|event|awards|fair|forum|show)s?\b")
"""After a name that names an event, not a body: "the company's annual GTC conference ... The company said"
is the company that holds it, not "GTC" (an event says nothing)."""


_THING_DETERMINER = re.compile(r"\b(?:a|an|her|his|its|their|our|your|my)\s+$", re.I)


def _describes_thing(text: str, m: Mention) -> bool:
    """ "a Netflix documentary", "her Netflix special": a name between a determiner that is not
    its own (a body is seldom "a Netflix") and a common noun describes that noun."""
    return (_THING_DETERMINER.search(text, max(0, m.start - 6), m.start) is not None
            and re.match(r" [a-z]{3,}\b", text[m.end : m.end + 24]) is not None)
