"""A name set beside words that make it a body: after it ("the Sage group of science advisers", "Penguin
Random House, her publisher, said"), or before it ("The regulator, Ofgem, said", "whale rescue group Project
Jonah", "Analysts at Jeffords Hale").

Why: the tagger reads a publisher, a lender or a shop named with a common word ("House", "Street", a town's
name) as a place, and a firm it never met as a person; the words beside the name say what it is, whatever
its words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.gender import first_names
from brief.text.lexicon import TITLE_WORDS

_BODY_AFTER = re.compile(r"^\s+(?:group|panel|committee|board|taskforce|task force)\s+of\b")
# "Penguin Random House, her publisher, said", "Brightwell, the company that runs the site,": a body's noun heading
# an apposition after the name (a determiner or an owner's word, up to two modifiers, the noun, then the apposition's end).
_BODY_APPOSITION_AFTER = re.compile(
    r"^,\s+(?:the|its|his|her|their|our|my|your|a|an)\s+(?:[\w-]+\s+){0,2}?(?:company|firm|publisher|retailer|"
    r"manufacturer|maker|carmaker|automaker|chipmaker|drugmaker|developer|studio|label|lender|bank|insurer|airline|"
    r"broadcaster|distributor|supplier|operator|owner|parent|employer|landlord|agency|charity|regulator)"
    r"(?=\s*[,;]|\s+(?:that|which|behind)\b)"
)


def body_context(after: str) -> bool:
    """ "the independent Sage group of science advisers", "Penguin Random House, her publisher,": a body,
    though its name read as a place."""
    return bool(_BODY_AFTER.match(after) or _BODY_APPOSITION_AFTER.match(after))


# "One company, Avigilon, sells", "the startup Velmora": a name set beside a noun for a business; or for
# another body that acts ("The regulator, Ofgem, said", "the band Coldplay"), which the tagger, seeing a
# word it never met, read as a person or a place.
_BUSINESS_BEFORE = re.compile(
    r"\b(?P<noun>company|firm|start-?up|retailer|manufacturer|maker|vendor|supplier|chain|brand|airline|carrier|insurer|"
    r"studio|developer|publisher|website|platform|regulator|watchdog|union|agency|broadcaster|charity|band|"
    r"governing body|employer|operator|lender|bank|chipmaker|carmaker|automaker|drugmaker|supermarket|streamer|"
    r"telco|miner|brewery|distillery|utilit(?:y|ie))s?"
    r"(?:\s+(?:that|which|behind|at|of)\s+[a-z][^,.;:!?]{0,30})?"  # "The brewery that owns the building, Northern Ales,"
    r",?\s+(?:called\s+|named\s+)?$",
    re.I,
)


def business_apposition(before: str, words: Sequence[str] = ()) -> bool:
    """ "One company, Avigilon, sells these capabilities", "The regulator, Ofgem, said", "The brewery that
    owns the building, Northern Ales, said": a body, not a person nor a place; a name of several words
    opening with a given name is a person's still ("the owner, Ann Reyes,")."""
    found = _BUSINESS_BEFORE.search(before)
    if found is None or len(words) < 2:
        return found is not None
    # several words: only set off by commas ("developer Ammar Askar wrote" is a man of that trade), after a
    # noun no person is called ("the owner, Ann Reyes,") and not opening with a given name
    noun = found.group("noun").lower()
    return (("," in found.group() or noun in _BODY_ONLY_NOUNS) and words[0] not in first_names()
            and noun not in _PERSON_TRADES)


_BODY_ONLY_NOUNS = frozenset("union charity regulator watchdog agency airline insurer lender bank supermarket band utility".split())
"""Nouns of a body no one is called by as a trade: a name of several words right after them is the body's, commas or
not ("the union IF Metall said", "the regulator Ofcom Scotland", "the band Pale Harbour")."""


_PERSON_TRADES = frozenset("developer publisher miner operator supplier employer".split())
"""Nouns of a trade that name people as often as firms: a name of several words after them may be a person's."""


# "whale rescue group Project Jonah", "the charity Safe Harbour Trust", "Brokerage Motilal Oswal": a noun for a
# body of people right before a name, with no comma between, is the name's own description.
_BODY_NOUN_BEFORE = re.compile(
    r"\b(?:group|organi[sz]ation|charity|association|coalition|foundation|non-?profit|think[- ]tank|brokerage|"
    r"law firm|consultancy)\s+$", re.I
)


def body_apposition(before: str, words: Sequence[str]) -> bool:
    """ "whale rescue group Project Jonah": a body, not a person; a name opening with a given name is a
    person's still ("the group Ann Reyes founded")."""
    return (bool(_BODY_NOUN_BEFORE.search(before)) and words[0] not in first_names()
            and words[0].lower().rstrip(".") not in TITLE_WORDS)


_STAFF_AT = re.compile(r"\b(?:[Tt]eams?|[Pp]rofessors?|[Ll]ecturers?|[Aa]nalysts|[Ee]conomists|[Ss]trategists|[Rr]esearchers)"
                       r"\s+at\s+$")


def staff_at(before: str, after: str) -> bool:
    """ "Analysts at Jeffords Hale", "researchers at Kessel Lamb": the house they work at, though its name
    reads as a person's; not "at Sam Altman's OpenAI", whose name is the owner's."""
    return bool(_STAFF_AT.search(before)) and not after.startswith(("'s", "’s"))


