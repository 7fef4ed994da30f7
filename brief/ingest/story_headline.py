"""The headline a page sets over its story, found in its layout where its <title> does not give it.

Pages of the 2000s title themselves with the site's name, its motto or a section ("Local Sports
Wire", "Bloomberg.com: Japan") and set the headline in an element their template names for it
(``class="article_headline"``, ``id="StoryHeadline"``, ``class="contentheading"``) or in a plain
<h2> over the text. trafilatura reads the <title> and the metadata; this module reads the layout,
in two ways for two kinds of page:

- ``headline_title``: a page titled by a name (its site's, a section's) or by the headline with the
  site's name around it. The story's first paragraph of prose is found in the markup, and the heading
  nearest above it is the story's headline, where a sidebar's headlines and the masthead's stand
  further off (``story_headline``).
- ``heading_over_story``: a page whose title is only its site's or a placeholder ("News | Africa -
  Harbour Wire", "Home") and that marks no headline (no JSON-LD, no <h1>), read before the page is
  judged to have none. Its template heads the story with a lesser heading (an <h3>, an <h4>) over its
  time stamp, its byline and its first paragraph; a service page's headings head lists, tables or
  forms, or its text undated ("Travel advice for replacement buses" over a page of advice): the
  heading counts only with the story's date or byline under it, and a section's name is a word or two.
"""

from __future__ import annotations

import html as entities
import re
from collections.abc import Iterable

from brief.ingest.markup import social_titles
from brief.ingest.page_tree import page_tree, shown
from brief.ingest.titles import is_generic, is_site
from brief.text.sentence_stops import STOP_AT_LINE_END

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


_COMMENT = re.compile(r"<!--.*?-->", re.S)


def _headings(html: str, before: int) -> Iterable[tuple[int, int, str, bool]]:
    """(end, start, text, named) of each heading element ending before ``before``; ``named``: its
    class or id names it a headline. A heading inside a comment is none: a template's block switched
    off ("<!-- <span class="heading">More From Arts</span> ... -->") is not on the page."""
    comments = [match.span() for match in _COMMENT.finditer(html, 0, before)]
    for pattern in (_CLASSED, _HEADING):
        for match in pattern.finditer(html, 0, before):
            if pattern is _CLASSED and not _named(match.group(2)):
                continue
            if any(start < match.start() < end for start, end in comments):
                continue
            found = _inner(html, match.group(1), match.end())
            if found and found[0] and found[1] <= before:
                yield found[1], match.start(), found[0], pattern is _CLASSED


def _prose_start(html: str, lines: list[str]) -> tuple[int, str]:
    """Where the story's first line of prose starts in the markup (-1 when it is not found), and the line."""
    body = _BODY.search(html)
    for line in lines:
        words = re.findall(r"\w+", line)
        if len(words) < PROSE_WORDS or not _SENTENCE_END.search(line) or " | " in line:
            continue  # a byline, a kicker, a menu's row of links
        # between two words any run of marks and tags: "PRESS</span><br><span>January" has no mark before its tag
        pattern = r"(?:<[^>]*>|\W)+".join(map(re.escape, words[:ANCHOR_WORDS]))
        found = re.compile(pattern).search(html, body.end() if body else 0)  # not the head's description
        return (found.start() if found else -1), line
    return -1, ""


OPENING_REACH = 300
"""Characters of markup read back from the story's first line for the opening tag of a headline it starts with."""
_TAGS_ONLY = re.compile(r"(?:\s|<[^>]*>)*")


def _opening_headline(html: str, start: int, line: str) -> str:
    """The headline the template names (``class="headingstory"``) that the story's first line of prose opens
    with, more words after it ("" if none): a page that sets its headline, byline, date and first paragraph
    in one table cell is read as one line, so no heading stands above that line; its headline opens it."""
    for match in _CLASSED.finditer(html, max(0, start - OPENING_REACH), start):
        if not _named(match.group(2)) or _TAGS_ONLY.fullmatch(html, match.end(), start) is None:
            continue
        found = _inner(html, match.group(1), match.end())
        heading = _words(found[0]) if found else []
        if found and HEADLINE_WORDS[0] <= len(heading) <= HEADLINE_WORDS[1] and _words(line)[: len(heading)] == heading \
                and len(_words(line)) > len(heading) and not _NOT_A_HEADLINE.search(found[0]):
            return found[0]
    return ""


