"""One name written in several spellings: with and without its accents ("Vinícius Júnior", "Vinicius
Junior"), or in another transliteration ("Dmitry"/"Dmitri Peskov", "Zelensky"/"Zelenskyy",
"Mohammed"/"Mohamed"). Sites differ in which they use, and a wire story quoted by a local page mixes
them; read apart, one person is listed twice.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DOUBLED = re.compile(r"(\w)\1+")


@lru_cache(maxsize=4096)
def unaccented(text: str) -> str:
    """The text without its accents: "López" -> "Lopez" (a letter with no plain form is kept)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def compact(name: str) -> str:
    """A name without spaces, hyphens, accents or case: "Air Asia" and "AirAsia" alike."""
    return re.sub(r"[\s\-]", "", unaccented(name)).lower()


@lru_cache(maxsize=4096)
def transliterated(name: str) -> str:
    """A person's name as its transliterations agree: compact, "y" read as "i" and a doubled letter as
    one ("Dmitry"/"Dmitri", "Zelenskyy"/"Zelensky", "Mohammed"/"Mohamed"). Only the two differences
    romanisations of one name most often show; a vowel changed ("Carla"/"Carlo") is another name."""
    return _DOUBLED.sub(r"\1", compact(name).replace("y", "i"))


_ARABIC_ARTICLE = re.compile(r"(?:[Aa]l|[Ee]l)-(?=[A-Z])")
"""The Arabic article joined to a surname ("al-Sharaa", "el-Sisi"), which later mentions drop ("Sharaa said")."""


def without_article(word: str) -> str:
    """ "al-Sharaa" -> "Sharaa", "el-Sisi" -> "Sisi"; any other word as it is."""
    found = _ARABIC_ARTICLE.match(word)
    return word[found.end() :] if found else word

