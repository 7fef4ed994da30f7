"""Titles of works a page sets in italics are not actors (issue 11, item 4), on pages written here.

Style guides set a show, a film, a game or a journal in italics; the tagger types such a title as a
company, a person or a place. The markup keeps what the plain text lost.
"""

from __future__ import annotations

from pathlib import Path

from written import actors_of, tagged_mentions

from brief import pipeline
from brief.actors.thinghood import things_named
from brief.ingest.emphasis import italic_titles
from brief.ingest.files import Loaded, load_articles


def test_italic_elements_with_a_titles_shape_are_read_from_the_markup() -> None:
    html = ("<p>He wrote for <i>Harrow Lane</i>, then <em><a href='/x'>The Quiet Orchard</a>,</em> and "
            "<em>League of Lanterns&#xA0;</em>. It was <em>not</em> easy; <i>c'est la vie</i>.</p>"
            "<p><em>This story was updated on Monday.</em></p><i class='icon'></i>")
    assert italic_titles(html) == {"Harrow Lane", "The Quiet Orchard", "League of Lanterns"}


def test_italics_around_a_block_are_no_title() -> None:
    assert italic_titles("<em><p>Ada Quint</p></em><i>Corvo Media<br>Ltd</i>") == frozenset()


def test_a_name_set_in_italics_is_a_work_unless_it_reports_or_acts() -> None:
    text = ("He made Harrow Lane for six years. Harrow Lane ran on cable, and the study appeared in Quill Review. "
            "The Daily Ledger reported that the show was cancelled; The Evening Courant published an editorial. "
            "Mara Quint wrote it.")
    names = {"Harrow Lane": "organization", "Quill Review": "place", "Daily Ledger": "organization",
             "Mara Quint": "person", "Evening Courant": "organization"}
    italics = frozenset({"Harrow Lane", "Quill Review", "The Daily Ledger", "Evening Courant"})
    things = {m.name for m in things_named(text, tagged_mentions(text, names), "", italics) if m.thing}
    assert things == {"Harrow Lane", "Quill Review"}
    assert not any(m.thing for m in things_named(text, tagged_mentions(text, names)))


def _page(tmp_path: Path, headline: str, body: str) -> tuple[Loaded, set[str]]:
    """A saved page of the story ``body`` under ``headline``, read, and the names of its actors."""
    (tmp_path / "page.html").write_text(f"<!DOCTYPE html><html lang='en'><head><title>{headline}</title></head>"
                                        f"<body><article><h1>{headline}</h1>{body}</article></body></html>")
    loaded = load_articles([str(tmp_path / "page.html")])
    report = pipeline.build_report(loaded, pipeline.Options(workers=1, cache=False))
    return loaded, {a.name for a in actors_of(report)}


def test_a_show_in_italics_is_not_listed_among_the_actors(tmp_path: Path) -> None:
    body = "".join(f"<p>{s}</p>" for s in (
        "Mara Quint said on Tuesday that she would leave the studio after ten years of making television.",
        "Her first series, <i>Harrow Lane</i>, ran for four seasons on cable and won two awards.",
        "Fans of <i>Harrow Lane</i> still write to her, Quint said, and she answers every letter herself.",
        "Quint said her next project would be a film, though she would not say when it would be made.",
    ))
    loaded, names = _page(tmp_path, "Mara Quint leaves the studio", body)
    assert loaded.articles[0].italics == ("Harrow Lane",)
    assert "Mara Quint" in names
    assert "Harrow Lane" not in names


def test_a_title_the_headline_names_or_a_known_place_in_italics_is_kept() -> None:
    text = "Harrow Lane ran on cable for years. She moved to New York, and Harrow Lane followed."
    names = {"Harrow Lane": "organization", "New York": "place"}
    italics = frozenset({"Harrow Lane", "New York"})
    assert not any(m.thing for m in things_named(text, tagged_mentions(text, names), "Harrow Lane ends", italics))
    assert {m.name for m in things_named(text, tagged_mentions(text, names), "", italics) if m.thing} == {"Harrow Lane"}


def test_a_writers_note_in_italics_names_no_actor(tmp_path: Path) -> None:
    body = "".join(f"<p>{s}</p>" for s in (
        "Every agency has a client who wants more work for less money, and the holidays bring them out.",
        "Tom Reyes, who runs a small design studio, said the best answer is a clear contract signed early.",
        "Reyes said he now puts every extra request in writing before any work on it begins.",
    )) + ("<p><i>Dana Kerr is Director of Marketing for Northway, a web agency in Ohio. Kerr has written about "
          "clients here.</i></p>")
    loaded, names = _page(tmp_path, "How to handle a difficult client", body)
    assert loaded.articles[0].noted == ("Dana Kerr",)
    assert "Tom Reyes" in names
    assert "Dana Kerr" not in names