def story_start(html: str, lines: list[str]) -> tuple[int, str]:
    """Where the story's first line of prose (of ``lines``) starts in the markup (-1 when not found), and the line."""
    return _prose_start(html, lines)


def headings_above(html: str, before: int) -> list[tuple[int, int, str, bool]]:
    """(end, start, text, named) of each heading ending before ``before`` (``named``: its class or id says headline)."""
    return list(_headings(html, before))


_BODY = re.compile(r"<body\b[^>]*>", re.I)
_SENTENCE_END = STOP_AT_LINE_END


def story_headline(html: str, lines: list[str]) -> tuple[str, bool, bool]:
    """The heading nearest above the story's first paragraph of prose, within HEADLINE_REACH ("" if
    none), whether its class or id names it a headline, and whether it opens that paragraph's line
    (``_opening_headline``)."""
    start, line = _prose_start(html, lines)
    if start < 0:
        return "", False, False
    opening = _opening_headline(html, start, line)
    if opening:
        return opening, True, True
    headings = list(_headings(html, start))
    low, high = HEADLINE_WORDS
    for nearest in sorted(headings, reverse=True):
        if start - nearest[0] > HEADLINE_REACH:
            break
        # a named cell holding a named headline ("article_header" around "headline"): the inner one
        inner = [h for h in headings if h[1] > nearest[1] and h[0] <= nearest[0]]
        _, _, text, named = max(inner) if inner else nearest
        if _NOT_A_HEADLINE.search(text):
            continue  # a byline, a date or the story's standfirst set in a heading: the headline stands above it
        if not low <= len(text.split()) <= high:
            break
        return text, named, False
    return "", False, False


# what a heading over the text may be besides the headline: a byline ("By Ann Roe, Staff Writer"), a
# dateline ("HARBOUR CITY, Ore. --"), a date ("Tuesday January 8, 2008"), a sentence ("Loading is
# taking a while.", "... announced the Port Authority. It was built in 1911.": a headline ends with no full stop)
_NOT_A_HEADLINE = re.compile(
    r"^\s*by\s|(?:--|—|–)\s*$|(?<=[a-z\d])\.$|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b", re.I)
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
LISTED_NAMES_COMMAS = 2
"""Commas a title-case title needs to be a site's list of the places or topics it covers ("Harbour Daily
News for Kessing, Port Bay, Cove and Holm", closed by "and"), read as a name at any length under a
heading the template names the headline; not under a plain heading: a title-case headline may list
too ("Acme Expands Its Range, Unveiling New Monitors, Optical Drives" under an <h2> "More News related
to Press Releases", a page of read half I)."""
LISTED_ITEM_WORDS = 3
"""Or, with no "and" closing it, when each item has at most this many words: a site's keywords ("Football
Transfer News, Live Football Scores, FA Cup Scores"), where a headline's items are clauses."""
_LIST_END = re.compile(r",[^,]+\s(?:and|&)\s+[A-Z][^,]*$")
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


