"""Pages saved by old crawlers (session 51, ingest62): a head that lost its closing marks, a byte-order
mark saved twice, a title whose template names no site the page states, a page titled only by its share
links, a story set among many teasers. Pages and titles are written here."""

from __future__ import annotations

import pytest

from brief.ingest.files import parse_article
from brief.ingest.pagekind import NotAnArticle
from brief.ingest.titles import clean_title

STORY = (
    "<p>The harbour board voted on Tuesday to keep the winter ferry to Gullholm running twice a day, reversing a plan "
    "to cut it to one crossing from January.</p>"
    "<p>Islanders had said a single crossing would leave pupils and nurses stranded on the mainland overnight, and "
    "more than four hundred of them signed a letter to the board in November.</p>"
    "<p>The board's chair, Mirela Ostrander, said the second crossing would cost the port about ninety thousand "
    "crowns over the winter, which the county has agreed to share.</p>"
    "<p>The ferry company said it would publish the winter timetable next week and keep the evening sailing at "
    "half past six, as the islanders had asked in their letter.</p>"
    "<p>A review of the island's transport, ordered by the county last spring, is due in March and will look at "
    "whether a larger boat could replace the two crossings in the coming years.</p>"
)
HEADLINE = "Gullholm keeps its winter ferry"


def _read(html: str | bytes) -> tuple[str, str]:
    data = html if isinstance(html, bytes) else html.encode("utf-8")
    article, _ = parse_article(data, 1, "page.html")
    return article.title, article.text


def test_a_title_never_closed_ends_at_its_line_and_the_body_is_read() -> None:
    page = (f"<html>\n<head>\n<title>{HEADLINE}\n<meta name='keywords' content='ferry'>\n"
            "<script type='text/javascript'>var slot = 1;</script>\n</head>\n"
            f"<body><div class='story'>{STORY}</div></body></html>")
    title, text = _read(page)
    assert title == HEADLINE
    assert "Mirela Ostrander" in text


def test_a_title_spliced_with_script_debris_gives_way_to_the_pages_headline() -> None:
    page = ("<html>\n<head>\n<title>Gullholm keeps its win'?' + ad_query + '\"><\\/SCRIPT>');\n//-->\n</SCRIPT>\n"
            "<SCRIPT LANGUAGE=JavaScript>\nfunction AD(pos) { return pos; }\n</SCRIPT>\n"
            f"<div class='page'><h1 class='red'>{HEADLINE}</h1>{STORY}</div></body></html>")
    title, text = _read(page)
    assert title == HEADLINE
    assert "Mirela Ostrander" in text


def test_a_doctype_cut_short_is_still_a_page() -> None:
    page = ("<!DOCTYPE htm\n  <div id='header'><a href='/'>Radio Gullholm</a></div>\n"
            f"  <div id='main'><h1 class='title'>{HEADLINE}</h1>{STORY}</div>\n")
    title, text = _read(page)
    assert title == HEADLINE
    assert "<div" not in text and "Mirela Ostrander" in text


def test_a_byte_order_mark_saved_twice_hides_no_page() -> None:
    page = f"<html><head><title>{HEADLINE}</title></head><body>{STORY}</body></html>"
    title, _ = _read("\ufeff".encode().decode("latin-1").encode("utf-8") + page.encode("utf-8"))
    assert title == HEADLINE


def test_a_page_with_no_title_is_named_by_its_share_links() -> None:
    share = "".join(f"<a href='http://{site}/submit?url=http://news.example.org/7131.stm&amp;title={HEADLINE}'>{site}</a> "
                    for site in ("bookmarks.example.com", "votes.example.net", "links.example.info"))
    page = (f"<html><head><script src='/js/stats.js'></script></head><body><div class='nav'>OTHER GULLHOLM SITES</div>"
            f"<div class='story'><p>Last Updated: Tuesday, 8 January 2008, 10:12 GMT</p>{STORY}</div>"
            f"<div class='share'>{share}</div></body></html>")
    title, _ = _read(page)
    assert title == HEADLINE


