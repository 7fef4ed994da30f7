"""The words at a name's left edge where a sentence opens: whether a capitalised word there opens the name.

At a sentence's opening a capital says nothing, so the tagger cuts a body's first word off ("Amnesty" of
"Amnesty International Nigeria") or glues a common word on ("Despite Blinken"); these read which it is
from the words alone (each a sentence's tokens as written). Moved out of ``mentions``, which was full.
"""

from __future__ import annotations

from collections.abc import Sequence

from brief.actors.country_bodies import TIME_WORDS
from brief.actors.gazetteer import MONTHS_DAYS, demonym_country
from brief.actors.known_names import CLAUSE_OPENERS
from brief.actors.roles import DETERMINERS, HONORIFICS, SENTENCE_OPENERS
from brief.actors.source_words import SPEAKING_HEADS, TRADE_NOUNS
from brief.actors.word_case import plain_word
from brief.text.language import stop_words
from brief.text.lexicon import PERSON_TITLES

# Words a capitalised word before a name may not be if it is the name's own first word.
_FUNCTION_WORDS = frozenset("he she it they we i you his her its their our my your this that these those there "
                            "here what who which all some many most every each any no both few several other such "
                            "more less".split())


def cut_first_word(word: str) -> bool:
    """ "Best" before "Buy": a capitalised word that may open a name (not a pronoun, determiner,
    sentence opener, title or date)."""
    lower = word.lower()
    return (word[:1].isupper() and word.isalpha() and lower not in _FUNCTION_WORDS
            and lower not in DETERMINERS and lower not in SENTENCE_OPENERS and lower not in HONORIFICS
            and lower not in PERSON_TITLES and lower not in MONTHS_DAYS and not demonym_country(word))


def left_at_opening(sent: Sequence[str], a: int) -> int:
    """Tokens the tagger left out of a body's name at a sentence's opening, where a capital says nothing:
    the opening word ("Amnesty" of "Amnesty International Nigeria"), or it and "of" ("Friends of Rivers
    EU"), when the name of several words it tagged opens with a common word ("International", "Rivers"),
    which no body's name stands on alone. Not a word describing the body (``_describing``), an adverb or
    a participle (``_adverbial``), a title, a pronoun, a date or a stop word (``cut_first_word``)."""
    first = a - 2 if a >= 2 and sent[a - 1] == "of" else a - 1
    if (first < 0 or not opens_sentence(sent, first) or not cut_first_word(sent[first])
            or sent[first].lower() in stop_words("en")):
        return 0  # not "One of Page's ...", "Most of ..."
    if _adverbial(sent[first]) or first == a - 2 and _people_of(sent[first]):
        return 0
    return 0 if first == a - 1 and _describing(sent[first]) else a - first


def opens_common_name(words: list[str], lowercase: set[str]) -> bool:
    """ "Amnesty International Kenya said" where the article also writes "an amnesty": a word this article writes
    in lower case opens a name whose next word is a common one too ("International"), which no name stands on
    alone; so the body's name is made of common words, as "World Food Programme" is. Not a stop word, a
    sentence's or a clause's opener ("Despite", "Yesterday"), an adverb, nor a word describing the body."""
    first = words[0].lower()
    return (first not in SENTENCE_OPENERS and first not in CLAUSE_OPENERS and first not in stop_words("en")
            and not _describing(words[0]) and not _adverbial(words[0]) and plain_word(words[1], lowercase))


_DESCRIBING_WORDS = frozenset("charity watchdog nonprofit ngo".split())
"""Describing words that are no agent noun nor plural ("Charity Save the Children")."""
_DESCRIBING_ENDINGS = ("er", "or", "ist", "s")
"""Endings of the words that describe a body named after them at a sentence's opening ("Campaigners Friends of
the Earth", "Regulator Ofgem", "Activist Group X"): an agent noun or a plural, never a body's own first word
in front of the common words the tagger kept ("Amnesty International")."""


_ADVERBIAL_ENDINGS = ("ly", "ing", "ed")
"""Endings of an opening's adverb or participle before a name ("Separately National Grid said", "Asked
about it", "Including Transparency International"): no body's first word as often as theirs."""


def _adverbial(word: str) -> bool:
    """An adverb, a participle or a time word opening the sentence (``_ADVERBIAL_ENDINGS``, ``TIME_WORDS``)."""
    lower = word.lower()
    return lower.endswith(_ADVERBIAL_ENDINGS) or lower in TIME_WORDS


_PEOPLE_ENDINGS = ("ers", "ors", "ists", "ents", "ants", "ians")
"""Endings of plural nouns for people ("Residents of Upper Selby", "Supporters of X"): people of a place or a
body, never the first word of its name as "Friends of the Earth" is."""


def _people_of(word: str) -> bool:
    """People before "of" (``_PEOPLE_ENDINGS``, or a noun for people speaking: "Members", "Officials")."""
    lower = word.lower()
    return lower.endswith(_PEOPLE_ENDINGS) or lower in SPEAKING_HEADS


def _describing(word: str) -> bool:
    """A word that describes the body named after it rather than opening its name (``_DESCRIBING_ENDINGS``)."""
    lower = word.lower()
    return (lower.endswith(_DESCRIBING_ENDINGS) or lower in _DESCRIBING_WORDS or lower in TRADE_NOUNS
            or lower in SPEAKING_HEADS)


def opens_sentence(sent: Sequence[str], i: int) -> bool:
    """Whether token ``i`` is where a capital says nothing: first in its sentence or after a quote."""
    return i == 0 or sent[i - 1] in ("“", '"', "‘", "(", "``")


MAX_UNTAGGED_OPENING = 3
"""Most capitalised words the tagger may leave untagged at a sentence's opening before a place it tagged, read as
the body's own name whose branch the place names ("Amnesty International Kenya said"): a body's name is short."""


def untagged_opening(sent: Sequence[str], a: int) -> int:
    """Where the capitalised words the tagger left untagged before token ``a`` open the sentence, or ``a`` when
    none do: words of a name, each capitalised, the first no pronoun, title, date, adverb or sentence opener
    (``cut_first_word``, ``_adverbial``), ``MAX_UNTAGGED_OPENING`` at most ("Amnesty International" before
    "Kenya"; not "Yesterday Kenya", "Separately Kenya")."""
    for first in range(max(0, a - MAX_UNTAGGED_OPENING), a):
        run = sent[first:a]
        if (opens_sentence(sent, first) and all(w[:1].isupper() and w.isalpha() for w in run)
                and cut_first_word(run[0]) and run[0].lower() not in stop_words("en") and not _adverbial(run[0])
                and run[0].lower() not in CLAUSE_OPENERS):
            return first
    return a
