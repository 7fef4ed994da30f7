"""What a tagged name is: a person, an organisation, a place, or no actor at all.

The tagger learned from 1996 wire copy; real pages name things it rarely saw there: streets and
estates ("Elm Close", "1600E Road"), constituencies ("the MP for Dunmere North"), platforms and
products ("on Twitter", "the Android app"), film titles in quotes, bylines ("Tribune Staff
Reporter"). Each rule here reads the words of the name and those beside it, not a list of names,
so it holds on sites it was not written from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from brief.actors.body_appositions import body_apposition as body_apposition  # read as kinds.body_apposition
from brief.actors.body_appositions import body_context as body_context  # read as kinds.body_context
from brief.actors.body_appositions import business_apposition as business_apposition
from brief.actors.body_appositions import firm_context as firm_context
from brief.actors.body_endings import GROUP_PLURALS as GROUP_PLURALS  # read as kinds.GROUP_PLURALS
from brief.actors.body_endings import ORGANIZATION_ENDINGS as ORGANIZATION_ENDINGS
from brief.actors.body_endings import OUTLET_OR_TEAM_ENDINGS as OUTLET_OR_TEAM_ENDINGS
from brief.actors.body_endings import organization_ending as organization_ending

# Places by their words and context have their own module; named here for this module's readers.
from brief.actors.made_works import made_work
from brief.actors.place_context import AREA_ENDINGS as AREA_ENDINGS
from brief.actors.place_context import AREA_HEADS as AREA_HEADS
from brief.actors.place_context import DEFINITE_AREA_HEADS as DEFINITE_AREA_HEADS
from brief.actors.place_context import DEFINITE_BODY_HEADS as DEFINITE_BODY_HEADS
from brief.actors.place_context import ROAD_WORDS as ROAD_WORDS
from brief.actors.place_context import STREET_OR_SURNAME as STREET_OR_SURNAME
from brief.actors.place_context import STREET_WORDS as STREET_WORDS
from brief.actors.place_context import after_address as after_address
from brief.actors.place_context import after_age as after_age
from brief.actors.place_context import area_context as area_context
from brief.actors.place_context import area_name as area_name
from brief.actors.place_context import belongs_to_place as belongs_to_place
from brief.actors.place_context import is_constituency as is_constituency
from brief.actors.place_context import plural_region as plural_region
from brief.actors.place_context import street_kind as street_kind
from brief.actors.place_context import town_context as town_context
from brief.actors.product_signs import defined_as_thing as defined_as_thing  # read as kinds.defined_as_thing
from brief.actors.product_signs import owned_feature, priced_or_parted
from brief.actors.trademark_signs import trademark_context
from brief.text.ending import search_ending
from brief.text.lexicon import ABBREVIATED_TITLES as ABBREVIATED_TITLES  # titles: one lexicon
from brief.text.lexicon import HONORIFIC_NAMES as HONORIFIC_NAMES
from brief.text.lexicon import TITLE_WORDS as TITLE_WORDS

# Nouns after a name that make it a product or a platform ("the Android app", "Reddit users").
PRODUCT_NOUNS = frozenset(
    "app apps application platform platforms user users account accounts feed feeds page pages post posts "
    "video videos stream streaming series show shows subscriber subscribers browser device devices phone "
    "phones handset handsets console consoles update updates version versions store model models chip chips "
    "card cards tweet tweets channel livestream media technology".split()
)
# Words before a name that make it a medium rather than a party: "via Netflix", "download TikTok".
PRODUCT_BEFORE = frozenset("via using download downloaded install installed stream streamed streaming".split())
# "on X" is a medium after these ("posted on Twitter", "available on Netflix"), not "pressure on Hamas".
_POSTED = frozenset("posted posts post wrote writes said says shared shares published announced available "
                    "streaming watch watched appeared appears uploaded live tweeted video videos account "
                    "trending viral comments comment message messages".split())

_CORPORATE_SUFFIX = re.compile(r"[ ,]+(?:Corp|Inc|Ltd|LLC|L\.L\.C|PLC|plc|Co|GmbH|AG|K\.K|S\.A|N\.V|Pty)\.?$")


def strip_corporate(name: str) -> str:
    """ "Microsoft Corp" and "Microsoft" are one company: the legal suffix is not part of the name."""
    stripped = _CORPORATE_SUFFIX.sub("", name)
    return stripped if stripped and stripped != name and " " not in stripped[-1:] else name


_OPENING = "“‘\"'«"
_CLOSING = "”’\"'»"


def quoted_title(text: str, start: int, end: int) -> bool:
    """ "the film “Falling Waters”": a short title-case quotation holding the name is a work's title.

    A quotation of speech holds lower-case words or ends a sentence; a title is a few capitalised
    words and nothing else.
    """
    left = text.rfind("\n", 0, start) + 1
    window = text[max(left, start - 60) : start]
    open_at = max(window.rfind(q) for q in _OPENING)
    if open_at < 0 or window[open_at] == '"' and text.count('"', left, start) % 2 == 0:
        return False  # a straight quote closing a quotation ('were "good". Egypt's'), not opening one
    right = text[end : end + 60]
    close_at = min((right.find(q) for q in _CLOSING if q in right), default=-1)
    if close_at < 0 or right[close_at] in "'’" and right[close_at + 1 : close_at + 2] == "s":
        return False  # "Egypt's": a possessive, not a closing quote
    inside = window[open_at + 1 :] + text[start:end] + right[:close_at]
    if any(q in inside for q in _OPENING + _CLOSING if q not in "'’"):
        return False
    words = inside.strip(" ,.").split()
    if not words or len(words) > 8 or inside.rstrip()[-1:] in ".!?":  # “All Patrons,” keeps its comma inside
        return False
    small = {"of", "the", "a", "an", "and", "in", "on", "to", "for", "at", "with", "from", "by", "or"}
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in small for w in words)


_WORKS = ("work|painting|portrait|sculpture|film|movie|documentary|book|novel|memoir|album|song|single|series|"
          "show|play|opera|musical|game|video game|poem|report|bill|comedy|drama|sitcom|thriller|journal|franchise|"
          "podcast|miniseries")
_WORK_BEFORE = re.compile(rf"\b(?:the|a|an|his|her|their|its)\s+(?:new\s+|latest\s+|\d{{4}}\s+)?(?:{_WORKS})\s*$", re.I)
# The comma may stand apart from the name where a page's markup ended a link there ("Everwood , the
# first show").
_WORK_AFTER = re.compile(rf"^\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}(?:{_WORKS})\b", re.I)
# What only a work does or has done to it: it premieres or airs on a channel, opens to reviews or in
# theatres, flops, grosses ("Arrow, debuted on the CW", "Suicide Squad opened to abysmal reviews").
# Not "debuted" alone (a player debuts) nor "was released" (a hostage is).
_WORK_VERB_AFTER = re.compile(
    r"^\s*,?\s+(?:(?:first|originally|later|also)\s+)?(?:(?:debuted|premiered|premieres|aired|airs)\s+(?:on|at)\b|"
    r"opened\s+(?:to|in)\s+(?:[\w-]+\s+){0,2}?(?:reviews|theaters|theatres|cinemas)\b|flopped\b|grossed\b)"
)
# Parts of a work named with it, and the parts a cast plays in it: "the script for Green Lantern", "an
# episode of X", "starred in X". Not "pilot for" (an airline's) nor "appeared in" (a court).
_WORK_PART_BEFORE = re.compile(r"\b(?:(?:script|screenplay|sequel|prequel|remake|reboot|episode|episodes|trailer|"
                               r"premiere|finale|soundtrack)\s+(?:for|of)|(?:co-?)?star(?:red|ring|s)\s+in)\s+(?:the\s+)?$",
                               re.I)
# A work reviewed, by its noun, with a subtitle after its title's colon: "(movie review of Lost Harbor: Book of Tides)",
# "a film review of Tides". Not "a review of Acme's accounts": a review of no work's noun is a body's audit as often.
_REVIEWED_BEFORE = re.compile(r"\b(?i:movie|film|book|album|play|musical|show|game|series|concert)\s+(?i:reviews?)\s+of\s+"
                              r"(?:the\s+)?(?:(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*:\s+)?$")


# A work's noun described before its title: "the wildly popular online game Minecraft", "its hit game
# Overwatch", "the Broadway musical Hamilton", "the lo-fi black-and-white 2009 musical Guy and Madeline
# ..." (up to MAX_WORK_MODIFIERS words between the article and the noun, none a function word: not "the
# decision to show Kim's"). Not the nouns a headline or a politician's news shares with agents ("the
# spending bill", "the annual report", "the work", "a play", "a single"), which only the plain form takes.
MAX_WORK_MODIFIERS = 3
"""Words describing a work between its article and its noun: "the lo-fi black-and-white 2009 musical"."""
_DESCRIBED_WORKS = ("painting|portrait|sculpture|film|movie|documentary|book|novel|memoir|album|song|series|show|"
                    "opera|musical|game|video game|poem|comedy|drama|sitcom|thriller|franchise|podcast|miniseries")
_FUNCTION_WORD = (r"(?:to|of|and|or|but|nor|that|which|who|whom|in|on|at|for|with|from|by|as|is|was|are|were|be|"
                  r"been|not|than|this|these|those|it|he|she|they|we|you|i)\b")
_WORK_MODIFIER = rf"(?!{_FUNCTION_WORD})(?:[a-z][a-z'’-]*|[A-Z][A-Za-z0-9'’-]*|\d{{4}}s?)"
_DESCRIBED_WORK_BEFORE = re.compile(rf"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+"
                                    rf"(?:{_WORK_MODIFIER}\s+){{1,{MAX_WORK_MODIFIERS}}}(?:{_DESCRIBED_WORKS})\s+$")
# A name after a work's noun that a past verb follows is the subject of a clause about the work, not its
# title: "the first show Berlanti created", "the film Spielberg has directed".
_CLAUSE_AFTER = re.compile(r"^\s+(?:(?:has|had|have|was|were|is)\s+)?(?:[a-z]+ed|made|wrote|written|won|lost|built|"
                           r"took|gave|did|done|ran|sang|sung|got|brought|led|left|put|set|sold|bought|chose|drew|"
                           r"began|found|kept|shot|saw|seen)\b")


CONTEXTS_KEPT = 4096
"""(before, after) windows whose ``work_context`` answer is kept: a third of the asks over a pile of news repeat
one (the mention's kind, then thinghood's ``_work``, read the same windows), and an answer costs ~6 searches."""


@lru_cache(maxsize=CONTEXTS_KEPT)
def work_context(before: str, after: str) -> bool:
    """ "Basket of Wild Strawberries, a 1761 work", "the film Falling Waters", "the online game Minecraft",
    "X premiered on ...", "the script for X": a work, not an actor."""
    if _DESCRIBED_WORK_BEFORE.search(before) and not _CLAUSE_AFTER.match(after):
        return True
    return bool(_WORK_BEFORE.search(before) or _WORK_AFTER.match(after) or _WORK_VERB_AFTER.match(after)
                or _WORK_PART_BEFORE.search(before) or _REVIEWED_BEFORE.search(before) or made_work(before, after))


_COMPANY_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:shares|stock|CEO|chief executive|founder|executives?|employees|workers|customers|"
    r"subscribers|headquarters|spokes(?:man|woman|person)|chairman|chairwoman)\b"
)
_COMPANY_BEFORE = re.compile(
    r"\b(?:[Ss]hares (?:of|in)|companies (?:such as|like)|firms (?:such as|like)|"
    r"(?:[Ss]pokes(?:man|woman|person)|[Rr]epresentatives?|[Rr]esearchers|[Ss]cientists|[Ee]ngineers|[Ee]mployees|"
    r"[Ee]xecutives|[Ff]ounders?) (?:for|at|of|from)|(?:[Tt]eams?|[Pp]rofessors?|[Ll]ecturers?|[Aa]nalysts?|[Ee]conomists?|[Ss]trategists?) at)\s+$"
)


# "according to Pollstar": who a figure or a claim is credited to; a name no gazetteer knows is then a body
# that counts or reports, not a place ("according to China" is read by the gazetteer first).
_CITED_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.I)


def cited_source(before: str) -> bool:
    """ "according to Pollstar": the name is a source's, a body's where the tagger read a place."""
    return bool(_CITED_BEFORE.search(before))


# Last words of a product's name: "Founders Edition", "Galaxy Ultra".
PRODUCT_ENDINGS = frozenset("Edition Series".split())
# Last words of a law's or a draft law's name ("the Agriculture Bill", "the Patriot Act"), a treaty's or
# a ruling instrument's ("the Paris Agreement", "the Kyoto Protocol", "an Emergency Use Authorization"). A
# law is what the parties fight over, not a party: it neither speaks nor is "the government" a text refers
# back to. Not "Authority" or "Commission", which name bodies.
LAW_ENDINGS = frozenset("Bill Act Agreement Treaty Accord Accords Protocol Convention Directive Regulation "
                        "Amendment Authorization Authorisation".split())
# Possessives before an acronym that make it a common noun: "call your GP", "see my GP".
_OWNERS = frozenset("your my our his her their".split())
_LAST_WORD = re.compile(r"([A-Za-z]+)\s*$")
LAST_WORD_RUNS = 1
"""The last word before a name, and the one run of non-space characters its match spans: only that run is searched
(``search_ending``: the same match; the search over the whole window tried every letter of it)."""


def owned_acronym(name: str, before: str) -> bool:
    """ "call your GP": an acronym after a possessive is a common noun (a doctor), not a body."""
    if not name.isupper():
        return False  # (before the search: most names are no acronym)
    previous = search_ending(_LAST_WORD, before, LAST_WORD_RUNS)
    return bool(previous) and previous is not None and previous.group(1).lower() in _OWNERS


def company_context(before: str, after: str) -> bool:
    """ "Shares of Amazon", "Amazon's chief executive", "a spokesperson for OpenAI", "researchers at
    OpenAI", "a team at UMass Amherst": a company or a body that employs people, though its name is a
    river's or reads as a place's. Not "a team from" a country, which is its side."""
    return bool(_COMPANY_AFTER.match(after) or _COMPANY_BEFORE.search(before))


# "redeem through Chase Ultimate Rewards", "bought it on Amazon": what the name is used through.
_USED_THROUGH = re.compile(
    r"\b(?:redeem|redeemed|redeeming|book|booked|booking|pay|paid|paying|order|ordered|ordering|buy|bought|buying|"
    r"shop|shopping|purchase|purchased)\s+(?:[a-z]+\s+){0,2}?(?:through|via|on)\s+$"
)


# "a Red Baron peach, chosen for ...", "one Commons Tory rebellion over ...": a name between "a" and a
# lower-case noun that ends the phrase names a kind of that thing (a brand, a variety), not who acts;
# unless the noun is a person ("a Hamas official", "a Labour MP", "a Trump supporter").
_A_BEFORE = re.compile(r"(?:^|[^\w'’])(?:a|an|one)\s+$")
_KIND_OF = re.compile(r"^\s+([a-z]+)(?=\s*[,.;:)]|\s+(?:of|in|on|for|from|with|by|over|that|which|chosen|grown|made)\b)")
PERSON_NOUNS = frozenset(
    "supporter supporters voter voters member members fan fans official officials employee employees worker workers "
    "staffer staffers aide aides ally allies critic critics lawmaker lawmakers leader leaders spokesman spokeswoman "
    "spokesperson executive executives player players source sources user users candidate candidates mp mps "
    "politician politicians activist activists lawyer lawyers delegate delegates donor donors loyalist loyalists "
    "veteran veterans insider insiders minister ministers councillor councillors senator senators "
    "representative representatives colleague colleagues man woman men women person people".split()
)


def kind_of_thing(before: str, after: str) -> bool:
    """ "a Red Baron peach,": the name of a brand or a variety, used before the thing it names."""
    noun = _KIND_OF.match(after)
    return bool(noun and _A_BEFORE.search(before) and noun.group(1) not in PERSON_NOUNS | JOINING_WORDS)


JOINING_WORDS = frozenset("and or but nor than as so yet then is was are were has had who which that".split())
"""Words after a name that join a clause, not a noun it modifies ("Obama is a Muslim and ...")."""


# A market index moves by points ("The Dow Jones Industrial Average rose 220 points", "the Nasdaq added
# 56.8 points"); a company's shares move by percent or dollars, so points say the name is a measure.
_INDEX_MOVE = re.compile(
    r"^\s+(?:(?:also|had|has|was|is)\s+)?(?:rose|rises|fell|falls|gained|gains|lost|loses|added|adds|dropped|drops|"
    r"shed|sheds|climbed|climbs|jumped|jumps|slipped|slips|slid|declined|advanced|tumbled|plunged|surged|"
    r"soared|sank|closed\s+(?:up|down)|edged\s+(?:up|down|higher|lower)|(?:was|is)\s+(?:up|down))\s+"
    r"(?:about\s+|nearly\s+|almost\s+|more\s+than\s+)?[\d.,]+\s+points?\b"
)


def market_index(after: str) -> bool:
    """ "The Dow Jones Industrial Average rose 220 points": a measure of a market, not who acts."""
    return bool(_INDEX_MOVE.match(after))


def product_context(before: str, after: str, person: bool = False) -> bool:
    """ "on Twitter", "the Android app", "Reddit users", "redeem through X", "a Red Baron peach", "X rose
    220 points", "X costs $299": a medium, a product or a measure, not who acts.

    "Twitter's users" is the platform's; a name read as a person's (``person``) owns or made what
    follows its possessive ("Trump's tweets", "Berlanti's shows"): an owner, no medium."""
    if (_USED_THROUGH.search(before) or kind_of_thing(before, after) or market_index(after) or priced_or_parted(after)
            or owned_feature(before, after) or trademark_context(before, after)):
        return True
    if _MADE_BY_AFTER.match(after) or _MAKER_BEFORE.search(before):
        return True
    next_word = re.match(r"\s*([A-Za-z]+)" if person else r"\s*(?:['’]s\s+)?([A-Za-z]+)", after)
    if next_word and next_word.group(1).lower() in PRODUCT_NOUNS:
        return True
    previous = search_ending(_LAST_WORD, before, LAST_WORD_RUNS)
    if previous and previous.group(1).lower() in PRODUCT_BEFORE:
        return True
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", before[-40:])]
    return (len(words) > 1 and words[-1] == "on" and any(w in _POSTED for w in words[-4:-1])
            or not person and bool(_WATCHED.search(before) and _SHOWN_ON.match(after)))


# What makes the name, written beside it: "ChatGPT maker OpenAI", "Jack Daniel's maker Brown-Forman", "the
# company behind Jack Daniel's", "the studio behind Tarrow's Keep": the name is its product or its work. Not
# "owner" ("Chelsea owner Todd Boehly": a club has owners) nor "the group behind" (a protest, a campaign).
_MAKERS = r"(?:maker|makers|developer|creator|publisher|manufacturer|brewer|distiller)"
_MADE_BY_AFTER = re.compile(rf"^(?:['’]s?)?\s+{_MAKERS}\s+(?:of\s+)?[A-Z]")
_MAKER_BEFORE = re.compile(r"\b(?:company|firm|studio|start-?up|developer|maker|makers|publisher|manufacturer|brewer|"
                           r"distiller)\s+behind\s+(?:the\s+)?$", re.I)


# "watch Glastonbury on BBC iPlayer", "watch the new Severance online": what is watched on a channel or a
# service is a show, a film or a broadcast event, not who acts (an article or "the new" between allowed). Not
# a person's name: "watch Jane Roe on tour" is watching her.
_WATCHED = re.compile(r"\b[Ww]atch(?:ed|ing)?\s+(?:the\s+)?(?:new\s+)?$")
_SHOWN_ON = re.compile(r"^\s+(?:(?:live|now|free)\s+)?(?:on|online)\b")


# "RTX 3080", "Boeing 737", "Galaxy S21": a name with a model number after it is a product, not
# who acts. A year ("Tokyo 2020", "Vision 2030") names an event or a plan, so it does not count.
_MODEL_NUMBER = re.compile(r"[A-Z]{0,2}\d{2,}[A-Za-z]{0,3}|[A-Z]{1,3}\.\d+(?:\.\d+)*")  # "3080", "S21", "BA.2"
YEARS = range(1900, 2040)
"""Four-digit numbers read as years, not model numbers: past and near-future dates in news."""


def model_number(token: str) -> bool:
    """ "3080", "737", "S21", "3080s": the model number of a product line (not a year)."""
    if not _MODEL_NUMBER.fullmatch(token):
        return False
    return not (token.isdigit() and len(token) == 4 and int(token) in YEARS)


# Words that end a product's model after its number ("Nimbus 7 Pro", "Galaxy S24 Ultra", "15 Pro Max", "Liberty 4
# NC", "Galaxy S23 FE"): a maker's grades or features of one line, never a name of their own there.
MODEL_SUFFIXES = frozenset("Pro Max Ultra Plus Mini Lite XL NC ANC SE FE GT".split())
_ONE_NUMBER = re.compile(r"[A-Z]{0,2}\d{1,4}[A-Za-z]{0,2}")


def model_suffix(words: Sequence[str], before: Sequence[str]) -> bool:
    """ "Pro" of "Nimbus 7 Pro": a name of model grades only, right after a number that follows a capitalised
    word (not "won 3 Pro titles" nor a score's "Ashby 2, Pro 1")."""
    return (bool(words) and all(w in MODEL_SUFFIXES for w in words) and len(before) == 2
            and bool(_ONE_NUMBER.fullmatch(before[1])) and before[0][:1].isupper())


_CAMEL_PRODUCT = re.compile(r"[a-z]{1,2}[A-Z][A-Za-z]*")


def product_line_before(token: str) -> bool:
    """ "iPhone SE", "iPad Pro": a name right after a word written in product camel case
    (lower case, then a capital) is the product's model."""
    return bool(_CAMEL_PRODUCT.fullmatch(token))


# Chains of names joined by commas and "and": "from Nvidia, Gigabyte, MSI, Asus and EVGA".
COORDINATION_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+|&\s+)?|\s+(?:and|or|&)\s+)")
MIN_CHAIN = 3
"""Names in a list before its kinds say anything about one member: two could be anything
("Biden and Congress"), three or more of a kind are a list of that kind."""


