"""From raw text to an Article: front matter, unwrapping, headline and boilerplate.

Real inputs are messy: wire copy hard-wrapped at 70 columns with ``quotes'', pages pasted one
paragraph per line, a headline on the first line, a "Copyright 2024," trailer. Each is handled
by a general rule here, so the sentence splitter only ever sees clean paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from brief.ingest.apostrophes import mended_apostrophes
from brief.ingest.furniture import POST_SIGNATURE, is_boilerplate, is_heading, story_spans, table_cells
from brief.ingest.glued import unglue
from brief.ingest.runs import placed_furniture
from brief.ingest.titles import site_keys, site_names
from brief.model import Article
from brief.text.segment import sentence_spans
from brief.text.sentences import lead_trim
from brief.text.words import count_words

_FRONT_KEYS = ("title", "source", "date", "url", "author")
_FRONT_ALIASES = {"published": "date", "link": "url"}
_ADDRESS = re.compile(r"https?://\S+$")
_FENCE = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)
_KEY_VALUE = re.compile(r"^([A-Za-z_-]+)[ \t]*:[ \t]*(.*?)[ \t]*$")

HEADLINE_MAX_WORDS = 22  # the longest headline is_headline accepts, for sentence-case headlines too
HEADLINE_MAX_CHARS = 160
"""A headline fits on one line of a page: a longer single line is a paragraph written without breaks."""
HEADLINE_CAPITALISED = 0.75
"""The share of a headline's words (past small words) that start with a capital: title case, with
room for a lower-case name or number."""
WRAP_MIN_LINES = 4
"""Fewer lines than this are too few to tell hard-wrapped text from short paragraphs by their widths;
a soft-break mark (a space ending each wrapped line, ``_flowed``) tells them then."""
WRAP_MAX_WIDTH = 120
"""Hard-wrapped text is wrapped at 72 to 80 columns, seldom wider: a longer line was not wrapped."""
WRAP_EVEN = 0.6
"""A wrapped text's median line is at least this share of its longest: lines end near the width."""
WRAP_MID_SENTENCE = 0.3
"""At least this share of a wrapped text's lines stop in mid-sentence; a paragraph per line never does."""
_ENDS_SENTENCE = re.compile(r"[.!?:;\"'”’»)\]]$")
_SMALL_WORDS = frozenset(
    "a an the of to in on for and or but nor at by with from as is are vs via into over per up off out".split()
)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Header fields between ``---`` fences at the top, and the text after them.

    Read-later apps write YAML there: lists under a key (``tags:`` then ``  - news``) are passed
    over, ``published:`` is the date, and a ``source:`` that is an address is the URL (the site's
    name then comes from it)."""
    match = _FENCE.match(text)
    if not match:
        return {}, text
    fields: dict[str, str] = {}
    for line in match.group(1).splitlines():
        if not line.strip() or line.startswith((" ", "\t", "- ", "#")):
            continue  # a list's item, a value's continued line, a comment
        kv = _KEY_VALUE.match(line)
        if not kv:
            return {}, text  # not a header after all: keep the text whole
        key = _FRONT_ALIASES.get(kv.group(1).lower(), kv.group(1).lower())
        value = kv.group(2).strip().strip("\"'")
        if key == "source" and _ADDRESS.match(value):
            key = "url"
        if key in _FRONT_KEYS and value and key not in fields:
            fields[key] = value
    return fields, text[match.end() :]


def paragraphs_of(text: str) -> list[tuple[str, bool]]:
    """Paragraphs with hard-wrapped lines joined back; each with whether it was one line alone."""
    raw = [[line for line in block.split("\n") if line.strip()] for block in re.split(r"\n[ \t\f\v]*\n", text)]
    raw = [block for block in raw if block]
    blocks = [[line.rstrip() for line in block] for block in raw]
    lines = [line for block in blocks for line in block]
    # Too few lines to tell wrapping by their widths: only a soft-break mark tells.
    wrapped = _looks_wrapped(lines) if len(lines) >= WRAP_MIN_LINES else _flowed(raw)
    paragraphs: list[tuple[str, bool]] = []
    for block in blocks:
        current = [block[0]]
        for line in block[1:]:
            previous = current[-1]
            starts_new = line[:1].isspace() and wrapped and len(line) - len(line.lstrip()) >= 2
            continues = not starts_new and (
                wrapped
                or (not _ENDS_SENTENCE.search(previous) and line.lstrip()[:1].islower())
            )
            if continues:
                current.append(line)
            else:
                paragraphs.append((_join(current), len(current) == 1))
                current = [line]
        paragraphs.append((_join(current), len(current) == 1))
    return paragraphs


def _join(lines: list[str]) -> str:
    return re.sub(r"[ \t]+", " ", " ".join(line.strip() for line in lines)).strip()


def _flowed(blocks: list[list[str]]) -> bool:
    """Lines soft-broken as in format=flowed (RFC 3676): every line that a line follows in its block
    ends in a space, the paragraph's last does not. Wire copy wrapped this way is told by it when it
    has too few lines for ``_looks_wrapped`` (a three-line item keeps its first line in its sentence)."""
    several = [block for block in blocks if len(block) > 1]
    return bool(several) and all(
        all(line.endswith((" ", "\t")) for line in block[:-1]) and not block[-1].endswith((" ", "\t"))
        for block in several
    )


def _looks_wrapped(lines: list[str]) -> bool:
    """Hard-wrapped text has narrow lines that often stop in mid-sentence (``WRAP_MIN_LINES`` or more)."""
    longest = max(len(line.rstrip()) for line in lines)
    if longest > WRAP_MAX_WIDTH:
        return False
    inner = lines[:-1]
    widths = sorted(len(line.rstrip()) for line in inner)
    if widths[len(widths) // 2] < WRAP_EVEN * longest:
        return False  # ragged lines: written one paragraph per line, not wrapped at a width
    mid_sentence = sum(1 for line in inner if not _ENDS_SENTENCE.search(line.rstrip()))
    return mid_sentence >= WRAP_MID_SENTENCE * len(inner)


ROW_MIN_CELLS = 3
"""Cells from which a table's row is a menu or a row of data, never a headline ("| HOME | RSS FEEDS | SEARCH |"):
a page laid out in a table may set its headline in a cell of its own, or beside a section's name."""


