"""Companies whose one-word name has a capital inside ("ConocoPhillips", "BlackRock"), where the tagger left it
untagged.

Why: the tagger missed "ConocoPhillips" at each sentence's opening, so the oil company a story quoted was no actor
and "a company spokesperson said" went to another firm. As with the names that open in lower case (camel_names),
the shape alone is as often a product's ("PlayStation", "PowerPoint"), so the word is a company only where the
text shows it as one: it speaks or acts as a firm does, has a legal form, shares, staff or officers, or its own
assets and staff ("ConocoPhillips also had its assets seized"). A surname's prefix ("MacDonald", "VanDyke") is a
person's shape, never taken.
"""

from __future__ import annotations

import re

from brief.actors.camel_names import followed_by, shown_as_firm

_SHAPE = re.compile(r"(?<![\w.@/#-])[A-Z][a-z]{2,}(?:[A-Z][a-z]+){1,2}(?![\w@/-])(?!\s+[A-Z])")
"""A capital, two lower-case letters or more, then one or two capitalised parts, one word, no capitalised word
after it ("CorePower Yoga" is the tagger's whole name): "ConocoPhillips", "BlackRock"."""
SURNAME_PREFIXES = frozenset("Mac Van Von Del Des Della Fitz Den Der Ten".split())
"""A family name's opening, its capital inside a person's surname ("MacKenzie", "FitzGerald")."""
_OWNED = r"(?:\s+\w+){0,2}\s+its\s+(?:assets|shares|employees|staff|workers|factories|plants|stores|headquarters)\b"
"""A firm's own things written right after its name ("X also had its assets seized")."""
_OWNED_AT = re.compile(_OWNED)


def upper_camel_firms(text: str) -> set[str]:
    """The one-word names with a capital inside that the text shows as a company at least once."""
    words = {m.group() for m in _SHAPE.finditer(text)}
    return {
        w
        for w in words
        if not any(w.startswith(p) and w[len(p)].isupper() for p in SURNAME_PREFIXES)
        and (shown_as_firm(text, w) or followed_by(text, w, _OWNED_AT))
    }