TEASERS = "".join(f"<h3><a href='/news/{n}.html'>Ferry news item number {n} of the week</a></h3>" for n in range(8))
FRONT_ITEMS = "".join(f"<h3><a href='/news/{n}.html'>Island council meets on harbour fees, part {n}</a></h3>"
                      f"<p>Councillors discuss the fishing fleet's fees at the town hall, night {n}.</p>"
                      for n in range(12))


def test_a_story_among_many_teasers_is_an_article() -> None:
    numbered = "".join(f"<p>{n}. Why the ferry to island {n} runs late</p>" for n in range(1, 11))
    comments = "".join(f"<p>Keep the boats running as they are, says reader {n}.</p><p>Tove Lind {n}</p>" for n in range(6))
    page = (f"<html><head><title>{HEADLINE}</title></head><body><div class='story'><h1>{HEADLINE}</h1>"
            f"{STORY}<p>Ferries: all the coverage...</p>{numbered}{comments}</div><div>{TEASERS}</div></body></html>")
    title, _ = _read(page)  # at base: "a section or index page: 8 headlines linking to other stories"
    assert title == HEADLINE


def test_a_front_of_teasers_is_still_no_article() -> None:
    page = f"<html><head><title>Island news</title></head><body><div class='front'>{FRONT_ITEMS}</div></body></html>"
    with pytest.raises(NotAnArticle):
        _read(page)


@pytest.mark.parametrize(
    ("title", "sites", "headline"),
    [
        ("=> Gullholm Ferry Line Announces a Winter Timetable <=", [], "Gullholm Ferry Line Announces a Winter Timetable"),
        ("GullholmPost.com > News > Islands -- Board keeps the winter ferry running", [],
         "Board keeps the winter ferry running"),
        ("Kestrel.com - Harbour FC - Ostrander: A Cup Win Would Lift the Whole Island", [],
         "Ostrander: A Cup Win Would Lift the Whole Island"),
        ("Ostrander Scores 30 In Harbour Loss - GullholmGulls.com—Official Web Site of Gullholm Athletics", [],
         "Ostrander Scores 30 In Harbour Loss"),
        ("Ferry Fares Frozen For Winter - News Story - KGUL | Gullholm", [], "Ferry Fares Frozen For Winter"),
        ("Preview - Gullholm (9-3) At Kestrel (10-2) - Local Sports News Story - WGUL Gullholm", [],
         "Preview - Gullholm (9-3) At Kestrel (10-2)"),
        ("Gull TV Nine | Board Keeps Winter Ferry Running", ["weather.gulltvnine.com"], "Board Keeps Winter Ferry Running"),
    ],
)
def test_an_old_templates_marks_around_the_headline_are_cut(title: str, sites: list[str], headline: str) -> None:
    assert clean_title(title, sites) == headline


@pytest.mark.parametrize(
    "title",
    [
        "Why Amazon.com - and its rivals - cut prices",  # a domain inside a headline is the headline's
        "Storm - what the islanders say",  # a short headline with a dash of its own
        "The Story - a Gullholm play opens",  # "Story" as a headline's own word, no site after it
    ],
)
def test_a_headline_with_a_dash_or_a_domain_of_its_own_stays(title: str) -> None:
    assert clean_title(title, []) == title


def test_a_blogs_name_in_the_h1_gives_way_to_the_posts_headline_in_the_title() -> None:
    page = ("<html><head><title>Gullholm Post: Island Notes : Ferry keeps its winter timetable</title></head><body>"
            "<div id='top'><a href='http://www.gullholmpost.com/'>Home</a></div>"
            "<h1><a href='indexd?blogid=3'>Gullholm Post: Island Notes</a></h1>"
            f"<div class='post'><h2>Ferry keeps its winter timetable</h2>{STORY}</div></body></html>")
    title, _ = _read(page)
    assert title == "Ferry keeps its winter timetable"


def test_the_headline_ends_a_breadcrumb_after_the_sites_name() -> None:
    title = "Gullholm Post: The Best of the Island Every Day :: Island News :: Board keeps the winter ferry"
    assert clean_title(title, ["www.gullholmpost.com"]) == "Board keeps the winter ferry"
    # the site's name again at the end of the breadcrumb is no headline
    assert clean_title("Gullholm Post: Board keeps the winter ferry » Gullholm Post Online Edition",
                       ["www.gullholmpost.com"]) != "Gullholm Post Online Edition"