# Academic degrees written after a name ("Jane Roe, Ph.D."): a qualification, never an actor.
DEGREES = frozenset("phd ph.d ph.d. md m.d m.d. mba msc m.sc bsc b.sc dphil d.phil llb llm mphil".split())


def is_degree(name: str) -> bool:
    """ "Ph.D", "M.D.", "MBA": a degree the tagger took for a name."""
    return name.lower().replace(" ", "") in DEGREES


_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC_OR_GREEK = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")


def mixed_script(name: str) -> bool:
    """ "Веlіzе": Latin and Cyrillic letters in one word spell spam that dodges filters, not a name."""
    return any(_LATIN.search(w) and _CYRILLIC_OR_GREEK.search(w) for w in name.split())


# First words of an institution's name, in English and in the languages news quotes names in: "Musée
# Guimet", "University of Leeds", "Hospital Angeles"; a party's or a coalition's ("Parti Keadilan Rakyat",
# "Gabungan Rakyat Sabah", "Partido Popular", "Barisan Nasional"). No person's name opens with them.
ORGANIZATION_HEADS = frozenset(
    "Museum Musée Museo Musei Muséum University Université Universidad Università Universität Universiteit "
    "Hospital Hôpital Ospedale Institute Institut Instituto Istituto Academy Académie Academia "
    "Ministry Ministère Ministerio Ministero Fondation Fundación Fondazione Stiftung Banco Banque "
    "Hotel Hôtel Albergo Monastery Monastero Monasterio Convent Convento Castello Château Schloss Resort "
    "Parti Partido Partito Partai Partij Partei Gabungan Pakatan Barisan Perikatan Rassemblement".split()
)