# "Keidanren, Japan's biggest business lobby, said", "KCB, Kenya's biggest lender by assets,", "Fedusa, the
# country's second-largest union federation,": a body ranked among its country's or its field's bodies. The
# owner is a capitalised name's possessive or "the country's"; up to MAX_RANKED_MODIFIERS words (a rank, a
# field: "most militant mining") stand before a noun that names only a body, never a person ("producer",
# "owner" and "boss" may be people). The window after a name may end inside the apposition: its end counts.
MAX_RANKED_MODIFIERS = 4
"""Words between the owner and the body's noun: "second-largest private-sector labour" and one more."""
_RANKED_BODY_NOUNS = (
    r"lobby|lobby group|union|federation|confederation|association|chamber|council|body|organi[sz]ation|party|"
    r"group|bank|lender|insurer|airline|carrier|carmaker|automaker|chipmaker|drugmaker|company|firm|corporation|"
    r"conglomerate|retailer|supermarket|grocer|broadcaster|newspaper|tabloid|daily|regulator|watchdog|charity|"
    r"agency|exchange|bourse|telecoms operator|mobile operator|telco|miner|utility|refiner|brewer|club|university|"
    r"think[- ]tank|coalition|alliance|movement|church|cooperative|co-?operative|network|publisher|chain|brand|"
    r"manufacturer|maker|start-?up|fund|pension fund|asset manager|trade body|industry body"
)
_RANKED_BODY_AFTER = re.compile(
    r"^\s*,\s+(?:(?:(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*|the\s+(?:country|nation|state|region|city|island|"
    r"world|continent|industry|sector))['’]s?|its|their)\s+"
    rf"(?:[\w'’-]+\s+){{0,{MAX_RANKED_MODIFIERS}}}?(?:{_RANKED_BODY_NOUNS})"
    r"(?=\s*[,;)]|\s*$|\s+(?:by|that|which|and)\b)"
)


def ranked_body(after: str, words: Sequence[str]) -> bool:
    """ "Keidanren, Japan's biggest business lobby, said": the name of a body its apposition ranks among its
    country's bodies, though the tagger read a place or a person; a name of several words opening with a given
    name is a person's still ("Ann Reyes, Kenya's largest union's ...")."""
    return bool(_RANKED_BODY_AFTER.match(after)) and not (len(words) > 1 and words[0] in first_names())


# "Casa Lenta, a shelter in Metairie, said", "Grey Lantern, a family-run restaurant that ...", "Unmop, the UN
# peacekeeping force in Kavaria, said": an apposition that says what the name is, headed by a noun for a place of
# business or a body (a public one: a force, a mission, a commission), never a person's (not "miner", "maker",
# "owner": "Ruiz, a coal miner, said"); the modifiers before it hold no preposition ("a member of the group" is a
# person). The noun ends the apposition or a phrase of where or what it is follows.
MAX_DESCRIBED_MODIFIERS = 3
"""Words between the article and the noun: "local nonprofit", "family-run Creole"."""
_DESCRIBED_BODY_AFTER = re.compile(
    r"^\s*,\s+(?:a|an|the)\s+"
    rf"(?:(?!(?:of|for|at|in|on|with|from|to|by|who|and|or)\b)[\w'’-]+\s+){{0,{MAX_DESCRIBED_MODIFIERS}}}?"
    r"(?:shelter|restaurant|caf[eé]|bakery|bar|pub|hotel|shop|store|boutique|clinic|hospital|hospice|school|academy|"
    r"college|university|charity|non-?profit|organi[sz]ation|group|foundation|church|mosque|temple|synagogue|museum|"
    r"gallery|theat(?:er|re)|club|company|firm|start-?up|chain|brand|label|studio|agency|bank|lender|insurer|airline|"
    r"network|union|association|coalition|newspaper|magazine|website|outlet|publication|food bank|pantry|winery|"
    r"brewery|distillery|factory|retailer|supermarket|grocer|broadcaster|regulator|watchdog|think[- ]tank|"
    r"co-?operative|manufacturer|conglomerate|corporation|movement|alliance|force|mission|militia|commission|"
    r"authority|committee|council|ministry|tribunal)"
    r"(?=\s*[,;)]|\s*$|\s+(?:in|on|at|near|outside|based|that|which|whose|where|run|founded|owned|behind|for|serving)\b)"
)


def described_body(after: str, words: Sequence[str]) -> bool:
    """ "Casa Lenta, a shelter in Metairie, said": a body or a business its apposition says it is, though the tagger
    read a person; a name of several words opening with a given name is a person's still."""
    return bool(_DESCRIBED_BODY_AFTER.match(after)) and not (len(words) > 1 and words[0] in first_names())


# "the opposition Civic Renewal party", "the Green Dawn movement": a political body's common noun in lower case
# right after its name, which the tagger, meeting a name of two capitalised words, read as a person's.
_PARTY_AFTER = re.compile(r"^[ \t]+(?:party|movement|bloc)\b")


def firm_context(before: str, after: str, words: Sequence[str]) -> bool:
    """A name set beside a business's noun (``business_apposition``), the house its analysts work at
    (``staff_at``), a rank among its country's bodies (``ranked_body``), what its apposition says it is
    (``described_body``) or a party's noun after it (``_PARTY_AFTER``): a body, though the tagger read a person or a place."""
    return (business_apposition(before, words) or staff_at(before, after) or ranked_body(after, words)
            or described_body(after, words) or _PARTY_AFTER.match(after) is not None)