def _is_row(paragraph: str) -> bool:
    """Whether a paragraph is a table's row of ``ROW_MIN_CELLS`` or more filled cells."""
    return len(table_cells(paragraph)) >= ROW_MIN_CELLS


def is_headline(paragraph: str, single_line: bool) -> bool:
    """A headline: one short line, no closing period or comma, words in title case or capitals; no table's row."""
    words = paragraph.split()
    if _is_row(paragraph) or not single_line or not 2 <= len(words) <= HEADLINE_MAX_WORDS or len(paragraph) > HEADLINE_MAX_CHARS:
        return False
    if re.search(r"[.,;:]$", paragraph) and not paragraph.endswith("..."):
        return False
    cased = [w for w in words if w[:1].isalpha() and w.lower() not in _SMALL_WORDS]
    if not cased:
        return False
    upper = sum(1 for w in cased if w[:1].isupper())
    return upper >= HEADLINE_CAPITALISED * len(cased)


def _plain_headline(paragraph: str) -> bool:
    """A first line that does not end like a sentence, short as headlines are, and not furniture."""
    return not _is_row(paragraph) and is_heading(paragraph) and count_words(paragraph) <= HEADLINE_MAX_WORDS and not is_boilerplate(paragraph)


_LABELLED_HEADLINE = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,2}: [A-Z][^.!?]*")
"""A label of a few capitalised words, a colon and a headline with no full stop ("First Test: Northbay v Kestria",
"Assembly LIVE Updates: Upper house adjourned ..."): furniture reads the same shape as a link to an author's column
("Annie Lowrey: California is ..."), and so it is anywhere but on a text's first line, which no such link opens."""


def labelled_headline(paragraph: str, single_line: bool) -> bool:
    """Whether a text's first paragraph is its headline written after a label, though furniture reads it as a link."""
    return single_line and len(paragraph) <= HEADLINE_MAX_CHARS and _LABELLED_HEADLINE.fullmatch(paragraph) is not None


def _has_word(paragraph: str) -> bool:
    """Whether a line holds a word at all: a lone "|" or "*" a page sets between its byline and its story is none,
    and no headline."""
    return any(ch.isalpha() for ch in paragraph)


def derive_title(paragraph: str, limit: int = 80) -> str:
    """A title from the paragraph's first sentence (past any dateline), cut at a word boundary."""
    spans = sentence_spans(paragraph)
    if not spans:
        return paragraph[:limit]
    start, end = spans[0]
    first = paragraph[lead_trim(paragraph, start, end) : end]
    if len(first) <= limit:
        return first.rstrip(".")
    cut = first[:limit].rsplit(" ", 1)[0].rstrip(",;:—–- ")
    return cut + "…"


def _host(url: str) -> str:
    if not url:
        return ""
    from urllib.parse import urlsplit

    try:
        return urlsplit(url).hostname or ""
    except ValueError:
        return ""


