"""The headline a page sets over its story, found where the markup puts it: the last heading before
the story's first paragraph.

Pages of the 2000s title themselves with the site's name, its motto or a section ("Local Sports
Wire", "Bloomberg.com: Japan") and set the headline in an element their template names for it
(``class="article_headline"``, ``id="StoryHeadline"``, ``class="contentheading"``) or in a plain
<h2> over the text. trafilatura reads the <title> and the metadata; this module reads the layout:
the story's first paragraph of prose is found in the markup, and the heading nearest above it is
the story's headline, where a sidebar's headlines and the masthead's stand further off.
"""

from __future__ import annotations

import html as entities
import re
from collections.abc import Iterable

from brief.ingest.markup import social_titles

PROSE_WORDS = 12
"""Words a line of the extracted text needs to be the story's prose (not a byline, a date, a kicker)."""
ANCHOR_WORDS = 6
"""Words of that line looked for in the markup: enough to be found once, few enough to span no note."""
HEADLINE_REACH = 6_000
"""Characters of markup a headline may stand above the first paragraph: a byline, a date, share
buttons and a picture's markup between them run to ~4,000 on the saved 2008 pages."""
HEADLINE_WORDS = (2, 30)
"""A headline's words: fewer is a label ("News"), more a paragraph set in a heading's style."""

