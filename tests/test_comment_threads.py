"""Readers' comments signed line by line under the story (brief.ingest.comment_threads)."""

from lido_story import LIDO_STORY

from brief.ingest.comment_threads import without_comment_thread
from brief.ingest.html import extract_html

STORY = LIDO_STORY
COMMENTS = [
    "What a shame. My grandchildren learned to swim there.",
    "Posted by: Dora of Westhaven | March 4, 2008 06:24 PM",
    "The council found money for new offices, though. Funny that.",
    "Posted by: keenswimmer | March 4, 2008 07:05 PM",
    "Sell it and be done with it, I say.",
    "Posted by: Ray M | March 5, 2008 09:12 AM",
]


def test_a_signed_thread_under_the_story_goes() -> None:
    page = ("<html><head><title>Lido to close - Marlow Bay Echo</title></head><body><div class='story'>"
            "<h1>Lido to close</h1>" + "".join(f"<p>{p}</p>" for p in STORY) + "<h3>Your comments</h3>"
            + "".join(f"<p>{p}</p>" for p in COMMENTS) + "</div></body></html>")
    text = extract_html(page).text
    assert "Posted by" not in text and "Sell it" not in text
    assert all(p in text for p in STORY)


def test_the_story_after_the_thread_stays() -> None:
    story = [*STORY, *STORY, *STORY, *STORY]  # trafilatura set the thread first: the story follows it
    assert without_comment_thread([*STORY, *COMMENTS, *story]) == [*STORY, COMMENTS[0], *story]


def test_one_writers_posts_stay() -> None:
    lines = [*STORY, "Posted by Anika Brandt at 9:15 AM", *STORY, "Posted by Anika Brandt at 4:40 PM"]
    assert without_comment_thread(lines) == lines


def test_a_byline_over_the_story_is_not_a_thread() -> None:
    lines = ["Posted by: Anika Brandt | March 4, 2008 06:24 PM", *STORY, *COMMENTS]
    assert without_comment_thread(lines) == lines[:4] + [COMMENTS[0]]
