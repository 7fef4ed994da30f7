"""A page titled in Title Case whose share links carry the same headline in the story's own casing
(brief.ingest.share_links.over_title): the headline as the story writes it is the title."""

import pytest

from brief.ingest.html import extract_html

STORY = "".join(f"<p>{p}</p>" for p in [
    "The ferries to the islands sailed again on Monday after a strike by deck crews that had kept them in port "
    "for nine days, the operator said.",
    "Crew leader Mirela Antonescu said the union had won a pay rise of four per cent and a promise that no jobs "
    "would be cut before the summer.",
    "Island traders, who had run short of fresh food and fuel during the strike, said they were relieved that "
    "the boats were moving again.",
])


CASES = [
    # the story's own casing and apostrophe, carried by its share links, over a Title Case <title>
    ("Harbours Ferries Sail Again After Nine Day Strike", "Harbour%E2%80%99s+ferries+sail+again+after+nine+day+strike",
     "Harbour’s ferries sail again after nine day strike"),
    # a slug in the share links leaves the title
    ("Harbour Ferries Sail Again After Nine Day Strike", "harbour-ferries-sail-again-after-nine-day-strike",
     "Harbour Ferries Sail Again After Nine Day Strike"),
]


@pytest.mark.parametrize(("title", "shared", "expected"), CASES)
def test_the_title_in_the_story_s_casing(title: str, shared: str, expected: str) -> None:
    links = " ".join(f"<a href='http://{site}/submit?url=http%3A%2F%2Fexample.org%2Fs1&title={shared}'>{site}</a>"
                     for site in ("bookmarks.example", "links.example", "news.example"))
    page = (f"<html><head><title>{title}</title></head><body><div id='story'>{STORY}</div>"
            f"<div class='share'>{links}</div></body></html>")
    assert extract_html(page).title == expected