def _name_like(title: str, most: int = TITLE_NAME_WORDS, lists: bool = False) -> bool:
    """Whether the title is a name (see TITLE_NAME_WORDS); with ``lists``, a list of names at any length
    (LISTED_NAMES_COMMAS)."""
    words = re.findall(r"[^\W\d_][\w'’.]*", title)
    listed = lists and title.count(",") >= LISTED_NAMES_COMMAS and (
        bool(_LIST_END.search(title)) or all(len(item.split()) <= LISTED_ITEM_WORDS for item in title.split(",")))
    return 0 < len(words) and (len(words) <= most or listed) and all(w[0].isupper() or w.casefold() in _MINOR for w in words)


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
    headline, named, opening = story_headline(html, lines)
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
    if not shared and opening:
        return headline  # "Summit News for Harbour, Bay and Cove" over a cell run in from "Storm hits coast By ..."
    if not shared and (not title.strip() or _name_like(title, NAMED_TITLE_NAME_WORDS if named else TITLE_NAME_WORDS, lists=named)
                       or len(_SENTENCE_BREAK.findall(title)) >= DESCRIPTION_SENTENCES) and (
            named or not _name_like(headline)):
        return headline  # "Local Sports Wire" over a story headed "Storm hits coast"
    return title


# --- the heading right over a dated story, on a page titled by its site alone ---

HEADING_GAP_WORDS = 30
"""Words that may stand between the heading and the story's first paragraph: a time stamp, a
dateline, a byline, a text-size or share bar ("Tue 8 Jan 2008, 13:59 GMT", "[-] Text [+]" are 9).
Farther, the heading heads something else (a sidebar, the page's section)."""
MIN_HEADING_WORDS = 4
"""Words a heading needs to be read as a story's headline: a section's or a site's name runs 1-3
("Top Stories", "Latest News"), as ``brief.ingest.own_title.MIN_OWN_TITLE_WORDS`` says of titles."""
MATCH_CHARS = 40
"""The story's first paragraph is found in the page by its first characters (spacing aside)..."""
MIN_MATCH_CHARS = 20
"""... or, when the page splits its first sentence among elements (a bold dateline), by a piece of
at least this many: shorter ones ("Home", "By") open many texts."""

# A story's date or byline between its headline and its text, or as its first line: a year ("Tue 8 Jan
# 2008, 13:59 GMT", "Posted 01/07/2008") or "By" and a name.
_STAMP = re.compile(r"\b(?:19|20)\d\d\b|^(?i:by)\s+[A-Z]")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_UNSEEN = frozenset({"script", "style", "noscript", "template"})


def heading_over_story(html: str, text: str, keys: list[str]) -> str:
    """The heading (h1-h6) right above the story's first paragraph (the first line of ``text``, the
    extracted story, which may be the heading itself), within ``HEADING_GAP_WORDS`` words of it and
    with the story's date or byline between them or opening the story (_STAMP); "" when there is none,
    or when it is a section's or the site's name (``keys``: the site's, as ``brief.ingest.titles.site_keys`` gives)."""
    lines = [shown(line) for line in text.split("\n") if line.strip()]
    if not lines:
        return ""
    root = page_tree(html)
    if root is None:
        return ""
    import lxml.etree  # type: ignore[import-untyped]  # trafilatura's parser, installed with it

    probe, after = lines[0][:MATCH_CHARS], lines[1][:MATCH_CHARS] if len(lines) > 1 else ""
    heading = ""
    between: list[str] = []  # what the page shows between the heading and the story
    walker = lxml.etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if event == "start" and (tag in _HEADINGS or tag in _UNSEEN):
            walker.skip_subtree()  # a heading is read whole; a script's text is never shown
            if tag in _HEADINGS:
                heading, between = shown(element.text_content()), []
                if heading.startswith(probe) and after:
                    probe, after = after, ""  # the text opens with the heading itself: its next line is the story's
            continue
        piece = shown((element.text if event == "start" and tag else element.tail if event == "end" else "") or "")
        if piece.startswith(probe) or (len(piece) >= MIN_MATCH_CHARS and probe.startswith(piece)):
            break
        between += [piece] if piece else []
    else:
        return ""
    gap = sum(len(t.split()) for t in between)
    if not heading or gap > HEADING_GAP_WORDS or len(heading.split()) < MIN_HEADING_WORDS:
        return ""
    if not any(_STAMP.search(t) for t in [*between, probe]):
        return ""  # no date nor byline under it: a service page's heading over its text
    return "" if is_site(heading, keys) or is_generic(heading) else heading
