"""Real stories brief used to refuse, and the pages each rule still refuses: pages written here
(brief.ingest.decode, brief.ingest.story_headline, brief.ingest.markup.forum_posts,
brief.ingest.story_runs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.ingest.decode import NotText, decode_bytes
from brief.ingest.files import load_articles
from brief.ingest.story_runs import tells_a_story

STORY = (
    "The river authority in Pellaton said on Monday that the old stone weir would be rebuilt before the spring floods.",
    "Engineers found last month that two of its sluice gates had rusted shut, and the town's lower quarter flooded twice in the winter.",
    "The work will cost about four million crowns, which the regional council agreed to pay from its reserve fund.",
    "Shopkeepers on the quay said they had lost weeks of trade and asked for the repairs to be done at night.",
    "Marta Dellacorte, who chairs the authority, said the contractor had promised to keep one lane of the bridge open.",
    "Fishing on the stretch below the weir will be banned until the work is finished, probably in late April.",
    "The council will hold a meeting for residents in the town hall on Thursday evening.",
    "A second weir, upstream at Corvella, is due to be inspected in the summer.",
    "Residents who lost goods in the floods can still claim help from the council's relief fund until the end of March.",
)


def _write(tmp_path: Path, html: str | bytes) -> Path:
    path = tmp_path / "page.html"
    if isinstance(html, bytes):
        path.write_bytes(html)
    else:
        path.write_text(html, encoding="utf-8")
    return path


def _loaded(tmp_path: Path, html: str | bytes) -> tuple[list[str], tuple[str, ...], tuple[str, ...]]:
    loaded = load_articles([str(_write(tmp_path, html))])
    return [a.title for a in loaded.articles], loaded.errors, loaded.warnings


def _page(title: str, body: str, head: str = "") -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
            f"<body>{body}</body></html>")


SITE = "<meta property='og:site_name' content='Harbour Wire'>"


def _paragraphs(sentences: tuple[str, ...] = STORY) -> str:
    return "".join(f"<p>{s}</p>" for s in sentences)


# --- a few stray NUL bytes in a text page (brief.ingest.decode.STRAY_NUL_SHARE) ---


def test_stray_nul_bytes_in_a_text_page_are_dropped_with_a_warning(tmp_path: Path) -> None:
    # a CMS writing a NUL for an attribute's value, once in each row of a table of letters
    rows = "".join(f"<tr><td><img src='/letters/{c}.gif' border=\x00></td></tr>\n" for c in "ABCDEFGHIJKL")
    html = _page("Pellaton weir to be rebuilt before the floods", f"<h1>Pellaton weir to be rebuilt before the floods</h1>"
                 f"{_paragraphs()}<table>{rows}</table>" + "<!-- a comment the template leaves -->\n" * 300)
    titles, errors, warnings = _loaded(tmp_path, html.encode("utf-8"))
    assert titles == ["Pellaton weir to be rebuilt before the floods"] and errors == ()
    assert any("dropped 12 stray NUL bytes" in w for w in warnings)


def test_stray_nul_bytes_leave_the_text_and_binary_data_is_still_refused() -> None:
    text = ("A line of plain text about the weir at Pellaton. " * 200).encode("ascii")
    decoded, note = decode_bytes(text[:500] + b"\x00" + text[500:])
    assert decoded == text.decode("ascii") and note == "dropped 1 stray NUL byte"
    for binary in (b"\x00\x01\x02\x03" * 500, text[:4000] + b"\x00\x00" + text[4000:], bytes(range(256)) * 40):
        with pytest.raises(NotText, match="NUL"):
            decode_bytes(binary)


# --- the headline right above the story, on a page titled by its section (brief.ingest.story_headline) ---


def test_a_story_headed_by_an_h4_on_a_page_titled_by_its_section_is_read(tmp_path: Path) -> None:
    body = ("<div class='crumbs'>You are here: <a href='/'>Home</a> &gt; <a href='/news/'>News</a></div>"
            "<div class='story'><h4>Pellaton weir to be rebuilt before spring floods</h4>"
            "<div class='stamp'>Mon 7 Jan 2008, 10:12 GMT</div><p>By Ilse Varnholt</p>" + _paragraphs() + "</div>")
    titles, errors, _ = _loaded(tmp_path, _page("News - Harbour Wire", body, SITE))
    assert titles == ["Pellaton weir to be rebuilt before spring floods"] and errors == ()


def test_a_page_titled_by_its_site_with_no_heading_over_its_text_is_still_refused(tmp_path: Path) -> None:
    # a service page: its headings head a list of links and a section's name, not its text's first paragraph
    body = ("<h4>Our services</h4><ul><li><a href='/a'>Timetables</a></li><li><a href='/b'>Fares</a></li></ul>"
            "<div class='notice'><p>Planned works</p><p>Welcome</p>" + _paragraphs(STORY[:4]) + "</div>")
    titles, errors, _ = _loaded(tmp_path, _page("Welcome - Harbour Wire", body, SITE))
    assert titles == [] and "no headline of its own" in errors[0]


def test_a_service_page_whose_heading_stands_undated_over_its_text_is_still_refused(tmp_path: Path) -> None:
    # a page of advice titled by its site: a heading right over its text, but no date nor byline under it
    advice = ("If your train is replaced by a bus, keep your ticket with you: the driver will ask to see it before you board.",
              "Folding bicycles may be carried if there is room in the luggage hold, but other bicycles cannot be taken.",
              "Guide dogs and assistance dogs are welcome on every replacement bus, as they are on our trains.",
              "Replacement buses stop outside the station, where staff in orange jackets will show you the way.")
    body = "<div class='content'><h2><span>Travelling on a replacement bus service</span></h2>" + _paragraphs(advice) + "</div>"
    titles, errors, _ = _loaded(tmp_path, _page("Welcome - Harbour Wire", body, SITE))
    assert titles == [] and "no headline of its own" in errors[0]


# --- a sidebar of a forum's latest posts is no thread (brief.ingest.markup.forum_posts) ---


def test_a_story_beside_a_list_of_a_forums_latest_replies_is_an_article(tmp_path: Path) -> None:
    sidebar = "<div class='forums'><h3>From our forums</h3><ol>" + "".join(
        f"<li><strong><a href='/forum/t{n}'>Re: {subject}</a></strong></li>" for n, subject in enumerate(
            ("Best tide tables for the estuary", "Pellaton weir and the fishing ban", "Selling a used kayak, any advice",
             "Best tide tables for the estuary")))
    body = "<h1>Pellaton weir to be rebuilt before the floods</h1>" + _paragraphs() + sidebar + "</ol></div>"
    titles, errors, _ = _loaded(tmp_path, _page("Pellaton weir to be rebuilt before the floods", body))
    assert titles == ["Pellaton weir to be rebuilt before the floods"] and errors == ()


# --- a story read as one block among linked headlines is no front (brief.ingest.story_runs) ---

TEASERS = ("Ferry fares to rise in May", "Corvella school gets a new roof", "Quay market moves indoors",
           "Storm closes coast road", "Pellaton choir wins in Vienna", "New bus line to the airport")


def _boxes(blurbs: str = "") -> str:
    return "".join(f"<div class='box'><h3><a href='/news/{n}'>{t}</a></h3></div>" for n, t in enumerate(TEASERS)) + blurbs


def test_a_story_read_as_one_block_among_linked_headlines_is_an_article(tmp_path: Path) -> None:
    # the story's paragraphs run together in one block (a page parting them with line breaks the
    # extraction joins), amid a box of other headlines and a few short lines of the page's own
    story = "<p>" + " ".join(STORY) + "</p><p>© 2008 Harbour Wire</p>"
    lines = "".join(f"<p>{line}</p>" for line in ("Interested in this topic?", "Our alerts will keep you informed. Find out more."))
    titles, errors, _ = _loaded(tmp_path, _page("Pellaton weir to be rebuilt", f"<h1>Pellaton weir to be rebuilt</h1>{story}{lines}{_boxes()}"))
    assert titles == ["Pellaton weir to be rebuilt"] and errors == ()


def test_a_block_of_blurbs_cut_short_tells_no_story() -> None:
    # a front's teasers run together in one block, each cut short with "...": the site's other stories, not one
    blurbs = " ".join(f"{t} {s[:60].rsplit(' ', 1)[0]}..." for t, s in zip(TEASERS, STORY, strict=False))
    assert not tells_a_story(f"{blurbs}\n\nMost read\n\nRelated stories")
    assert tells_a_story(" ".join(STORY) + " © 2008 Harbour Wire\n\nMost read\n\nRelated stories")
    assert not tells_a_story(" ".join(STORY[:7]))  # seven sentences: a long blurb, or a brief


# --- a story beside a dated list of the site's other items is no archive (brief.ingest.pagekind) ---


def test_a_story_beside_a_dated_list_of_other_items_is_an_article(tmp_path: Path) -> None:
    others = ("Corvella school gets a new roof", "Quay market moves indoors", "Storm closes coast road",
              "Pellaton choir wins in Vienna", "New bus line to the airport")
    listed = "<h3>More from the coast</h3><ul>" + "".join(
        f"<li>{day} Jan 2008</li><li>{item}</li>" for day, item in zip(range(14, 9, -1), others, strict=True)) + "</ul>"
    body = "<div class='story'><h1>Pellaton weir to be rebuilt</h1>" + _paragraphs() + listed + "</div>"
    titles, errors, _ = _loaded(tmp_path, _page("Pellaton weir to be rebuilt", body))
    assert titles == ["Pellaton weir to be rebuilt"] and errors == ()