def institution_name(words: Sequence[str]) -> bool:
    """ "Musée Guimet", "University of Leeds": a name opened by an institution's word is an organisation."""
    return words[0] in ORGANIZATION_HEADS


# What a shop does in the text: "Newegg has models from Gigabyte", "Amazon currently doesn't have any
# prices listed", "Amazon isn't taking pre-orders", "X sells the card for $699". A person may sell a
# house, but does not carry listings, stock or price a product line.
_TRADE_NOUNS = ("models?|listings?|prices?|deals?|bundles?|stock|inventory|products?|pre-?orders?|orders|"
                "options|units|discounts?|shipping|delivery|sales?")
_TRADE_AFTER = re.compile(
    r"^(?:,\s*(?:meanwhile|however|too|also),)?\s+(?:(?:also|currently|still|now|only|already|usually|even)\s+)*"
    r"(?:(?:has|have|had|carries|carried|offers|offered|lists|listed|stocks|stocked|sells|sold|ships|shipped|"
    r"(?:is|are|was|isn['’]t|aren['’]t|wasn['’]t)\s+(?:not\s+)?(?:taking|accepting|offering|selling|shipping|listing))|"
    r"(?:does|did|do)(?:n['’]t|\s+not)\s+(?:have|carry|sell|stock|offer|list|ship))\s+"
    rf"(?:[\w$.,'’()-]+\s+){{0,5}}?(?:{_TRADE_NOUNS})\b",
    re.I,
)


