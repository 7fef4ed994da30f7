"""Names the tagger found somewhere in an article, looked for again where it missed them.

One name, one sense per article: the tagger reads a window of words, so it finds "researchers at
OpenAI" and misses "But OpenAI declined to disclose". Split from ``mentions`` (which reads the
tagger's spans) as the article-wide half of mention finding; with it, which capitalised words are no name at all
(``common_word``, ``is_name``, ``CLAUSE_OPENERS``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from brief.actors import kinds
from brief.actors.camel_names import camel_companies, camel_shape
from brief.actors.clipped_names import clipped_names
from brief.actors.gazetteer import MONTHS_DAYS, demonym_country
from brief.actors.gender import first_names
from brief.actors.headline_surnames import with_headline_surnames
from brief.actors.roles import SENTENCE_OPENERS
from brief.actors.short_forms import CLUB_ENDINGS, acronyms
from brief.actors.spelling_variants import without_article
from brief.actors.upper_camel_firms import upper_camel_firms
from brief.text.language import stop_words

if TYPE_CHECKING:
    from brief.actors.mentions import Token

KINDS = {"PER": "person", "ORG": "organization", "LOC": "place"}


def common_word(word: str, lowercase: set[str]) -> bool:
    """A word whose capital may only mark a sentence start: a sentence opener, a stop word or a word
    this article also writes in lower case."""
    lower = word.lower()
    return lower in SENTENCE_OPENERS or lower in lowercase or lower in stop_words("en")


# Words that open a clause or call out, never a name's first word: the tagger glued them to the name
# after them where a title or a quotation capitalised them ("Since Taylor left ...", "Hey Twitter, ...").
CLAUSE_OPENERS = frozenset("since despite although though while whilst whenever because unless until during "
                            "hey hi hello meanwhile".split())

_JUNK = frozenset({"copyright", "reuters/", "getty", "images", "photo", "advertisement"})
_REMNANT_OPENERS = frozenset("of for and on in to at with from by".split())
"""Lower-case words a name never opens with: what is left when a title was cut from an office ("Mayor | of
London"); "de Gaulle", "van Gogh" and "bin Salman" open with particles, not with these."""


PARTY_STATE = re.compile(r"[RDI]-(?:[A-Z][A-Za-z]*\.?){1,2}")
"""A US lawmaker's party and state after their name ("Sen. Bill Cassidy, R-La., the committee's top Republican,"):
the tagger reads it as a place or a name, and the speaker's apposition then opened on it."""


def is_name(name: str, sentence_initial: bool, lowercase: set[str]) -> bool:
    """Dates, weekdays, boilerplate, capitalised common words and a lawmaker's party and state are not actors."""
    if len(name) < 2 or not any(ch.isalpha() for ch in name) or PARTY_STATE.fullmatch(name):
        return False
    lower = name.lower()
    if lower in MONTHS_DAYS or lower in _JUNK or any(w in _JUNK for w in lower.split()):
        return False
    if name.split()[0] in _REMNANT_OPENERS:
        return False  # "The Mayor of London said": the office, its title cut off, is no name
    if " " not in name and sentence_initial and common_word(name, lowercase):
        return False  # "Following", "Despite": the same word appears in lower case elsewhere
    return True


def maker(words: list[str], a: int, b: int, known: dict[tuple[str, ...], str]) -> int:
    """How many opening words of a name that is no actor ("Nvidia GeForce RTX 3080", "the Nvidia Founders
    Edition": a product) are an organisation the article names on its own elsewhere: its maker; 0 if none.
    The rest must read as a product's (a model number, a camel-case line, "Edition"), so "Anzac Day"
    and "House Judiciary Chairman" leave "Anzac" and "House" alone."""
    rest = words[a + 1 : b + 1]
    if not any(kinds.model_number(w) or kinds.product_line_before(w) or w in kinds.PRODUCT_ENDINGS for w in rest):
        return 0
    for k in range(b - a - 1, 0, -1):
        if known.get(tuple(words[a : a + k])) == "ORG" and not demonym_country(words[a + k]):
            return k
    return 0


MAX_REPEAT_WORDS = 5
"""Longest name looked for again where the tagger missed it (organisations run to five words)."""


def known_names(
    tokens: list[list[Token]], found: list[list[tuple[int, int, str]]], lowercase: set[str], text: str = "", title: str = ""
) -> dict[tuple[str, ...], str]:
    """Names the tagger found somewhere in the article, each with the kind it gave most often.

    Why: one name, one sense per article. The tagger reads a window of words, so it finds
    "researchers at OpenAI" and misses "But OpenAI declined to disclose"; the story's subject then
    loses its mentions and its statements. A single word also written in lower case ("Pay") or a
    common word is left out, since its capital may only mark a sentence start."""
    votes: dict[tuple[str, ...], dict[str, int]] = {}
    for sent, spans in zip(tokens, found):
        for a, b, label in spans:
            words = tuple(t.text for t in sent[a:b])
            defined = _defined_initials(sent, b, words) if label in KINDS else ""
            if defined:  # "the Reserve Bank of India (RBI)": the text names the body so from here on
                tally = votes.setdefault((defined,), {})
                tally[label] = tally.get(label, 0) + 1
            bare = without_article(words[-1]) if label == "PER" and len(words) > 1 and words[0] in first_names() else ""
            if bare and bare != words[-1]:  # "Nouri said" after "Khalid al-Nouri": the surname without its article
                tally = votes.setdefault((bare,), {})
                tally[label] = tally.get(label, 0) + 1
            if (label not in KINDS or len(words) > MAX_REPEAT_WORDS or not all(w[:1].isupper() for w in words)
                    or demonym_country(" ".join(words))):
                continue  # a demonym ("Philippine") counts for its country through its own rule
            if len(words) == 1 and (common_word(words[0], lowercase) or len(words[0]) < 2):
                continue
            tally = votes.setdefault(words, {})
            tally[label] = tally.get(label, 0) + 1
    known = {words: max(tally, key=lambda k: tally[k]) for words, tally in votes.items()}
    for club in club_words(known, text):  # "Rovers had led" after "Kingsbridge Rovers" (tagged a person's name, too)
        known[club] = "ORG"
    for surname in _surnames(known, lowercase):
        known.setdefault(surname, "PER")
    for short in _without_legal_suffix(known, lowercase):
        known.setdefault(short, "ORG")
    for word in camel_companies(text) | upper_camel_firms(text):  # "eBay", "ConocoPhillips": untagged, shown a firm
        known.setdefault((word,), "ORG")
    for clipped in clipped_names(known, text):  # "the Met" of the Metropolitan Police
        known.setdefault(clipped, "ORG")
    for initials in written_initials(known, text):  # "the WHO" of the World Health Organization, never tagged
        known.setdefault(initials, "ORG")
    return with_headline_surnames(known, title, lowercase)  # "Edwards" (read a misc. name) under "Shaun Edwards on board"


PLACE_NAME_ENDINGS = frozenset("City County United".split())
"""Club words that also end places' names ("Mexico City", "Orange County", "United" of a state's name): written alone,
they are a club's only where the full name is a body's; the others ("Rovers", "Town") are, whatever the tagger read
the full name as ("Kingsbridge Rovers" as a person)."""


def club_words(known: dict[tuple[str, ...], str], text: str) -> list[tuple[str, ...]]:
    """The word a club is called by alone ("Rovers", "Town": ``short_forms.CLUB_ENDINGS``), unknown or read as a
    person's name, where just one name the article knows ends with it and the text writes it alone inside a
    sentence ("Rovers had led through ...", "lifts Town to third"): the tagger, reading a common word, leaves it
    untagged, and the club that is the match report's subject loses every mention after its first."""
    out: list[tuple[str, ...]] = []
    for word in CLUB_ENDINGS:
        ending = [words for words, label in known.items() if len(words) >= 2 and words[-1] == word
                  and (label == "ORG" or label in ("LOC", "PER") and word not in PLACE_NAME_ENDINGS)]
        if len(ending) == 1 and known.get((word,), "PER") == "PER" and _ALONE[word].search(text):
            out.append((word,))
    return out


def club_word(words: list[str], label: str, known: dict[tuple[str, ...], str]) -> bool:
    """Whether a word the tagger read as a person's name is a club's word alone that the article knows as a body
    (``club_words``: "Rovers had led", tagged a surname)."""
    return label == "PER" and len(words) == 1 and words[0] in CLUB_ENDINGS and known.get(tuple(words)) == "ORG"


_ALONE = {word: re.compile(rf"(?<=[a-z,;] ){word}\b(?!\s+[A-Z])|(?<=\n){word}\s+[a-z]") for word in CLUB_ENDINGS}
"""The club's word alone inside a sentence, after a lower-case word or a comma ("lifts Town to", "as Rovers
boss"), or opening a paragraph before a lower-case word; no capitalised word after it ("Town Hall")."""


MIN_WRITTEN_INITIALS = 3
"""Letters of a body's initials looked for as a word of their own: two ("DJ", "BE") spell too many other things."""


def written_initials(known: dict[tuple[str, ...], str], text: str) -> list[tuple[str, ...]]:
    """Initials of a body the article names in full (known as ORG, of three words or more) that the text also
    writes as a word in capitals ("the WHO said" after "the World Health Organization"): the tagger, which read
    "WHO" as the pronoun, leaves such initials untagged, and the body's statements under them are lost."""
    out: list[tuple[str, ...]] = []
    for words, label in known.items():
        if label != "ORG" or len(words) < 3:
            continue
        for initials in acronyms(" ".join(words)):
            if (len(initials) >= MIN_WRITTEN_INITIALS and (initials,) not in known and (initials,) not in out
                    and initials in text and re.search(rf"\b{initials}\b", text)):
                out.append((initials,))
    return out


def _defined_initials(sent: list[Token], end: int, words: tuple[str, ...]) -> str:
    """The initials a text defines in brackets right after a name ("the Reserve Bank of India (RBI)",
    "People Power Party (PPP)"), when they are the name's: a tagger that read the full name often
    misses the bare initials ever after ("But the RBI said"); "" when none."""
    if end + 2 >= len(sent) or sent[end].text != "(" or sent[end + 2].text != ")":
        return ""
    letters = sent[end + 1].text
    if len(letters) < MIN_DEFINED_INITIALS or not (letters.isalpha() and letters.isupper()):
        return ""
    return letters if letters in acronyms(" ".join(words)) else ""


MIN_DEFINED_INITIALS = 2
"""Fewest capitals read as defined initials: "(BI)" for Bank Indonesia; one letter is a list mark."""

_LEGAL_SUFFIXES = frozenset("Corp Inc Ltd LLC PLC plc Co GmbH AG".split())
"""A company's legal form after its name ("Velmora Inc."), which the text drops after the first time."""


def _without_legal_suffix(known: dict[tuple[str, ...], str], lowercase: set[str]) -> list[tuple[str, ...]]:
    """The names of the companies named with their legal form, without it ("Velmora Inc.": "Velmora"),
    looked for alone: the text names the company so ever after, and a tagger that read the full form
    may read the short one as a misc. name or pass it over (``kinds.strip_corporate`` joins the two
    once both are mentions)."""
    out: list[tuple[str, ...]] = []
    for words, label in known.items():
        if label != "ORG" or len(words) < 2 or words[-1].rstrip(".") not in _LEGAL_SUFFIXES:
            continue
        short = words[:-2] if words[-2] == "," else words[:-1]
        if short and not (len(short) == 1 and common_word(short[0], lowercase)):
            out.append(short)
    return out


MIN_SURNAME_CHARS = 3
"""Shortest surname looked for alone: two letters ("Li", "Ng") stand in too many initials and codes."""

_GENERATIONS = frozenset("Jr Sr II III IV".split())
"""Words after a surname that are no surname ("Kennedy Jr."): the surname is the word before."""


def _surnames(known: dict[tuple[str, ...], str], lowercase: set[str]) -> list[tuple[str, ...]]:
    """The surnames of the people named in full ("Mara Quell": "Quell"), looked for alone.

    Why: news names a person in full once, then by surname ("Quell said", "Quell's plan"); the tagger
    may read the full name and miss the surname, even three times over, at a sentence's start or beside
    a quote, and the story's subject is then named once and not listed. Only a name opening with a
    given name is a person's for sure; a surname the tagger also reads alone as another kind keeps its
    kind (``setdefault``), and one the article writes in lower case ("Young", "Page") is a word. Only a
    plain capitalised word is looked for ("Quell"; "McQuell" and "Quell-Ames" are left to the tagger)."""
    out: list[tuple[str, ...]] = []
    for words, label in known.items():
        if label != "PER" or len(words) < 2 or words[0] not in first_names():
            continue
        last = words[-2] if words[-1].rstrip(".") in _GENERATIONS and len(words) > 2 else words[-1]
        if len(last) >= MIN_SURNAME_CHARS and last[1:].islower() and not common_word(last, lowercase):
            out.append((last,))
    return out


def untagged_repeats(
    sent: list[Token], covered: set[int], known: dict[tuple[str, ...], str]
) -> list[tuple[int, int, str]]:
    """Where a known name stands whole in this sentence and the tagger left it untagged: the
    longest match at each word, never part of a longer capitalised run (so "Broward" alone does
    not match inside "Broward Health")."""
    if not known:
        return []
    out: list[tuple[int, int, str]] = []
    firsts = {words[0] for words in known}  # a word no known name opens with starts no match: not looked at further
    i = 0
    while i < len(sent):
        hit = None
        word = sent[i].text
        if (i not in covered and word in firsts and (word[:1].isupper() or camel_shape(word))
                and (i == 0 or not capital_run(sent, i - 1, covered))):
            for n in range(min(MAX_REPEAT_WORDS, len(sent) - i), 0, -1):
                words = tuple(t.text for t in sent[i : i + n])
                if words in known and not any(k in covered for k in range(i, i + n)) and (
                    i + n == len(sent) or not capital_run(sent, i + n, covered)
                ):
                    hit = (i, i + n, known[words])
                    break
        if hit:
            out.append(hit)
            i = hit[1]
        else:
            i += 1
    return out


def capital_run(sent: list[Token], k: int, covered: set[int]) -> bool:
    """Whether word ``k`` is an untagged capitalised word that a name beside it would continue."""
    return k not in covered and sent[k].text[:1].isupper() and sent[k].text.isalpha() and not (
        k == 0 or sent[k - 1].text in (".", "“", '"', "(")
    )
