"""Readable text and metadata from an HTML page, saved to disk or fetched from the web.

Main-text extraction is trafilatura's job: telling an article from navigation, ads, related links
and footers is a research problem it solves far better than any tag list we could keep. It is
imported only when a page is actually met, so reading plain text files never pays for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from brief.ingest.broken_head import mend_head
from brief.ingest.cell_paragraphs import cell_paragraphs
from brief.ingest.code import strip_markup
from brief.ingest.comment_threads import without_comment_thread
from brief.ingest.cutlines import without_cutlines
from brief.ingest.described_story import described_story
from brief.ingest.emphasis import italic_titles, writers_notes
from brief.ingest.extraction import extract_twice
from brief.ingest.furniture import is_prose_cell, table_cells
from brief.ingest.heading_standfirst import heading_standfirst
from brief.ingest.headline_start import from_the_headline
from brief.ingest.inline_splits import with_inline_splits_joined
from brief.ingest.linked_site import linked_site_name
from brief.ingest.loose_lead import with_loose_lead
from brief.ingest.markup import (
    declared_host,
    declared_not_a_story,
    declared_site_names,
    declares_a_story,
    descriptions,
    forum_posts,
    furniture_xpath,
    home_link_names,
    linked_headlines,
    logo_names,
    main_link_host,
    marked_headlines,
    plays_video,
    root_link_hosts,
    run_in_labels,
    social_titles,
    spaced_site_name,
)
from brief.ingest.masthead_titles import headline_after_masthead
from brief.ingest.numbered_teasers import without_numbered_teasers
from brief.ingest.own_title import titled_apart
from brief.ingest.page_date import page_date
from brief.ingest.page_tail import without_page_tail
from brief.ingest.run_teasers import without_run_teasers
from brief.ingest.sections import with_split_parts
from brief.ingest.share_links import over_title, shared_title
from brief.ingest.stamped_headline import without_stamped_headline
from brief.ingest.story_headline import heading_over_story, headline_title
from brief.ingest.story_pointers import without_pointed_teasers
from brief.ingest.teaser_lists import without_teaser_lists
from brief.ingest.title_echo import echoed_headline, template_part
from brief.ingest.title_host import title_host
from brief.ingest.titles import (
    clean_title,
    cut_from_headline,
    has_empty_slot,
    has_separator,
    is_date,
    is_generic,
    is_later_part,
    is_site,
    repair_title,
    repeated_parts,
    site_keys,
    site_names,
    trim_to_headline,
)
from brief.ingest.wire_sidebar import without_wire_sidebar
from brief.ingest.wrapped_lines import with_wrapped_lines_joined
from brief.text.lexicon import DANGLING_WORDS
from brief.text.sentence_stops import FULL_STOP_AT_LINE_END

# The headline is repeated at the top of the extracted text, sometimes after a kicker or a
# "Posted on" line (two of the dev pages): looked for in the first three lines only, so that a
# later paragraph that happens to read like the headline stays.
HEADLINE_SEARCH_LINES = 3


@dataclass(frozen=True)
class Extracted:
    """What a page says about itself: its main text (paragraphs split by blank lines) and metadata."""

    title: str
    text: str
    source: str = ""
    date: str = ""
    headline: bool = True  # False when the page has no headline of its own (its title is the site's name)
    # Headlines linking elsewhere on a page that does not declare itself an article (0 when it
    # does): a section front's teasers (brief.ingest.pagekind).
    teasers: int = 0
    # Bold labels run into the text's paragraphs ("Background:"), never a speaker's name.
    labels: frozenset[str] = frozenset()
    # The names the site goes by: its name from the metadata, its host (brief.ingest.titles.site_names).
    site: tuple[str, ...] = ()
    # What the markup says the page is when that is not one story ("a CollectionPage", "og:type
    # video"), and its longest summary of itself in the metadata (brief.ingest.pagekind).
    declared: str = ""
    description: str = ""
    video: bool = False  # it plays a video (a video's page, or a story with one: brief.ingest.pagekind)
    posts: int = 0  # the posts of a forum thread it shows, by their headers (brief.ingest.markup.forum_posts)
    # Names set in italics with a title's shape: works and publications (brief.ingest.emphasis).
    italics: frozenset[str] = frozenset()
    # Writers named in an italic note closing the page ("Jane Roe is ...": brief.ingest.emphasis).
    noted: frozenset[str] = frozenset()


def extract_html(html: str, url: str = "") -> Extracted:
    """The page's main text, title, site name and date; empty text when it has none.

    trafilatura's balanced setting, not ``favor_precision``: precision mode deletes short linked
    phrases and the text after emptied elements, which leaves gaps in sentences ("a lead in the
    state, but , notably among …") and dropped whole paragraphs on some dev pages; the furniture
    the balanced mode keeps (related links, prompts, time stamps) is kept out of sentences by
    brief.ingest.furniture. What balanced mode adds *after* the article (an author's bio, a "Last
    updated" line on the dev pages) need not have such a shape, so the precise extraction says
    where the article ends. When nothing is found, trafilatura is asked again favouring recall.
    """
    from trafilatura import bare_extraction  # heavy (lxml, dateparser): only when a page is met

    _silence_library_logs()
    html = mend_head(html)  # a title or doctype the saved copy never closed (brief.ingest.broken_head)
    xpaths = furniture_xpath(html)  # its search for a call-to-buy button: once a page
    common: dict[str, object] = {
        "url": url or None,
        "with_metadata": True,
        "include_comments": False,
        "include_images": False,
        "include_links": False,
        "prune_xpath": xpaths,
        "date_extraction_params": {"extensive_search": False, "original_date": True},  # brief.ingest.page_date
    }
    # the two as bare_extraction(html, **common) and with favor_precision=True give them, sharing
    # one parse, one reading of the metadata and one pruning (brief.ingest.extraction)
    doc, strict, lead = extract_twice(html, xpaths, {"url": url or None, "comments": False, "images": False, "links": False,
                                               "date_params": common["date_extraction_params"]})
    if doc is None or not _field(doc, "text").strip():
        doc, lead = bare_extraction(html, favor_recall=True, **common), ""  # type: ignore[arg-type]
    if doc is None:  # no text at all (a page drawn by its scripts): still named by its <title>, for the warning
        return Extracted(title=clean_title(_page_title(html), [*declared_site_names(html), main_link_host(html)]), text="")
    host = (urlsplit(url).hostname or "") if url else ""
    host = host or _field(doc, "hostname") or declared_host(html) or title_host(_page_title(html)) or main_link_host(html)
    host = host[4:] if host.startswith("www.") else host
    raw_title = _clean(_field(doc, "title"))
    page_title = _page_title(html)
    marked = marked_headlines(html)
    if raw_title and cut_from_headline(raw_title, page_title) and not any(
            _same(raw_title, named) for named in [*marked, *social_titles(html)]):
        raw_title = ""  # trafilatura's guess from the <title> cut the headline off: the <title> whole is read instead
    if raw_title and (is_later_part(raw_title, page_title) or template_part(raw_title, page_title, html)):
        raw_title = ""  # the site's name, its motto or a section where the headline belongs: the <title> whole is read
    # the name the metadata declares, where trafilatura read none (a broken page's <meta> in its <body>)
    declared = declared_site_names(html)
    source = spaced_site_name(_clean(_field(doc, "sitename")) or next(iter(declared), ""), declared)  # "Theprovince": "The Province"
    if source and (_same(source, raw_title or page_title) or is_date(source)):
        source = ""  # the headline or a date put where the site's name belongs: no use as either
    if source and not _declared(source, declared, host):
        # trafilatura's guess from a part of the <title> (the headline, its second half), and its title
        # then the other part: the <title> whole is read here instead, for the site's name known to be the site's
        if raw_title and source in page_title and raw_title in page_title:
            raw_title = ""
        source = ""
    if not source and not host:  # "... | Harbour Post Sport" and a link home (brief.ingest.linked_site)
        source = linked_site_name(page_title, html)
    logos = logo_names(html)
    if (raw_title and (host or logos) and is_site(raw_title, site_keys([host, *logos]), exact=True)
            and not _same(raw_title, page_title)):
        raw_title = ""  # the site's name where the headline belongs (og:title "Bloomberg", the masthead's <h1>)
    sites = [source, host]
    # a page that names no host of its own ("- Entermedia" on a saved page with no URL): the hosts it
    # links at their root name its site, for the title only (a linked partner is no outlet of the story)
    # and a masthead's <h1> names it on any page ("Harbour Notes: Storm hits coast" under the <h1> "Harbour Notes")
    title_sites = [*(sites if host else [*sites, *root_link_hosts(html)]), *logos, *repeated_parts(page_title)]
    raw_title = headline_after_masthead(raw_title, page_title, title_sites)  # "Blog name" in the <h1>
    chosen = _choose_title(raw_title, page_title)
    if chosen != raw_title and raw_title and any(_same(page_title, name) for name in home_link_names(html)):
        chosen = raw_title  # the <title> is the site's name its front page's link shows: the metadata's headline stands
    if chosen == raw_title and _same(raw_title, clean_title(page_title, sites)):
        chosen = page_title  # the same words: the <title> keeps the page's own quotes ("‘Fantastic Beasts’: …")
    shown = clean_title(page_title, title_sites)
    if shown and any(_same(shown, headline) for headline in marked):
        chosen = page_title  # the headline the page shows and is titled by, over a social title (og:title)
    elif (shown and not has_separator(shown)
          and any(_same(shown, clean_title(social, title_sites)) for social in social_titles(html))):
        # the story named in the same words by the page's <title> and its title for sharing (og:title,
        # twitter:title), over what trafilatura fell back to when it could not read the latter (an <h1>);
        # not a <title> with a decoration left ("Storm hits coast - Harbour Post" when the site is not
        # known), which a sharing title may copy whole
        chosen = page_title
    elif social_titles(html) and titled_apart(page_title, shown, chosen):
        chosen = page_title  # the headline the page titles itself by, its site's name cut, over one for sharing
        # (with no title for sharing, the <h1> trafilatura read stays: the <title> may be a search engine's)
    title = echoed_headline(trim_to_headline(clean_title(repair_title(chosen, marked), title_sites), marked, title_sites), html)
    title = title or shared_title(html)  # no <title> nor metadata: the headline its share links carry
    title = over_title(title, html)  # a menu's label, or a short headline, over the share links' (brief.ingest.share_links)
    keys = site_keys(sites)
    untitled = (has_empty_slot(page_title or raw_title) or bool(title) and is_site(title, keys, exact=True)
                or is_generic(title))  # "Home": a placeholder where the headline belongs
    # the masthead's name as the title: the marked headline if any, but no page is dropped for it (a
    # saved blog post may head its story only with an <h2>)
    named_by_logo = bool(title) and bool(logos) and is_site(title, site_keys(logos), exact=True)
    keys = site_keys([*sites, *logos])
    if untitled or named_by_logo:
        # the template's title where the headline belongs ("Harbour Gazette -", the site's name alone):
        # the headline the markup marks (JSON-LD, an <h1>) is the page's own, when it has one that is
        # not the site's name again (a logo's <h1>, the name with a little more)
        own = next((h for h in marked if not is_site(h, keys)), "")
        own = own or (heading_over_story(html, _field(doc, "text"), keys) if untitled else "")  # an <h4> over it
        if own:
            title, untitled = clean_title(own, title_sites), False
    # a broken page's tags out, and a table's cells of prose as paragraphs
    lines = [cell for line in _field(doc, "text").split("\n") for cell in _cells(_clean(strip_markup(line)))]
    lines = _end_with_the_article([line for line in lines if line], _field(strict, "text") if strict else "")
    lines = with_wrapped_lines_joined(html, lines, _clean)  # a paragraph hard-wrapped in the source (brief.ingest.wrapped_lines)
    lines = with_inline_splits_joined(html, lines)  # a paragraph cut at its bold names (brief.ingest.inline_splits)
    lines = without_teaser_lists(html, lines)  # other stories' linked headlines (brief.ingest.teaser_lists)
    lines = without_page_tail(html, lines)  # menus, promotions and ads after the story (brief.ingest.page_tail)
    extracted = set(lines)  # cleaned above; only the split parts' paragraphs are new (strip_markup decodes entities once)
    lines = [_PICTURE_REFERENCE.sub("", line if line in extracted else _clean(strip_markup(line)))
             for line in with_split_parts(html, lines)]
    lines = cell_paragraphs(html, lines, _clean)  # a story in one table cell, its paragraphs run together
    lines = without_numbered_teasers(lines, html)  # a box of other stories' numbered headlines (brief.ingest.numbered_teasers)
    lines = without_comment_thread(lines)  # readers' comments signed line by line (brief.ingest.comment_threads)
    lines = without_pointed_teasers(lines)  # teasers closed by "Full Story" (brief.ingest.story_pointers)
    lines = without_run_teasers(html, lines)  # teasers run together in one paragraph (brief.ingest.run_teasers)
    lines = without_wire_sidebar(lines)  # an agency's other stories after its story's "(ANI)" (brief.ingest.wire_sidebar)
    lines = with_loose_lead(html, lines, _clean)  # the story's first paragraph as bare text (brief.ingest.loose_lead)
    title = headline_title(title, html, lines)  # a site's name over a story headed in its layout (brief.ingest.story_headline)
    lead = lead or heading_standfirst(html, lines)  # one set in a heading under the headline (brief.ingest.heading_standfirst)
    headlines = [t for t in (title, raw_title, clean_title(page_title, sites)) if t]
    lines = from_the_headline(lines, headlines)  # menus and teasers above the headline (brief.ingest.headline_start)
    for n, line in enumerate(lines[:HEADLINE_SEARCH_LINES]):
        if any(_same(line, headline) for headline in headlines):
            del lines[n]  # the headline repeated in the text, perhaps after a time stamp or a kicker
            break
    for n, line in enumerate(lines[:HEADLINE_SEARCH_LINES]):
        lines[n] = without_stamped_headline(line, headlines)  # "Headline POSTED: 11:54 pm ... The story"
        if lines[n] != line:
            break
    lines = _join_split_sentences(_join_drop_caps(lines))
    context = " ".join([title, *lines[:6]])
    for n, line in enumerate(lines[:HEADLINE_SEARCH_LINES]):
        lines[n] = _restore_drop_cap(line, context)  # the story's first letter: after a kicker or standfirst too
    if lead and not any(_same(lead, headline) for headline in [*headlines, *marked]):
        lines.insert(0, _clean(lead))  # the standfirst trafilatura left out (brief.ingest.standfirst)
    lines = without_cutlines(html, lines)  # photos' captions the page marks as cutlines, a standfirst's too (brief.ingest.cutlines)
    lines = described_story(html, lines, descriptions(html))  # the story the extractor passed over (brief.ingest.described_story)
    text = "\n\n".join(lines)
    return Extracted(
        title=title,
        text=text,
        source=source or host,
        date=page_date(html, url, title, text, _clean(_field(doc, "date"))),  # which date is the article's
        # a page with no title at all gets one from its text; one titled and headed only by its site has none
        headline=not untitled,
        teasers=0 if declares_a_story(html) else linked_headlines(html),
        labels=frozenset(label for label in run_in_labels(html) if not _named_elsewhere(label, text)),
        site=site_names(sites),
        declared=declared_not_a_story(html, url),
        description=max(descriptions(html), key=len, default=""),
        video=plays_video(html),
        posts=forum_posts(html),
        italics=italic_titles(html),
        noted=writers_notes(html),
    )


def _declared(source: str, declared: list[str], host: str) -> bool:
    """Whether a site name is the page's own (its metadata names it: ``declared``, or it is the host) and not a
    guess."""
    if _HOST_NAME.fullmatch(source.casefold()) or any(_same(source, name) for name in declared):
        return True
    # "The Washington Post" (the <title>'s suffix) is the site the metadata declares as "Washington Post"
    bare = _THE.sub("", source)
    if bare != source and any(_same(bare, _THE.sub("", name)) for name in declared):
        return True
    return bool(host) and is_site(source, site_keys([host]), exact=True)


_THE = re.compile(r"^the\s+", re.I)


_HOST_NAME = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}")


def _named_elsewhere(label: str, text: str) -> bool:
    """Whether a label's words stand in the text without their colon: a name ("Mr Malone: …" in
    an interview that also says "asked Mr Malone"; "Thomas Malone:" there too, by its surname),
    whose label says who speaks, not furniture."""
    words = label.rstrip(": ")
    last = words.split()[-1]
    names = [words, last] if last[:1].isupper() else [words]
    return any(re.search(rf"\b{re.escape(name)}\b(?!\s*:)", text) for name in names)


# Lines of the precise extraction's end looked for in the balanced one, from the last: a last
# line the balanced text lacks (precision mode keeps a caption balanced mode drops) is skipped.
END_SEARCH_LINES = 3
# The precise extraction's end is the article's only when what it would cut is not more of the
# story: what follows an article (an author's bio, a "Last updated" line, related links, video
# teasers) is short lines, while precision mode ending early on a smaller block (the first section
# of a long review) leaves paragraphs of prose after it. At least this many words in paragraphs of
# at least PROSE_PARAGRAPH_WORDS words ending like a sentence are kept: on the read halves the cut
# review kept 1,639 such words, the tails of related links and captions 0-110. A teaser cut off
# with an ellipsis ("… the Apple Watch Series 8, an ...") is not a sentence's end.
TAIL_PROSE_WORDS = 200
PROSE_PARAGRAPH_WORDS = 40
_SENTENCE_END = FULL_STOP_AT_LINE_END
# How alike two renderings of the same paragraph are: precision mode may lack a linked phrase
# of it, so word overlap (Jaccard), not equality.
SAME_PARAGRAPH_OVERLAP = 0.8


def _end_with_the_article(lines: list[str], strict_text: str) -> list[str]:
    """The balanced extraction's lines up to where the precise one ends: what follows is not the article."""
    strict = [_clean(line) for line in strict_text.split("\n") if line.strip()]
    for last in reversed(strict[-END_SEARCH_LINES:]):
        for n in range(len(lines) - 1, -1, -1):
            if _alike(lines[n], last):
                return lines if _prose_words(lines[n + 1 :]) >= TAIL_PROSE_WORDS else lines[: n + 1]
    return lines


def _prose_words(lines: list[str]) -> int:
    """Words in paragraphs of prose: long, and ending like a sentence (TAIL_PROSE_WORDS)."""
    long = (len(line.split()) for line in lines if _SENTENCE_END.search(line))
    return sum(n for n in long if n >= PROSE_PARAGRAPH_WORDS)


def _alike(a: str, b: str) -> bool:
    if a == b:
        return True
    wa, wb = set(_WORDS.findall(a.casefold())), set(_WORDS.findall(b.casefold()))
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= SAME_PARAGRAPH_OVERLAP


_WORDS = re.compile(r"\w+")
# "… both American and JetBlue (pictured) debuted …": a pointer to a photo the text no longer has,
# which reads as a caption's debris in a chosen sentence; "(pictured left)", "(pictured above)" too.
_PICTURE_REFERENCE = re.compile(r"\s\(pictured(?:\s+(?:above|below|left|right|centre|center|here|top|bottom))?\)(?=[\s,.;:!?])", re.I)
_TITLE_ELEMENT = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.I | re.S)
_WORD = re.compile(r"[^\W\d_]{3,}")


