"""Titles the tagger took into a person's name, to cut from its front.

Beyond the English ranks and offices ("Supt Peters", "Tanaiste Leo Varadkar"), news in Malaysian,
Indian and Nigerian English writes courtesy titles before nearly every name ("Datuk Seri Hajiji
Noor", "Tan Sri Musa Aman", "Shri Shinde", "Smt Supriya Sule", "Alhaji Aliko Dangote"), and US
city news "Ald. Brendan Reilly", UK news "the Rt Hon Keir Starmer". Kept in the name they split one
person in two ("Tan Sri Musa" and "Musa Aman") and hide the name a reader knows. A courtesy word
is cut only by its place: at the front of a name, with a name after it; the Malay pairs only as
pairs, because "Tan", "Puan", "Toh" and "Sri" are also names ("Tony Tan", "Puan Maharani", "Sri
Mulyani Indrawati").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors import kinds
from brief.actors.body_endings import organization_ending
from brief.actors.callings import CALLINGS
from brief.actors.gazetteer import ORG_WORDS
from brief.actors.gender import first_names
from brief.actors.job_nouns import STANDINGS
from brief.actors.job_titled_names import job_before_name
from brief.actors.phrasing import is_noun
from brief.actors.surname_first import FAMILY_NAMES_FIRST
from brief.actors.written_ranks import CLIPPED_RANKS, hyphenated_rank
from brief.text.lexicon import PERSON_TITLES

COURTESY_WORDS = frozenset(
    "shri sushri shrimati smt alhaji alhaja hajiya datuk dato datin tun ald alderman rt cr oba".split()
)
"""Courtesy titles that are never a name's first word themselves (with "rt" of "the Rt Hon"; "oba", a Yoruba king's)."""
CLERGY_TITLES = frozenset("rabbi imam archbishop cardinal pastor ayatollah sheikh".split())
"""Clergy titles written before a name ("Rabbi Jonathan Sacks", "Imam Qari Asim"), which the tagger reads as the
first word of a body's name; a title only before two words that are no body's ("Cardinal Health" is a firm).
Not "bishop", also a surname ("Julie Bishop")."""
_OFFICE_LETTERS = frozenset("PM CM CAO".split())
"""Offices written as capitals before a name in Indian news ("PM Modi", "CM Stalin") and a Canadian town's or
county's chief administrative officer ("CAO Brent Haluschak said", tagged a body), of any kind the tagger gave (the
headline's "PM Modi" tagged a body): case-sensitive, "Pm" is no title and "Cao" is a surname."""
COURTESY_ABBREVIATIONS = frozenset("smt ald rt cr".split())
"""The courtesies written as abbreviations: cut from a name of any kind, as ``ABBREVIATED_TITLES`` are."""
_PAIR_HEADS = {"tan": "sri seri", "puan": "sri seri", "toh": "puan"}
"""Malay titles whose first word is also a surname or a given name: a title only before its second word."""
_MALAY_TITLES = frozenset("datuk dato datin tun tan puan toh".split())
_MALAY_SECONDS = frozenset("sri seri puan".split())
"""The second word of a Malay courtesy ("Datuk Seri", "Dato' Sri", "Tan Sri"): a title only after the first."""
_APOSTROPHES = frozenset("'’")
_SEAT_WORDS = frozenset("city county state town borough district parish municipal provincial regional".split())
"""What a local office's title may open with, the seat it serves ("City Councilwoman", "County Commissioner"):
a title's word only when a title follows it ("City Hall", "State Street" are names)."""


def _lower(word: str) -> str:
    return word.lower().rstrip(".")


