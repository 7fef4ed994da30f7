"""What a page is and what it is called (issue 11, items 8 and 10), on pages written here.

A page left out as not an article is still named by its headline; pages that say in their markup
or their shape that they are not one story (a section front, a video with its description, a
listing) are left out; a title keeps its headline whole and loses the site's decorations.
"""

from __future__ import annotations

import json
from pathlib import Path

from brief import pipeline
from brief.ingest.files import load_articles
from brief.render.json import render_json

BODY = "".join(
    f"<p>{sentence}</p>"
    for sentence in (
        "The regional council voted on Tuesday to close the old harbour bridge to cars from next spring.",
        "Buses and bicycles will still be allowed across, the council said, and a ferry will run at rush hour.",
        "Shopkeepers on the north bank said the closure would cost them trade in the busy summer months.",
        "The council's engineer, Maria Lopez, said the bridge had been patched too often and needed rebuilding.",
        "Work is expected to take two years, and the council will publish a timetable for it in the autumn.",
    )
)


def page(title: str, body: str = BODY, head: str = "", h1: str = "Council closes harbour bridge to cars") -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
        f"<meta property='og:site_name' content='Harbour Gazette'>{head}</head>"
        f"<body><article><h1>{h1}</h1>{body}</article></body></html>"
    )


CAPTION = "<p>The old harbour bridge at dusk, seen from the ferry on the last evening it carried cars.</p>"


def test_a_page_left_out_is_named_by_its_headline(tmp_path: Path) -> None:
    (tmp_path / "photo.html").write_text(page("Bridge at dusk, a year before it closed | Harbour Gazette", CAPTION,
                                                h1="Bridge at dusk, a year before it closed"))
    (tmp_path / "story.html").write_text(page("Council closes harbour bridge to cars | Harbour Gazette"))
    loaded = load_articles([str(tmp_path / "photo.html"), str(tmp_path / "story.html")])
    assert [Path(a.path).name for a in loaded.articles] == ["story.html"]
    assert loaded.errors == (
        f"{tmp_path / 'photo.html'}: “Bridge at dusk, a year before it closed” doesn't look like an article "
        "(only 17 words of text (a caption or a teaser))",
    )
    report = pipeline.build_report(loaded, pipeline.Options(workers=1, cache=False))
    warnings = json.loads(render_json(report))["meta"]["warnings"]
    assert any("“Bridge at dusk, a year before it closed” doesn't look like an article" in w for w in warnings)
