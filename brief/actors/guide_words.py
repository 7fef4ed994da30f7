"""Words of a buying guide that are no actors: a property written as a compound ("PFC-free", "pet-friendly",
"water-resistant") and a guide's own title ("the Best Tents", "Best Sleeping Pads").

Why: gear and shopping pages, more of them every year among news sites' pages, name what a product is free of
or fit for with a capitalised acronym before a hyphen, and list their other guides by title; the tagger read
both as bodies' names, listed among the page's actors. A compound ending in such a property word names
nothing, and "Best" before plural common words is a guide's title, not a firm ("Best Buy", "Best Western":
singular, no common plural after "Best").
"""

from __future__ import annotations

from brief.actors.mentions import Mention
from brief.actors.word_case import plain_word, prose_lowercase

PROPERTY_ENDINGS = ("-free", "-friendly", "-proof", "-resistant", "-compatible", "-certified")
"""The last parts of a compound adjective that says what a product is free of or fit for."""


def _property(name: str) -> bool:
    return " " not in name and name.lower().endswith(PROPERTY_ENDINGS)


def _guide_title(words: list[str], lowercase: frozenset[str]) -> bool:
    """ "Best" and common words, the last a plural (its singular common: "Pads", a "pad"): a guide's title."""
    last = words[-1]
    return (len(words) >= 2 and words[0] == "Best" and last.endswith("s") and not last.endswith("ss")
            and all(plain_word(w, lowercase) for w in words[1:-1])
            and any(plain_word(form, lowercase) for form in (last, last[:-1], last.removesuffix("es"))))


def guide_words_dropped(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without a product property ("PFC-free") or a buying guide's title ("Best Tents")."""
    if not any(_property(m.name) or m.name.startswith("Best ") for m in mentions):
        return mentions
    lowercase = prose_lowercase(text)
    return [m for m in mentions if not (_property(m.name) or _guide_title(m.name.split(), lowercase))]