def leading_title(words: Sequence[str], label: str, before: Sequence[str] = ()) -> bool:
    """Whether ``words[0]`` is a title the tagger took into the name: an abbreviation always ("Dr
    Etienne", "Ald. Reilly"), a full word in a person's name ("Tanaiste Leo Varadkar", "Alhaji Aliko
    Dangote") or before a given name and a surname whatever the tagger's label ("Superintendent Audley
    Peters" tagged an organisation); "General Motors" stays. ``before`` holds the words just before
    the name, for "Dato' | Sri Anwar Ibrahim" where the tagger left the first title out."""
    if len(words) < 2:
        return False
    if inner_courtesy(words, label) or _place_before_seat(words, label):
        return True
    lower = _lower(words[0])
    if words[0] in _APOSTROPHES:
        return bool(before) and _lower(before[-1]) in _MALAY_TITLES  # "Dato | ' | Sri": the title's apostrophe
    if lower in _MALAY_SECONDS:
        prior = [w for w in before if w not in _APOSTROPHES]
        return bool(prior) and _lower(prior[-1]) in _MALAY_TITLES
    if lower in _PAIR_HEADS:
        return _lower(words[1]) in _PAIR_HEADS[lower].split()
    if _office_of(words, before) or _office_before_body(words, before) or hyphenated_rank(words[0]):
        return True  # "Major-Gen Gopaul Govender": the rank written as one word
    if lower in _SEAT_WORDS and words[0][1:].islower() and len(words) >= 3 and leading_title(words[1:], label, [*before, words[0]]):
        return True  # "City Councilwoman Rosa Delgado": the title's seat, then the title itself
    if before and _lower(before[-1]) in CLIPPED_RANKS.get(lower, ()):
        return True  # "Det | Con Sarah Whyte": a clipped rank's last word
    if words[0] in POLICE_POSTS and (len(words) == 2 and words[1] in COMPASS_DISTRICTS or before and before[-1] in POLICE_POSTS):
        return False  # "SSP East": a post named for its district, its holder unnamed; "DIG | South Asif" read below
    if (before and before[-1] in POLICE_POSTS and len(words) >= 3 and words[0] not in first_names()
            and words[1] in first_names()):
        return True  # "SSP | Korangi Asif Nawaz": the district the post is named for, then the officer's name
    if words[0].isupper() and label == "ORG" and kinds.organization_ending(" ".join(words[1:])):
        return False  # "SP Energy Networks": capitals opening a body's name that ends as one, no rank ("SP Ravi Kumar")
    if (lower in kinds.ABBREVIATED_TITLES or words[0] in _OFFICE_LETTERS
            or lower in COURTESY_ABBREVIATIONS and not words[0].isupper()):  # "Rt Hon", not the channel "RT America"
        return True
    if words[0] in SEAT_LETTERS:
        return (len(words) >= 3 and (words[1] in first_names() or label == "PER"  # "Local MP Hannah Cross"; the
                                     or re.fullmatch(r"[A-Z]{1,3}\.?", words[1]) is not None)  # initials: "MLA GT Devegowda"
                and words[2][:1].isupper())  # tagger's person "MLA Debabrata Saikia", a given name no list holds
    if (lower in CALLINGS or lower in STANDINGS) and words[0][1:].islower():
        return not any(w.lower() in ORG_WORDS for w in words[1:])  # "Rapper Stormzy", "Singer Leona Hartley"
    if _occupation_before_given_name(words, label) or job_before_name(words):  # also "Researcher Soyeon Park"
        return True  # "Deckhand Ola Brandt", "Nurse Mary Okafor": a job the list of callings lacks
    if plural_title(words[0]) and len(words) >= 3 and (label == "PER" or words[1] in first_names()):
        return True  # "Cabinet Secretaries Mercy Wanjiru (Trade) and ...": a title shared by the names listed
    if lower not in kinds.TITLE_WORDS and lower not in CLERGY_TITLES and (lower not in COURTESY_WORDS or words[0].isupper()):
        return False
    rest = words[1:]
    return label == "PER" or (len(rest) >= 2 and not any(w.lower() in ORG_WORDS for w in rest))