# an element the template names for the headline: a class or id (each of its values) says headline,
# heading or title, alone or with the story's name ("art-title", "storyheadline", "news_article_title",
# "contentheading"), and none says it is the headline's neighbour (a sub-title, a section's, a sidebar's)
_CLASSED = re.compile(r"<(\w+)\b([^>]*\b(?:class|id)\s*=[^>]*)>", re.I)
_ATTRIBUTE = re.compile(r"""\b(?:class|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_HEADLINE_NAME = re.compile(
    r"(?<![a-z])(?:[a-z]*head(?:line|ing)[a-z\d]*|(?:story|article|art|news|post|entry)[-_]?(?:title|head(?:er)?)|title)(?![a-z])", re.I)
_NEIGHBOUR_NAME = re.compile(r"sub|minor|section|site|page|widget|block|box|module|related|more|other|most|popular|latest|nav|menu|side",
                             re.I)
_HEADING = re.compile(r"<(h[1-4])\b[^>]*>", re.I)


def _named(attributes: str) -> bool:
    """Whether a tag's class or id names it the story's headline (see above)."""
    values = [next(v for v in m.groups() if v is not None) for m in _ATTRIBUTE.finditer(attributes)]
    return any(map(_HEADLINE_NAME.search, values)) and not any(map(_NEIGHBOUR_NAME.search, values))


def _inner(html: str, tag: str, start: int) -> tuple[str, int] | None:
    """The text inside the element opened at ``start`` and where it ends, or None when it holds an
    element of its own kind (the inner one is read on its own) or is never closed."""
    close = re.compile(rf"</{tag}\s*>", re.I).search(html, start)
    if close is None or re.search(rf"<{tag}\b", html[start : close.start()], re.I):
        return None
    text = entities.unescape(re.sub(r"<[^>]*>", " ", html[start : close.start()]))
    return re.sub(r"\s+", " ", text).strip(), close.end()


def _headings(html: str, before: int) -> Iterable[tuple[int, int, str, bool]]:
    """(end, start, text, named) of each heading element ending before ``before``; ``named``: its
    class or id names it a headline."""
    for pattern in (_CLASSED, _HEADING):
        for match in pattern.finditer(html, 0, before):
            if pattern is _CLASSED and not _named(match.group(2)):
                continue
            found = _inner(html, match.group(1), match.end())
            if found and found[0] and found[1] <= before:
                yield found[1], match.start(), found[0], pattern is _CLASSED


def _prose_start(html: str, lines: list[str]) -> int:
    """Where the story's first line of prose starts in the markup (-1 when it is not found)."""
    body = _BODY.search(html)
    for line in lines:
        words = re.findall(r"\w+", line)
        if len(words) < PROSE_WORDS or not _SENTENCE_END.search(line) or " | " in line:
            continue  # a byline, a kicker, a menu's row of links
        pattern = r"\W+(?:<[^>]*>\W*)*".join(map(re.escape, words[:ANCHOR_WORDS]))
        found = re.compile(pattern).search(html, body.end() if body else 0)  # not the head's description
        return found.start() if found else -1
    return -1


_BODY = re.compile(r"<body\b[^>]*>", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")


def story_headline(html: str, lines: list[str]) -> tuple[str, bool]:
    """The heading nearest above the story's first paragraph of prose, within HEADLINE_REACH ("" if
    none), and whether its class or id names it a headline."""
    start = _prose_start(html, lines)
    if start < 0:
        return "", False
    headings = list(_headings(html, start))
    nearest = max(headings, default=None)
    if nearest is None or start - nearest[0] > HEADLINE_REACH:
        return "", False
    # a named cell holding a named headline ("article_header" around "headline"): the inner one
    inner = [h for h in headings if h[1] > nearest[1] and h[0] <= nearest[0]]
    _, _, text, named = max(inner) if inner else nearest
    low, high = HEADLINE_WORDS
    if not low <= len(text.split()) <= high or _NOT_A_HEADLINE.search(text):
        return "", False
    return text, named


# what a heading over the text may be besides the headline: a byline ("By Ann Roe, Staff Writer"), a
# dateline ("HARBOUR CITY, Ore. --"), a date ("Tuesday January 8, 2008"), a sentence ("Loading is
# taking a while.": a headline ends with no full stop)
_NOT_A_HEADLINE = re.compile(
    r"^\s*by\s|(?:--|—|–)\s*$|(?<=[a-z])\.$|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b", re.I)
_JSON_HEADLINE = re.compile(r'"headline"\s*:')
JSON_CHARS = 500_000
"""How far into a page its JSON-LD is looked for (as brief.ingest.markup reads it)."""
HEADLINE_MIN_WORDS = 3
"""A heading put in the place of a title needs this many words: two are a dateline ("LEXINGTON, Ky.")
or a section ("Football News") as often as a headline."""
TITLE_NAME_WORDS = 4
"""A title of at most this many words, each capitalised, is a name (the site's, a section's: "Local
Sports Wire", "Bloomberg.com: Japan"), not a headline, when it shares no word with the story's; at six
words a held-out page's short title-case headline gave way to another heading (D lost a title)."""
NAMED_TITLE_NAME_WORDS = 5
"""As TITLE_NAME_WORDS, when the heading over the story is one the template names a headline (``class=
"storyhead"``): a site's name with its service's ("The Harbour Post News Update Service") runs to five."""
_MINOR = frozenset("a an and at de for in of on the to".split())
_SENTENCE_BREAK = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")
DESCRIPTION_SENTENCES = 2
"""Sentence breaks that make a title the site's description ("World Football. All the news daily. News from
every league."), not a headline: one may be a headline's own ("Strike ends. Ferries sail"), two are not."""
_SPLIT_MARKS = frozenset("|:»_-–—")


# what no headline holds: a comment's marks, a script's statement ("var page = ", "this.section = '")
_CODE = re.compile(r"<!--|-->|\bvar\s+\w+\s*=|\bthis\.\w+\s*=|[;{}]\s*(?:\w+\s*=|$)")


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.casefold())


def _name_like(title: str, most: int = TITLE_NAME_WORDS) -> bool:
    words = re.findall(r"[^\W\d_][\w'’.]*", title)
    return 0 < len(words) <= most and all(w[0].isupper() or w.casefold() in _MINOR for w in words)


def _decoration(title: str, headline: str) -> str | None:
    """What the title adds to the headline when it is the headline set off by a separator before or
    after ("Harbour Post | Storm hits coast", "Storm hits coast_English_Harbour"), else None."""
    pattern = r"[\W_]+".join(map(re.escape, _words(headline)))
    match = re.fullmatch(rf"(?is)(.*?)([\W_]*)(?<![^\W_]){pattern}(?![^\W_])([\W_]*)(.*?)", title)
    if match is None:
        return None
    before, after = match.group(1) + match.group(2), match.group(3) + match.group(4)
    if bool(before.strip()) == bool(after.strip()):
        return None  # the headline alone, or decorated on both sides: not this rule's
    mark = match.group(2) if before.strip() else match.group(3)
    return (before or after) if set(mark) & _SPLIT_MARKS else None


def headline_title(title: str, html: str, lines: list[str]) -> str:
    """The story's headline over its text (``story_headline``) as the title, where the title is that
    headline decorated with the site's name or a section, or is a name sharing no word with it; only
    on a page whose metadata names no headline (no og:title, twitter:title nor JSON-LD headline), as
    the old pages this reads do not."""
    if social_titles(html) or _JSON_HEADLINE.search(html, 0, JSON_CHARS):
        return title  # the page names its headline in its metadata, which brief.ingest.html has read
    headline, named = story_headline(html, lines)
    if len(_words(headline)) < HEADLINE_MIN_WORDS or _words(headline) == _words(title):
        return title
    if _CODE.search(title):
        return headline  # a script's or a comment's text read as the title: no title at all
    decoration = _decoration(title, headline)
    if decoration is not None:
        if len(_words(decoration)) <= len(_words(headline)) or decoration.lstrip()[:1] == "|":
            return headline  # "Harbour Post - Storm hits coast", "Storm hits coast | Harbour Post, news, sport, weather"
        return title
    shared = set(_words(title)) & set(_words(headline)) - _MINOR
    if not shared and (not title.strip() or _name_like(title, NAMED_TITLE_NAME_WORDS if named else TITLE_NAME_WORDS)
                       or len(_SENTENCE_BREAK.findall(title)) >= DESCRIPTION_SENTENCES) and (
            named or not _name_like(headline)):
        return headline  # "Local Sports Wire" over a story headed "Storm hits coast"
    return title
