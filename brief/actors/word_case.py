"""How the article writes a word: in lower case in its prose (a common word there), mostly in lower
case anywhere the tagger was trained, in capitals as a common word shouted, or inside a sentence after
a lower-case word. A capital at a sentence's start or in a headline says nothing of a name; these say
whether a capitalised word is a name's or a common word's."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from functools import lru_cache

from brief.actors.gazetteer import demonym_country, phrase_table
from brief.actors.gender import first_names
from brief.actors.ner import model
from brief.actors.phrasing import is_noun, verb_lemma
from brief.text.language import stop_words

# A word written in lower case in an article's prose: between spaces or before punctuation, so not the
# "jamie" of a link or an address ("jamie-oliver", "jamie.wallis@example.org").
_PROSE_LOWER = re.compile(r"(?:(?<=\s)|^)([a-z]+)(?=[\s,;:!?)]|\.(?:\s|$)|$)")


PROSE_TEXTS_KEPT = 64
"""Texts whose lower-case words are remembered: the article being read and its title, and in the main process
a story's articles, which its actors' headline tests ask for in turns (two kept rescanned them: 1,080 calls on
the 158 texts of 200 articles)."""


@lru_cache(maxsize=PROSE_TEXTS_KEPT)
def prose_lowercase(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case in its prose (``_PROSE_LOWER``): common words there.
    Remembered (personhood and thinghood both ask, and a story's actors; a scan of its whole text)."""
    return frozenset(_PROSE_LOWER.findall(text))


_INNER_CAPITALS = re.compile(  # the look-ahead changes no match: the scan skips to a letter or comma
    r"(?=[a-z,])(?:\b[a-z]+,?|,)\s+((?:(?:(?:Mrs?|Ms|Dr|St|Mt|Jr|Sr|Rep|Sen|Gov|Gen|Lt|Col|Capt|Sgt|Rev|Prof)\.|(?:[A-Z]\.)+"
    r"|[A-Z][\w’'-]*)\s+)*[A-Z][a-z]+)\b"
)
"""A run of capitalised words after a lower-case word or a comma; a dot only closes a title's
abbreviation or initials ("Dr.", "U.S.", "Patrick W. Carlineo"), so a run does not cross into the
next sentence ("in May. Finding ...")."""


@lru_cache(maxsize=2)
def inner_capitals(text: str) -> Mapping[str, int]:
    """How often ``text`` writes each capitalised word inside a sentence: in a run of capitals after a
    word in lower case or a comma ("said Young", "signed Tom Young"). There a capital is a name's own,
    not a sentence's opening."""
    return Counter(word for run in _INNER_CAPITALS.findall(text) for word in run.split())


def plain_word(word: str, lowercase: AbstractSet[str]) -> bool:
    """A word that is mostly written in lower case: in this article, or in the tagger's training
    text (its case lexicon), or a stop word. "Trade", "Magnetic", "Transit" are; "Corentyne" is not."""
    if len(word) > 1 and word.isupper() or demonym_country(word) or tuple(word.split()) in phrase_table():
        return False  # "US" is no "us": an acronym, a country or a demonym is a name
    lower = word.lower()
    if lower in lowercase or lower in stop_words("en"):
        return True
    counts = model().lexicon.get(lower)
    return counts is not None and counts[0] > counts[1]


MIN_SHOUTED_WORD = 4
"""Letters a word in capitals must have to be read as a common word shouted: shorter ones are
acronyms as often ("US", "UK", "WHO", "ACT")."""


def shouted_common_tail(words: list[str], following: str, lowercase: set[str]) -> bool:
    """ "UK INSTITUTES have thrown ...": a paragraph's lead-in set in capitals, read by the tagger as one
    name. Its last word, a common word shouted, is no part of a name when a word that is no common one
    ("UK") is left before it and lower-case text goes on after it; "WHITE HOUSE officials" (common
    words only) is left as it is."""
    if len(words) < 2 or not following[:1].islower() or not all(w.isupper() for w in words if w.isalpha()):
        return False
    return shouted_word(words[-1], lowercase) and not all(shouted_word(w, lowercase) for w in words[:-1])


TABLOID_OPENERS = frozenset({"A", "An", "AN"})
"""Articles that open a tabloid's lead before its shouted word ("A GRIEVING mum has blasted ..."); not "The", before
which capitals name a body as often ("The GMB union")."""


def shouted_lead(sent: list[str], a: int, b: int, lowercase: set[str]) -> bool:
    """ "A GRIEVING mum has blasted a council": a tabloid's lead sets its first words in capitals, and the tagger reads
    the common word shouted after the opening "A" as a name. Not "A NATO spokesman" (no common word)."""
    return (b == a + 1 and a == 1 and sent[0] in TABLOID_OPENERS and sent[a].isupper() and b < len(sent)
            and sent[b][:1].islower() and shouted_word(sent[a], lowercase))


def shouted_word(word: str, lowercase: set[str]) -> bool:
    """A word in capitals that is a common English word ("INSTITUTES"): one the dictionary knows as a noun
    or a verb, or one written mostly in lower case; never an acronym's length, a place or a country."""
    if not word.isalpha() or len(word) < MIN_SHOUTED_WORD or demonym_country(word) or (word.title(),) in phrase_table():
        return False
    lower = word.lower()
    return is_noun(lower) or verb_lemma(lower) is not None or plain_word(lower, lowercase)