def _join_drop_caps(lines: list[str]) -> list[str]:
    """ "T" alone, then "he regional council …": a drop cap kept as its own block, put back."""
    out: list[str] = []
    for line in lines:
        if out and len(out[-1]) == 1 and out[-1].isupper() and line[:1].islower():
            out[-1] += line
        else:
            out.append(line)
    return out


# A paragraph cut mid-sentence by the page's markup (an image or an ad between two <p> of one
# sentence: "… provide publishers with an" / "effective way to …"): prose of at least this many
# words ending on a lower-case word, then a line starting with a lower-case word.
SPLIT_SENTENCE_MIN_WORDS = 8
_ENDS_MID_SENTENCE = re.compile(r"\s[a-z][a-z'’-]*$")
_STARTS_MID_SENTENCE = re.compile(r"^[a-z][a-z'’-]*\b(?![:.])")


def _join_split_sentences(lines: list[str]) -> list[str]:
    """Two blocks that are one sentence cut by the markup, put back together."""
    out: list[str] = []
    for line in lines:
        if (out and len(out[-1].split()) >= SPLIT_SENTENCE_MIN_WORDS and _ENDS_MID_SENTENCE.search(out[-1])
                and _STARTS_MID_SENTENCE.match(line)):
            out[-1] += " " + line
        else:
            out.append(line)
    return out


