"""Whether the text speaks of a name as a thing (a product, a work, a building) rather than an agent.

The tagger types a capitalised name from its shape; on reviews, culture and tech pages it lists skis,
laptops, films, albums and hotels as people or bodies ("the Magnum Opus", "the new Apple Pencil",
"the Waldorf Astoria", "the comedy Masterminds"). What an agent is shows in the text: it says, plans
or decides things, has a chief or a spokesman, holds a role. What a thing is shows too: it takes an
article or a possessive like a common noun ("the Mordecai", "a second-generation X"), or the text
once calls it a film, a show, a journal ("his show, X", "2016's X", "the X cast"). A name of which
the text shows the second and never the first is marked a medium (``Mention.medium``): it is not
listed unless someone's words are put under it. Each rule reads the words around the name on the
whole page, not a list of names. The page's markup adds what the text lost: a title set in italics is
a work's, and a name opening a note set wholly in italics ("Jane Roe is ...") its writer's.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Sequence

from brief.actors.apposed_products import apposed_products
from brief.actors.characters import cast_list, cast_players, character_names
from brief.actors.era_names import era_after
from brief.actors.event_names import event_names
from brief.actors.gazetteer import ORG_WORDS, phrase_table, state_names
from brief.actors.gender import first_names
from brief.actors.kinds import (
    ORGANIZATION_ENDINGS,
    ORGANIZATION_HEADS,
    OUTLET_OR_TEAM_ENDINGS,
    team_word,
    work_context,
)
from brief.actors.market_measures import market_measures
from brief.actors.mentions import Mention
from brief.actors.product_lines import product_line
from brief.actors.product_signs import EDITIONS, owned_by_body
from brief.actors.source_words import ORG_NOUNS, TRADE_NOUNS
from brief.actors.tech_terms import technical_term
from brief.actors.thing_names import (
    LISTED_KINDS,
    craft_short_names,
    last_words_of,
    listed_with_terms,
    quoted_titles,
    ranked_items,
    storms_and_measures,
)
from brief.actors.word_case import prose_lowercase
from brief.text.ending import search_ending
from brief.text.phrases import has_phrase, phrase_spans

# A determiner right before the name, as before a common noun: "the Mordecai", "a new X", "the
# latest X", "a second-generation X" (up to two modifiers between, each an adjective's shape: not "a
# reply from X", "the success X has had"). Not "his" or "her", which stand before a person's name in
# "his Highness" and in quotes of kin.
_MODIFIER = r"(?:new|latest|current|next|original|upcoming|previous|old|older|newer|first|last|entire|same|whole|rumou?red|updated|[a-z]+est|[a-z]+-[a-z-]+)"
_DETERMINER_BEFORE = re.compile(r"(?:^|[^\w'’])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|"
                                rf"[Yy]our|[Mm]y)\s+(?:{_MODIFIER}\s+){{0,2}}$")
# The same article over a list of names: "the Mordecai and X", "the Prior CBC, Salomon QST 118, X, and":
# it is each name's (a body's list only: "the Fed and Jane Roe" says nothing of Jane Roe).
_CHAIN_BEFORE = re.compile(r"(?:^|[^\w'’])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Yy]our|[Mm]y)\s+"
                           rf"(?:{_MODIFIER}\s+){{0,2}}(?:[A-Z0-9][\w-]*(?:\s+[A-Z0-9][\w-]*){{0,3}}"
                           r"(?:,\s*|\s+(?=and\b|or\b)))+(?:(?:and|or)\s+)?$")
CHAIN_REACH = 100
"""Characters read before a name for the article of the list it closes: a few names of a few words."""
# Words between the article and a person that make the article the description's, not the name's:
# "the late John Smith", "the former president Jane Roe" (a role, which already shows a person).
_PERSON_MODIFIERS = frozenset("late former then current young old elder younger great actor actress singer "
                              "rapper director author writer artist".split())
REACH = 40
"""Characters read before a name for its determiner: an article and two modifiers."""

# What an agent does right after its name: says, decides, plans, employs ("Apple may be planning",
# "the Fed said", "X's chief executive"). A thing is the subject of verbs too ("the Outline features
# convex tips"), so only verbs of speech, will and dealing count.
_AGENT_AFTER = re.compile(
    r"(?:\s+(?:also|has|had|have|is|was|are|were|may|might|will|would|could|should|must|did|does|do)(?:\s+(?:not|n[o']t|be|been))?)?"
    r"\s+(?:said|says|say|saying|told|tells|announced?|announces|announcing|added|argued|claimed|confirmed|denied|"
    r"declined|refused|warned|wants?|wanted|plans?|planned|planning|decided|agreed|hopes?|hoped|believes?|believed|"
    r"expects?|expected|reported|reports|asked|asks|urged|sued|hired|fired|acquired|bought|invested|voted|approved|"
    r"rejected|launched|issued|filed|ordered|signed|offered|declared|insisted|noted|explained|responded|admitted|"
    r"accused|promised|vowed|considering|considered|developing|developed|tweeted|wrote|writes|stated|estimated|"
    r"unveiled|unveils)\b"
    r"|(?:['’]s?)?\s+(?:CEO|[Cc]hief|[Ss]pokes(?:man|woman|person)|[Ff]ounders?|[Pp]resident|[Ee]xecutives?|employees|"
    r"staff|[Bb]oard|shareholders|management|[Hh]ead|[Cc]hair|[Cc]hairman|[Cc]hairwoman|[Vv]ice [Cc]hair|[Dd]irector|"
    r"[Gg]overnors?|officials?|economists|leaders?|members)\b"
)
# A form of "be" before a participle the pattern above takes: the passive ("Delia is expected to ...", "X was
# acquired"), whose subject is what is done to, not who acts; a progressive ("is planning") acts.
_PASSIVE = re.compile(r"\b(?:is|was|are|were|be|been)\s+(?:(?:not|n[o']t)\s+)?[a-z]+(?<!ing)$")
_AGENT_BEFORE = re.compile(r"(?:according to|spokes(?:man|woman|person) for|told by|(?P<cue>said|says))\s+(?:the\s+)?$",
                           re.I)
# What follows a name that opens the clause a cue reports ("she said the Model Y would stay ahead", "says
# the Outline has", "said Baldur's Gate 3 was", a version's number between): the name is the reported clause's
# subject, not the cue's source ("..., said the Fed.").
_CLAUSE_AFTER = re.compile(r"(?:\s+[1-9])?\s+(?:(?:also|still|now|really)\s+)?(?:is|was|are|were|has|had|have|will|would|can|could|"
                           r"may|might|must|should|does|did|do|isn['’]t|wasn['’]t|doesn['’]t|won['’]t)\b")

# A title of a work shown by what is written beside it: "2016's Compassion", "La La Land (2016)",
# "the Chicago Fire actor", "the X cast", "future X tunes", "the Harry Potter films".
_YEAR_BEFORE = re.compile(r"\b(?:19|20)\d\d['’]s\s+$")
_YEAR_AFTER = re.compile(r"^\s*\((?:19|20)\d\d\)")
_WORK_NOUN_AFTER = re.compile(r"^\]?\s+(?:actor|actress|actors|co-?stars?|cast|showrunner|episodes?|season|sequel|"
                              r"prequel|soundtrack|premiere|finale|trailer|screenplay|script|tunes|films|movies|franchise)\b")


# What may follow a name whose article is its own: punctuation, the end, or a function word ("the
# Mordecai and", "the Outline is"); a content word after it may be the noun the article belongs to
# ("the AirAsia flight", "the Islamic State group"), the name only its modifier.
_OWN_ARTICLE_AFTER = re.compile(
    r"(?:\s*(?:[^\w\s'’-]|$)|\s+(?:and|or|but|nor|is|was|are|were|has|had|have|will|would|can|could|may|might|does|did|"
    r"to|in|on|at|for|with|of|from|by|as|than|that|which|who|also|itself|isn['’]t|wasn['’]t|doesn['’]t)\b)")


def _determined(text: str, start: int, end: int, modifiers: bool) -> bool:
    """ "the Mordecai", "the new Apple Pencil" (with ``modifiers``): an article before the name, and
    nothing after it that the article could belong to instead. A person's name takes no modifiers
    here: "the always-stylish Taylor Swift", "a bulked-up Mark Ruffalo" are people described."""
    m = _DETERMINER_BEFORE.search(text, max(0, start - REACH), start)
    if m is None and modifiers:
        m = _CHAIN_BEFORE.search(text, max(0, start - CHAIN_REACH), start)
    if m is None or any(w in _PERSON_MODIFIERS for w in m.group(0).lower().split()):
        return False
    if not modifiers and len(m.group(0).split()) > 1:
        return False
    return bool(_OWN_ARTICLE_AFTER.match(text, end))


def acts(text: str, start: int, end: int) -> bool:
    """ "X said", "X is planning", "X's CEO", "according to X", "..., said X.": the name acts or employs
    (not "she said X would ...", where X is the subject of what she said)."""
    after = _AGENT_AFTER.match(text, end)
    if after and not _PASSIVE.search(after.group(0)):
        return True
    before = _AGENT_BEFORE.search(text, max(0, start - REACH), start)
    return bool(before and not (before.group("cue") and _CLAUSE_AFTER.match(text, end)))


def _work(text: str, start: int, end: int) -> bool:
    """ "the comedy Masterminds", "his show, Chicago Fire", "2016's Compassion", "the X cast": a work."""
    before, after = text[max(0, start - REACH) : start], text[end : end + REACH]
    return bool(work_context(before, after) or _YEAR_BEFORE.search(before) or _YEAR_AFTER.match(after)
                or _WORK_NOUN_AFTER.match(after))


# A kind of thing named before a list of its members ("skis like the Mordecai and Magnum Opus", "games such as
# Forza Motorsport", "movies like Titanic"): the plural noun says what every name of the list is (Hearst's
# patterns). Only nouns of made things and works: "companies like X", "platforms like Spotify", "places like
# San Francisco" name agents and places, which other rules type.
_LIST_ITEM = r"(?:the\s+)?[A-Z0-9][\w'’.&-]*(?:\s+[A-Z0-9][\w'’.&-]*){0,3}"
_LISTED_AS_THING = re.compile(rf"\b(?i:{LISTED_KINDS})\s*,?\s+(?:such\s+as|like|including)\s+"
                              rf"(?:{_LIST_ITEM}(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*(?:the\s+)?$")


def _listed_as_thing(text: str, start: int) -> bool:
    """ "pow skis like the Mordecai and Magnum Opus": the name is one of a list of made things or works."""
    reach = max(0, start - CHAIN_REACH)
    if all(text.find(word, reach, start) < 0 for word in _LISTING_WORDS):
        return False  # the pattern's listing words (in lower case) are not in reach: it is not run
    return bool(_LISTED_AS_THING.search(text, reach, start))


_LISTING_WORDS = ("like", "such", "including")
"""One of these stands in every match of ``_LISTED_AS_THING``, written so."""


# Words of standing bodies (the state's institutions, a church, a team or crew), which take "the" and
# are bodies however little the page shows them act ("the Senate", "the Navy", "the Islamic State",
# "the Treasury", "the Surface Team"). Not tagged_spans.INSTITUTION_WORDS: the endings and heads of
# any organisation's name, which decide where a tagged name ends.
STANDING_BODY_WORDS = frozenset("Senate House Congress Navy Army Marines Guard State States Reserve Treasury Cabinet "
                                "Parliament Legislature Church Government Administration Court Police Kremlin "
                                "Pentagon Vatican Fed Team Crew".split())


def body_shaped(name: str) -> bool:
    """A name a body is known by, whatever article it takes: one with a body's word ("Federal Reserve
    Board", "Yamhill Valley News-Register"), initials ("the CW"), a team's plural ("the Nationals"),
    or one the gazetteer holds ("the Pentagon")."""
    words = name.split()
    return (any(w in ORGANIZATION_ENDINGS or w in OUTLET_OR_TEAM_ENDINGS or w in ORGANIZATION_HEADS
                or w in STANDING_BODY_WORDS or w.lower() in ORG_WORDS for w in words)
            or any(len(w) > 1 and w.isupper() for w in words) or team_word(words[-1])
            or tuple(words) in phrase_table())


# A capitalised word right after the name: the name is part of a longer one ("Andrew Lloyd Webber
# Foundation"), whose article is not the name's.
_LONGER_NAME = re.compile(r"\s+[A-Z0-9]")
# A capitalised word right before a one-word name: its writing inside a full name ("Thornbury
# Ridgeline"), which takes no article of its own; only the name written alone ("The Ridgeline is warm")
# shows whether it is a person's (no article) or a thing's.
_LONGER_BEFORE = re.compile(r"(?<![\w'’&.-])(?!(?:The|An?|Its|Their|Your|My)\s)(?:[A-Z][\w'’&-]*|[A-Z]\.)\s+$")
LONGER_RUNS = 1
"""The runs of non-space characters a match of ``_LONGER_BEFORE`` spans (one word): only the last is searched
(``search_ending``: the same matches; this runs for every writing of a one-word name)."""

def _plural(name: str) -> bool:
    """ "White Sox", "Hellfighters": a plural name, which takes "the" as a group of people does."""
    last = name.split()[-1]
    return last.endswith("x") or last.endswith("s") and not last.endswith("ss")


# A name compounded with what works with it: "HomeKit-compatible devices", "a HomeKit-enabled bridge",
# "Alexa-ready speakers". A platform, a standard or a product is what other things are made to fit; not
# "-based" ("Boston-based"), "-owned" or "-backed" ("Google-backed"), which follow places and bodies.
_COMPATIBLE_AFTER = re.compile(r"-(?:compatible|enabled|ready|certified|capable|powered|equipped)\b")


def _fitted_to(text: str, spans: list[tuple[int, int]]) -> bool:
    """ "HomeKit-compatible devices": the text makes things to fit the name, a platform or a product."""
    return any(_COMPATIBLE_AFTER.match(text, e) for _, e in spans)


# A maker's possessive before the name: "Microsoft's Surface Studio", "Apple's HomePod".
_POSSESSIVE_BEFORE = re.compile(r"([A-Z][\w&-]*)['’]s\s+$")


def _makers_product(name: str, spans: list[tuple[int, int]], text: str, alone: set[str]) -> bool:
    """ "Microsoft's Surface Studio" and "the new Surface Studio", where the page names Microsoft alone: a
    name a one-word body of the page owns and that takes an article is its product, whatever body's word
    it ends with ("Studio", "Labs"). A body's unit owned so ("Microsoft's Surface team") ends with a word for
    people (``STANDING_BODY_WORDS``), which ``body_shaped`` reads first."""
    owners = (_POSSESSIVE_BEFORE.search(text, max(0, s - REACH), s) for s, _ in spans)
    owned = any(m and m.group(1) in alone and m.group(1) not in first_names() for m in owners)
    return owned and any(_DETERMINER_BEFORE.search(text, max(0, s - REACH), s) for s, _ in spans)


# A version's number written after a name: "Thunderbolt 3 ports", "Wi-Fi 6", "AirPods 2 with", "Destiny 2."
# (one digit: two or more are a model's number, which mentions already drop). Not a score or a ranking
# ("Mariners 6, Yankees 3", "Group 4 Securicor", "2-1") nor a decimal or a time ("3.5", "3:30").
_VERSION_AFTER = re.compile(rf" (?:[1-9](?!\d|[.,]\d|[:/–-])(?!\s*[,;]?\s*[A-Z0-9])|\d{{1,2}}\s+{EDITIONS}\b)")


def _versioned(text: str, spans: list[tuple[int, int]]) -> bool:
    """ "Thunderbolt 3 is staying", "Wi-Fi 6 ax", "Pixel 9 Pro": a name the text mostly writes with a version's
    number (or a model's number and its edition) after it is a technology's or a product's; a body has no versions ("Channel 4 News" is followed by
    its own name's next word)."""
    return bool(spans) and 2 * sum(bool(_VERSION_AFTER.match(text, e)) for _, e in spans) >= len(spans)


MIN_DETERMINED = 2
"""Times an organisation's name must take an article before it reads as a thing's: once may be "the
Acme we knew"; a person's name takes none, so for a person half the times is enough."""


def _brand_product(name: str, spans: list[tuple[int, int]], text: str, alone: set[str]) -> bool:
    """ "the Philips Hue bridge", "a second-generation Apple Pencil" where the page also names Philips,
    Apple alone: a name opened by a maker's name (no given name) and taking an article is its product."""
    words = name.split()
    return (len(words) > 1 and words[0] in alone and words[0] not in first_names()
            and any(_DETERMINER_BEFORE.search(text, max(0, s - REACH), s) for s, _ in spans))


def _common_head(name: str, prose: frozenset[str]) -> bool:
    """ "Powder River Basin", "Steam Survey", "Cooker Beef Chili": a name of several capitalised words, not
    opened by a given name nor a plural (a team's, a band's, a firm's: "Intuitive Machines"), whose last word
    the page writes in lower case as a common noun: a thing's head noun, where a body's name ends in a body's
    word (``body_shaped``, read first) or a word of its own. Not "the Trump administration" (a body's noun in
    lower case, added to the name) nor "Federal Bureau of Investigation" (an "of" name's head comes first)."""
    words = name.split()
    return (len(words) > 1 and all(w[:1].isupper() for w in words) and words[0] not in first_names()
            and words[-1].lower() in prose and not _plural(name) and tuple(words) not in phrase_table())


_AFTER_BODY_NOUN = re.compile(rf"\b[Tt]he\s+(?:[a-z-]+\s+)?(?:{'|'.join(sorted(TRADE_NOUNS | ORG_NOUNS))}),\s+$")
"""A body's noun set before a name in apposition ("The airline, Cascade Regional, said"): the name is that body's."""
BODY_NOUN_REACH = 40
"""Characters before a name read for ``_AFTER_BODY_NOUN`` ("The regional airline, ")."""


def _thing(name: str, kind: str, ms: list[Mention], text: str, alone: set[str], prose: frozenset[str] = frozenset(),
           title: str = "", bodies: frozenset[str] = frozenset()) -> bool:
    """Whether the text speaks of ``name`` as a thing and never as an agent (``alone``: the one-word
    names the page gives, for ``_brand_product``; ``bodies``: those of them typed organisations, for ``owned_by_body``). A place is a work only where no gazetteer knows it
    ("Arrow, debuted on the CW"; not "the film Casablanca" of a page about the city)."""
    if any(m.role or m.kin or m.pronoun or m.demonym for m in ms):
        return False
    every = list(phrase_spans(text, name))
    if any(acts(text, s, e) for s, e in every):
        return False  # "the Fed said", "Fed Vice Chair Donald Kohn"
    if kind == "person" and any(era_after(text, e) for _, e in every):
        return False  # "the new Avram Grant regime": a leader's tenure (``era_names``), no product of "Avram"
    if any(_AFTER_BODY_NOUN.search(text, max(0, s - BODY_NOUN_REACH), s) for s, _ in every):
        return False  # "The airline, Cascade Regional, said": the body the noun names, not a product of "Cascade"
    spans = [(s, e) for s, e in every if not _LONGER_NAME.match(text, e)]
    if kind == "place":
        return (tuple(name.split()) not in phrase_table() and name not in state_names()  # "Madhya Pradesh's policy"
                and any(_work(text, s, e) for s, e in spans))
    if kind == "organization" and _versioned(text, every):
        return True  # "Thunderbolt 3 ports", "Wi-Fi 6": a technology's version, whatever body's word it has
    if not spans:
        return False
    if product_line(text, spans):
        return True  # "the competing HD-DVD format", "Zune players ... Zune models": a format or a product line
    if any(_work(text, s, e) or _listed_as_thing(text, s) for s, e in spans) or _fitted_to(text, every):
        return True
    if listed_with_terms(text, spans, technical_term):
        return True  # "with Dolby Atmos and HDR support": a feature beside a standard's initials
    if any(w in STANDING_BODY_WORDS for w in name.split()):
        return False  # "the Surface Team": people, though a maker's
    if _makers_product(name, spans, text, alone):
        return True
    if body_shaped(name):
        return False
    if kind == "organization" and name.split()[0] not in first_names() and owned_by_body(text, spans, bodies):
        return True  # "Google's Gemini", never acting: the body's product, not a party ("Acme's Jane Roe" its employee)
    if kind == "organization" and _common_head(name, prose) and not has_phrase(title, name):
        return True  # not one the page's title names, which is what the page is about ("Amsterdam Light Festival")
    if _brand_product(name, spans, text, alone):
        return True
    if _plural(name):
        return False  # "the White Sox", "the Harlem Hellfighters": a team, a unit, a band: people
    if kind == "person" and " " not in name:
        spans = [(s, e) for s, e in spans if not search_ending(_LONGER_BEFORE, text, LONGER_RUNS, max(0, s - REACH), s)]
        if not spans:
            return False
    determined = sum(_determined(text, s, e, kind != "person") for s, e in spans)
    if kind == "person":
        return 2 * determined >= len(spans) and determined > 0
    return determined >= MIN_DETERMINED and 2 * determined >= len(spans)


# What a publication does that a film or a game does not: "The Wall Street Journal published a misleading
# editorial" (not "ran", which a show does for four seasons).
_PUBLISHES_AFTER = re.compile(r"\s+(?:has\s+|had\s+|also\s+)?(?:published|publishes|editoriali[sz]ed)\b")


def _italic_title(name: str, kind: str, ms: list[Mention], text: str, italics: frozenset[str], title: str) -> bool:
    """ "on <i>Everwood</i>", "the professional <em>League of Legends</em> championships": a name the page
    set in italics, as a work's title is, and never shows acting or holding a role. A publication in
    italics that reports ("the <em>Associated Press</em> reports", "according to <em>WWD</em>", "the
    <em>Wall Street Journal</em> published") is an outlet, which the rules for outlets weigh; a person in
    italics who speaks is quoted, not a title. Not a work the page's ``title`` names, which is what the
    page is about (a band's album named after the band), nor a place the gazetteer knows (<i>New
    York</i> is a magazine's title and a city)."""
    if name not in italics and f"The {name}" not in italics:
        return False
    if has_phrase(title, name) or kind == "place" and tuple(name.split()) in phrase_table():
        return False
    if any(m.role or m.kin or m.pronoun for m in ms):
        return False
    return not any(acts(text, s, e) or _PUBLISHES_AFTER.match(text, e) for s, e in phrase_spans(text, name))


def _by_name(mentions: list[Mention]) -> dict[tuple[str, str], list[Mention]]:
    by_name: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in mentions:
        by_name[(m.name, m.kind)].append(m)
    return by_name


def things_named(text: str, mentions: list[Mention], title: str = "",
                 italics: frozenset[str] = frozenset()) -> list[Mention]:
    """The mentions, each of a name the text speaks of as a thing (``_thing``) or sets as a quoted title
    (``thing_names.quoted_titles``) marked a medium, and each of a character of a work
    (``characters.character_names``; not one the page's ``title`` names), of a title the page set in
    italics (``italics``, ``_italic_title``) or of a storm or a measure (``thing_names.storms_and_measures``)
    a thing; a cast list's player in brackets the tagger typed a body (``characters.cast_players``) a person."""
    spans = [(m.name, m.start, m.end) for m in mentions if m.kind != "place"]
    cast = cast_list(text, spans)
    players = cast_players(text, cast)
    if players:  # "Amy (Rosamund Pike)" tagged a body: the player, a person
        mentions = [dataclasses.replace(m, kind="person") if m.kind == "organization" and m.name in players else m
                    for m in mentions]
    by_name = _by_name(mentions)
    marked = character_names(text, spans, title, cast)
    marked |= {name for name, kind in by_name
               if italics and _italic_title(name, kind, by_name[(name, kind)], text, italics, title)}
    prose = prose_lowercase(text)
    marked |= storms_and_measures(text, by_name, acts, prose)  # "Hurricane Delia", "Dow Jones Industrial Average"
    marked |= event_names(text, by_name, acts)  # "A watered-down Golden Globes", "the Globes ceremony and telecast"
    marked |= market_measures(text, by_name, acts)  # "the Sensex gained 1,044.38 points", "the X Stock Exchange's Sensex"
    marked |= apposed_products(text, by_name)  # "their new luxury sedan, the Genesis,": a car, whatever it "promises"
    if marked:
        mentions = [dataclasses.replace(m, thing=True) if m.name in marked else m for m in mentions]
        by_name = _by_name(mentions)  # the tests below read the marked mentions
    alone = {m.name for m in mentions if " " not in m.name and m.kind != "place"}
    quoted = quoted_titles(text, by_name, acts)  # "Review: 'Ashes of Marrow' is ...": a work
    quoted |= ranked_items(text, title, by_name, acts)  # "The 7 best budgeting apps" ... "2. Tallyo": an app
    bodies = frozenset(m.name for m in mentions if " " not in m.name and m.kind == "organization")
    things = {key for key, ms in by_name.items() if not all(m.medium for m in ms)
              and (key[0] in quoted or _thing(key[0], key[1], ms, text, alone, prose, title, bodies - {key[0]}))}
    media = {name for (name, kind), ms in by_name.items() if (name, kind) in things or all(m.medium for m in ms)}
    things |= last_words_of(media, by_name, text, acts)  # "The Fold runs Android" after "the Pixel Fold"
    crafts = craft_short_names(by_name, text, acts)  # "Webb observed the planet" after "the James Webb Space Telescope"
    if not things and not crafts:
        return mentions
    # a craft's short form is no person's name, whose medium mark a person's signs would lift ("Webb's instruments")
    return [dataclasses.replace(m, medium=True, kind="organization") if (m.name, m.kind) in crafts
            else dataclasses.replace(m, medium=True) if (m.name, m.kind) in things else m for m in mentions]


def noted_writers(mentions: list[Mention], noted: Sequence[str]) -> list[Mention]:
    """The mentions, each of a writer the page's italic note names ("Jane Roe is Director of ...",
    ``Article.noted``) marked the writer's: whoever wrote the page is not a party to its story."""
    if not noted:
        return mentions
    return [dataclasses.replace(m, writer=True) if m.name in noted and m.kind == "person" else m for m in mentions]
