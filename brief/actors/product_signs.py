"""What a text says of a product that it says of no agent: its price, its parts, what it is.

A review or a buying guide names a laptop, a phone or a gadget by a capitalised name, which the tagger
types a person or a body; the price and the parts after the name show it is a thing bought and used.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.tech_terms import technical_term
from brief.text.lexicon import PERSON_TITLES

EDITIONS = r"(?:Pro|Max|Ultra|Plus|Mini|XL|Lite|Air|SE|Fold|Flip|Edge|FE)"
"""Words after a model's number that name its edition ("Pixel 9 Pro", "iPhone 15 Plus", "Galaxy Z Fold 6"):
a product's, never a body's ("Channel 4 News" goes on with a noun of its own)."""

# What a product costs, right after its name: "the Vantor ($299)", "X costs $1,299", "X retails for £80",
# "X starts at $999", a deal's "X is down to $99", "X is on sale for $22.99". Not "sold for" or "for $": a
# company is sold and bought for money too.
_PRICED_AFTER = re.compile(r"^\s*(?:\(\s*(?:from\s+)?[$£€]\s?\d|,?\s+(?:which\s+)?(?:costs?|retails?|retailed|"
                           r"(?:is|are|was|were)\s+priced|starts|started|starting)\s+(?:at\s+|for\s+)?"
                           r"(?:(?:about|around|just|only|under)\s+)?[$£€]\s?\d|"
                           r"\s+(?:is|are)\s+(?:now\s+)?(?:(?:down|reduced|discounted|marked\s+down|slashed)\s+to|"
                           r"on\s+sale\s+(?:for|at)|just|only)\s+[$£€]\s?\d)")
# A product's parts, after its name or its possessive: "the Tessel's screen", "X battery life", "X's
# hinge". A body has a screen test or a battery plant, so only where the part ends the phrase.
_PART_AFTER = re.compile(r"^(?:['’]s)?\s+(?:screen|display|battery|keyboard|trackpad|touchscreen|hinge|"
                         r"charger|processor|firmware)(?:\s+life)?(?=\s*[,.;:)]|\s+(?:is|was|has|had|and|of|in|"
                         r"on|with|to|that|which)\b)")


# Where a product or an app is to be had: "X is available on iPhone", "X remains unavailable on the App Store",
# "X is now available to download". Not a date or a day ("was unavailable on Friday", a person's), nor "for
# comment": only a capitalised name of a platform or a store ("iOS", "the Play Store") or a verb of getting.
_TIMES = ("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
          "August|September|October|November|December|Christmas|Easter")
_AVAILABLE_AFTER = re.compile(
    r"^\s+(?:is|are|was|were|remains?|remained|becomes?|became)\s+(?:(?:now|still|also|only|already)\s+)?"
    r"(?:un)?available\s+(?:now\s+)?(?:to\s+(?:download|stream|buy|order|play|install)\b|"
    rf"(?:on|in|through|via)\s+(?:the\s+)?(?!(?:{_TIMES})\b)(?:[A-Z]|i[A-Z]))"
)


# What a device supports or comes with, right after its name and any variant in brackets: "the Tessel (a)
# supports LDAC", "X comes with USB-C", "X also supports Bluetooth". A body supports causes and people, not a
# codec, a port or a network: only a technical term (``tech_terms``) or a wireless standard's name counts.
_SUPPORTS_AFTER = re.compile(r"^\s*(?:\([\w ]{1,12}\))?\s+(?:also\s+|now\s+|even\s+)?(?:supports|lacks|comes\s+with|"
                             r"ships\s+with)\s+(?:both\s+)?([\w-]+)")
_WIRELESS = frozenset("Bluetooth Wi-Fi WiFi 5G 4G eSIM USB-C Thunderbolt".split())


def _supports_term(after: str) -> bool:
    found = _SUPPORTS_AFTER.match(after)
    return found is not None and (technical_term(found.group(1)) or found.group(1) in _WIRELESS)


def priced_or_parted(after: str) -> bool:
    """ "X ($299)", "X costs $1,299", "X's screen is", "X is available on iOS": what the text says of a
    product, not of who acts."""
    return bool(_PRICED_AFTER.match(after) or _PART_AFTER.match(after) or _AVAILABLE_AFTER.match(after))


# What the text says a name is, when it is a thing: "Aguachile is usually a soupy shrimp and chiles
# dish", "Wikipedia is a global free knowledge resource written by ...". The noun must end the phrase
# (a comma, a preposition, a participle follows), so "a fan of the game" is a fan, not a game.
_THING_NOUNS = (
    "dish|dishes|drink|cocktail|dessert|soup|sauce|stew|salad|spirit|liquor|wine|beer|food|snack|meal|recipe|"
    "ingredient|resource|encyclopedia|encyclopaedia|website|site|app|application|platform|software|tool|product|"
    "brand|drug|medicine|vaccine|virus|variant|disease|condition|syndrome|game|film|movie|series|book|novel|song|"
    "album|term|word|phrase|concept|technique|method|technology|device|gadget|card|scheme|programme|"
    "fruit|variety|cultivar|breed|plant|flower|tree|fabric|material|chemical|compound|fuel|currency|index|metric|"
    "box|spacecraft|probe|lander|satellite|rover|telescope|rocket|aircraft|plane|vehicle|car|truck|ski|skis|"
    "laptop|tablet|computer|smartphone|phone|camera|headset|console|shirt|tee|hotel|framework|protocol|journal|"
    r"comedy|drama|sitcom|podcast|chatbot|(?:ai|voice|virtual|digital)\s+assistant"
)
_DEFINED_AS_THING = re.compile(
    r"^\s+(?:is|was|are|were)\s+(?:(?:usually|also|now|still|often|essentially|basically|simply|typically|"
    r"generally|actually|really)\s+)?(?:a|an)\s+(?:(?!(?:of|in|on|for|from|with|by|at|to|that|which|who)\b)[\w'’-]+\s+){0,5}?"
    rf"(?:{_THING_NOUNS})(?=\s*[,.;:)—–]|\s+(?:of|in|on|for|from|with|by|that|which|made|written|used|"
    r"served|where|whose|\w+ed)\b)",
    re.I,
)


# The same said in apposition: "The Braless Bra Tee, the T-shirt that bridges ...", "Zigbee, a protocol
# used by ...", "Ozempic and Wegovy, the weight-loss drugs," (a list's, in the plural), "Copilot, its AI
# assistant," (its maker's). The noun (a compound's last part: "T-shirt") must end its phrase, as above: "Jane Roe, the
# film's director" is a person.
_APPOSED_THING = re.compile(
    r"^\s*,\s+(?:a|an|the|its|their)\s+(?:(?!(?:of|in|on|for|from|with|by|at|to|that|which|who)\b)[\w'’-]+\s+){0,3}?"
    rf"(?:[\w]+-)?(?:{_THING_NOUNS})s?(?=\s*[,;:)—–]|\s+(?:that|which|made|used|designed|built|sold|where|whose)\b)",
    re.I,
)


# The same said by ranking it, as a buying guide or a review does: "YNAB is the best app for people who ...",
# "X is our favourite budget phone.", "X was the cheapest laptop we tested". Only nouns of made things and
# works: "X is the biggest brand", "the largest platform" are said of companies.
_RANKED_NOUNS = ("app|application|game|film|movie|phone|smartphone|laptop|tablet|computer|camera|headset|console|"
                 "device|gadget|car|drug|vaccine|book|novel|album|song|show|series|podcast|dish|drink|cocktail|browser")
_RANKED_AS_THING = re.compile(
    r"^\s+(?:is|was)\s+(?:(?:still|also|now|arguably|easily|simply)\s+)?(?:the|our)\s+"
    r"(?:best|top|only|first|latest|newest|cheapest|favou?rite|[a-z]+est|most\s+[a-z]+)\s+(?:[\w'’-]+\s+){0,2}?"
    rf"(?:{_RANKED_NOUNS})(?=\s*[,.;:)—–]|\s+(?:of|in|on|for|from|with|by|that|which|we|you|i|to|around|ever)\b)",
    re.I,
)


def defined_as_thing(after: str) -> bool:
    """ "Aguachile is usually a soupy shrimp and chiles dish,", "The Braless Bra Tee, the T-shirt that
    bridges ...", "YNAB is the best app for ...": the text says the name is a thing."""
    return bool(_DEFINED_AS_THING.match(after) or _APPOSED_THING.match(after) or _RANKED_AS_THING.match(after))


