"""Loading real input: page dates without dateparser's cost, feeds saved as files, images named
explicitly, and agency tags before a title taken from the first line (issues 11 and 14)."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.ingest.files import Loaded, expand_inputs, load_articles
from brief.ingest.html import extract_html

BODY = "<p>" + "The council voted on the new bridge plan after a long debate in the town hall. " * 6 + "</p>"


def _page(head: str, before: str = "") -> str:
    return (
        f"<html lang='fr'><head><title>Council votes on bridge</title>{head}</head><body><article>"
        f"<h1>Council votes on bridge</h1>{before}{BODY}</article></body></html>"
    )


def test_a_date_in_the_markup_is_read_without_dateparser(monkeypatch: pytest.MonkeyPatch) -> None:
    import htmldate.extractors

    def refused(text: str) -> None:
        raise AssertionError(f"dateparser called for {text!r}")

    monkeypatch.setattr(htmldate.extractors, "_external_date", refused)
    htmldate.extractors.try_date_expr.cache_clear()
    # a modification time in a form only dateparser reads, before the publication date
    head = '<meta http-equiv="Last-Modified" content="22 Sep,2021 1632hrs IST">' \
        '<meta property="article:published_time" content="2021-09-20T10:00:00Z">'
    page = _page(head)
    assert extract_html(page, "https://example.org/news/bridge").date == "2021-09-20"


def test_a_date_written_only_in_the_text_is_still_found() -> None:
    page = _page("", "<p class='byline'>Publié le 22 septembre 2021</p>")
    assert extract_html(page, "https://example.org/news/bridge").date == "2021-09-22"


STORY = (
    "The river authority opened the new flood barrier on Tuesday after four years of work. "
    "Engineers said the barrier would protect twelve thousand homes from spring floods. "
    "The mayor, Ines Varga, said the town had waited too long for the project to be finished. "
    "The barrier cost forty million euros, most of it paid by the national government in the capital."
)
OTHER = (
    "Farmers in the valley began the grape harvest two weeks early this year. "
    "A dry summer ripened the fruit sooner than anyone in the cooperative could remember. "
    "Prices are expected to rise, the cooperative's chairman, Paul Hendry, told reporters. "
    "Pickers from three neighbouring towns have been hired to bring the crop in before the rains."
)

RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Valley News</title>
<item><title>Flood barrier opens</title><link>https://example.org/barrier</link>
<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
<description><![CDATA[<p>{STORY}</p>]]></description></item>
<item><title>Harvest starts early</title><link>https://example.org/harvest</link>
<description>Farmers begin the harvest.</description></item>
<item><title>Council meets</title><link>https://example.org/council</link></item>
</channel></rss>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley News</title>
<entry><title>Harvest starts early</title><id>urn:uuid:1</id><updated>2024-09-01T08:00:00Z</updated>
<content type="html">&lt;p&gt;{OTHER}&lt;/p&gt;</content></entry>
</feed>
"""

JSON_FEED = (
    '{"version": "https://jsonfeed.org/version/1.1", "title": "Valley News", "items": ['
    f'{{"id": "1", "url": "https://example.org/barrier", "title": "Flood barrier opens", "content_text": "{STORY}",'
    ' "date_published": "2024-03-05T10:00:00Z"}]}'
)


THIRD = (
    "The regional railway will reopen the mountain line in October after a landslide closed it in spring. "
    "Crews cleared forty thousand tonnes of rock from the track and rebuilt two bridges. "
    "The railway's director, Sofia Brandt, said trains would run hourly from the first week. "
    "Hotels in the upper valley lost most of their summer guests while the line was shut."
)


def _load(tmp_path: Path, name: str, text: str | bytes) -> Loaded:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return load_articles([str(path)])


def test_an_rss_file_is_read_as_its_entries_with_one_warning_for_the_links(tmp_path: Path) -> None:
    loaded = _load(tmp_path, "valley.rss", RSS)
    assert [(a.title, a.source, a.date) for a in loaded.articles] == [("Flood barrier opens", "Valley News", "2024-03-05 10:00 UTC")]
    assert "<rss" not in loaded.articles[0].text and "twelve thousand homes" in loaded.articles[0].text
    assert loaded.errors == ()
    assert len(loaded.warnings) == 1 and "2 of its 3 entries" in loaded.warnings[0] and "feed's links are not fetched" in loaded.warnings[0]


@pytest.mark.parametrize(("name", "text"), [("valley.atom", ATOM), ("valley.xml", ATOM), ("valley", ATOM), ("valley.json", JSON_FEED)])
def test_atom_and_json_feed_files_are_read_whatever_their_name(tmp_path: Path, name: str, text: str) -> None:
    loaded = _load(tmp_path, name, text)
    assert len(loaded.articles) == 1 and loaded.errors == () and loaded.warnings == ()
    assert loaded.articles[0].path == f"{tmp_path / name}#entry-1"
    assert loaded.articles[0].title in {"Flood barrier opens", "Harvest starts early"}


