"""The story's first paragraph set as bare text after its date's element (brief.ingest.loose_lead): the
extractor kept the later paragraphs and dropped the lede, which names who did what."""

from brief.ingest.html import extract_html

LEDE = ("GRANTLEY &#151; The harbour board voted on Tuesday to close the old ferry pier for a year of repairs, "
        "leaving the island service to sail from the fishing quay until the work is done.")
LATER = [
    "Board chairman Tomas Ekberg said the pier's timbers had rotted further than the engineers had feared when "
    "they last looked under the deck two winters ago.",
    "The ferry operator, Coastline Sailings, said the move would add a quarter of an hour to each crossing but "
    "that no sailing would be cancelled because of it.",
    "Traders on the front said they had not been told of the vote and feared that visitors would stay away "
    "from the shops near the closed pier for the whole summer.",
    "Repairs are expected to cost about four million pounds, most of it paid by the county, the board said in "
    "a statement after the meeting.",
]


def _page(lede: str) -> str:
    paragraphs = "".join(f"\n{p}<p>" for p in LATER)
    return ("<html><head><title>Pier to close for repairs</title></head><body>"
            "<div class='storyTitle'>Pier to close for repairs</div><div class='storyByline'>By Ann Roe, Staff Writer</div>"
            "<div class='storyBody'><span></span><div class=pub_info>Wednesday, March 5</div>\n"
            f"{lede}<p>{paragraphs}</div><div class='footer'><a href='/about'>About us</a></div></body></html>")


def test_the_loose_first_paragraph_opens_the_story() -> None:
    text = extract_html(_page(LEDE)).text
    assert text.split("\n\n")[0].startswith("GRANTLEY — The harbour board voted on Tuesday")
    assert "Board chairman Tomas Ekberg said" in text


def test_loose_text_that_is_no_paragraph_is_not_taken() -> None:
    text = extract_html(_page("Share this story")).text
    assert "Share this story" not in text
    assert text.split("\n\n")[0].startswith("Board chairman Tomas Ekberg")
