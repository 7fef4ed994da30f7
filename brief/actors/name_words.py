"""Words in and around a name that say it is no person or no actor at all: an outlet's noun ("the
national news agency, Bernama,"), a faith's believers ("Sunni Muslims"), a headline's verb glued to
the name ("..., Lindsey Graham Says"), a currency before an amount ("Rs 300"). The tagger reads none
of them; each rule reads the words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

import pycountry

from brief.actors.courtesies import SEAT_LETTERS
from brief.actors.gender import first_names
from brief.actors.ner import model
from brief.actors.phrasing import verb_lemma
from brief.actors.word_case import plain_word

_OUTLET_NOUNS = ("news agency|newspaper|broadcaster|tabloid|magazine|journal|news site|news website|wire service|"
                 "news service|news outlet|television station|TV station|radio station|state television|state TV")
# "the national news agency, Bernama,", "the state news agency Bernama": a name after an outlet's noun.
_OUTLET_BEFORE = re.compile(rf"\b(?:{_OUTLET_NOUNS})(,\s*|\s+)$", re.I)
_PERSON_OUTLET_NOUN = "broadcaster"
"""The outlet's noun that is a person's trade as well."""
# "the Bernama news agency", "the Sun newspaper": a name before one, after an article.
_OUTLET_AFTER = re.compile(rf"^\s+(?:{_OUTLET_NOUNS}|television|TV|radio)\b", re.I)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+(?:[A-Z][\w'’.-]*\s+)?$", re.I)
# "Bernama quoted Mahathir as saying": who quotes another as saying is the outlet that reports.
_QUOTED_AS_SAYING = re.compile(r"^\s+(?:also\s+)?quoted\s+[^.;:]{1,60}?\s+as\s+(?:saying|telling)\b")


def outlet_context(before: str, after: str, words: Sequence[str] = ()) -> bool:
    """ "the national news agency, Bernama, quoted", "the Bernama news agency": a name the text gives as
    an outlet's is an organisation that reports, whoever the tagger thought it was. But a broadcaster is a
    person's trade too ("veteran broadcaster Lena Marsh said"): a name that opens with a given name is hers."""
    apposition = _OUTLET_BEFORE.search(before)
    if apposition and (not apposition.group(1).startswith(",") or after[:1] in ",."):
        return not (apposition.group(0).lower().startswith(_PERSON_OUTLET_NOUN) and len(words) > 1
                    and words[0] in first_names())
    return bool(_OUTLET_AFTER.match(after) and _ARTICLE_BEFORE.search(before))


def quotes_as_saying(after: str) -> bool:
    """ "Bernama quoted Mahathir as saying": a one-word name that quotes others is an outlet."""
    return bool(_QUOTED_AS_SAYING.match(after))


# People of a faith or a sect ("Sunni Muslims", "a Maronite Christian", "Muslim"): believers, not a body
# that acts; "the Muslim Brotherhood" and "the Catholic Church" end otherwise and stay.
_ADHERENTS = frozenset("muslim christian jew catholic protestant hindu buddhist sikh shiite shia sunni maronite "
                       "druze evangelical mormon orthodox".split())


def adherents(words: Sequence[str]) -> bool:
    """ "Sunni Muslims", "Maronite Christian": a name that ends with a faith's believers is no actor."""
    last = words[-1].lower()
    if len(words) == 2 and last in _ADHERENTS and _given_name_first(words[0]):
        return False  # "Mark Christian": a given name and a surname, one person
    return last in _ADHERENTS or last.endswith("s") and last[:-1] in _ADHERENTS


_FAITH_QUALIFIERS = frozenset({"roman"})
"""Words before a faith's believers that are given names too ("Roman Catholic")."""


def _given_name_first(word: str) -> bool:
    """Whether the word is a given name and no faith's word ("Sunni" is a given name too, "Roman" also)."""
    return word in first_names() and word.lower() not in _ADHERENTS | _FAITH_QUALIFIERS


_TITLES_PLURAL = re.compile(r"[A-Z]{2,}s")
"""An acronym of a title, in the plural ("MPs", "MEPs", "CEOs"): never the last word of a name."""


def titles_plural(word: str) -> bool:
    """ "MPs", "MEPs": a title's acronym in the plural, people (brief.actors.groups)."""
    return _TITLES_PLURAL.fullmatch(word) is not None