_INNER_COURTESIES = frozenset("shri shrimati sushri smt alhaji alhaja hajiya datuk dato datin".split())
"""Courtesies that open a person's name wherever they stand in a span: never a word of an office's or a body's
name, so words before them are the office the tagger ran into the name ("Minister of | State for Housing Shri
K. Venkatesh Rao", "Kelantan Menteri Besar Datuk Mohd Daud")."""


def inner_courtesy(words: Sequence[str], label: str = "") -> bool:
    """Whether an unambiguous courtesy stands inside the span (not first), with only capitalised words after it
    and no body's, facility's or street's word among them: the words before it go ("Lady Shri Ram College",
    "Datuk Keramat Road" stay whole)."""
    inner = next((i for i, w in enumerate(words) if i > 0 and _lower(w) in _INNER_COURTESIES
                  and w[:1].isupper() and not w.isupper()), None)
    if inner is None:
        return _party_before_seat(words, label)
    if inner + 1 >= len(words):
        return False
    rest = words[inner + 1 :]
    return (all(w[:1].isupper() for w in rest) and not any(w.lower() in ORG_WORDS for w in rest)
            and not organization_ending(" ".join(words[inner:])) and kinds.street_kind(rest, []) is None)


MAX_SEAT_PLACE_WORDS = 2
"""Most words of the place's name before a local seat's word ("Harlan | County", "Prince Georges | County"): a
county's or a city's name is short; a longer run of capitals is more likely a body's or a person's own name."""


def _place_before_seat(words: Sequence[str], label: str) -> bool:
    """A place's name the tagger ran into the person's before a local seat's title ("Harlan County Sheriff Dwayne
    Etheridge", "Orleans Parish Sheriff Ann Reyes"): capitalised words, the seat's word, a title, then the holder's
    name (a given name, or tagged a person). The place and the seat name the office she holds, not her."""
    seat = next((i for i, w in enumerate(words) if 0 < i <= MAX_SEAT_PLACE_WORDS and _lower(w) in _SEAT_WORDS
                 and w[1:].islower()), None)
    if seat is None or len(words) - seat < 3:
        return False
    title, rest = words[seat + 1], words[seat + 2 :]
    return (_lower(title) in kinds.TITLE_WORDS and title[1:].islower()
            and all(w[:1].isupper() and not w.isupper() and _lower(w) not in kinds.TITLE_WORDS for w in words[:seat])
            and (label == "PER" or rest[0] in first_names()) and all(w[:1].isupper() for w in rest)
            and not any(w.lower() in ORG_WORDS for w in rest))


def _party_before_seat(words: Sequence[str], label: str = "") -> bool:
    """A party's name the tagger ran into the person's before the seat's letters ("Fine Gael TD Declan Morrissey",
    "Sinn Féin MLA Orla Gilmartin"): capitalised words, the letters, then a given name and a surname. The party is
    his affiliation, the letters his title; neither is his name. The given name is one the lists hold, or the tagger
    read the whole span a person ("Sinn Féin TD Orla Nic Gabhann": Irish, Welsh, Dutch given names the census
    lacks), as "TD Mary Lou McDonald" needs no list when tagged so."""
    seat = next((i for i, w in enumerate(words) if i > 0 and w in SEAT_LETTERS), None)
    return (seat is not None and len(words) - seat >= 3 and (words[seat + 1] in first_names() or label == "PER")
            and all(w[:1].isupper() and not w.isupper() for w in [*words[:seat], *words[seat + 1 :]]))


_OFFICE_HEADS = frozenset("chief minister secretary commissioner director head chancellor attorney surgeon comptroller "
                           "inspector chair chairman chairwoman president governor leader deputy speaker".split())
"""Heads of an office named with "of" ("Chief of Detectives", "Minister of Defence", "Chancellor of the Exchequer")."""