def opening_participle(text: str, words: list[str]) -> bool:
    """ "Joining" of "Joining Meridia lets us ...": the -ing form of a dictionary verb, capitalised
    only because it opens the sentence, is the clause's verb, not the name's first word, when the text
    names the rest without it elsewhere ("Meridia Health"); "Downing Street" or "Reading" alone keep it."""
    lower = words[0].lower()
    if not lower.endswith("ing") or verb_lemma(lower) in (None, lower):
        return False
    rest = re.escape(" ".join(words[1:]))
    return len(re.findall(rf"\b{rest}\b", text)) > len(re.findall(rf"\b{re.escape(words[0])}\s+{rest}\b", text))


def opening_verb(text: str, words: list[str]) -> bool:
    """ "Add" of "Add Campari, then ...", "Stir" of "Stir Mix Co": a verb's bare form opening a sentence,
    as a recipe's or a how-to's steps do, mostly written in lower case and no given name ("Mark", "Will",
    "Bill" open names), is the step's verb when the text names the rest without it elsewhere; or an
    opening -ing form (``opening_participle``)."""
    lower = words[0].lower()
    if opening_participle(text, words):
        return True
    if verb_lemma(lower) != lower or words[0] in first_names() or not plain_word(words[0], frozenset()):
        return False
    rest = re.escape(" ".join(words[1:]))
    return len(re.findall(rf"\b{rest}\b", text)) > len(re.findall(rf"\b{re.escape(words[0])}\s+{rest}\b", text))


def written_within(text: str, first: str, second: str) -> bool:
    """Whether the article writes ``first second`` within a sentence, after a word in lower case or a
    comma ("in New York", "said White House"): there the capital of ``first`` is the name's own, so at a
    sentence's start ("New York state now has", "New York City Mayor Bill de Blasio") it is the name's
    first word, not a capitalised common word glued to it ("Despite Blinken"). A line break ends a
    sentence whatever stands before it (a standfirst or a heading written without a full stop)."""
    at = text.find(first)
    while at >= 0:
        if _within_before(text, at) and _spaced_after(text, at + len(first), second):
            return True
        at = text.find(first, at + 1)
    return False


_LINE_SPACE = re.compile(r"[^\S\n]")
_SPACE = re.compile(r"\s")
_LOWER = re.compile(r"[a-z]")
_WORD = re.compile(r"\w")
"""One character of the classes ``written_within``'s pattern was made of (its tests read them as the regex does)."""


def _within_before(text: str, at: int) -> bool:
    """Whether ``(?:\\b[a-z]+|,)[^\\S\\n]+`` matches ending at ``at``: its spaces are the whole run of spaces
    (no line break) before ``at``, and before them a comma or a run of [a-z] at a word's start."""
    start = at
    while start > 0 and _LINE_SPACE.match(text, start - 1):
        start -= 1
    if start == at or start == 0:
        return False
    if text[start - 1] == ",":
        return True
    run = start
    while run > 0 and _LOWER.match(text, run - 1):
        run -= 1
    return run < start and (run == 0 or not _WORD.match(text, run - 1))


def _spaced_after(text: str, at: int, second: str) -> bool:
    """Whether ``\\s+`` then ``second`` as written, no word character after it, matches at ``at``."""
    end = at
    while end < len(text) and _SPACE.match(text, end):
        end += 1
        if text.startswith(second, end) and not _WORD.match(text, end + len(second)):
            return True
    return False


WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def named_day(words: list[str], following: str, lowercase: set[str]) -> bool:
    """ "Black" of "Black Friday", "Cyber" of "Cyber Monday": one common word right before a capitalised
    weekday names a day (a sale, a feast), not who acts; "Trump Tuesday" is no common word."""
    return (len(words) == 1 and following[:1].isupper() and following.lower() in WEEKDAYS
            and (plain_word(words[0], lowercase) or words[0].lower() in DAY_NAMING_WORDS))


MASTHEADS = frozenset("Times Telegraph Mail Express Post Herald Mirror Independent Observer Star World Tribune Sun "
                      "Chronicle Journal Courier Record Mercury Argus Echo Gazette Advertiser Standard".split())
"""A newspaper's masthead word after its weekday ("the Sunday Courier", "the Saturday Star")."""


def day_paper(texts: list[str], a: int, words: list[str], label: str) -> tuple[int, list[str], str]:
    """ "A spokesperson for the Sunday Courier": the tagger left the weekday out and took the masthead word for a
    person; the paper is the weekday and the word, a body. Any other name is returned as it is."""
    if (len(words) == 1 and words[0] in MASTHEADS and a > 0 and texts[a - 1].lower() in WEEKDAYS
            and texts[a - 1][:1].isupper() and (a + 1 >= len(texts) or not texts[a + 1][:1].isupper())):
        return a - 1, [texts[a - 1], *words], "ORG"
    return a, words, label


DAY_NAMING_WORDS = frozenset("cyber super giving black ash good easter holy shrove maundy fat mad whit travel".split())
"""Words that name a day with a weekday after them ("Cyber Monday", "Super Tuesday", "Shrove Tuesday") which the
tagger's lexicon knows mostly capitalised, as those days write them: a day all the same, never who acts."""