def members(words: Sequence[str]) -> bool:
    """ "Tory MPs", "MPs": people described by their title, several, not a person named."""
    return titles_plural(words[-1])


_SMALL_WORDS = frozenset("a an the and or but of in on at to for by with as from into who was is".split())
"""Words a title-case headline may leave in lower case ("Exploits Trump Supporter Who Was in a Hospital")."""
# A headline's verb in title case, glued to the name before it: "..., Lindsey Graham Says".
_HEADLINE_VERBS = frozenset("says said warns warned claims claimed tells told urges urged admits admitted denies "
                            "denied slams slammed insists insisted vows vowed reveals revealed".split())


def headline_verb(word: str) -> bool:
    """ "Says" of "Lindsey Graham Says": a title-case reporting verb is not part of the name."""
    return word[:1].isupper() and word.lower() in _HEADLINE_VERBS


def leading_headline_verb(words: Sequence[str], line: Sequence[str]) -> bool:
    """ "Exploits" of "Hit Piece Exploits Trump Supporter" tagged the person "Exploits Trump": in a line set in title
    case (``line``, its words), a verb in "-s" before a name, a dictionary verb the tagger's case lexicon never met or
    met mostly in lower case, and no given name ("Brooks Koepka", "Mills Lane": the lexicon met them capitalised), is
    the headline's verb; in prose "Mars Curiosity" is a name."""
    first = words[0]
    lower = first.lower()
    if not (len(words) > 1 and first[:1].isupper() and first[1:].islower() and lower.endswith("s")
            and first not in first_names() and verb_lemma(lower) not in (None, lower)
            and all(w[:1].isupper() for w in line if w.isalpha() and w.lower() not in _SMALL_WORDS)):
        return False  # the line's words are read last, only for a verb-shaped first word (the cheap tests first)
    counts = model().lexicon.get(lower)
    return counts is None or counts[0] > counts[1]


# Currencies written as a word before an amount ("Rs 300", "Dhs 50", "KSh 1,000"): the tagger
# reads the capitalised abbreviation as a body's name. ISO codes ("USD 300", "INR 500") are read from
# pycountry; these are the common local abbreviations no body is named with.
_CURRENCY_WORDS = frozenset("Rs Rs. Re Re. Dh Dhs Dhs. Rp RM Ksh KSh Tk Sh Shs Ush TSh GH₵ Rf".split())


def currency_before_amount(words: Sequence[str], following: str) -> bool:
    """ "Rs" of "pay Rs 300": a currency's abbreviation right before a number is an amount, no actor."""
    if len(words) != 1 or not following[:1].isdigit():
        return False
    return words[0] in _CURRENCY_WORDS or words[0].isupper() and len(words[0]) == 3 and iso_currency(words[0])


@cache
def iso_currency(code: str) -> bool:
    """Whether ``code`` is an ISO 4217 currency code ("INR", "USD")."""
    return pycountry.currencies.get(alpha_3=code) is not None


# Feasts and holidays: when things happen, never who acts ("Christmas", "the New Year"). A name of
# several words that ends in "Day" or "Eve" names one too where a common word, a possessive or a feast
# opens it ("Boxing Day", "Mother's Day", "Christmas Eve"); not a given name ("Doris Day").
HOLIDAYS = frozenset(
    "christmas xmas easter thanksgiving halloween hanukkah chanukah kwanzaa ramadan eid diwali passover lent "
    "advent pentecost epiphany hogmanay".split()
) | frozenset({"new year", "new years", "new year's", "lunar new year", "chinese new year", "mardi gras",
               "yom kippur", "rosh hashanah"})
_FEAST_ENDINGS = frozenset({"Day", "Eve"})
# A greeting's first word before a feast or an occasion ("Merry Christmas", "Happy Holidays", "Season's
# Greetings"): a wish said to the reader, which the tagger types a person or a body; never who acts.
_GREETING_OPENERS = frozenset({"merry", "happy", "season's", "season’s", "seasons"})
_OCCASIONS = frozenset({"holidays", "holiday", "birthday", "anniversary", "greetings", "new year", "new years",
                        "new year's", "new year’s"})
# What a family calls its own ("Mom said", "From: Grandma"): a relation, not a name that says who.
FAMILY_WORDS = frozenset("mom mum mommy mummy momma mama dad daddy grandma grandpa granny gran nana grandmother "
                         "grandfather aunt auntie aunty uncle sis bro".split())
