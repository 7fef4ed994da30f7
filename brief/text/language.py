"""Telling English from other languages, cheaply and offline.

Summaries and actors are built for English; a German article should still be summarised, but
with a warning. Script detection covers non-Latin alphabets; for Latin ones, the share of each
language's stop words (the lists sumy ships) tells them apart.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources

LANGUAGE_NAMES = {
    "en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
    "sv": "Swedish", "pl": "Polish", "cs": "Czech", "ru": "Russian or another Cyrillic-script language",
    "ar": "Arabic", "he": "Hebrew", "el": "Greek", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
    "th": "Thai", "hi": "Hindi or another Devanagari-script language", "und": "an unknown language",
    "da": "Danish or Norwegian", "hu": "Hungarian",
}
_STOPWORD_FILES = {
    "en": "english", "fr": "french", "de": "german", "es": "spanish", "it": "italian",
    "pt": "portuguese", "sv": "swedish", "pl": "polish", "cs": "czech",
}
STOP_WORD_LANGUAGES = frozenset(_STOPWORD_FILES)
"""The languages whose stop words sumy ships (``stop_words`` takes these codes)."""
_SCRIPTS = (
    ("CJK", "zh"), ("HIRAGANA", "ja"), ("KATAKANA", "ja"), ("HANGUL", "ko"), ("ARABIC", "ar"),
    ("HEBREW", "he"), ("GREEK", "el"), ("CYRILLIC", "ru"), ("THAI", "th"), ("DEVANAGARI", "hi"),
)
_SYLLABIC = ("zh", "ja", "ko")  # scripts whose characters are weighed by SYLLABLE_WEIGHT
_WORD = re.compile(r"[^\W\d_]+")

SAMPLE_WORDS = 3000
"""Words read from the start of an article: a few pages decide its language; the rest costs time."""
CHARACTERS_PER_WORD = 8
"""Characters taken per sampled word (a word and its space average ~6 in these languages): room for the sample."""
LETTERS_PER_WORD = 4
"""Letters counted per sampled word when telling scripts apart: more than enough for a majority."""
MIN_WORDS = 8
"""Fewer words than this (a title, a caption) are too few to tell a language by: taken as English."""
ENGLISH_SURE = 0.25
"""A share of English stop words at least this is English (running English is around twice that; a
foreign text quoting English names stays well under)."""
FOREIGN_MIN_SHARE = 0.15
"""Another language wins only with at least this share of its stop words: below, a text is too short,
too technical or too mixed to name."""
ENGLISH_MIN_SHARE = 0.1
"""Undecided, a text is still called English with this share of English stop words, else undetermined."""
SYLLABLE_WEIGHT = 2
"""Latin letters one character of Chinese, Japanese or Korean counts for when scripts are weighed: such a
character writes a syllable or a word (a Chinese word is 1-2 characters, an English one ~5 letters), so a
Japanese story with an English menu, a cookie notice and brand names ("iPhone 15 Pro") is still Japanese."""
KANA_MIN_SHARE = 0.1
"""Kana (hiragana, katakana) at least this share of the Chinese characters make the text Japanese, whose
prose writes kanji and kana together (kana are 40-60% of its characters); Chinese uses none."""
LATIN_END = 0x250
"""The first code point past the Latin alphabets (Basic Latin to Latin Extended-B), as in _BEYOND_LATIN."""


@cache
def stop_words(code: str) -> frozenset[str]:
    """sumy's stop-word list for a language, the one every part of brief uses.

    Read as data rather than through ``sumy.utils.get_stop_words``, which imports requests and
    pycountry's language database; for English the set is the same (checked).
    """
    path = resources.files("sumy") / "data" / "stopwords" / f"{_STOPWORD_FILES[code]}.txt"
    return frozenset(w.strip().lower() for w in path.read_text(encoding="utf-8").splitlines() if w.strip())


def guess_language(text: str, sample: int = SAMPLE_WORDS) -> str:
    """An ISO 639-1 code for the text's language; "en" when unsure, since that is what we expect."""
    head = text[: sample * CHARACTERS_PER_WORD]
    if not _LETTER.search(head):
        return "en"
    if _BEYOND_LATIN.search(head):  # else every letter is Latin: no script to count (the common case)
        script = _other_script(head, sample)
        if script:
            return script
    words = [w.lower() for w in _WORD.findall(head)][:sample]
    if len(words) < MIN_WORDS:
        return "en"
    foreign = _foreign_sentences(head)
    if foreign:  # an Indonesian story with an English cookie notice, a Dutch one quoting English
        code = _by_stop_words([w.lower() for w in _WORD.findall(foreign)], foreign)
        return "und" if code == "en" else code
    return _by_stop_words(words, head)


def _by_stop_words(words: list[str], head: str) -> str:
    """The language whose stop words the words have most of (see the shares above), "und" when none."""
    english = _share(words, "en")
    if english >= ENGLISH_SURE:
        return "en"  # decided before counting eight other languages' stop words
    shares = {code: _share(words, code) for code in _STOPWORD_FILES}
    best = max(shares, key=lambda c: shares[c])
    if best == "en" or shares[best] < FOREIGN_MIN_SHARE:
        return "en" if shares["en"] >= ENGLISH_MIN_SHARE else "und"
    return _spelled(best, head)