def test_a_feed_file_with_no_entry_text_is_one_problem(tmp_path: Path) -> None:
    bare = RSS.replace(f"<p>{STORY}</p>", "Short.")
    loaded = _load(tmp_path, "valley.xml", bare)
    assert loaded.articles == ()
    assert len(loaded.errors) == 1 and "feed's links are not fetched" in loaded.errors[0]


def test_xml_or_json_that_is_no_feed_is_not_an_article(tmp_path: Path) -> None:
    loaded = _load(tmp_path, "sitemap.xml", '<?xml version="1.0"?><urlset><url><loc>https://example.org/</loc></url></urlset>')
    assert loaded.articles == () and "not an RSS, Atom or JSON feed" in loaded.errors[0]


SVG = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><title>Logo</title><text>' + STORY + "</text></svg>\n"


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("logo.svg", SVG.encode(), "an SVG image"),
        ("logo", SVG.encode(), "an SVG image"),  # told by its root element too
        ("photo.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "a PNG image"),
        ("photo.jpg", b"\xff\xd8\xff\xe0\0\x10JFIF", "a JPEG image"),
        ("report.pdf", b"%PDF-1.4\n" + STORY.encode(), "a PDF document"),
    ],
)
def test_an_image_or_pdf_named_explicitly_is_skipped_in_one_line(tmp_path: Path, name: str, data: bytes, kind: str) -> None:
    loaded = _load(tmp_path, name, data)
    assert loaded.articles == ()
    assert len(loaded.errors) == 1 and "\n" not in loaded.errors[0]
    assert loaded.errors[0].startswith(f"{tmp_path / name}: {kind}, not an article")


def test_a_folders_walk_skips_images(tmp_path: Path) -> None:
    (tmp_path / "logo.svg").write_text(SVG, encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    assert expand_inputs([str(tmp_path)]) == ([str(tmp_path / "story.txt")], [])


def test_a_folders_walk_reads_saved_feeds_by_content_and_passes_other_xml_and_json(tmp_path: Path) -> None:
    (tmp_path / "valley.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "valley.atom").write_text(ATOM, encoding="utf-8")
    (tmp_path / "news" / "feed.json").write_text(JSON_FEED.replace(STORY, THIRD), encoding="utf-8")
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?><urlset><url><loc>https://example.org/</loc></url></urlset>')
    (tmp_path / "settings.json").write_text('{"theme": "dark", "items": []}')
    (tmp_path / "page.xml").write_text("<html><body><p>" + OTHER + "</p></body></html>")
    loaded = load_articles([str(tmp_path)])
    assert sorted(a.path for a in loaded.articles) == [
        f"{tmp_path / 'news' / 'feed.json'}#entry-1", f"{tmp_path / 'news' / 'valley.atom'}#entry-1", f"{tmp_path / 'valley.rss'}#entry-1",
    ]
    assert loaded.errors == ()
    assert len(loaded.warnings) == 1 and "valley.rss: a saved feed: 2 of its 3 entries" in loaded.warnings[0]


def test_a_folder_of_only_other_json_says_it_has_nothing_to_read(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text('{"theme": "dark"}')
    loaded = load_articles([str(tmp_path)])
    assert loaded.articles == () and len(loaded.errors) == 1 and "no saved feeds" in loaded.errors[0]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('(CNN)"A long, long, time ago..." is how the song begins, the singer said on Monday. It was 1971.',
         '"A long, long, time ago..." is how the song begins, the singer said on Monday'),
        ("LONDON (Reuters) “We will not stop,” the minister said on Tuesday. Talks resume next week.",
         "“We will not stop,” the minister said on Tuesday"),
        ("New Delhi, India (CNN)‘Enough’ was the word the minister used on Friday. He left the chamber.",
         "‘Enough’ was the word the minister used on Friday"),
        ("LONDON (AP) — The storm hit the coast on Monday. Thousands lost power.", "The storm hit the coast on Monday"),
        ("(A) “Shall” means must, the committee said. The rest follows.", "(A) “Shall” means must, the committee said"),
    ],
)
def test_an_agency_tag_before_the_first_line_is_not_in_the_title(text: str, title: str) -> None:
    from brief.ingest.text import article_from_text
    from brief.text.sentences import split_article

    article = article_from_text(text, 1, "story.txt")
    assert article.title == title
    assert split_article(article)[0].text.startswith(title.rstrip("…"))