def trade_context(after: str) -> bool:
    """ "Newegg has models from Gigabyte", "Amazon isn't taking pre-orders": a shop or a maker, not a
    person nor a river, whatever the tagger thought."""
    return bool(_TRADE_AFTER.match(after))


# "CMO", "CEO", "CFO", "CISO": a chief officer's office by its initials, held by a person; so are a
# Commonwealth attorney general's and police chief's ("the AG said", "the IGP ordered"), and a South Asian police
# post's named for its district ("DIG South said"; alone, "SSP" is as often a short form in brackets).
_OFFICE_ACRONYM = re.compile(r"C[A-Z]{1,2}O|AG|IGP|(?:SSP|DIG|SHO|DPO|SDPO|CCPO) (?:East|West|North|South|Central)")


# "(NASDAQ: ", "(NYSE American: ", "(NYSE: CSCO, TSX: ": an exchange and its colon in a company's listing, before
# its ticker.
_EXCHANGE_BEFORE = re.compile(r"[(,]\s*[A-Z][A-Za-z]*(?:\s[A-Z][A-Za-z]*)?\s*:\s*$")
_EXCHANGE_REACH = 30
"""Characters read back from a name for its exchange."""


def office_acronym(name: str, text: str = "", start: int = 0) -> bool:
    """ "the CMO told the minister": the initials of a chief officer's office name its holder, a person,
    not a body; not a ticker written at ``start`` after its exchange ("Cisco Systems (NASDAQ: CSCO)"), the
    company's, though shaped alike."""
    return bool(_OFFICE_ACRONYM.fullmatch(name)) and not _EXCHANGE_BEFORE.search(
        text, max(0, start - _EXCHANGE_REACH), start)


