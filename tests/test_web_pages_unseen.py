"""Pages shaped like sites the dev pages do not cover (issue 11, items 7-10): WordPress, Arc,
BBC-style components, a local TV station, AMP, German and Italian pages, a live blog, a photo
gallery, a paywall stub and a section front. Each page is written here (tests/data/pages/), in
those sites' markup, with the furniture they carry; every story sentence must be free of it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from brief.ingest.files import load_articles
from brief.ingest.furniture import is_boilerplate, lead_furniture
from brief.ingest.markup import declares_a_story, linked_headlines, run_in_labels
from brief.text.sentences import split_article

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from _web_checks import debris_in  # noqa: E402

PAGES = Path(__file__).resolve().parent / "data" / "pages"

ARTICLES = {
    "wordpress.html": "Storm surge floods coast road as crews race to reopen it",
    "localtv.html": "Ferry operator halts crossings after engine fire",
    "arc.html": "Senators clash over farm subsidies as deadline nears",
    "bbcstyle.html": "Rail strike: Commuters face a week of disruption",
    "amp.html": "Wildfire forces thousands to flee hill towns",
    "german.html": "Hochwasser: Deiche an der Elbe halten",
    "italian.html": "Il ponte sul Po chiuso per lavori fino a giugno",
    "liveblog.html": "Election night live: results as they come in",
}
# Words of furniture each page carries that no story sentence may hold.
FURNITURE = ["Photo: AP", "Background:", "Share this", "newsletter", "inbox", "Copyright", "cookies", "Anchor:",
             "(KWTX)", "PELHAM POINT", "Read more", "Follow Sierra", "Image caption", "Getty", "Related Topics",
             "Bild:", "Foto:", "Leggi anche", "Mehr zum Thema", "Riproduzione", "Share", "Updated at",
             "covers the coast", "congressional reporter"]


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_unseen_site_articles_have_clean_titles_and_sentences(name: str) -> None:
    loaded = load_articles([str(PAGES / name)])
    assert loaded.errors == ()
    article = loaded.articles[0]
    assert article.title == ARTICLES[name]  # no "| DW | 19.01.2020", "- La Stampa", "- KWTX 9 News | …"
    sentences = [s.text for s in split_article(article)]
    assert len(sentences) >= 4
    for sentence in sentences:
        assert debris_in(sentence) == [], sentence
        assert not any(word in sentence for word in FURNITURE), sentence


@pytest.mark.parametrize("name", ["german.html", "italian.html"])
def test_non_english_pages_say_actors_are_not_listed(name: str) -> None:
    loaded = load_articles([str(PAGES / name)])
    assert len(loaded.warnings) == 1 and "actors are not listed" in loaded.warnings[0]
    assert loaded.articles[0].language in ("de", "it")


@pytest.mark.parametrize(
    ("name", "reason"),
    [("section.html", "a section or index page"), ("paywall.html", "a paywall stub"),
     ("gallery.html", "words of text (a caption or a teaser)")],
)
def test_unseen_pages_that_are_not_articles_are_named(name: str, reason: str) -> None:
    loaded = load_articles([str(PAGES / name), str(PAGES / "wordpress.html")])
    assert [Path(a.path).name for a in loaded.articles] == ["wordpress.html"]
    assert len(loaded.errors) == 1 and "doesn't look like an article" in loaded.errors[0] and reason in loaded.errors[0]


def test_markup_evidence() -> None:
    section = (PAGES / "section.html").read_text()
    assert not declares_a_story(section) and linked_headlines(section) == 8
    assert declares_a_story((PAGES / "liveblog.html").read_text())  # LiveBlogPosting
    assert declares_a_story((PAGES / "wordpress.html").read_text())  # og:type article
    assert run_in_labels("<p><strong>Why it matters:</strong> The vote …</p><p><b>The letter warned:</b></p>") == {
        "Why it matters:", "The letter warned:"}


def test_run_in_labels_are_cut_unless_they_introduce_a_quotation() -> None:
    labels = frozenset({"Background:", "The letter warned:"})
    assert lead_furniture("Background: The road has flooded before.", [], labels) == len("Background: ")
    assert lead_furniture("The letter warned: “Cases will rise.”", [], labels) == 0
    assert lead_furniture("Background: The road has flooded before.", []) == 0  # no markup, no cut


def test_an_interview_keeps_its_speakers_labels(tmp_path: Path) -> None:
    answers = "".join(
        f"<p><strong>Ms Okafor:</strong> {answer}</p>" for answer in (
            "The harbour has been losing trade to the new port for a decade, and the bridge made it worse.",
            "We asked the council for a ferry in 2019, and it said the money was not there.",
            "Shop owners will lose a third of their trade if the bridge closes for a whole year.",
        )
    )
    html = ("<html lang='en'><head><title>Five questions for Ada Okafor</title><meta property='og:type' content='article'>"
            f"</head><body><article><h1>Five questions for Ada Okafor</h1><p>We asked Ms Okafor about the bridge.</p>{answers}"
            "</article></body></html>")
    (tmp_path / "interview.html").write_text(html)
    article = load_articles([str(tmp_path / "interview.html")]).articles[0]
    assert any(s.text.startswith("Ms Okafor: The harbour") for s in split_article(article))


@pytest.mark.parametrize(
    "line",
    [
        "Get the Capital Ledger's Politics newsletter, free to your inbox every weekday.",
        "Follow Sierra Daily on Facebook and Twitter for the latest updates.",
        "First-time subscribers also receive a special welcome gift! Do it for the culture.",
        "Аdvеrtіѕе wіth thе most visited news site ~ Wе оffеr fullу сuѕtоmіzаblе расkаgеѕ.",  # Cyrillic look-alikes
    ],
)
def test_promotions_are_furniture(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "The streaming service said its subscribers rose by two million in the quarter, beating forecasts.",
        "Police asked anyone with information to follow the appeal on the force's website.",
        "The Greek minister, Kostas Papadopoulos, said the talks would resume on Monday.",
    ],
)
def test_story_lines_are_not_promotions(line: str) -> None:
    assert not is_boilerplate(line)


def test_a_promotion_inside_a_story_paragraph_loses_its_sentence_only(tmp_path: Path) -> None:
    """A short article given as plain text is one paragraph: a promotion in it once took the whole story."""
    path = tmp_path / "raise.txt"
    path.write_text(
        "Teachers get a raise\n\nVoters approved a raise for retired teachers, and director Tim Dorsey called it a win. "
        "Dorsey spoke in June, a week after the vote. When you join the Harbour Times family, you get unlimited access. "
        "Dorsey said the fund still faces a shortfall.\n"
    )
    texts = [s.text for s in split_article(load_articles([str(path)]).articles[0])]
    assert texts[0].startswith("Voters approved") and texts[-1] == "Dorsey said the fund still faces a shortfall."
    assert not any("unlimited access" in t for t in texts)


def test_small_boxes_the_markup_names_as_furniture_are_pruned_and_a_story_so_named_is_not() -> None:
    from brief.ingest.html import extract_html

    story = "".join(
        f"<p>{line}</p>"
        for line in (
            "The regional council voted on Tuesday to close the old harbour bridge to cars from next spring.",
            "Buses and bicycles will still be allowed across, and a ferry will run every twenty minutes.",
            "Shop owners on the harbour front said they feared losing customers while the works last.",
            "Engineers found cracks in two of the bridge's supporting arches during an inspection in May.",
            "The council expects the repairs to cost about eleven million euros over two years of work.",
            "A second inspection of the eastern arches is planned for the autumn, the council said.",
        )
    )
    box = "<div class='weekly-newsletter-box'><p>Every Friday morning, the week's best harbour stories, picked by our editors.</p></div>"
    html = (
        "<html lang='en'><head><title>Bridge closes</title></head><body><article>"
        f"<h1>Bridge closes</h1><div class='shareable-story'>{story}{box}</div></article></body></html>"
    )
    text = extract_html(html).text
    assert "Every Friday morning" not in text
    assert "old harbour bridge" in text and "eastern arches" in text


@pytest.mark.parametrize(
    ("title", "marked", "expected"),
    [
        ("Il governo cade - Il Piccolo Quotidiano", ["Il governo cade"], "Il governo cade"),
        ("Flood defences to be rebuilt | Harbour News", ["Flood defences to be rebuilt"], "Flood defences to be rebuilt"),
        # a logo in an <h1> before a longer headline is not the headline
        ("Harbour News - Flood defences to be rebuilt", ["Harbour News"], "Harbour News - Flood defences to be rebuilt"),
        ("Mayor resigns - council calls for early vote", ["Mayor resigns"], "Mayor resigns - council calls for early vote"),
        ("Mayor resigns", ["Mayor resigns"], "Mayor resigns"),
        # a section or the site's name and motto before the headline
        ("Opinion | Flood defences to be rebuilt", ["Flood defences to be rebuilt"], "Flood defences to be rebuilt"),
        ("Harbour News | Your town's voice: Ferry returns to the bay after ten years", ["Ferry returns to the bay after ten years"],
         "Ferry returns to the bay after ten years"),
        # more before the headline than the headline itself: not a decoration
        ("After ten years of waiting and three failed votes, finally: Ferry returns", ["Ferry returns"],
         "After ten years of waiting and three failed votes, finally: Ferry returns"),
        ("Why the ferry returns", ["the ferry returns"], "Why the ferry returns"),
    ],
)
def test_title_cut_to_the_headline_the_markup_names(title: str, marked: list[str], expected: str) -> None:
    from brief.ingest.titles import trim_to_headline

    assert trim_to_headline(title, marked) == expected


def test_saved_page_without_site_metadata_loses_the_decoration_its_markup_shows() -> None:
    from brief.ingest.html import extract_html

    body = (
        "<p>Il governo è caduto ieri sera dopo il voto di sfiducia alla Camera, con 312 voti contrari.</p>"
        "<p>Il presidente della Repubblica inizierà le consultazioni con i partiti già domani mattina.</p>"
    )
    html = (
        "<html><head><title>Il governo cade - Il Piccolo Quotidiano</title>"
        "<meta property='og:title' content='Il governo cade - Il Piccolo Quotidiano'></head>"
        f"<body><article><h1>Il governo cade</h1>{body}</article></body></html>"
    )
    assert extract_html(html).title == "Il governo cade"
    dated = "<html><head><title>Flood defences to be rebuilt | Harbour News | 19.01.2020</title></head>"
    assert extract_html(f"{dated}<body><article><h1>Flood defences to be rebuilt</h1>{body}</article></body></html>").source != "19.01.2020"
