"""An article whose body the page split (by an ad row) into containers of one kind is read whole,
and the precise extraction's early end does not cut a long story short (brief.ingest.sections, html)."""

from __future__ import annotations

from brief.ingest.html import _end_with_the_article, extract_html
from brief.ingest.sections import with_split_parts

_PARA = (
    "The harbour board met on {day} to discuss the {thing}, and its members argued for most of the evening "
    "about who should pay for the repairs that the storm had made necessary along the eastern quay."
)


def _page(first: list[str], second: list[str], aside: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in first)
    more = "".join(f"<p>{p}</p>" for p in second)
    return (
        "<html><head><title>Harbour board splits over repairs</title></head><body><article>"
        "<h1>Harbour board splits over repairs</h1>"
        f'<div class="grid"><div class="story-body">{body}</div><div class="rail">{aside}</div></div>'
        '<div class="ad-row"><span>Advertisement</span></div>'
        f'<div class="grid"><div class="story-body">{more}</div></div>'
        "</article><footer><p>Copyright the Harbour Gazette.</p></footer></body></html>"
    )


FIRST = [_PARA.format(day=d, thing=t) for d, t in (("Monday", "budget"), ("Tuesday", "quay"), ("Wednesday", "dredging"))]
SECOND = [
    "Later the chair, Ruth Okafor, said the town would borrow the money rather than raise the mooring fees again this year.",
    "Fishermen who had waited outside for the vote said they were relieved, though several doubted the loan would be enough.",
]


def test_the_part_after_an_ad_row_is_added_after_the_extracted_one() -> None:
    lines = [*FIRST, "Filed by the newsroom"]  # trafilatura's text: the first part, and a line after it
    assert with_split_parts(_page(FIRST, SECOND), lines) == [*FIRST, *SECOND, "Filed by the newsroom"]


def test_the_part_after_an_ad_row_is_read() -> None:
    text = extract_html(_page(FIRST, SECOND)).text
    assert "Ruth Okafor" in text and "Fishermen who had waited" in text
    assert text.index("eastern quay") < text.index("Ruth Okafor")  # in the page's order
    assert "Copyright" not in text


def test_parts_of_another_kind_are_not_added() -> None:
    lines = [*FIRST]
    html = _page(FIRST, []).replace(
        '<div class="rail"></div>', '<div class="rail"><p>' + SECOND[0] + " " + SECOND[1] + "</p></div>"
    )
    assert with_split_parts(html, lines) == lines  # the rail's box has another class: not the body


def test_a_short_same_class_box_is_not_the_body() -> None:
    lines = [*FIRST]
    assert with_split_parts(_page(FIRST, ["By Ruth Okafor"]), lines) == lines


def test_the_precise_end_cuts_a_tail_of_links() -> None:
    lines = [*FIRST, "More stories", "Storm closes the coast road", "Ferry timetable changes"]
    assert _end_with_the_article(lines, FIRST[-1]) == FIRST


def test_the_precise_end_does_not_cut_more_of_the_story() -> None:
    rest = [
        f"Point {n}: " + " ".join(f"{word}{n}" for word in "engineers surveyed pilings beneath walkway and reported "
                                  "corrosion worse than feared across sections built during decades past, so the council must now "
                                  "choose between closing the old pier for a full winter of repairs or spending far more "
                                  "money on temporary steel supports that would last only five years".split()) + "."
        for n in range(6)
    ]
    lines = [FIRST[0], *rest]
    assert _end_with_the_article(lines, FIRST[0]) == lines  # precision mode found the first section only


def test_teasers_cut_off_are_not_story() -> None:
    teasers = [
        f"Story {n}: the ferry company announced new winter timetables for every island route, with fewer "
        "crossings on weekdays and later departures at weekends, which commuters and the island council ..."
        for n in range(6)
    ]
    assert _end_with_the_article([*FIRST, *teasers], FIRST[-1]) == FIRST


def test_a_pointer_to_a_lost_photo_is_dropped() -> None:
    page = _page(["The new ferry (pictured) entered service on Monday, and its crew (pictured left) greeted "
                  "the first passengers at the eastern quay before the harbour board's ceremony began.", *FIRST], [])
    text = extract_html(page).text
    assert "The new ferry entered service on Monday, and its crew greeted" in text


def _chunked(chunks: list[list[str]], thread: list[str] = ()) -> str:
    """A page laid out as grid rows, each holding a piece of the story (<div class="chunk"><div
    class="grid"><div class="item"><div class="body"><p>…), and a comment thread whose bodies share the
    story body's class under other marks."""
    rows = "".join(
        '<div class="grid"><div class="item"><div class="wrap"><div class="body">'
        + "".join(f"<p>{p}</p>" for p in chunk)
        + '</div></div><aside class="rail">Most read</aside></div></div>'
        for chunk in chunks
    )
    comments = "".join(f'<div class="comment"><div class="meta"><div class="byline"><div class="body"><p>{c}</p>'
                       "</div></div></div></div>" for c in thread)
    return ("<html><head><title>Harbour board splits over repairs</title></head><body>"
            f'<h1>Harbour board splits over repairs</h1><div class="chunks">{rows}{comments}</div></body></html>')


def test_each_chunk_of_a_story_laid_out_in_grid_rows_is_read_and_no_comment() -> None:
    # Each row repeats the template's marks down to the body: the rows meet four levels up, one more
    # than a split around an ad row; a comment's body of the same class sits under other marks.
    thread = [f"I have lived by this quay for forty years and the board has never once listened to the people "
              f"who actually use it every single day, so I expect nothing will change now either, whatever the "
              f"chair says at the next meeting or the one after that, comment {n}." for n in range(2)]
    html = _chunked([FIRST, SECOND, ["This content can also be viewed on the site it originates from."]], thread)
    assert with_split_parts(html, FIRST)[: len(FIRST) + len(SECOND)] == [*FIRST, *SECOND]
    text = extract_html(html).text
    assert "Ruth Okafor" in text and "forty years" not in text
    from brief import pipeline
    from brief.ingest.files import Loaded
    from brief.ingest.text import article_from_text

    report = pipeline.build_report(Loaded((article_from_text(text, 1, "page.txt"),)), pipeline.Options(workers=1))
    assert not any("originates" in s.text for s in report.sentences[1])  # an embed's placeholder is no sentence