MIN_TEAM_WORD = 4
"""Letters of a team's plural name ("Celtics", "Sixers"): shorter capitals ending in s are initials ("GPs")."""


def team_word(word: str) -> bool:
    """ "Celtics", "Sixers": a capitalised plural, the shape of a team's name after its city."""
    return (len(word) >= MIN_TEAM_WORD and word.isalpha() and word[0].isupper() and word[1:].islower()
            and word.endswith("s") and not word.endswith("ss"))


def team_after_city(text: str, word: str, at: int) -> bool:
    """ "the Boston Celtics" where the text also writes "the Sixers and Celtics": a city the tagger read
    alone, then a capitalised plural the text uses on its own after a lower-case word, is a team's name
    (not a plural of a common word written in capitals at a sentence start)."""
    if not team_word(word):
        return False
    alone = re.finditer(rf"\b[a-z][\w'’-]*\s+{re.escape(word)}\b(?!\s+[A-Z])", text)
    return any(m.end() != at + len(word) for m in alone)


# What a team's name stands beside, never a person's: a score ("beat Chelsea 2-1", "Chelsea 0-3"), a
# result won over it, a cup's or a title's holders named by it ("holders Chelsea go into", "defending champions
# Chelsea"; a person holds a record and is a champion, one), its players and ground ("Chelsea's striker"), a plural
# verb ("Chelsea have lost").
_TEAM_BEFORE = re.compile(r"\b(?:beat|beats|beating|beaten|defeated|defeating|thrashed|drew with|draw with|drawn with|"
                          r"lost to|losing to|win over|wins over|victory over|victories over|holders|"
                          r"(?:defending|reigning)\s+champions)\s+$", re.I)
