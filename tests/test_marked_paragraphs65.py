"""Paragraphs a table-laid page parts with marks, not elements (readers65): two <br>, an empty <p></p>,
a </p> never opened, a <br> after a sentence's end (brief.ingest.cell_paragraphs); and a box of other
stories' numbered headlines set into a story, left out of its text (brief.ingest.numbered_teasers)."""

from __future__ import annotations

import pytest

from brief.ingest.html import extract_html

_STORY = [
    "Growers in the Tallow Valley said on Monday that the late frost had cost them close to a third of "
    "this year's apple crop, the worst loss since the orchards were replanted.",
    '"We lost the blossom in two nights," said Ingrid Vashko, who runs the cooperative\'s packing shed. '
    '"There is nothing to do but wait for next spring and hope the bees come back."',
    "The county has asked the state for disaster relief, which would let growers borrow against next "
    "year's harvest at a lower rate than the banks now offer them.",
    "A decision is expected before the end of the month, a spokesman for the state agriculture office "
    "said, adding that inspectors would visit the valley next week.",
    "Cider makers, who buy most of the valley's late varieties, said prices would rise in the autumn "
    "and that some small presses might not open at all this year.",
]


def _cell_page(separator: str, tail: str = "") -> str:
    body = separator.join(_STORY) + tail
    return ("<html><head><title>Frost costs valley a third of its apples</title></head><body>"
            f'<table><tr><td class="story">{body}</td></tr></table></body></html>')


@pytest.mark.parametrize("separator", ["<br><br>", "\n<BR>\n<BR>\n", "<p></p>", "</p>", "<br>"])
def test_a_cells_paragraphs_parted_by_marks_stay_paragraphs(separator: str) -> None:
    lines = extract_html(_cell_page(separator)).text.split("\n\n")
    for paragraph in _STORY:
        assert paragraph in lines


def test_a_block_inside_a_paragraph_parts_no_paragraph() -> None:
    # an advert's <div> inside one paragraph: the sentence around it is not cut there
    story = [*_STORY]
    story[2] = ("The county has asked the state for disaster relief, which would let growers borrow "
                '<div class="ad">Advertisement placed here by the network for its partners</div>'
                "against next year's harvest at a lower rate than the banks now offer them.")
    body = "<br><br>".join(story)
    page = ("<html><head><title>Frost costs valley a third of its apples</title></head><body>"
            f"<table><tr><td>{body}</td></tr></table></body></html>")
    lines = extract_html(page).text.split("\n\n")
    assert _STORY[1] in lines and _STORY[3] in lines  # the <br><br> still part paragraphs
    assert not any(line.endswith("which would let growers borrow") for line in lines)


_BOX = (
    "<p>Tallow Valley: all the coverage...</p>"
    '<p>1. <a href="/a">Cider prices set to climb, says growers\' union</a></p>'
    '<p>2. <a href="/b">Bees return to the high orchards</a></p>'
    '<p>3. <a href="/c">Packing shed opens its doors to visitors</a></p>'
    '<p>4. <a href="/d">Frost warning for the valley again</a></p>'
)


def _story_page(box: str) -> str:
    first, rest = _STORY[:2], _STORY[2:]
    body = "".join(f"<p>{p}</p>" for p in first) + box + "".join(f"<p>{p}</p>" for p in rest)
    return ("<html><head><title>Frost costs valley a third of its apples</title></head><body>"
            f"<article>{body}</article></body></html>")


def test_a_box_of_numbered_teasers_is_no_part_of_the_story_its_own_points_are() -> None:
    text = extract_html(_story_page(_BOX)).text
    assert "says growers' union" not in text
    assert "all the coverage" not in text
    assert _STORY[2] in text.split("\n\n")
    # a story's own numbered points stay: sentences, or not links
    points = ("<p>The county named three reasons for its request.</p>"
              "<p>1. The frost came after the insurance deadline had passed for most growers.</p>"
              "<p>2. Half the valley's pickers are paid from the first weeks of the harvest.</p>"
              "<p>3. The cooperative's loans fall due in the spring, before any fruit is sold.</p>")
    text = extract_html(_story_page(points)).text
    assert "1. The frost came after the insurance deadline" in text
    not_linked = _BOX.replace('<a href="/a">', "").replace('<a href="/b">', "").replace("</a>", "")
    assert "says growers' union" in extract_html(_story_page(not_linked)).text  # the story's own list