# Interjections a page capitalises ("Wow", "OMG"); a syllable said three times or more is laughter or
# singing ("HAHAHAHA", "Lalala").
INTERJECTIONS = frozenset("oh ooh ah aha ahh wow yay ugh hmm huh yikes oops phew whoa hooray omg lol lmao wtf "
                          "yep nope yeah ok okay hey".split())
_REPEATED_SYLLABLE = re.compile(r"(\w{1,3}?)\1{2,}", re.I)
_DRAWN_OUT = re.compile(r"\w*(\w)\1\1\w*")
"""A letter written three times over ("Weeeell", "Sooo"): a word drawn out in speech, no name; not in
initials, which may hold a letter three times ("ACCC"; "NOOOO" is shouted)."""
INITIALS_LETTERS = 4
"""Letters of the longest initials read as a body's ("ACCC"): longer capitals are a word shouted."""
# Sentence adverbs that open a sentence before a comma ("Likewise, encourage ..."), and adverbs of frequency that open
# a list's item with its subject left out ("2. Never urged Ukraine to investigate ..."): never a name.
DISCOURSE_ADVERBS = frozenset(
    "likewise otherwise moreover furthermore nevertheless nonetheless additionally consequently accordingly "
    "similarly conversely indeed anyway besides hence therefore instead regardless alternatively ultimately "
    "admittedly unfortunately fortunately hopefully interestingly importantly notably surprisingly basically "
    "honestly seriously apparently obviously clearly never always also still often rarely seldom sometimes usually".split()
)
# The endings of adverbs made from adjectives ("Ironically", "Inevitably", "Curiously", "Sadly"), not those of
# given names and surnames in -ly ("Emily", "Lily", "Kimberly", "Beverly", "Connolly", "Kelly").
_ADVERB_ENDING = re.compile(r"[a-z]{3,}(?:al|ab|ib|ous|iv|ing|ed|nt|ct|st|at|ar|ful|less|d|k|te|ure|ise|ire)ly")


def sentence_adverb(name: str, following: str) -> bool:
    """ "Ironically, ...", "Inevitably, ...": one word in an adjective's adverb form, opening its sentence before a
    comma, which the tagger took for a name once and the repeats then found again (callers check the opening)."""
    return following == "," and " " not in name and (bool(_ADVERB_ENDING.fullmatch(name[:1].lower() + name[1:]))
                                                     or _plain_stem_adverb(name))


MIN_ADVERB_LETTERS = 4
"""Letters of a word in "-ly" too short to be a sentence adverb ("Ally", "Eily"): names as often."""
_NAME_STEMS = frozenset({"kel", "bil", "hol", "mol", "sal", "pol", "lil", "dal", "man"})
"""Stems of names in "-ly" that are also short words or parts of words ("Manly", a Sydney suburb and its club)."""


def _plain_stem_adverb(word: str) -> bool:
    """ "Surely", "Separately", "Happily": a word in "-ly" made of one mostly written in lower case ("sure",
    "separate", "happy"), which the endings above miss; "Kelly" and "Donnelly" are made of no such word."""
    lower = word.lower()
    if not lower.endswith("ly") or len(lower) <= MIN_ADVERB_LETTERS:
        return False
    stem = lower[:-3] + "y" if lower.endswith("ily") else lower[:-2]
    return plain_word(stem, set()) and stem not in _NAME_STEMS


# "Oh my God", "thank God", "for God's sake": a deity called on in an exclamation.
_CALLED_ON = frozenset({"God", "Jesus", "Christ", "Lord", "Gosh", "Heaven", "Heavens"})
_EXCLAIMING = re.compile(r"\b(?:my|thank|thanks|for|to|oh|dear|good)\s+$", re.I)


