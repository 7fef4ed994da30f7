"""Session 60's new-user review: what a reader saw wrong on real pages, each on invented text."""

from __future__ import annotations

from pathlib import Path

from brief.ingest.files import load_articles
from brief.ingest.stamped_lists import is_stamped_headline

NAV = "<dl><dt>BLOGS</dt><dd><dl>" + "".join(
    f"<dt>{section}</dt><dd><div><p>&#149; <a href='/blog/{n}'>{headline}</a> <u>{stamp}</u></p></div>"
    f"<div>&bull; <a href='/{n}/'>More Entries</a></div></dd>"
    for n, (section, headline, stamp) in enumerate((
        ("Arts", "Harbour gallery to close", "6:03 p.m. PT"),
        ("Dining", "Restaurant review: The Salt Loft", "10:38 a.m. PT"),
        ("Music", "Choir of the valley wins its third prize", "2:19 p.m. PT"),
    ))
) + "</dl></dd></dl>"
REVIEW = (
    "<p>\"Glasswater\" is an old-fashioned thriller with a new shape.</p>"
    "<p>It follows a ferry crew through one long night on the estuary, told by the tapes the passengers made.</p>"
    "<p>The film opens slowly and then takes the crew through a storm that nobody on board had been warned of.</p>"
    "<p>Its director, Ines Marlowe, keeps the camera on the faces of the crew, and the storm is mostly heard.</p>"
)


def test_a_box_of_headlines_each_closed_by_its_time_is_no_part_of_the_story(tmp_path: Path) -> None:
    path = tmp_path / "review.html"
    path.write_text(f"<html><head><title>Into the storm</title></head><body>{NAV}"
                    f"<h1>Into the storm</h1>{REVIEW}</body></html>", encoding="utf-8")
    article = load_articles([str(path)]).articles[0]
    story = "\n".join(article.text[start:end] for start, end in article.paragraphs)
    assert "Glasswater" in story
    assert "gallery" not in story and "Salt Loft" not in story and "p.m. PT" not in story


def test_a_stamped_headline_is_a_bullet_without_a_stop_closed_by_a_time() -> None:
    assert is_stamped_headline("• Harbour gallery to close 6:03 p.m. PT")
    assert is_stamped_headline("- • Choir wins its third prize 1/16/2008 5:41 a.m. PT")
    assert not is_stamped_headline("• The ferry left at 6:03 p.m. PT.")
    # A story's sentence ends on its stop, and one without a bullet is prose.
    assert not is_stamped_headline("• The gallery will close its doors on Friday at 6:03 p.m.")
    assert not is_stamped_headline("The ferry left the harbour at 6:03 p.m. PT")
    assert not is_stamped_headline("• " + "The crew kept the ferry on its course through the storm " * 3 + "6:03 p.m.")


def test_a_sentence_cut_by_the_markup_after_and_is_put_back_together(tmp_path: Path) -> None:
    # The page closed a paragraph mid-sentence: no sentence ends on "and", whatever begins the next block.
    body = ("<p>The club's new goalkeeper trained with the first team for the first time on Monday morning.</p>"
            "<p>Oskar Brandt, listed at 6-foot-3 and</p><p>214 pounds, is the tallest player the club has signed.</p>"
            "<p>He said he was glad to be in the city and hoped to play on Saturday against the league leaders.</p>")
    path = tmp_path / "keeper.html"
    path.write_text(f"<html><head><title>Keeper joins</title></head><body><h1>Keeper joins</h1>{body}</body></html>",
                    encoding="utf-8")
    article = load_articles([str(path)]).articles[0]
    paragraphs = [article.text[start:end] for start, end in article.paragraphs]
    assert "Oskar Brandt, listed at 6-foot-3 and 214 pounds, is the tallest player the club has signed." in paragraphs