# What a name is called, after the noun of a thing: "The property, known as Oakhurst,", "a racehorse named
# Silver Comet", "the yacht, called Sea Witch", "a storm dubbed Ciarán". Only nouns of buildings, vessels,
# animals and weather: a restaurant or a shop "called X" is a business, which acts, and "a man named X" a person.
_NAMED_NOUNS = ("property|house|mansion|manor|estate|cottage|villa|farmhouse|bungalow|building|tower|block|"
                "ship|vessel|yacht|boat|ferry|tanker|horse|racehorse|colt|filly|mare|gelding|stallion|dog|puppy|"
                "cat|kitten|pet|storm|hurricane|cyclone|typhoon|tornado")
_NAMED_AS_THING = re.compile(
    rf"\b(?:the|a|an|this|that|its|their|his|her|our|my)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_NAMED_NOUNS})\s*,?\s+"
    r"(?:(?:which\s+is\s+|now\s+|also\s+)?(?:known|called|named|dubbed|nicknamed|christened)\s+(?:as\s+)?)$",
    re.I,
)
# A building's date after its name: "Oakhurst was built in 1998", "X, built in the 1930s,". A year only: a
# company "was built by" its founder.
_BUILT_AFTER = re.compile(r"^\s*(?:,\s+|\s+(?:was|were)\s+(?:originally\s+|first\s+)?)built\s+(?:in\s+)?"
                          r"(?:(?:the\s+)?(?:1[5-9]|20)\d\d(?:s|\b)|the\s+(?:1[5-9]|20)th\s+century)")