_FIRST_WORD = re.compile(r"^([a-z][\w'’-]*)\b")


def _restore_drop_cap(line: str, context: str) -> str:
    """ "urkey, Poland and …" -> "Turkey, Poland and …": a drop cap styled apart is lost by extraction.

    Only when the first word is lower case and the headline or the next lines have exactly one
    capitalised word that is that word with a letter before it.
    """
    match = _FIRST_WORD.match(line)
    if not match:
        return line
    word = match.group(1)
    found = {w for w in re.findall(r"\b[A-Z]" + re.escape(word) + r"\b", context)}
    return (found.pop() + line[len(word) :]) if len(found) == 1 else line


def _page_title(html: str) -> str:
    """The <title> element as a browser shows it: what the page calls itself, decorations and all."""
    import html as entities

    match = _TITLE_ELEMENT.search(html[:200_000])
    return _clean(entities.unescape(re.sub(r"<[^>]*>", "", match.group(1)))) if match else ""


def _choose_title(extracted: str, page_title: str) -> str:
    """trafilatura's title, unless it shares no word with the page's own <title>.

    trafilatura reads titles from metadata that some CMSs fill with their own name ("escenic");
    a title with no word in common with what the browser shows is not this page's headline.
    (extract_html prefers the <title> outright when the page's headline in its markup is that
    <title>: trafilatura reads og:title first, which sites write for social media, shorter or
    reworded: "… Kidnapped Girl" for the headline "… Kidnapped Fort Worth Girl".)
    """
    if not extracted:
        return page_title
    if page_title and not set(_WORD.findall(extracted.casefold())) & set(_WORD.findall(page_title.casefold())):
        return page_title
    return extracted