def _office_of(words: Sequence[str], before: Sequence[str]) -> bool:
    """ "Chief of | Staff Susie Wiles", "Minister of | Defence Richard Marles": the tagger began the person's name
    at the office's last word; a given name after it, and a surname, show where the name begins."""
    tail = [w.lower() for w in before[-3:]]
    if tail[-2:-1] == ["the"] or tail[-1:] == ["the"]:
        tail = [w for w in tail if w != "the"]
    return (len(words) >= 3 and len(tail) >= 2 and tail[-1] == "of" and tail[-2] in _OFFICE_HEADS
            and words[0] not in first_names() and (words[1] in first_names() or _portfolio_then_name(words)))


def _office_before_body(words: Sequence[str], before: Sequence[str]) -> bool:
    """ "Speaker of Parliament Rose Nankabirwa Atim" tagged one body: an office's head and its "of" open the span
    and a given name further on starts the person's name, so the head, then the "of", is the title's (the body's
    words are left to ``_office_of``)."""
    if words[0] == "of" and before and _lower(before[-1]) in _OFFICE_HEADS:
        body = list(words[1:])
    elif _lower(words[0]) in _OFFICE_HEADS and len(words) > 1 and words[1] == "of":
        body = list(words[2:])
    else:
        return False
    given = next((k for k, w in enumerate(body) if w in first_names()), -1)
    return 1 <= given < len(body) - 1 and all(w[:1].isupper() for w in body[:given])


def _portfolio_then_name(words: Sequence[str]) -> bool:
    """ "Minister of | Electricity Kgosientsho Ramokgopa": a common noun (the portfolio), then a given name no
    list holds and a surname, both words no dictionary has."""
    return (len(words) == 3 and is_noun(words[0]) and not any(is_noun(w) for w in words[1:])
            and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words))


def lone_title(words: Sequence[str], following: str) -> bool:
    """A title alone, written as an abbreviation before a name ("Ald. | Brendan Reilly" with "Ald"
    tagged a body of its own), a naval rank's first word ("Rear | Adm. Daniel Hagari"), or a title word
    tagged apart from the name it opens ("Councilwoman | Ivy Chen"): no actor."""
    return (len(words) == 1 and following == "." and _lower(words[0]) in COURTESY_ABBREVIATIONS
            and not words[0].isupper()) or (len(words) == 1 and words[0] in _RANK_PREFIXES
                                            and following.rstrip(".") in ("Adm", "Admiral")) or (
        len(words) == 1 and words[0].lower() in kinds.TITLE_WORDS and words[0][1:].islower() and following[:1].isupper())


_RANK_PREFIXES = frozenset({"Rear", "Vice"})
"""Words that open a naval rank ("Rear Adm. Daniel Hagari", "Vice Admiral X"): tagged a person of their own
before the abbreviation, they are the title's, no one's name."""


POLICE_POSTS = frozenset("SSP SP DSP ASP DIG AIG IGP SHO DPO CPO CCPO SDPO DCP ACP".split())
"""South Asian police ranks written as letters before a name or a district ("SSP Korangi Asif Nawaz", "DIG South"),
case-sensitive: a post is often named for its district alone ("According to SSP East")."""
COMPASS_DISTRICTS = frozenset("East West North South Central".split())
"""Districts named by a point of the compass after a police post ("SSP East", "DIG South"): the post, no surname."""
SEAT_LETTERS = frozenset("MP MLA MLC MSP MEP MPP MHA MNA MHR MCA TD".split())
"""A parliamentary seat's letters, written before a name as a title ("Local MP Hannah Cross", "MLA Priya Nair",
"TD Mary Lou McDonald", a Kenyan county's "MCA Peter Ouma", a council's "MLC Asha Rao") and after it;
case-sensitive, and before a name only with a known given name next ("MP Materials" is a company)."""
POST_NOMINALS = SEAT_LETTERS | frozenset("OBE MBE CBE KBE DBE QC KC SC BL".split())  # with counsel's "SC", "BL"
"""Letters written after a person's name for a seat or an honour ("Priya Nair MLA", "Joan Pell OBE"),
case-sensitive: the tagger takes them into the name, and as a body's ("Rt Hon Edwin Marsh MP")."""
_POST_NOMINAL_NAME_WORDS = 2
"""A given name and a surname at least before the letters: "Nair MLA" alone may be a body's name."""


