"""trafilatura's balanced and precise extractions of one page, sharing what the two have in common.

``extract_html`` asks trafilatura for a page's text twice (balanced, and precise to say where the
article ends). Called on the HTML each time, ``bare_extraction`` parses the page, reads its metadata
and evaluates brief's furniture XPath twice: on the 170 E pages the metadata was ~25% of loading and
the XPath ~26% (its 18 ``translate`` calls per element, ~37 µs an element). Here the page is parsed,
its metadata read and its furniture pruned once, in the order ``bare_extraction`` does them, and
each extraction runs on a copy of the pruned tree (``bare_extraction`` copies a tree it is given),
without metadata of its own; the furniture is found in Python (``furniture_elements``), the same
elements in the same order as the XPath finds them. The result is the same, byte for byte (the
titles and text of the 704 A-F and dev pages compared).
"""

from __future__ import annotations

from typing import Any

from brief.ingest.blockquotes import quote_announced_blocks
from brief.ingest.code import LISTING_XPATH
from brief.ingest.markup import (
    FURNITURE_HINTS,
    PRUNE_MAX_CHARS,
    card_xpath,
    descriptions,
    furniture_xpath,
    note_xpath,
    offer_xpath,
)
from brief.ingest.metered_lead import unmark_story_teasers
from brief.ingest.prose_pre import prose_pre_as_paragraphs
from brief.ingest.standfirst import standfirst

HtmlElement = Any
"""lxml's element (lxml publishes no types)."""

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
"""XPath 1.0's ``translate`` lower-cases only A-Z: so does this (``str.lower`` would fold more)."""

_compiled: dict[str, Any] = {}


def _xpath(expression: str) -> Any:
    """An XPath compiled once per process (lxml's ``XPath``; imported only when a page is met)."""
    found = _compiled.get(expression)
    if found is None:
        from lxml.etree import XPath  # type: ignore[import-untyped]  # trafilatura's parser, installed with it

        found = _compiled[expression] = XPath(expression)
    return found


def _hinted(value: str | None) -> bool:
    """Whether an attribute's value, lower-cased as XPath's ``translate`` does, holds a furniture hint."""
    if not value:
        return False
    value = value.translate(_ASCII_LOWER)
    return any(hint in value for hint in FURNITURE_HINTS)


def furniture_elements(tree: HtmlElement) -> list[HtmlElement]:
    """The elements the first of ``markup.furniture_xpath``'s expressions selects, in document order.

    Its first part (an aside, a complementary role, a class or id with a furniture hint; box-sized)
    is read here one element at a time in Python, which is ~20 times cheaper than the XPath's 18
    ``translate`` calls per element; the box-size tests of the few elements it names, the cards and
    the listings are still XPath's."""
    from lxml.etree import Element

    boxed = _xpath(f"string-length(normalize-space(.)) < {PRUNE_MAX_CHARS} and count(.//p) < 2"
                   " and not(self::body or self::html)")
    others = set(_xpath(f"{card_xpath()} | {LISTING_XPATH}")(tree))
    found = []
    for element in tree.iter(Element):
        if element in others:
            found.append(element)
        elif ((element.tag == "aside" or element.get("role") == "complementary"
               or _hinted(element.get("class")) or _hinted(element.get("id")))
              and boxed(element)):
            found.append(element)
    return found


def prune_furniture(tree: HtmlElement, xpaths: list[str]) -> None:
    """Delete from ``tree`` what ``xpaths`` (the page's ``markup.furniture_xpath``) select, as
    trafilatura's ``prune_xpath`` does (each expression in turn, each element deleted keeping its tail)."""
    from trafilatura.xml import delete_element

    for element in furniture_elements(tree):
        delete_element(element)
    if xpaths[1:] == [offer_xpath()]:  # the page has a call-to-buy button
        for element in _xpath(offer_xpath())(tree):
            delete_element(element)


def set_notes_apart(tree: HtmlElement) -> None:
    """Move each note inside a paragraph (``markup.note_xpath``: a footnote or tooltip shown beside
    the word it annotates) out of its sentence, into a paragraph of its own right after it.

    Left in place, the note is glued into the sentence it annotates, and a quoted answer runs on
    into the note; deleted, the story loses what the page says of the people it annotates ("X is
    the Flash's alter ego"), which tells characters from actors."""
    from lxml.etree import Element
    from trafilatura.xml import delete_element

    after: dict[Any, Any] = {}  # each paragraph's last note set after it, so that notes keep their order
    for note in _xpath(note_xpath())(tree):
        paragraph = next(a for a in note.iterancestors() if a.tag == "p")
        text = " ".join(note.text_content().split())
        delete_element(note)
        if text:
            moved = Element("p")
            moved.text = text
            after.get(paragraph, paragraph).addnext(moved)
            after[paragraph] = moved


def extract_twice(html: str, xpaths: list[str], options: dict[str, Any]) -> tuple[Any, Any, str]:
    """trafilatura's balanced extraction of ``html`` (text and metadata) and its precise one (text),
    as ``bare_extraction(html, prune_xpath=xpaths, with_metadata=True, **options)`` and the same with
    ``favor_precision=True`` give them, where ``xpaths`` is ``markup.furniture_xpath(html)`` (an
    XPath of another shape raises ValueError); either None where that gives None. Two steps more:
    notes inside paragraphs are set apart from their sentences first (``set_notes_apart``), and the
    page's standfirst the balanced text left out is read from the pruned page (``standfirst``; "" when none)."""
    if xpaths[:1] != furniture_xpath()[:1] or xpaths[1:] not in ([], [offer_xpath()]):
        raise ValueError("extract_twice prunes only what markup.furniture_xpath selects")
    from trafilatura import bare_extraction
    from trafilatura.metadata import extract_metadata
    from trafilatura.settings import Extractor
    from trafilatura.utils import load_html

    settings = Extractor(output_format="python", with_metadata=True, **options)
    try:  # bare_extraction's first steps, in its order: parse, metadata, the caller's pruning
        tree = load_html(html, settings.max_file_size)
        if tree is None:
            return None, None, ""
        metadata = extract_metadata(tree, settings.url, settings.date_params, settings.fast,
                                    settings.author_blacklist)
    except (TypeError, ValueError):  # what bare_extraction turns into None
        return None, None, ""
    set_notes_apart(tree)
    quote_announced_blocks(tree)  # "X said:" and a <blockquote>: the block's words in quotation marks
    prose_pre_as_paragraphs(tree)  # a press release in <pre>: its paragraphs, not a listing (brief.ingest.prose_pre)
    unmark_story_teasers(tree)  # a metered page's free opening marked "teaser" (brief.ingest.metered_lead)
    prune_furniture(tree, xpaths)
    # the extraction reads the page's address from its metadata when it was given none
    texts = {**options, "url": settings.url or metadata.url}
    balanced: Any = bare_extraction(tree, options=Extractor(output_format="python", **texts))
    precise = bare_extraction(tree, options=Extractor(output_format="python", precision=True, **texts))
    if balanced is None:
        return None, precise, ""
    metadata.text = balanced.text
    metadata.raw_text = balanced.raw_text
    metadata.body = balanced.body
    return metadata, precise, standfirst(tree, descriptions(html), balanced.text or "")