def no_actor_word(name: str, before: str, plain: Callable[[str], bool]) -> bool:
    """ "Christmas", "Boxing Day", "Merry Christmas", "Mom", "HAHAHAHA", "Likewise", "thank God": a holiday, a
    greeting, a family word, an interjection, a sentence adverb or a deity in an exclamation, which the tagger took for a
    name; never an actor. ``plain`` says whether a word is a common one."""
    lower = name.lower()
    words = name.split()
    if greeting(name) or STYLE.fullmatch(lower) or _STYLE_NOUN.fullmatch(lower) and _STYLE_OWNER.search(before):
        return True  # "His Highness said": a style, standing for the one it was given to (pronoun_sources)
    if name in SEAT_LETTERS and name != _BANK_LETTERS:
        return True  # "MP Ruwan Dissanayake", "the MP said": a seat's letters alone are a title, no body's name
    if lower in HOLIDAYS or len(words) > 1 and words[-1] in _FEAST_ENDINGS and (
            plain(words[0]) or words[0].endswith(("'s", "’s")) or words[0].lower() in HOLIDAYS):
        return True
    if len(words) == 1 and (lower in FAMILY_WORDS or lower in INTERJECTIONS or lower in DISCOURSE_ADVERBS
                            or _REPEATED_SYLLABLE.fullmatch(name)
                            or not (name.isupper() and len(name) <= INITIALS_LETTERS) and _DRAWN_OUT.fullmatch(name.lower())):
        return True
    return name in _CALLED_ON and bool(_EXCLAIMING.search(before))


STYLE = re.compile(r"(?:his|her|their|your)\s+(?:royal\s+)?(?:highness|highnesses|majesty|majesties|excellency|excellencies|holiness"
                   r"|honour|honor|worship|lordship|ladyship)")
"""A style alone ("His Highness", "Her Majesty", "His Excellency", a judge's "His Honour"), which a Gulf or a royal court's
or a court report's news writes for its holder, named with it before ("His Highness Sheikh X ... His Highness said",
"His Honour Judge X"): no name, the holder's pronoun."""
_BANK_LETTERS = "TD"
"""Of the seat letters, the one a bank is also known by alone ("TD said its profit rose")."""
_STYLE_NOUN = re.compile(r"(?:royal\s+)?(?:highness|majesty|excellency|holiness|honour|honor|worship|lordship|ladyship)")
_STYLE_OWNER = re.compile(r"\b(?:his|her|their|your)\s+(?:royal\s+)?$", re.I)
"""The style's noun taken alone, its possessive left out of the name ("His | Highness stressed that"): the
same style, no one's name."""


def greeting(name: str) -> bool:
    """ "Merry Christmas", "Happy Holidays", "Happy New Year", "Season's Greetings": a wish, no one's name;
    "Happy Valley" (no occasion after "Happy") stays a name."""
    first, _, rest = name.lower().partition(" ")
    return first in _GREETING_OPENERS and (rest in HOLIDAYS or rest in _OCCASIONS)


def title_opens_name(text: str, title: str, words: Sequence[str]) -> bool:
    """ "General Electric", "General Motors", "General Mills" tagged an organisation without their first word:
    a title's word written in full with its capital opens a company's name, where the name after it is
    never written apart from it in the text and is no given name. A person titled so ("General Milley",
    "President Biden") is named bare or in full elsewhere, or has a given name ("King Charles"); the
    caller asks only of a name the tagger typed an organisation."""
    if not title[:1].isupper() or not title.isalpha():
        return False  # "Gen." is an abbreviation, only ever a person's title
    if words[0] in first_names():
        return False
    name = r"\s+".join(re.escape(w) for w in words)
    every = re.findall(rf"(\w*)\s*(?<![\w-]){name}(?![\w-])", text)
    return bool(every) and all(before == title for before in every)


_MAJOR = "major"
"""The one title that is also business English: "IT major Infosys", "food delivery major Zomato", "oil major
Shell" (an industry's big company), and an adjective, "a major Apple supplier"."""


def industry_major(title: str, words: Sequence[str]) -> bool:
    """ "major" in lower case before a name that opens with no given name: the industry's big company (or an
    adjective), not an army officer, whom the text writes "Major Tom Ellis" or "an army major, Tom Ellis"."""
    return title == _MAJOR and bool(words) and words[0] not in first_names()


_COMPOUND_MODIFIER = re.compile(
    r"[A-Z][\w.'’]*-(?:based|born|bred|raised|headquartered|owned|backed|listed|registered|founded|run|led|"
    r"funded|controlled|affiliated|allied|aligned|linked|made|built|focused|centred|centered)")
"""A place or a body joined to a participle ("Francisco-based", "Google-backed", "Texas-born"): it says
where a name is based or who backs it, and ends a description before the name."""