# `single quotes' as wire copy writes them in TeX style ("`Atonement' Up for British Film Awards"): a
# backtick before a word, closed by the next straight mark after a word that no letter follows ("`Don't go'").
_TEX_SINGLE = re.compile(r"(?<!`)`(?=\w)([^`\n]{0,200}?\w[.,!?]?)'(?!\w)")


def normalize_quotes(text: str) -> str:
    """Wire copy writes ``quotes'' and `quotes' in TeX style; show them as the curly quotes they stand for."""
    if "`" not in text:
        return text
    return _TEX_SINGLE.sub(r"‘\1’", text.replace("``", "“").replace("''", "”"))


def article_from_text(
    text: str, id: int, path: str, fields: dict[str, str] | None = None, labels: frozenset[str] = frozenset(),
    site: Sequence[str] = (), italics: Iterable[str] = (), noted: Iterable[str] = (),
) -> Article:
    """Build an Article from decoded text: header fields, title, clean paragraphs with offsets.

    ``labels`` are run-in labels the page's markup showed ("Background:"), kept out of sentences;
    ``site`` the names the page's site goes by besides the header's source and URL; ``italics`` the
    names its markup set in italics and ``noted`` the writers its italic notes name (brief.ingest.emphasis).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    header, text = split_front_matter(text)
    header = {**(fields or {}), **header}
    paragraphs = paragraphs_of(unglue(normalize_quotes(mended_apostrophes(text))))  # "Dorn‘s": an apostrophe
    title = header.get("title", "") or (paragraphs[0][0] if paragraphs and labelled_headline(*paragraphs[0]) else "")
    # The headline is the first paragraph that is no label of the page's ("PRESS RELEASE", "Advertisement")
    lead = next((n for n, (p, _) in enumerate(paragraphs) if not is_boilerplate(p) and _has_word(p)), 0)  # not a lone "|"
    while len(paragraphs) > lead + 2 and len(paragraphs[lead][0].split()) == 1 and is_headline(*paragraphs[lead + 1]):
        lead += 1  # "India" over "'Border Attackers Had Outside Support'": the page's section, then its headline
    if len(paragraphs) > lead + 1 and is_headline(*paragraphs[lead]):
        headline = paragraphs.pop(lead)[0]
        title = title or headline
    elif not title and len(paragraphs) > lead + 1 and _plain_headline(paragraphs[lead][0]):
        title = paragraphs[lead][0]  # "Dock strike in Rotterdam, day 3": a headline in sentence case; kept as furniture
    body_parts: list[str] = []
    spans: list[tuple[int, int]] = []
    boiler: list[tuple[int, int]] = []
    names = site_names([header.get("source", ""), _host(header.get("url", "")), *site])
    keys = site_keys(names)
    # Headings and other unpunctuated lines are furniture, unless nothing in the text ends like a
    # sentence (a transcript or a post written without full stops is still someone's text).
    headings = any(not is_heading(p) for p, _ in paragraphs)
    # Each paragraph's story spans (None: furniture whole); then furniture by its place (brief.ingest.runs)
    parts: list[tuple[list[tuple[int, int]], list[tuple[int, int]]] | None] = []
    for n, (paragraph, _) in enumerate(paragraphs):
        post = n + 1 < len(paragraphs) and POST_SIGNATURE.match(paragraphs[n + 1][0]) is not None
        if is_boilerplate(paragraph) or (headings and is_heading(paragraph) and not post):
            parts.append(None)
        else:
            # "By Jane Doe: …", "… system. Image credit: www.example.com/": kept out of sentences
            parts.append(story_spans(paragraph, keys, labels))
    texts = [p for p, _ in paragraphs]
    placed = placed_furniture(texts, [part is None or not part[0] for part in parts])
    offset = 0
    for n, paragraph in enumerate(texts):
        if body_parts:
            offset += 2
        span = (offset, offset + len(paragraph))
        part = parts[n]
        if part is None or n in placed:
            boiler.append(span)
        else:
            spans.extend((span[0] + a, span[0] + b) for a, b in part[0])
            boiler.extend((span[0] + a, span[0] + b) for a, b in part[1])
        body_parts.append(paragraph)
        offset = span[1]
    body = "\n\n".join(body_parts)
    if not title:
        first = body[spans[0][0] : spans[0][1]] if spans else body
        title = derive_title(first) if first else path
    return Article(
        id=id,
        title=normalize_quotes(title),
        path=path,
        text=body,
        source=header.get("source", ""),
        date=header.get("date", ""),
        url=header.get("url", ""),
        paragraphs=tuple(spans),
        boilerplate=tuple(boiler),
        site=names,
        italics=tuple(sorted(italics)),
        noted=tuple(sorted(noted)),
    )
