"""Session 60's new-user review: what a reader saw wrong on real pages, each on invented text."""

from __future__ import annotations

from pathlib import Path

from written import actors_of, cues_by, kinds_of, report_of

from brief import pipeline
from brief.ingest.files import Loaded, load_articles
from brief.ingest.stamped_lists import is_stamped_headline
from brief.model import Article

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


def _page(tmp_path: Path, title: str, body: str) -> Article:
    """The article brief loads from a saved page of that title and body."""
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>{title}</title></head><body>{body}</body></html>", encoding="utf-8")
    return load_articles([str(path)]).articles[0]


def _story(article: Article) -> str:
    """The article's story paragraphs, without what was read as the page's furniture."""
    return "\n".join(article.text[start:end] for start, end in article.paragraphs)


def test_a_box_of_headlines_each_closed_by_its_time_is_no_part_of_the_story(tmp_path: Path) -> None:
    article = _page(tmp_path, "Into the storm", f"{NAV}<h1>Into the storm</h1>{REVIEW}")
    story = _story(article)
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


def test_proved_to_be_is_the_writers_judgement_not_a_position() -> None:
    text = ("Harbour City defender Tomas Vesely will be available on Sunday to face the Glory. "
            "Vesely has proved to be the club's best signing this season, holding his own at left back. "
            "Coach Aurelio Vidmar said the team had missed him. "
            "Vidmar has proved to them that the club was right to sign him.")
    cues = cues_by(text)
    assert cues["Tomas Vesely"] == []
    assert ("has proved", "to them that the club was right to sign him") in cues["Aurelio Vidmar"]


PROMOS = (
    "Maya Torn on politics, spin and the latest from the capital",
    "How much truth is there in the latest theories about the harbour?",
    "Join free and get fit for the new year",
    "\"The old bridge is 90 this year. Just ten years from its forced retirement\"",
    "Test your knowledge of the week's news with our crossword",
    "The definitive guide to the best schools in the valley",
    "Are you tired when you come home from work? You could be suffering from office fatigue",
    "Walkers choose quiet spots across the hills with the best views",
)


def test_a_promotions_box_closing_the_page_is_no_part_of_the_story(tmp_path: Path) -> None:
    story = ("<p>The harbour master told the inquiry on Tuesday that the ferry had left port two hours late, after the"
             " crew had waited for a delivery of spare parts that never came, and that nobody had checked the forecast.</p>"
             "<p>Lena Hask, 52, said the crew had been warned about the storm before the ferry sailed.</p>"
             "<p>She added that the company had told the captain to keep to the timetable whatever the weather.</p>")
    box = "".join(f"<p>{line}</p>" for line in PROMOS)
    article = _page(tmp_path, "Ferry inquiry", f"<h1>Ferry inquiry</h1>{story}<div class='promo'>{box}</div>")
    story_text = _story(article)
    assert "keep to the timetable" in story_text
    assert "theories" not in story_text and "bridge is 90" not in story_text and "office fatigue" not in story_text
    report = pipeline.build_report(Loaded((article,)), pipeline.Options(workers=1, one_story=True))
    said = [p.text for story in report.stories for a in story.actors if a.name == "Lena Hask" for p in a.positions]
    assert any("warned about the storm" in text for text in said)
    assert not any("bridge" in text for text in said)  # the box's quoted teaser is nobody's word


def test_could_say_and_might_argue_imagine_what_is_not_said() -> None:
    text = ("The Directors Guild of America signed its deal with the studios on Thursday, weeks before the writers' "
            "contract ran out. "
            "The Alliance of Film Producers could say it wrestled a favorable deal from the directors. "
            "The Writers Guild of America might argue that its strike got the directors a better deal. "
            "Guild president Mara Venn could not say when the talks would resume. "
            "Studio spokesman Ed Lark would say only that the offer stood.")
    cues = cues_by(text)
    assert not cues.get("Alliance of Film Producers") and not cues.get("Writers Guild of America")
    # A statement declined and a reported answer stay.
    assert cues["Mara Venn"] == [("could not say", "when the talks would resume")]
    assert cues["Ed Lark"] == [("would say", "only that the offer stood")]


def test_a_guild_named_for_its_members_keeps_their_plural() -> None:
    text = ("Hollywood was quiet on Thursday. The Directors Guild of America signed its deal with the studios. "
            "The guild said it was pleased. The Producers Guild of America did not comment.")
    kinds = kinds_of(text)
    assert kinds.get("Directors Guild of America") == "organization"
    assert "Guild of America" not in kinds


def test_a_household_staff_job_is_a_role() -> None:
    text = ("The countess was given a brooch by the banker, the inquest heard today. "
            "Paul Ames, the countess's former butler, insisted that she had no plans to marry him. "
            "Mr Ames, 49, said that she was overwhelmed by the gifts.")
    roles = {a.name: a.role for a in actors_of(report_of(text))}
    assert roles["Paul Ames"] == "countess's former butler"