def _silence_library_logs() -> None:
    """trafilatura and its helpers log their doubts; our one-line warnings are what users should see.

    dateutil also warns, through Python's warnings, when a page dates itself with a zone name it
    does not know ("Dec 29, 2014 10:00 EST"): the date is still read (the day is what brief uses),
    so the warning is only noise on the user's terminal.
    """
    import logging
    import warnings

    warnings.filterwarnings("ignore", message="tzname .* identified but not understood", module="dateutil")

    for name in ("trafilatura", "htmldate", "courlan", "justext", "readability", "lxml"):
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())  # stops Python's last-resort printing to stderr


def _field(doc: object, name: str) -> str:
    """A metadata field whether trafilatura hands back a Document or (older releases) a dict."""
    value = doc.get(name) if isinstance(doc, dict) else getattr(doc, name, None)
    return str(value) if value else ""


_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def _cells(line: str) -> list[str]:
    """A table's row as paragraphs, without its cell marks, where it holds the story's text.

    A row with one filled cell is its text (a page laid out in a table, beside a spacer cell); a
    row with a cell of prose is each of its cells, the labels and marks beside the prose then
    furniture of their own (a footnote's mark beside its note). Any other row is data, left as it is
    and kept out of the sentences (brief.ingest.furniture.is_heading); other lines are as they are.
    """
    cells = table_cells(line)
    return cells if len(cells) == 1 or any(map(is_prose_cell, cells)) else [line]


# A space the markup put before a comma, after an inline element ("watch <em>Stuart</em> , a film",
# "from <a>Nvidia</a> , Gigabyte"): the page's text has no such space. After a function word the
# space marks a hole where link text was dropped ("but , notably"), left for the summaries to see
# (brief.summarize.cohesion.showable).
_SPACE_BEFORE_COMMA = re.compile(r"(\S+) +(?=[,;] )")


def _comma_joined(match: re.Match[str]) -> str:
    """The word with its comma, unless the word cannot end a clause: a hole, kept to be seen."""
    word = match.group(1)
    return match.group(0) if word.casefold() in DANGLING_WORDS else word


def _clean(text: str) -> str:
    """One line of text: runs of spaces as one, zero-width characters and soft hyphens gone, and no
    space the markup put before a comma (``_SPACE_BEFORE_COMMA``)."""
    return _SPACE_BEFORE_COMMA.sub(_comma_joined, re.sub(r"\s+", " ", _INVISIBLE.sub("", text)).strip())


def _same(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return re.sub(r"\W+", " ", s).strip().casefold()

    return norm(a) == norm(b)