def named_as_thing(before: str, after: str) -> bool:
    """ "the property, known as Oakhurst", "Oakhurst was built in 1998": the text names a building, a
    vessel, an animal or a storm, no actor."""
    return bool(_NAMED_AS_THING.search(before) or _BUILT_AFTER.match(after))


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def supporting_device(before: str, after: str) -> bool:
    """ "The Tessel Buds (a) supports LDAC": a device the text names by what it supports, no actor. Only after
    "the", and this mention only: its maker, named bare elsewhere ("Tessel said"), is an actor."""
    return bool(_THE_BEFORE.search(before)) and _supports_term(after)


# "a flaw in its Autopilot system", "their Copilot assistant": a name between a body's "its" and a noun for a
# thing it runs or sells is that thing's name (a product, a feature), not who acts; a person's or a body's name
# takes no "its" before it.
_ITS_BEFORE = re.compile(r"\b(?:its|their)\s+$", re.I)
_FEATURE_AFTER = re.compile(r"^\s+(?:system|systems|feature|features|software|mode|function|assistant|chatbot|"
                            r"service|platform|tool|tools|program|programme|technology|engine)\b")


def owned_feature(before: str, after: str) -> bool:
    """ "its Autopilot system": a body's product or feature named between "its" and what it is."""
    return bool(_ITS_BEFORE.search(before) and _FEATURE_AFTER.match(after))


SHIP_PREFIXES = frozenset("HMS USS RMS HMAS HMCS HMNZS USNS RFA HMY INS".split())
"""Prefixes navies and lines write before a ship's name ("HMS Queen Elizabeth", "USS Carl Vinson"): the
name after is a vessel's, which the tagger reads as a person (a title, "Queen", then a given name). Not
"MS", "SS", "MV": initials of people as often ("MS Dhoni", "SS Rajamouli")."""


ROYAL_WORDS = frozenset("Queen King Prince Princess Duke Duchess".split())
"""Titles a ship's name opens with ("HMS Queen Elizabeth", "HMS Prince of Wales"); another title after a
prefix is an officer's ("INS Commissioner Doris Meissner": the service's initials, then a person)."""


def ship_name(before: Sequence[str], words: Sequence[str]) -> bool:
    """ "HMS Queen Elizabeth": a ship's prefix opens the name, or stands right before it or before one more
    word of it, a given name or a royal title (``before``: the words just before the name, in order)."""
    return bool(words and words[0] in SHIP_PREFIXES or before[-1:] and before[-1] in SHIP_PREFIXES
                or len(before) > 1 and before[-2] in SHIP_PREFIXES and before[-1][:1].isupper()
                and (before[-1] in ROYAL_WORDS or before[-1].lower().rstrip(".") not in PERSON_TITLES))


# A body's possessive right before the name: "Google's Gemini", "Amazon's Alexa", "Meta's Instagram".
_OWNER_BEFORE = re.compile(r"(?<![\w'’&.-])([A-Z][\w&.-]*)['’]s\s+$")
OWNER_REACH = 30
"""Characters read before a name for its owner's possessive: one name and its "'s"."""


_OWNED_THING_AFTER = re.compile(
    r",\s+([A-Z][\w&.-]*)['’]s\s+(?:[\w-]+\s+){0,3}?(?:assistant|chatbot|app|model|platform|service|tool|feature|product|"
    r"phone|smartphone|handset|chip|processor|device|console|browser|software|system|engine|network|headset|laptop|"
    r"tablet|car|brand|game|operating\s+system)s?\b")
"""An apposition that calls the name its owner's thing: "Gemini, Google's AI assistant,"."""


def owned_by_body(text: str, spans: Sequence[tuple[int, int]], bodies: frozenset[str]) -> bool:
    """ "Google's Gemini", "Gemini, Google's AI assistant,": a name written after the possessive of a one-word
    body the page names (``bodies``), or apposed to that body's thing. Read only of a name that never acts ("X
    said", "X's chief"): a body's unit that speaks ("Alphabet's Google ... Google said") stays a party; one that
    never does is the owner's product, feature or platform."""
    return any(((m := _OWNER_BEFORE.search(text, max(0, s - OWNER_REACH), s)) is not None and m.group(1) in bodies)
               or ((a := _OWNED_THING_AFTER.match(text, e)) is not None and a.group(1) in bodies)
               for s, e in spans)
