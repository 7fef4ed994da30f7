"""The page's tail after the story (brief.ingest.page_tail): promotions, ads and menus kept by trafilatura."""

from brief.ingest.html import extract_html
from brief.ingest.page_tail import without_page_tail

STORY = [
    "The ferry that the mayor of Grantley named a month ago has been held in port after a fault was found in"
    " its steering gear, leaving nearly 300 passengers stranded on the quay.",
    "Harbour officials said the vessel, which cost the town £40 million, would stay at its berth until"
    " engineers from the builder in Rostavik had examined it.",
    "“We will not send a ship to sea that we are not sure of,” said Mirela Antonescu, the harbour master."
    " “The passengers will be looked after.”",
    "The operator, Coastline Ferries, said that ticket holders would be offered a seat on the next sailing"
    " or their money back, and that it regretted the delay.",
    "Local traders, who had hoped the new route would bring visitors in the quiet months, said the news was"
    " a blow to a town that has waited ten years for the service.",
]
PROMOTIONS = [
    "Tell us about the best walk you have taken this winter",
    "Crossword fans: try our new daily puzzle with prizes",
    "Feeling flat on Sunday nights? Our columnist explains why",
    "A week of pictures from around the coast",
    "Cheap ski breaks from £199, book now",
    "Compare home insurance deals online",
]
ADS = ["2006/12", "£12,450", "North West England", "Senior planner", "Harbour Board", "£41,000 - £46,500",
       "Eastport", "Three bedroom cottage with garden", "Guide Price £310,000"]


def _page(body: str) -> str:
    return ("<html><head><title>Ferry held in port - Grantley Herald</title></head><body><div id='content'>"
            f"<h1>Ferry held in port</h1>{''.join(f'<p>{p}</p>' for p in STORY)}{body}</div></body></html>")


def test_promotions_and_ads_before_the_footer_are_not_the_story() -> None:
    body = ("<div class='promo'>" + "".join(f"<div><a href='/p{n}'>More</a><p>{p}</p></div>" for n, p in enumerate(PROMOTIONS))
            + "</div><div class='ads'>" + "".join(f"<div><p>{a}</p></div>" for a in ADS) + "</div>"
            "<p>© Copyright 2008 Grantley Herald Ltd.</p><p>This service is provided under our terms. Please read"
            " our privacy policy.</p>")
    text = extract_html(_page(body)).text
    assert text.split("\n\n") == STORY


SECTIONS = ["Cricket", "Rugby Union", "Golf", "Tennis", "Boxing", "Athletics", "Snooker", "Horse Racing",
            "Cycling", "Sailing", "Motorsport", "Darts"]


def test_a_menu_of_links_after_the_story_goes() -> None:
    html = "".join(f"<a href='/s/{n}'>{s}</a>" for n, s in enumerate(SECTIONS))
    assert without_page_tail(html, [*STORY, *SECTIONS]) == STORY


def test_a_list_of_the_story_stays() -> None:
    winners = [f"{s}: Tomasz Wierzba" for s in SECTIONS]  # the story's own list, not linked
    html = "<a href='/'>Home</a>"
    assert without_page_tail(html, [*STORY, "The winners:", *winners]) == [*STORY, "The winners:", *winners]


def test_a_table_of_figures_stays_before_a_footer() -> None:
    rows = [f"| {s} | {n} | {40 - n} |" for n, s in enumerate(SECTIONS)]
    lines = [*STORY, *rows, "© 2008 Grantley Herald"]
    assert without_page_tail("<a href='/'>Home</a>", lines) == lines


def test_prose_after_the_run_stays() -> None:
    html = "".join(f"<a href='/s/{n}'>{s}</a>" for n, s in enumerate(SECTIONS))
    lines = [*STORY, *SECTIONS, *STORY, *STORY]  # more of the story after a menu trafilatura kept in it
    assert without_page_tail(html, lines) == lines
