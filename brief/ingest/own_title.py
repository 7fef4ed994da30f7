"""Whether a page's own <title>, its site's name cut, is its headline over a title written for sharing.

Sites title a story twice: the <title> (what the browser and the search results show, "Miami-area CEOs
are asked: When …? | Miami Herald") and a title for social media (og:title, twitter:title, often the
<h1> too: "From Metrorail to bike paths, this is what CEOs think of public transit"), reworded to draw
clicks. The story's name is the <title>'s when the site's decoration was found and cut from it and a
headline's worth of words is left: the site's template put the headline there, whatever the sharing
title says. A <title> with a separator still in it was not cleaned (its decorations were not known to
be the site's), so it is not preferred on a guess; nor is one whose headline is not its first part (the
longest of a template's parts, perhaps the site's motto), nor one written for search engines, saying its
keywords over and over ("Simple Wedding Dresses: Best Off-the-Rack Wedding Dresses, Wedding Gowns").
"""

from __future__ import annotations

import re

from brief.ingest.titles import has_separator

MIN_OWN_TITLE_WORDS = 4
"""Words a cleaned <title> needs to be read as the headline: a section's or a site's name runs 1-3."""


MIN_KEYWORD_CHARS = 4
"""A word this long said twice in a title is a search keyword repeated: a headline says its words once
(short words, "to", "the", "of", repeat in any sentence)."""


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).casefold()


def titled_apart(page_title: str, shown: str, chosen: str) -> bool:
    """Whether ``shown`` (the <title> with its site's name cut) should stand over ``chosen`` (a sharing or
    marked title): its decoration was cut, it is a headline's length and nothing undecided is left in it."""
    if not shown or not chosen or _key(shown) == _key(chosen) or _key(chosen) == _key(page_title):
        return False
    return (_key(shown) != _key(page_title) and len(shown.split()) >= MIN_OWN_TITLE_WORDS
            and not has_separator(shown) and _key(page_title).startswith(_key(shown)) and not _keywords_repeated(shown))


def _keywords_repeated(title: str) -> bool:
    """Whether a title says a word of ``MIN_KEYWORD_CHARS`` letters or more twice: a title for search engines."""
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", title) if len(w) >= MIN_KEYWORD_CHARS]
    return len(words) != len(set(words))