_TEAM_AFTER = re.compile(
    r"^(?:\s+\d{1,2}\s*[-–]\s*\d{1,2}\b|['’]s?\s+(?:[a-z]+\s+)?(?:striker|strikers|forward|midfielder|defender|"
    r"goalkeeper|keeper|winger|boss|squad|academy|stadium|lineup|line-up|back four)\b"
    r"|\s+(?:striker|forward|midfielder|defender|goalkeeper|keeper|winger|boss|manager|captain)\s+[A-Z])"
)
"""After a team's name: a score, its players, ground or squad ("Chelsea's striker"), or a player or a manager named
after the position ("Former Chelsea midfielder Ramires", "Chelsea manager Enzo Maresca")."""
_PLURAL_VERB_AFTER = re.compile(r"^\s+(?:have|are|were)\b")
# Where the name alone opens a clause, so the plural verb is its own: not "Qin and Xu are", nor "Movoa
# and Lagos were", nor "released by Anwar have been". A line break opens one too: a paragraph after a
# headline that ends with no stop ("... after defeat\n\nChelsea have sacked").
_CLAUSE_OPENS = re.compile(r"(?:^|\n|[.!?:;\"“‘(]|\b(?:when|if|as|because|but|while|that|after|before|since|though|"
                           r"although|so|where|until|unless))\s*$")


def team_context(before: str, after: str) -> bool:
    """ "beat Chelsea 2-1", "Chelsea's striker", "Chelsea have lost three": a club the tagger took for
    a person of that given name (who "has", and is not beaten by a score)."""
    return bool(_TEAM_BEFORE.search(before) or _TEAM_AFTER.match(after)
                or _PLURAL_VERB_AFTER.match(after) and _CLAUSE_OPENS.search(before))
