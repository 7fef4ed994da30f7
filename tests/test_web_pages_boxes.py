"""What is not the story stays out of it, on page types the dev pages have one of each (issue 11):
a local paper with a credit-card offer box inside the story and a subscription pitch after it, a
magazine review with a spec box of label-and-answer lines, and a wire story closed by a newsletter
list and a help-line footer. Each page is written here (tests/data/pages/) in markup of its own,
and its title carries a media tag ("(VIDEO)", "[PHOTOS]", "| WATCH"). The rules are checked for
false fires on story text that looks like furniture: a quoted line after a label, a helpline in the
story's middle, "we" and "you" in a quote, a question in an interview.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.ingest.files import load_articles
from brief.ingest.html import extract_html
from brief.ingest.runs import placed_furniture
from brief.ingest.text import article_from_text
from brief.ingest.titles import clean_title, is_outlet
from brief.text.sentences import split_article

PAGES = Path(__file__).resolve().parent / "data" / "pages"

TITLES = {
    "localpaper_offer.html": "Bank to close last branch in Millbrook",
    "magazine_specs.html": "Foldaway E3 review: the commuter bike that fits under a desk",
    "wire_footer.html": "Calls to crisis lines rose by a fifth this winter, charity says",
}
# Words of each page's furniture that no story sentence may hold.
FURNITURE = {
    "localpaper_offer.html": ["Northshore", "bonus miles", "Terms apply", "rates & fees", "Apply now", "Annual fee",
                              "readers like you", "Subscribe"],
    "magazine_specs.html": ["What is it?", "Folds flat?", "Made by", "Weight 17"],
    "wire_footer.html": ["Five stories", "Analysis from our correspondents", "someone you know", "Samaritans"],
}
# Story sentences that must all stay, the ones next to the furniture above most of all.
STORY = {
    "localpaper_offer.html": ["told the Harbour Gazette on Tuesday", "keep a cash machine on Main Street",
                              "The bus between the two towns runs twice a day."],
    "magazine_specs.html": ["Folding bikes have always asked riders", "“Nobody should have to lock a bike outside",
                            "two-year warranty on the battery"],
    "wire_footer.html": ["its helpline answered 40,000 calls", "fund its night service",
                         "“People are calling us because they have nowhere else to turn"],
}


def _sentences(name: str) -> list[str]:
    loaded = load_articles([str(PAGES / name)])
    assert loaded.errors == ()
    article = loaded.articles[0]
    assert article.title == TITLES[name]  # no "(VIDEO)", "[PHOTOS]", "| WATCH"
    return [s.text for s in split_article(article)]


@pytest.mark.parametrize("name", sorted(TITLES))
def test_boxes_footers_and_pitches_stay_out_of_the_story(name: str) -> None:
    sentences = _sentences(name)
    for sentence in sentences:
        assert not any(word.casefold() in sentence.casefold() for word in FURNITURE[name]), sentence
    text = " ".join(sentences)
    for words in STORY[name]:
        assert words in text


def test_the_site_is_passed_on_so_the_outlet_can_be_told_from_actors() -> None:
    article = load_articles([str(PAGES / "localpaper_offer.html")]).articles[0]
    assert "Harbour Gazette" in article.site
    assert is_outlet("Harbour Gazette", article.site) and is_outlet("the Harbour Gazette", article.site)
    assert not is_outlet("Millbrook", article.site) and not is_outlet("Coastline Savings", article.site)
    wire = article_from_text("---\nsource: Capital Wire\nurl: https://www.capitalwire.example/a\n---\nStory text here.\n", 1, "a")
    assert wire.site == ("Capital Wire", "www.capitalwire.example")
    assert is_outlet("Capital Wire", wire.site)
    assert article_from_text("Story text here.\n", 1, "a").site == ()


@pytest.mark.parametrize(("names", "outlet", "other"), [
    (("Kaieteur News", "kaieteurnewsonline.com"), "Kaieteur News", "Essequibo"),
    (("axios.com",), "Axios", "Axios Pro Rata"),
    (("The Guardian", "theguardian.com"), "Guardian", "Guardian Angels"),
    (("Guyana Chronicle", "guyanachronicle.com"), "Guyana Chronicle", "Guyana"),  # a place it is named after is not it
])
def test_is_outlet(names: tuple[str, ...], outlet: str, other: str) -> None:
    assert is_outlet(outlet, names)
    assert not is_outlet(other, names)


@pytest.mark.parametrize(("title", "clean"), [
    ("Storm hits coast (VIDEO) | Daily Post", "Storm hits coast"),
    ("[PHOTOS] Fire guts market in Georgetown - Daily Post", "Fire guts market in Georgetown"),
    ("Police chase ends in crash | WATCH", "Police chase ends in crash"),
    ("WATCH: Police chase ends in crash - Daily Post", "Police chase ends in crash"),
    ("Mayor opens bridge (Photos + Video)", "Mayor opens bridge"),
    ("Watch the skies: meteor shower peaks tonight", "Watch the skies: meteor shower peaks tonight"),
    ("Level 3 LIVE news from Cork as county adapts", "Level 3 LIVE news from Cork as county adapts"),
    ("Map: where cases rose this week", "Map: where cases rose this week"),
    ("(VIDEO)", "(VIDEO)"),
])
def test_media_tags_leave_titles(title: str, clean: str) -> None:
    assert clean_title(title, ["Daily Post"]) == clean


def _placed(paragraphs: list[tuple[str, bool]]) -> list[str]:
    """The paragraphs that are furniture by their place and were not by their words."""
    texts = [p for p, _ in paragraphs]
    return [texts[i] for i in sorted(placed_furniture(texts, [f for _, f in paragraphs])) if not paragraphs[i][1]]


def test_placed_furniture_needs_furniture_around_it() -> None:
    story = "The council met on Monday and voted to close the pool, which loses money every year."
    pitch = [("Subscribe today for $1 a week.", True),
             ("We have covered the county since 1921, and we can’t do it without readers like you.", False),
             ("Log in to your account", True)]
    assert _placed([(story, False), *pitch]) == [pitch[1][0]]
    # "we" and "you" in the story's prose (a quote, or between two story paragraphs) stay
    quoted = "“We will find you,” the sheriff said, and we believe him, as you should."
    assert _placed([(story, False), ("Subscribe today.", True), (quoted, False), ("Log in", True)]) == []
    plain = "We asked readers what they thought, and you told us: keep the pool open."
    assert _placed([(story, False), (plain, False), (story, False)]) == []


def test_help_lines_only_close_the_story() -> None:
    helpline = "If you think you need help, the charity’s helpline is open every night, its director said."
    footer = "If you or someone you know is struggling, call or text 988."
    story = "The charity said calls had risen by a fifth, and that it would hire more staff."
    assert _placed([(story, False), (helpline, False), (story, False), (footer, False)]) == [footer]
    assert _placed([(story, False), (footer, False), ("Related: Winter calls", True)]) == [footer]
    quoted = "“If you need help, call our helpline,” said Amira Haddad, the charity’s chief executive."
    assert _placed([(story, False), (quoted, False)]) == []


def test_the_authors_note_closing_the_story_is_furniture() -> None:
    story = "The charity said calls had risen by a fifth, and that it would hire more staff."
    bio = "Jane Doe is a health reporter for the Capital Wire. She covers hospitals and charities."
    assert _placed([(story, False), (bio, False), ("Follow us", True)]) == [bio]
    middle = "Doe is a former reporter who now runs the charity’s night service, which opened in 2019."
    assert _placed([(story, False), (middle, False), (story, False)]) == []  # only after the story
    assert _placed([(story, False), ("Ana Ruiz covers the statehouse.", False)]) == ["Ana Ruiz covers the statehouse."]


def test_spec_lines_need_a_box_around_them() -> None:
    box = [("What is it? A folding electric bike.", False), ("Price $1,299", True), ("Weight 17 kg", True),
           ("Range 60 km", True), ("Folds flat? Yes", False)]
    assert _placed([*box, ("The bike rides well, and it folds in 20 seconds.", False)]) == [box[0][0], box[4][0]]
    interview = [("Early years", True), ("Q: Where did you grow up? A: In Ohio, on a farm.", False),
                 ("Q: Did you like it? A: I loved it.", False), ("Q: Why leave? A: For work.", False)]
    assert _placed(interview) == []  # one heading among questions is no box
    quoted = [("Photos", True), ("Show all 50", True), ("Mr Hancock responded: “We had to move fast.”", False)]
    assert _placed(quoted) == []  # a quotation after its speaker's label is story
    byline = [("By Ana Ruiz: The council voted to close the bridge.", False), ("Related: Ferry times", True),
              ("Cracks in two arches. (Photo by Tom Reyes)", True)]
    assert _placed(byline) == []  # a label with a colon is a byline or a speaker as often
    question = [("Photos", True), ("Show all 50", True), ("Why does it matter? The bridge carries 9,000 cars a day.", False),
                ("The council will vote again in May.", False)]
    assert _placed(question) == []  # a question among two pieces of furniture is no box


def test_list_after_a_furniture_line_is_its_items() -> None:
    items = [("Sign up for The Morning Wire:", True), ("— Five stories, every weekday morning.", False), ("—", True),
             ("Analysis from our correspondents.", False), ("The vote is on Tuesday.", False)]
    assert _placed(items) == [items[1][0], items[3][0]]
    story_list = [("The demands include:", False), ("— Higher pay for night shifts.", False)]
    assert _placed(story_list) == []


def test_an_offer_box_goes_but_a_short_story_with_a_button_stays() -> None:
    paragraphs = "".join(
        f"<p>The county opened applications for its home repair grants on {day}, and officials expect demand to be "
        f"high because of the winter storms that damaged {n} roofs across the valley.</p>"
        for day, n in (("Monday", 300), ("Tuesday", 40), ("Friday", 12)))
    story = f"<html><head><title>Grants open</title></head><body><article><h1>Grants open</h1><div class='body'>" \
            f"{paragraphs}<a class='button' href='/apply'>Apply now</a></div></article></body></html>"
    assert extract_html(story).text.count("home repair grants") == 3
    box = "<div class='card'><p><b>Intro bonus:</b> 60,000 miles</p><ul><li>Earn 60,000 bonus miles after you " \
          "spend $3,000.</li></ul><a href='/apply/card'>Apply Now</a></div>"
    page = story.replace("</div></article>", f"{box}</div></article>")
    text = extract_html(page).text
    assert "bonus miles" not in text and text.count("home repair grants") == 3


@pytest.mark.parametrize("line", [
    "The Associated Press contributed to this report.", "Amanda Ruiz contributed reporting from Eastport.",
    "This story was originally published by The Coast Ledger.", "This piece first appeared on Harbour Insights.",
    "This article has been updated to include comments from the mayor.", "Republished with permission from The Ledger.",
    "Correction: An earlier version of this story misstated the mayor's age.", "CLARIFICATION: The first sentence was clarified.",
    "As an Amazon Associate we earn from qualifying purchases.", "We may earn a commission when you buy through our links.",
    "Please enable JavaScript to view the comments.", "Watch the video above.", "Comments are closed.",
    "Donate today to keep local news alive.", "Our journalism is free to read. Please consider making a donation.",
    "Like us on Facebook.", "Got a story? Contact our newsroom.", "Produced in partnership with Acme Bank.",
    "Prices were accurate at the time of publication.", "Terms apply.", "See Rates & Fees", "Apply now",
    "Like this story? Share it with a friend!", "Share this article with your friends.",
    "Disclosure: The Ledger may earn a commission from some of the products featured on this page.",
    "- Visit The Ledger's homepage for more stories.", "Tip: Get more recipe ideas here!",
    "This post has been compensated by Acme Inc. and its advertiser. All opinions are mine alone. #ad",
    "Learn more about how our meal plans can help you reach your goals.",
])
def test_notes_about_the_article_and_offers_are_furniture(line: str) -> None:
    story = "The council voted on Monday to close the old bridge, officials said, after engineers found cracks."
    article = article_from_text(f"{story}\n\n{line}\n\n{story.replace('Monday', 'Tuesday')}", 1, "a.txt")
    assert [article.text[a:b] for a, b in article.paragraphs] == [story, story.replace("Monday", "Tuesday")]


@pytest.mark.parametrize("line", [
    "The report was published by the institute on Monday, and its authors said the bridge was safe.",
    "The company said affiliates earn a commission of up to 10 percent on each sale.",
    "Correction officers walked out on Monday over pay.", "Buy now, pay later plans have grown fast, regulators said.",
    "Brokers may earn a commission of up to 5% on products they sell, the regulator said.",
    "The couple decided to share it with a friend who lived nearby, police said.",
    "Visitors to the home page of the agency found a notice about the closure.",
])
def test_story_lines_like_those_notes_stay(line: str) -> None:
    article = article_from_text(f"Bridge closes\n\n{line}\n\nThe vote was 7 to 2.", 1, "a.txt")
    assert line in [article.text[a:b] for a, b in article.paragraphs]


def test_the_offer_search_runs_only_on_pages_with_a_button() -> None:
    from brief.ingest.markup import furniture_xpath

    assert len(furniture_xpath("<p>The bank will apply now for a licence.</p>")) == 1  # no button: no XPath to run
    assert len(furniture_xpath("<a class='cta'>\n  Apply   Now </a>")) == 2
    assert len(furniture_xpath("<a>See rates &amp; fees</a>")) == 2


def test_a_hover_card_inside_a_sentence_goes_and_its_name_stays() -> None:
    card = ("<span class='pop'><a href='/people/jane-doe'>Jane Doe</a><span class='pop-block'><span>"
            "<img src='/doe.jpg' alt=''><a href='/people/jane-doe'>Jane Doe</a>"
            "<a href='/news/1'>Senators call for a new port authority | Budget talks stall</a> "
            "<a href='/news/2'>Doe asks court for mercy</a> <a href='/people/jane-doe'>MORE</a></span></span></span>")
    lede = f"<p><span>A man admitted threatening Rep. {card} (D-Ore.), prosecutors announced on Monday.</span></p>"
    rest = "".join(f"<p>The case was heard in the district court, where {who} spoke for nearly an hour about the "
                   f"calls the office received over the spring.</p>" for who in ("the judge", "a clerk", "the defence"))
    page = f"<html><head><title>Man admits threat</title></head><body><article><h1>Man admits threat</h1>{lede}{rest}" \
           "</article></body></html>"
    text = extract_html(page).text
    assert "A man admitted threatening Rep. Jane Doe (D-Ore.), prosecutors announced on Monday." in text
    assert "Senators" not in text and "MORE" not in text and "mercy" not in text


def test_a_card_without_a_picture_goes_too() -> None:
    card = ("<a href='/people/jane-doe'>Jane Doe</a><span class='pop-block'><span>"
            "<a href='/people/jane-doe'>Jane Lynn Doe</a><a href='/news/1'>Oregon governor doubles down on slogan</a> "
            "<a href='/people/jane-doe'>MORE</a></span></span>")
    lede = f"<p>Oregon Gov. {card} (R) defended the campaign on Monday, her office said.</p>"
    rest = "".join(f"<p>The slogan drew {n} replies online within a day, and the state's health office said the "
                   f"campaign would run through the winter months.</p>" for n in ("hundreds of", "thousands of", "many"))
    page = f"<html><head><title>Slogan</title></head><body><article><h1>Slogan</h1>{lede}{rest}</article></body></html>"
    text = extract_html(page).text
    assert "Oregon Gov. Jane Doe (R) defended the campaign on Monday, her office said." in text
    # links in a sentence, with words between them, stay
    linked = "<p>The <a href='/a'>council</a>, the <a href='/b'>board</a> and <a href='/c'>the mayor</a> met.</p>"
    assert "The council, the board and the mayor met." in extract_html(page.replace(lede, lede + linked)).text


def test_a_sentence_with_links_and_a_picture_apart_is_not_a_card() -> None:
    body = ("<p>The <a href='/a'>council</a> and the <a href='/b'>county board</a> met on Monday to weigh the plan, "
            "which would close the old bridge for a year while engineers repair its cracked piers.</p>"
            "<p><img src='/bridge.jpg' alt='The old bridge'></p>"
            "<p>Residents who cross the river each day to work said a year without the bridge would add an hour to "
            "their trips, and the board promised a ferry.</p>")
    page = f"<html><head><title>Bridge</title></head><body><article><h1>Bridge</h1>{body}</article></body></html>"
    assert "The council and the county board met on Monday" in extract_html(page).text


def test_a_footnote_or_tooltip_inside_a_sentence_is_set_apart_and_its_word_stays() -> None:
    note = ("<span class='footnoteLink'>the Ranger.<span class='footnote'><img class='footnoteImage' src='/r.jpg'>"
            "First drawn in 1961, the Ranger is a park warden who can talk to bears.</span></span>")
    tip = "<span class='tip'>Hale County<span class='tooltiptext'>A rural county of 15,000 people.</span></span>"
    answer = (f"<p><b>Which heroes did you read?</b> I read everything, but mostly {note} I liked him because he "
              f"was quiet. We grew up in {tip} and the library had two shelves of comics.</p>")
    kept = "<p>She wrote the <span class='tooltip'>county's first history</span> in the spring.</p>"
    rest = "".join(f"<p>The interview was held in {where}, where the writer has lived for nearly a decade with "
                   f"her family and two dogs.</p>" for where in ("Denver", "a studio", "the garden"))
    page = (f"<html><head><title>Quiet heroes</title></head><body><article><h1>Quiet heroes</h1>{answer}{kept}{rest}"
            "</article></body></html>")
    text = extract_html(page).text
    assert "I read everything, but mostly the Ranger. I liked him because he was quiet." in text
    assert "We grew up in Hale County and the library" in text
    # each note is a paragraph of its own after its sentence's, in the page's order
    paragraphs = [line for line in text.split("\n") if line]
    first = paragraphs.index("First drawn in 1961, the Ranger is a park warden who can talk to bears.")
    assert paragraphs[first + 1] == "A rural county of 15,000 people."
    assert paragraphs[first - 1].endswith("the library had two shelves of comics.")
    # a "tooltip" that is the sentence's own words, right in its paragraph, stays
    assert "She wrote the county's first history in the spring." in text
