"""Session 62's new-user review: what a reader saw wrong on real pages, each on invented text."""

from __future__ import annotations

from pathlib import Path

from test_lead94 import _page, _story
from written import cues_by, kinds_of

from brief.ingest.files import load_articles

GARDEN = (
    "<p>Spring is the time to divide the perennials that crowd the back of the border.</p>"
    "<p>Lift each clump with a fork, split it with two spades and replant the young outer pieces.</p>"
    "<p>Water the new plants well for the first fortnight, more often when the weather turns dry.</p>"
    "<p>Gardeners who wait until summer risk losing the pieces to heat before their roots have taken hold.</p>"
    "<p>A mulch of leaf mould after replanting keeps the soil moist and feeds the plants through the year.</p>"
)


def test_a_shop_links_disclosure_in_other_words_is_not_the_story(tmp_path: Path) -> None:
    # "Buying through us may earn us a commission, which supports our work." opened a page's summary:
    # the disclosure rules knew "we may earn a commission" and "a commission when you buy", not these.
    for note in ("Buying through us may earn us a commission, which supports our work.",
                 "Shopping through the links on this page earns us a small commission.",
                 "Purchases made through our links may earn us a fee."):
        story = _story(_page(tmp_path, "Dividing perennials", f"<p>{note}</p>{GARDEN}"))
        assert "earn" not in story and "perennials" in story, note


def test_a_commission_in_the_storys_prose_stays(tmp_path: Path) -> None:
    body = GARDEN + "<p>The council's planning commission will decide on the new allotments in May.</p>"
    assert "planning commission" in _story(_page(tmp_path, "Dividing perennials", body))


DEALS_PAGE = (
    '<html lang="en"><head><meta charset="UTF-8"><title>The best garden tool deals this week</title></head><body>'
    '<link rel="canonical" href="https://www.gardenweekly.example.com/2026/05/tool-deals/">'
    '<meta property="og:site_name" content="Garden Weekly">'
    '<h1>The best garden tool deals this week</h1>'
    + "".join(f'<p>Deal {n}: <a href="https://shop.example.com/item/{n}?tag=gw-20">a hand fork for ${n + 9}</a> '
              f'at its lowest price of the year, down from ${n + 19}.</p>' for n in range(12))
    + GARDEN + "</body></html>"
)


def test_a_saved_page_is_named_by_its_own_metadata_not_the_shop_it_links(tmp_path: Path) -> None:
    # A deals page saved with its <meta> in the <body> was sourced to the shop most of its links go to
    # ("amazon.com"): its canonical address and og:site_name, read where they stand, name its site.
    path = tmp_path / "deals.html"
    path.write_text(DEALS_PAGE, encoding="utf-8")
    assert load_articles([str(path)]).articles[0].source == "Garden Weekly"


def test_the_canonical_address_names_the_host_when_no_site_name_is_declared(tmp_path: Path) -> None:
    path = tmp_path / "deals.html"
    path.write_text(DEALS_PAGE.replace('<meta property="og:site_name" content="Garden Weekly">', ""), encoding="utf-8")
    assert load_articles([str(path)]).articles[0].source != "shop.example.com"


SAILOR = ("Sailor quits navy\n\nJohn Harlow, the navy sailor who walked off his ship last week, appears to have grown tired "
          "of the service, {}.\n\nHarlow, 24, had served for six years.\n\nThe navy declined to comment.")


def test_posts_under_a_handle_matching_his_are_not_his_statement() -> None:
    # "X ... appears to have grown disillusioned ..., according to posts on Reddit under a handle matching one used
    # by X" was listed as X saying it: the posts only seem to be his, and the sentence is about him.
    assert not cues_by(SAILOR.format("according to posts on an online forum under a handle matching one used by Harlow")).get("John Harlow")
    assert [cue for cue, _ in cues_by(SAILOR.format("according to posts by Harlow on an online forum"))["John Harlow"]] == ["according to"]


DUVET = ('Duvet made man ill\n\n"I could not climb the stairs without resting," wrote 43-year-old Martin Cole of {place}, '
         "{country}, in a case study published Monday in a journal.\n\nHis doctor called Dr. Owen Dale, a consultant at "
         "Albyn Hospital, about a 30-minute drive from {place}.\n\nCole said he now sleeps under a synthetic quilt.")


def test_a_county_followed_by_its_country_is_a_place() -> None:
    # "Martin Taylor of Aberdeenshire, Scotland" was listed as "Aberdeenshire (organization)": a county the
    # tagger did not know, which the country written after it places.
    for place, country in (("Aberdeenshire", "Scotland"), ("Tamalesdorp", "Ghana")):
        assert kinds_of(DUVET.format(place=place, country=country)).get(place) == "place", place


def test_a_body_before_its_countrys_possessive_stays_a_body() -> None:
    text = ("Airline cuts fares\n\nThe chief executive of Skyrunner, Ireland's biggest airline, said fares would fall.\n\n"
            "Skyrunner will add routes to Spain in May.\n\nSkyrunner said bookings had never been higher.")
    assert kinds_of(text).get("Skyrunner") == "organization"


def test_a_participle_after_a_clause_is_its_subjects_whose_preposition_names_them() -> None:
    # "representatives for the US defended Israel's decision ..., saying ..." lost its source at the merge: the rule
    # that a named object before a participle takes none of it ("sought a meeting with coach X claiming") read
    # "for the US", inside the subject and a whole clause before the cue, as such an object.
    text = ("Court hears aid case\n\nThe court heard the case on aid this week.\n\n"
            "On Wednesday, representatives for the US defended the port authority's decision to close the harbour, "
            "saying the country's persistent security needs overrule its obligations to provide aid.\n\n"
            "The court will rule next year.")
    assert "saying" in [cue for cue, _ in cues_by(text).get("United States", [])]
