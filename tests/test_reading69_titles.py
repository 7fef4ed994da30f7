"""A page titled in Title Case whose share links carry the same headline in the story's own casing
(brief.ingest.share_links.over_title): the headline as the story writes it is the title."""

from brief.ingest.html import extract_html

STORY = "".join(f"<p>{p}</p>" for p in [
    "The ferries to the islands sailed again on Monday after a strike by deck crews that had kept them in port "
    "for nine days, the operator said.",
    "Crew leader Mirela Antonescu said the union had won a pay rise of four per cent and a promise that no jobs "
    "would be cut before the summer.",
    "Island traders, who had run short of fresh food and fuel during the strike, said they were relieved that "
    "the boats were moving again.",
])


def _page(title: str, shared: str) -> str:
    links = "".join(f"<a href='http://{site}/submit?url=http%3A%2F%2Fexample.org%2Fs1&title={shared}'>{site}</a> "
                    for site in ("bookmarks.example", "links.example", "news.example"))
    return (f"<html><head><title>{title}</title></head><body><div id='story'>{STORY}</div>"
            f"<div class='share'>{links}</div></body></html>")


def test_the_story_s_casing_over_a_title_case_title() -> None:
    page = _page("Harbours Ferries Sail Again After Nine Day Strike",
                 "Harbour%E2%80%99s+ferries+sail+again+after+nine+day+strike")
    assert extract_html(page).title == "Harbour’s ferries sail again after nine day strike"


def test_a_slug_in_the_share_links_leaves_the_title() -> None:
    page = _page("Harbour Ferries Sail Again After Nine Day Strike", "harbour-ferries-sail-again-after-nine-day-strike")
    assert extract_html(page).title == "Harbour Ferries Sail Again After Nine Day Strike"