def description_words(words: Sequence[str]) -> int:
    """How many words at the front of a tagged span only describe the name after them: "San
    Francisco-based Lumio" is Lumio (the tagger read the place with it, one actor apart from the
    "Lumio" of the next sentence); 0 when the span holds no such compound before its last word."""
    return next((i + 1 for i in range(len(words) - 2, -1, -1) if _COMPOUND_MODIFIER.fullmatch(words[i])), 0)


BODY_TRADES = frozenset("carmaker automaker chipmaker drugmaker planemaker insurer reinsurer lender regulator watchdog "
                        "retailer grocer telco housebuilder homebuilder brokerage manufacturer miner".split())
"""Words of a trade that only a company or an authority is ("Drugmaker AstraZeneca said", "Regulator Ofgem said"):
before a name, a description of it, and the name is a body's, whatever the tagger read. None opens a body's own
name ("Carrier Global", "Studio Ghibli" and "Airline Pilots Association" do, so those words are not here)."""
TRADES = BODY_TRADES | frozenset("broadcaster developer publisher streamer brewer promoter".split())
"""Those and the trades a person may have as well ("Broadcaster David Attenborough said", "Developer Greystone
Homes said", "Promoter Live Nation said"): the word describes the name after it, and says nothing of its kind."""


def trade_before(words: Sequence[str]) -> bool:
    """A capitalised trade (``TRADES``) glued to the name after it where a sentence opens: the tagger read
    "Lender Nationwide" as one name, which is Nationwide described by its trade."""
    return len(words) > 1 and words[0].lower() in TRADES and words[1][:1].isupper()


FORMER_WORDS = frozenset(("former", "ex"))
"""Words that say a person no longer holds a role ("Former Lions and Scotland coach X"): never a body's first word,
so not one the tagger cut off a name that is a common word ("Best Buy" tagged "Buy")."""


_PARTICLED_GIVEN = re.compile(r"(?:De|Da|La|Le|Ja|Ke|Ty|Ra|Sha|Mc|Mac)[A-Z][a-z]{2,}")
"""A given name written with a capital inside after its particle ("LeBron", "DeMar", "DeAndre", "LaMelo",
"JaVale", "KeShawn", "McKenzie"): no dictionary of given names holds them all, and the tagger, seeing a capital
inside a word, often reads the name a company's."""


def particled_given(word: str) -> bool:
    """A particled given name (``_PARTICLED_GIVEN``: "LeBron", "DeAndre")."""
    return _PARTICLED_GIVEN.fullmatch(word) is not None


def particled_person(words: Sequence[str]) -> bool:
    """ "LeBron James", "DeAndre Hopkins": a particled given name and a surname, a person's name, whatever the
    tagger read (a name of more words, "McKinsey Global Institute", may be a body's)."""
    return len(words) == 2 and particled_given(words[0]) and words[1].istitle()


GENRES = frozenset("pop rock reality rap jazz soul folk opera punk metal indie country blues gospel disco techno "
                   "grime drill reggae hip-hop r&b k-pop j-pop emo ballet comedy soap".split())
"""Genres of music and entertainment, written with a capital where a sentence or headline opens them."""
PERFORMERS = frozenset("star stars singer singers legend legends icon icons diva sensation rapper rappers band bands "
                       "group duo trio act veteran princess queen king idol musician musicians dancer comedian "
                       "singer-songwriter frontman frontwoman crooner".split())
"""Lower-case nouns for performers that a genre describes ("Pop star", "Rock legend", "Reality star")."""


def genre_alone(words: Sequence[str], after: str) -> bool:
    """ "Pop star Kiana Dorsey", "Rock legend Benny Strand": a genre tagged as a one-word name before the noun
    of a performer it describes is no actor (a firm before its worker, "Apple engineer X", is one)."""
    return len(words) == 1 and words[0].lower() in GENRES and after in PERFORMERS


_CLOCK = frozenset("AM PM A.M. P.M. EST EDT CST CDT MST MDT PST PDT ET CT PT GMT BST UTC CET CEST IST AEST AEDT".split())
"""Words of a time of day and its zone, in capitals: a page's date line ("11/14/2025 at 09:10 AM EST")."""


def clock_words(words: Sequence[str]) -> bool:
    """ "AM EST", "PM": a time of day and its zone, which the tagger may read as a body's initials."""
    return bool(words) and all(w in _CLOCK for w in words) and (len(words) > 1 or words[0] in ("AM", "PM"))
