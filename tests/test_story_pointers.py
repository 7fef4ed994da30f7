"""Other stories' teasers closed by a pointer to their full text (brief.ingest.story_pointers)."""

from lido_story import LIDO_STORY

from brief.ingest.html import extract_html
from brief.ingest.story_pointers import without_pointed_teasers

STORY = LIDO_STORY
TEASERS = [
    ("Ferry held in port", "The town's new ferry stayed at its berth after engineers found a fault, the operator says."),
    ("Bakery wins award", "A family bakery in the old harbour has been named the best in the county."),
]


def test_teasers_closed_by_full_story_go() -> None:
    box = "".join(f"<p><b>{h}</b> {s} <a href='/s{n}'>Full Story</a></p>" for n, (h, s) in enumerate(TEASERS))
    html = ("<html><head><title>Lido to close</title></head><body><div class='story'><h1>Lido to close</h1>"
            + "".join(f"<p>{p}</p>" for p in STORY) + box + "</div></body></html>")
    text = extract_html(html).text
    assert text.split("\n\n") == STORY


def test_one_pointer_is_the_storys_own() -> None:
    lines = [*STORY, "The council's report on the pool is online. Read the full story"]
    assert without_pointed_teasers(lines) == lines
