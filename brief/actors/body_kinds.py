"""Whether a description's noun ("the government", "the ministry", "the company", "the union") fits a body's name:
the word of the name that says its kind against the noun, and the words of governing and of companies.

Why a module of its own: ``brief.actors.body_reference`` decides which body a description refers back to; what
kind of body a name says it is is a question of its own, asked there for each body named before.
"""

from __future__ import annotations

from brief.actors.mentions import Mention
from brief.actors.military_bodies import ARMED_NOUNS, armed_force_fits
from brief.actors.source_words import BODY_WORDS, ORG_NOUNS, TRADE_HEADS, TRADE_NOUNS

COMPANY_NOUNS = frozenset({"company", "firm"}) | TRADE_NOUNS
"""What news calls a company it has named ("the company", "the airline"). As a source ("the company
said") the latest one named speaks (``body_referred``: making it the one the story follows moved a
dev-page quote onto a chip named often in a round-up of laptop makers); as a mention of the company the
story follows, only when it names one far more often than the others (``company_followed``)."""

TRADES = TRADE_NOUNS | TRADE_HEADS
"""Descriptions of a company by its trade ("the airline", "the carmaker") and their heads."""
GENERIC_BODIES = frozenset({"organisation", "organization", "body"})
"""What news calls a body of any kind ("Amnesty International ... the organisation said", "the
governing body"): whatever word its name ends with, it may be the body named."""
COMPANY_ENDINGS = frozenset("group company firm inc inc. corp corp. co co. ltd ltd. plc llc ag gmbh sa nv "
                            "corporation holdings airlines".split())
"""Last words of a company's name ("Hyundai Motor Group", "Ford Motor Company", "Acme Inc.", "Qantas
Airlines") that are words for a body, yet of no other kind than a company: "the carmaker" or "the
company" may be it."""

GATHERINGS: dict[str, frozenset[str]] = {"congress": frozenset("party union movement group".split())}
"""Last words of a body's name in no list of bodies' words, with what news calls such a body: a congress is a
party ("the Congress ... the party said") or a union of unions ("the Nigeria Labour Congress ... the union"),
never the ministry, the company or the agency a later "the finance ministry defended" refers back to."""

GOVERNING = frozenset("government administration cabinet ministry department office executive authority agency".split())
"""Words of a body's name that may make it what a text calls "the government" ("the Justice Department")."""


def governs(m: Mention) -> bool:
    """Whether a body's name says it may be what a text calls "the government": a word of it names a
    governing body ("the Justice Department", "the Ministry of Health", "the Welsh Government"). A
    name with no such word is no government, though its last word is in no list of other bodies
    either ("ICMR", "the Lords", "Pew Research Center"): on the read pages every "the government" or
    "a government spokesperson" read as such a body was wrong (a research council twice, a health
    team, a research centre, a chamber of parliament). Nor is an office or agency named for a field it serves
    ("the National Weather Office", ``_SERVICE_FIELDS``)."""
    words = set(m.name.lower().split())
    governing = words & GOVERNING
    if governing and governing <= _SERVICE_ENDINGS and not words.isdisjoint(_SERVICE_FIELDS):
        return False  # "the National Weather Office ... The government denied the claim": two bodies
    return bool(governing)


_SERVICE_ENDINGS = frozenset("office agency authority".split())
"""Words of a body's name that make it a government only when it serves no one field (``_SERVICE_FIELDS``): "the
Home Office", "the Palestinian Authority", "the U.S. Attorney's Office" may be what a text calls "the government"."""
_SERVICE_FIELDS = frozenset("weather meteorological meteorology met statistics statistical census patent patents "
                            "passport audit budget standards environment environmental space nuclear aviation "
                            "seismological geological survey".split())
"""Fields an office or agency serves ("the National Weather Office", "the Federal Statistical Office", "the
Environment Agency", "the Civil Aviation Authority"): a service of a government, not the government a later "the
government denied" is, which news names apart from its services."""


def _described(text: str, m: Mention) -> bool:
    """Whether a body is written as a description, all lower case after its article ("the defence ministry"):
    one ministry among the government's, not what the text calls "the government" next ("The defence ministry
    said ... The government said": two voices), as a ministry it names ("the Ministry of Health") may be."""
    words = text[m.start : m.end].split()
    return words[0].lower() in ("the", "a", "an") and all(w.islower() for w in words[1:]) if words else False


BARE_MINISTRIES = frozenset("treasury exchequer pentagon".split())
"""Ministries named with no word that says so ("the Treasury said ... the ministry added")."""


def _ministry(m: Mention) -> bool:
    """Whether a body may be what a text calls "the ministry": one that may govern (``governs``) or a ministry's
    bare name ("the Treasury"); never the company, the union or the party named last ("Lumina", "the Nigeria
    Labour Congress", "the BJP ... The finance ministry said": a party's initials are as common as a ministry's)."""
    return governs(m) or not BARE_MINISTRIES.isdisjoint(m.name.lower().split())


KINDLESS_ENDINGS = frozenset({"international", "worldwide"})
"""Last words of bodies' names that say where they work, not what kind of body they are ("Amnesty International",
"Rotary International"): the tagger reads them as a body's (``gazetteer.ORG_WORDS``), but "the group" fits such a
body as well as any; the kind, if any, is the word before ("Airports Council International": a council)."""


def _kind_word(name: str, noun: str) -> str:
    """The word of a body's name that says its kind, for a description ("the office") to fit: its last word,
    but the word before "of" when that is a word for a body ("Bank of Ostravia", "Court of Appeals"): "the
    national statistics office said" is then not the bank named before, whose last word ("Ostravia") is in no
    list of bodies' words and so would fit any noun. A company noun ("Bank of America ... the company said")
    still reads the last word: a company may be named so."""
    words = name.lower().split()
    while len(words) > 1 and words[-1] in KINDLESS_ENDINGS:
        words = words[:-1]  # "Amnesty International": the word before; "Airports Council International": a council
    if noun in COMPANY_NOUNS | TRADES or "of" not in words[1:]:
        return words[-1]
    head = words[words.index("of", 1) - 1]
    return head if head in BODY_WORDS | ORG_NOUNS else words[-1]


def noun_fits(text: str, m: Mention, spelt: str, noun: str) -> bool:
    """Whether ``noun`` may describe the body ``m`` (its name written in full, ``spelt``, when the text wrote its
    initials): an armed force for "the military", a governing body not written as a description for "the
    government", a governing body or a ministry's bare name for "the ministry"; otherwise the name's kind word is
    the noun, or says no other kind of body, or the noun is a company's and the name a company's, or the noun
    fits any body ("the organisation")."""
    if noun in ARMED_NOUNS:
        return armed_force_fits(text, m, spelt)
    if noun == "government":
        return governs(m) and not _described(text, m)
    if noun == "ministry":
        return _ministry(m)
    last = _kind_word(spelt, noun)
    return (last == noun or last not in BODY_WORDS | ORG_NOUNS and noun in GATHERINGS.get(last, (noun,))
            or noun in COMPANY_NOUNS | TRADE_HEADS and last in COMPANY_ENDINGS or noun in GENERIC_BODIES)
