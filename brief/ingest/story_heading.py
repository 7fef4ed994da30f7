"""The headline a page shows right above its story, for a page whose <title> names only its site or section.

Some sites' templates title every story page alike ("News | Africa - Harbour Wire"), mark no headline
(no JSON-LD, no <h1>) and head the story with a lesser heading (an <h3>, an <h4>) followed by its time
stamp, its byline and its first paragraph. That heading is the story's own: the page is an article with
a headline, not a site's service page. A service page's headings head lists, tables or forms, or its
text undated ("Travel advice for replacement buses" over a page of advice): a story's headline stands
over its date or its byline, and a section's name is a word or two.
"""

from __future__ import annotations

import re

from brief.ingest.titles import is_generic, is_site

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


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def heading_over_story(html: str, text: str, keys: list[str]) -> str:
    """The heading (h1-h6) right above the story's first paragraph (the first line of ``text``, the
    extracted story, which may be the heading itself), within ``HEADING_GAP_WORDS`` words of it and
    with the story's date or byline between them or opening the story (_STAMP); "" when there is none,
    or when it is a section's or the site's name (``keys``: the site's, as ``brief.ingest.titles.site_keys`` gives)."""
    lines = [_norm(line) for line in text.split("\n") if line.strip()]
    if not lines:
        return ""
    import lxml.html  # type: ignore[import-untyped]  # trafilatura's parser, installed with it

    try:
        root = lxml.html.fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", html))  # lxml refuses a declaration in a str
    except (ValueError, lxml.etree.ParserError):
        return ""
    probe, after = lines[0][:MATCH_CHARS], lines[1][:MATCH_CHARS] if len(lines) > 1 else ""
    heading = ""
    between: list[str] = []  # what the page shows between the heading and the story
    walker = lxml.etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if event == "start" and (tag in _HEADINGS or tag in _UNSEEN):
            walker.skip_subtree()  # a heading is read whole; a script's text is never shown
            if tag in _HEADINGS:
                heading, between = _norm(element.text_content()), []
                if heading.startswith(probe) and after:
                    probe, after = after, ""  # the text opens with the heading itself: its next line is the story's
            continue
        shown = _norm((element.text if event == "start" and tag else element.tail if event == "end" else "") or "")
        if shown.startswith(probe) or (len(shown) >= MIN_MATCH_CHARS and probe.startswith(shown)):
            break
        between += [shown] if shown else []
    else:
        return ""
    gap = sum(len(t.split()) for t in between)
    if not heading or gap > HEADING_GAP_WORDS or len(heading.split()) < MIN_HEADING_WORDS:
        return ""
    if not any(_STAMP.search(t) for t in [*between, probe]):
        return ""  # no date nor byline under it: a service page's heading over its text
    return "" if is_site(heading, keys) or is_generic(heading) else heading