# A text in another language may carry English: a quotation, a cookie notice, a menu, enough of its
# function words to tip the whole text's count. Its sentences tell: one of prose (ending like a sentence,
# its words mostly lower-case) of at least MIN_WORDS words with under ENGLISH_MIN_SHARE English stop
# words is not English (English prose runs at twice ENGLISH_SURE; a line of names or code is no prose),
# one with ENGLISH_SURE or more is. When the words of the former outnumber the latter's, the text is in
# the former's language, told from them alone.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[\"'”’»)]*\s+|\n+")
# A recipe's ingredients or a box score ("1 cup asparagus, 2 poached eggs, ½ cup sweet potato, 1 tsp. olive oil")
# is a list of quantities, no prose: its few function words tell no language (a meal plan's lines had an
# English page read as "an unknown language").
_QUANTITY = re.compile(r"(?<![\w.,])(?:\d+(?:[.,]\d+)?|[½¼¾⅓⅔⅛])(?![\w.,:/-]*\d)")
QUANTITIES_MIN = 3
"""Quantities that make a sentence a list of them: prose in any language seldom counts three things in one."""
_PROSE_END = re.compile(r"[.!?…][\"'”’»)]*\s*$")


def _foreign_sentences(head: str) -> str:
    """The text's sentences of prose in another language, joined, when they outnumber (in words) its
    English ones; else "" (see above)."""
    english = foreign = 0
    kept: list[str] = []
    for sentence in _SENTENCE_BREAK.split(head):
        words = _WORD.findall(sentence)
        if len(words) < MIN_WORDS:
            continue
        share = _share([w.lower() for w in words], "en")
        if share >= ENGLISH_SURE:
            english += len(words)
        elif (share < ENGLISH_MIN_SHARE and _PROSE_END.search(sentence)
              and 2 * sum(w[0].islower() for w in words) >= len(words)
              and len(_QUANTITY.findall(sentence)) < QUANTITIES_MIN):
            foreign += len(words)
            kept.append(sentence)
    return " ".join(kept) if foreign > english else ""


# The letters each language with stop words writes and its neighbours do not, at least one of which
# a page of its prose always has: a text whose stop words look Swedish but which writes no "ä" or "ö"
# is Dutch, Danish or Norwegian (whose short words, "de", "en", "om", "den", "på", Swedish shares);
# one that looks Portuguese with no "ã", "õ" or "ç" may be Hungarian ("a", "az", "is", "e").
_OWN_LETTERS = {
    "fr": "éèêàçùûôî", "de": "äöüß", "es": "ñáíóúé¿¡", "it": "àèìòùé", "pt": "ãõçâêô",
    "sv": "äö", "pl": "ąćęłńśźż", "cs": "ěščřžůý",
}
# Languages with no stop words here, told by letters of their own: Danish and Norwegian write "æ"
# and "ø" where Swedish writes "ä" and "ö"; Hungarian alone writes "ő" and "ű".
_LETTERS_OF = {"da": "æø", "hu": "őű"}


def _spelled(best: str, head: str) -> str:
    """``best`` (the language whose stop words the text has most of) when the text writes its letters
    (_OWN_LETTERS), a neighbour's code when it writes that one's more (_LETTERS_OF), else "und"."""
    text = head.casefold()
    own = sum(text.count(ch) for ch in _OWN_LETTERS[best])
    other, count = max(((code, sum(text.count(ch) for ch in letters)) for code, letters in _LETTERS_OF.items()),
                       key=lambda pair: pair[1])
    if count > own:
        return other
    return best if own else "und"


def _share(words: list[str], code: str) -> float:
    """The share of ``words`` that are stop words of language ``code``."""
    stops = stop_words(code)
    return len([w for w in words if w in stops]) / len(words)


_LETTER = re.compile(r"[^\W\d_]")
_BEYOND_LATIN = re.compile("[^\\W\\d_\x00-\u024f]")  # a letter outside the Latin alphabets


def _other_script(head: str, sample: int) -> str | None:
    """The non-Latin script most of the letters are written in, if they outnumber Latin ones."""
    letters = [ch for ch in head if ch.isalpha()]
    foreign: dict[str, int] = {}
    latin = 0
    for ch in letters[:sample * LETTERS_PER_WORD]:
        if ord(ch) < LATIN_END:
            latin += 1
            continue
        name = unicodedata.name(ch, "")
        for prefix, code in _SCRIPTS:
            if name.startswith(prefix):
                foreign[code] = foreign.get(code, 0) + 1
                break
    if foreign.get("ja", 0) >= KANA_MIN_SHARE * foreign.get("zh", 0) > 0:
        foreign["ja"] += foreign.pop("zh")  # kanji and kana: one Japanese text, not a Chinese one beside it
    for code in _SYLLABIC:
        if code in foreign:
            foreign[code] *= SYLLABLE_WEIGHT
    if foreign:
        code, count = max(foreign.items(), key=lambda kv: kv[1])
        if count > latin:
            return code
    return None
