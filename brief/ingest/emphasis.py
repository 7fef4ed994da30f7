"""Names a page sets in italics: the titles of its works and publications, as style guides ask.

A film, a show, a game, a book, an album, a journal or a magazine is written in italics ("on
<i>Everwood</i>", "the professional <em>League of Legends</em> championships", "<em>Motherboard</em>
reported"); people and the bodies that act are not. The text trafilatura hands back has lost that
mark, so the titles are read here from the raw HTML, before it is flattened, for the actors to tell
a work named like a company or a person from one (brief.actors.thinghood). Regular expressions over
the HTML, as in brief.ingest.markup: an inline element's shape, not the page's structure.
"""

from __future__ import annotations

import html as entities
import re

# An italic element and its text; nested inline tags (a link, a span) are read through, a block
# (a paragraph, a list, a heading) is not: italics around a block are a caption's or an editor's note.
# Not <cite>: blogs set a comment's author in it ("<cite class="fn">Jane Roe</cite>"), a person.
_ITALIC = re.compile(r"<(i|em)\b[^>]*>((?:[^<]|(?!</?(?:p|div|li|ul|ol|h\d|br|table|blockquote)\b)<[^>]*>){1,300}?)"
                     r"</\1\s*>", re.I)
_TAG = re.compile(r"<[^>]*>")
MAX_TITLE_WORDS = 8
"""Words of a work's title set in italics ("The Palace: Tale of Jang Noksu"); longer italics are a
sentence stressed or a caption, not a title."""
# Words a title keeps in lower case ("League of Legends", "Under the Skin").
_SMALL_WORDS = frozenset("of the a an and in on to for at with from by or vs nor but".split())
# Punctuation around the title inside the element ("<i>Watchmen,</i>"): the sentence's, not the title's.
_EDGE = " \u00a0,.;:!?\"“”‘’'()[]—–-"


def _title_case(words: list[str]) -> bool:
    """Each word capitalised (or a digit, or a small word after the first): a title's shape."""
    return bool(words) and (words[0][:1].isupper() or words[0][:1].isdigit()) and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL_WORDS for w in words)


def italic_titles(html: str) -> frozenset[str]:
    """The texts of the page's italic elements that have a title's shape: a few words, each
    capitalised ("No Ordinary Family", "Communication Research"); not a stressed word ("<em>not</em>"),
    a foreign phrase or a sentence in italics."""
    found = set()
    for match in _ITALIC.finditer(html):
        text = re.sub(r"\s+", " ", entities.unescape(_TAG.sub("", match.group(2)))).strip(_EDGE)
        words = text.split()
        if 0 < len(words) <= MAX_TITLE_WORDS and _title_case(words):
            found.add(text)
    return frozenset(found)


# A paragraph wholly in italics that opens with a name and what that person is or does: the writer's
# note closing a column or a review ("<p><i>Jane Roe is Director of Marketing for Acme ...</i></p>",
# "<p><em>John Doe is the author of ...</em></p>"), set apart from the story as its writer's.
_ITALIC_PARAGRAPH = re.compile(r"<p\b[^>]*>\s*<(i|em)\b[^>]*>((?:[^<]|(?!</?(?:p|div)\b)<[^>]*>){1,600}?)</\1\s*>\s*</p\s*>",
                               re.I)
_NOTE_NAME = re.compile(r"([A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){1,3})\s+(?:is|was|writes|covers|reports)\b")


def writers_notes(html: str) -> frozenset[str]:
    """The names opening a paragraph set wholly in italics with what they are ("Brad Roe is Director of
    ..."): the page's writers, named in their note, not actors of its story."""
    found = set()
    for match in _ITALIC_PARAGRAPH.finditer(html):
        text = re.sub(r"\s+", " ", entities.unescape(_TAG.sub("", match.group(2)))).strip()
        name = _NOTE_NAME.match(text)
        if name:
            found.add(name.group(1))
    return frozenset(found)