def post_nominal(words: Sequence[str]) -> bool:
    """Whether the name ends in a seat's or an honour's letters after a capitalised given name and surname."""
    return (len(words) > _POST_NOMINAL_NAME_WORDS and words[-1] in POST_NOMINALS
            and all(w[:1].isupper() and not w.isupper() for w in words[:-1]))


def _occupation_before_given_name(words: Sequence[str], label: str) -> bool:
    """A person's span of three words or more whose first is a common noun and no given name, and whose
    second is a given name: the first is their job, written capitalised before the name at a sentence's
    start ("Deckhand Ola Brandt admitted"), not part of it ("Rose Mary Tull" keeps "Rose", a given name; "Lee Wai
    Kit", "Song Mei Ling" keep the family name written first, which a dictionary also has)."""
    if label != "PER" or len(words) < 3 or not words[0][1:].islower() or not words[2][:1].isupper():
        return False
    given = first_names()
    return (is_noun(words[0].lower()) and words[0] not in given and words[1] in given
            and words[0] not in FAMILY_NAMES_FIRST)  # "Dr Lee Wai Kit": a family name written first, not "lee"


def malay_courtesy_before(words: Sequence[str]) -> int:
    """How many of the last ``words`` (those right before a name) are a Malay courtesy: "Datuk Seri", "Dato ' Sri",
    "Tan Sri", "Toh Puan", or a first word alone that is never a name ("Datuk", "Tun"); "Tan" alone is a surname.
    "Prime Minister Datuk Seri | Anwar Ibrahim": the office before the courtesy is his role."""
    k = len(words)
    if k and _lower(words[k - 1]) in _MALAY_SECONDS:
        k -= 1
        while k and words[k - 1] in _APOSTROPHES:
            k -= 1
        head = _lower(words[k - 1]).rstrip("'’") if k else ""
        if head not in _MALAY_TITLES or head in _PAIR_HEADS and _lower(words[-1]) not in _PAIR_HEADS[head].split():
            return 0
        return len(words) - k + 1
    while k and words[k - 1] in _APOSTROPHES:
        k -= 1
    if k and _lower(words[k - 1]).rstrip("'’") in _MALAY_TITLES - _PAIR_HEADS.keys():
        return len(words) - k + 1
    return 0


WRITTEN_COURTESIES = frozenset("engr barr hon rt smt".split())
"""Forms of address Nigerian and Indian papers write between an office and a name, often abbreviated ("The
General Manager, Engr. Gbolahan Oki,", "A lawyer, Barr. Ada Eze,", "Speaker, Rt. Hon. X", "Minister Smt. Y"):
no role, and the office before them is the person's."""


def courtesy_at(texts: Sequence[str], k: int, known: frozenset[str]) -> bool:
    """Whether ``texts[k]`` is a courtesy (of ``known`` or ``WRITTEN_COURTESIES``), or the full stop the tokenizer
    split from one ("Engr | .")."""
    if texts[k] == "." and k > 0:
        k -= 1
    return texts[k].lower().rstrip(".") in known | WRITTEN_COURTESIES


def plural_title(word: str) -> bool:
    """ "Secretaries", "Senators", "Ministers": a title before a name in the plural, written once for the names
    listed after it ("Cabinet Secretaries Mercy Wanjiru and Daniel Korir"); never a word of anyone's name."""
    if not word[:1].isupper() or not word[1:].islower() or not word.endswith("s"):
        return False
    lower = word.lower()
    single = lower[:-3] + "y" if lower.endswith("ies") else lower[:-1]
    return single in PERSON_TITLES
