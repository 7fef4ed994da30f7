"""What a page is and what it is called (issue 11, items 8 and 10), on pages written here.

A page left out as not an article is still named by its headline; pages that say in their markup
or their shape that they are not one story (a section front, a video with its description, a
listing) are left out; a title keeps its headline whole and loses the site's decorations.
"""

from __future__ import annotations

import json
from pathlib import Path

from brief import pipeline
from brief.ingest.files import load_articles
from brief.ingest.titles import clean_title, repair_title, trim_to_headline
from brief.render.json import render_json

BODY = "".join(
    f"<p>{sentence}</p>"
    for sentence in (
        "The regional council voted on Tuesday to close the old harbour bridge to cars from next spring.",
        "Buses and bicycles will still be allowed across, the council said, and a ferry will run at rush hour.",
        "Shopkeepers on the north bank said the closure would cost them trade in the busy summer months.",
        "The council's engineer, Maria Lopez, said the bridge had been patched too often and needed rebuilding.",
        "Work is expected to take two years, and the council will publish a timetable for it in the autumn.",
    )
)


def page(title: str, body: str = BODY, head: str = "", h1: str = "Council closes harbour bridge to cars") -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
        f"<meta property='og:site_name' content='Harbour Gazette'>{head}</head>"
        f"<body><article><h1>{h1}</h1>{body}</article></body></html>"
    )


CAPTION = "<p>The old harbour bridge at dusk, seen from the ferry on the last evening it carried cars.</p>"


def test_a_page_left_out_is_named_by_its_headline(tmp_path: Path) -> None:
    (tmp_path / "photo.html").write_text(page("Bridge at dusk, a year before it closed | Harbour Gazette", CAPTION,
                                                h1="Bridge at dusk, a year before it closed"))
    (tmp_path / "story.html").write_text(page("Council closes harbour bridge to cars | Harbour Gazette"))
    loaded = load_articles([str(tmp_path / "photo.html"), str(tmp_path / "story.html")])
    assert [Path(a.path).name for a in loaded.articles] == ["story.html"]
    assert loaded.errors == (
        f"{tmp_path / 'photo.html'}: “Bridge at dusk, a year before it closed” doesn't look like an article "
        "(only 17 words of text (a caption or a teaser))",
    )
    report = pipeline.build_report(loaded, pipeline.Options(workers=1, cache=False))
    warnings = json.loads(render_json(report))["meta"]["warnings"]
    assert any("“Bridge at dusk, a year before it closed” doesn't look like an article" in w for w in warnings)


# --- titles (item 8) ------------------------------------------------------------------------------


def test_a_title_damaged_by_a_wrong_encoding_is_taken_from_the_headline() -> None:
    assert repair_title("Brides Who Don???t Want a Cupcake Dress", ["6 Brides Who Don’t Want a Cupcake Dress"]) == (
        "6 Brides Who Don’t Want a Cupcake Dress")
    assert repair_title("Brides Who Don\ufffdt Want a Cupcake Dress", ["Brides Who Don’t Want a Cupcake Dress"]) == (
        "Brides Who Don’t Want a Cupcake Dress")
    # a headline that is another text, or a title that is whole, is left alone
    # no headline is that title: its lost apostrophe is put back (clean_title reads titles through it too)
    assert repair_title("Brides Who Don???t Want a Cupcake Dress", ["Harbour Gazette"]) == "Brides Who Don’t Want a Cupcake Dress"
    assert clean_title("Brides Who Don???t Want a Cupcake Dress | Harbour Gazette", ["Harbour Gazette"]) == "Brides Who Don’t Want a Cupcake Dress"
    assert repair_title("Who won? Nobody knows", ["Results"]) == "Who won? Nobody knows"


def test_a_decoration_naming_the_site_is_cut_after_the_headline_however_long() -> None:
    title = "Pop-Up Books for Small Hands — Holiday Gift Guide from Harbour Gazette"
    assert trim_to_headline(title, ["Pop-Up Books for Small Hands"], ["Harbour Gazette"]) == "Pop-Up Books for Small Hands"
    # without the site's name in it, a long rest is more of the headline than a decoration
    long_rest = "Storm hits coast — and the ferries will not run again until the spring"
    assert trim_to_headline(long_rest, ["Storm hits coast"], ["Harbour Gazette"]) == long_rest


def test_a_page_whose_title_lost_its_quotes_is_named_by_its_h1(tmp_path: Path) -> None:
    html = page("Bridge closes as council can???t pay for repairs", h1="Bridge closes as council can’t pay for repairs")
    (tmp_path / "bridge.html").write_text(html)
    assert load_articles([str(tmp_path / "bridge.html")]).articles[0].title == "Bridge closes as council can’t pay for repairs"


def test_the_headline_the_page_shows_and_is_titled_by_wins_over_its_social_title(tmp_path: Path) -> None:
    social = "<meta property='og:title' content='Council closes bridge'>"
    html = page("Council closes harbour bridge to cars - Harbour Gazette", head=social)
    (tmp_path / "bridge.html").write_text(html)
    assert load_articles([str(tmp_path / "bridge.html")]).articles[0].title == "Council closes harbour bridge to cars"
    # a <title> that is not the page's headline (a section's name) leaves the og:title
    html = page("Bridge news - Harbour Gazette", head=social, h1="Council closes bridge")
    (tmp_path / "bridge.html").write_text(html)
    assert load_articles([str(tmp_path / "bridge.html")]).articles[0].title == "Council closes bridge"


def test_the_headline_the_page_is_titled_and_shared_by_wins_over_an_h1(tmp_path: Path) -> None:
    # og:title and twitter:title written with "value" (as some saved pages write them; trafilatura reads
    # only "content"): the <title> and the sharing title name the story alike, the <h1> otherwise
    story = "Harbour bridge will close to cars from next spring"
    social = f"<meta name='og:title' value='{story}'><meta name='twitter:title' value='{story}'>"
    h1 = "Council votes to shut the old bridge to cars"
    (tmp_path / "bridge.html").write_text(page(f"{story} | Harbour Gazette", head=social, h1=h1))
    assert load_articles([str(tmp_path / "bridge.html")]).articles[0].title == story
    # without a sharing title to agree with, the <h1> trafilatura reads stays the headline
    (tmp_path / "bridge.html").write_text(page(f"{story} | Harbour Gazette", h1=h1))
    assert load_articles([str(tmp_path / "bridge.html")]).articles[0].title == h1
    # nor is a <title> whose decoration was not known to be the site's agreed with by a copy of it
    copied = f"<meta name='og:title' value='{story} - Harbour Post'>"
    (tmp_path / "bridge.html").write_text(page(f"{story} - Harbour Post", head=copied, h1=h1).replace(
        "<meta property='og:site_name' content='Harbour Gazette'>", ""))
    assert load_articles([str(tmp_path / "bridge.html")]).articles[0].title == h1


# --- pages that are not articles (item 10) --------------------------------------------------------

LONG_CAPTION = (
    "The regional council voted on Tuesday to close the old harbour bridge to cars from next spring. "
    "Buses and bicycles will still be allowed across, the council said, and a ferry will run at rush hour. "
    "Shopkeepers on the north bank said the closure would cost them trade in the busy summer months. "
    "Watch our report from the bridge, filmed on the last evening it carried cars across the harbour."
)


def _loaded(tmp_path: Path, html: str) -> tuple[list[str], tuple[str, ...]]:
    (tmp_path / "odd.html").write_text(html)
    loaded = load_articles([str(tmp_path / "odd.html")])
    return [a.title for a in loaded.articles], loaded.errors


def test_a_page_declaring_a_collection_is_a_section_front_even_with_og_type_article(tmp_path: Path) -> None:
    head = ("<meta property='og:type' content='article'>"
            '<script type="application/ld+json">{"@type":"CollectionPage","mainEntity":{"@type":"ItemList"}}</script>')
    titles, errors = _loaded(tmp_path, page("Harbour news | Harbour Gazette", head=head, h1="Harbour news"))
    assert titles == [] and "its markup declares a CollectionPage" in errors[0]
    # a story type declared beside it wins: the page says it is one story
    story = head.replace('"@type":"CollectionPage"', '"@type":"NewsArticle"')
    titles, errors = _loaded(tmp_path, page("Council closes harbour bridge to cars | Harbour Gazette", head=story))
    assert titles == ["Council closes harbour bridge to cars"] and errors == ()


def test_a_page_declaring_a_recipe_a_product_or_a_social_post_is_left_out(tmp_path: Path) -> None:
    for kind in ("Recipe", "Product", "SocialMediaPosting", "DiscussionForumPosting", "MusicRecording", "VideoObject"):
        head = f'<script type="application/ld+json">{{"@context":"https://schema.org","@type":"{kind}","name":"x"}}</script>'
        titles, errors = _loaded(tmp_path, page("Council closes harbour bridge to cars | Harbour Gazette", head=head))
        assert titles == [] and f"its markup declares a {kind}" in errors[0], kind
    # a story that carries a video or a recipe declares the story too, and stays an article
    story = ('<script type="application/ld+json">[{"@type":"NewsArticle","headline":"x"},'
             '{"@type":"VideoObject","name":"y"}]</script>')
    titles, errors = _loaded(tmp_path, page("Council closes harbour bridge to cars | Harbour Gazette", head=story))
    assert titles == ["Council closes harbour bridge to cars"] and errors == ()


def test_microdata_marks_a_part_of_the_page_not_the_page(tmp_path: Path) -> None:
    # a review's photo gallery marked up with itemtype is a part of the story, not what the page is
    body = f"<div itemscope itemtype='https://schema.org/ImageGallery'><img src='a.jpg'></div>{BODY}"
    titles, errors = _loaded(tmp_path, page("Council closes harbour bridge to cars | Harbour Gazette", body))
    assert titles == ["Council closes harbour bridge to cars"] and errors == ()


def test_open_graph_types_of_media_products_and_profiles_are_not_stories(tmp_path: Path) -> None:
    for kind, said in (("image", "og:type image"), ("product", "og:type product"), ("profile", "og:type profile"),
                       ("music.song", "og:type music")):
        head = f"<meta content='{kind}' property='og:type'>"
        titles, errors = _loaded(tmp_path, page("Council closes harbour bridge to cars | Harbour Gazette", head=head))
        assert titles == [] and said in errors[0], kind
    for kind in ("article", "website"):  # the types every CMS writes on its stories
        head = f"<meta property='og:type' content='{kind}'>"
        titles, errors = _loaded(tmp_path, page("Council closes harbour bridge to cars | Harbour Gazette", head=head))
        assert titles == ["Council closes harbour bridge to cars"] and errors == (), kind


def test_a_video_page_with_a_long_description_is_left_out(tmp_path: Path) -> None:
    head = "<meta property='og:type' content='video.other'>"
    body = "".join(f"<p>{s}.</p>" for s in LONG_CAPTION.split(". ") if s)
    titles, errors = _loaded(tmp_path, page("Bridge closes | Harbour Gazette", body, head=head, h1="Bridge closes"))
    assert titles == [] and "og:type video" in errors[0]


def test_a_page_whose_text_is_its_description_is_left_out(tmp_path: Path) -> None:
    head = f"<meta name='description' content=\"{LONG_CAPTION}\">"
    titles, errors = _loaded(tmp_path, page("Bridge closes | Harbour Gazette", f"<p>{LONG_CAPTION}</p>", head=head, h1="Bridge closes"))
    assert titles == [] and "only the page's description" in errors[0] and "“Bridge closes”" in errors[0]


def test_a_story_whose_description_holds_its_whole_text_is_still_an_article(tmp_path: Path) -> None:
    # some CMSs put a short story's whole text in its description; its body still has paragraphs
    head = f"<meta name='description' content=\"{LONG_CAPTION}\">"
    body = "".join(f"<p>{s}.</p>" for s in LONG_CAPTION.split(". ") if s)
    titles, errors = _loaded(tmp_path, page("Council closes harbour bridge to cars | Harbour Gazette", body, head=head))
    assert titles == ["Council closes harbour bridge to cars"] and errors == ()


def test_a_saved_page_naming_no_site_loses_the_site_its_logo_links_to(tmp_path: Path) -> None:
    html = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Council closes harbour bridge to cars - Harbourpost</title></head><body>"
        "<header><a href='http://www.harbourpost.com/'><img src='logo.png' alt=''></a></header>"
        f"<article>{BODY}</article><footer><a href='https://www.ferrylines.org'>Ferry times</a></footer></body></html>"
    )
    (tmp_path / "saved.html").write_text(html)
    article = load_articles([str(tmp_path / "saved.html")]).articles[0]
    assert article.title == "Council closes harbour bridge to cars"
    assert not any("ferrylines" in name or "harbourpost" in name for name in article.site)  # the title's help only


# --- pages of lists, lines and items (item 10) ------------------------------------------------------

SCHEDULE = "".join(
    f"<p>{day}, {date} at 9:00 AM (at Harbour Gazette Building, {n} Quay Street, {n}th Floor Board Room)</p>"
    for n, (day, date) in enumerate(
        [("Tuesday", "October 15, 2013"), ("Monday", "January 27, 2014"), ("Tuesday", "April 8, 2014"),
         ("Thursday", "June 12, 2014")], start=3)
)


def test_a_meeting_schedule_is_a_list_not_an_article(tmp_path: Path) -> None:
    body = "<p>HARBOUR COMMITTEE MEETINGS (Location as listed below)</p>" + SCHEDULE
    titles, errors = _loaded(tmp_path, page("Harbour Committee Meetings | Harbour Gazette", body, h1="Harbour Committee Meetings"))
    assert titles == [] and "a list or a table" in errors[0]


GUIDE_ITEMS = (
    ("The Harbour Picture Book by Ana Ruiz.", "Every page folds out into a map of the old port, and children can trace the ferry's route with a finger."),
    ("My First Lighthouse Kit by Tom Reyes.", "It comes with a working lamp and sturdy cardboard walls, so there is nothing to glue and little to lose."),
    ("Ocean Sounds Board Book by Marta Solis.", "Each button plays the call of a sea bird, and the book is tough enough for a toddler to chew on."),
    ("Quay Street Pop Up Book by Lee Chan.", "The whole street rises off the page, shops and cranes and all, and folds away flat afterwards."),
    ("Ferry Days Sticker Album by Ana Ruiz.", "Two hundred stickers of boats and harbour workers, with a story to place them in as you go along."),
    ("Little Harbour Puzzle Book by Tom Reyes.", "Ten puzzles that grow harder page by page, ending with the whole harbour seen from the bridge."),
)


def test_a_gift_guide_of_listed_products_is_not_an_article(tmp_path: Path) -> None:
    intro = "<p>All a child's present needs is a good story, but these books have so much more to them that they will not be put aside after the holidays.</p>"
    items = "".join(f"<li>{name} {text}</li>" for name, text in GUIDE_ITEMS)
    titles, errors = _loaded(tmp_path, page("Six books for young sailors | Harbour Gazette", f"{intro}<ul>{items}</ul>", h1="Six books for young sailors"))
    assert titles == [] and "a list of products or ideas" in errors[0]


def test_a_story_told_in_bullets_is_still_an_article(tmp_path: Path) -> None:
    # items that are sentences, not names: a list of findings in a news story
    items = "".join(f"<li>{text}</li>" for _, text in GUIDE_ITEMS)
    titles, errors = _loaded(tmp_path, page("Council closes harbour bridge to cars | Harbour Gazette", f"{BODY}<ul>{items}</ul>"))
    assert titles == ["Council closes harbour bridge to cars"] and errors == ()


def test_a_short_page_of_fragments_is_not_an_article(tmp_path: Path) -> None:
    lines = ("What's new in the spring pack?", "New tasks for the game!", "For whom is this game?",
             "You have sailed together for years and want to try a new route, but do not know where to start or which harbour you might like.",
             "You have just bought a boat and want to be out on the water as soon as possible.",
             "Or just for one good evening.", "This game will help you!", "The Harbour Game:")
    body = "".join(f"<p>{line}</p>" for line in lines)
    titles, errors = _loaded(tmp_path, page("The Harbour Game / spring pack | Harbour Gazette", body, h1="The Harbour Game / spring pack"))
    assert titles == [] and "short lines" in errors[0]


def test_a_chinese_article_is_counted_by_its_characters(tmp_path: Path) -> None:
    sentences = ("港口委员会星期二投票决定，从明年春天起禁止汽车通过旧港口大桥。", "公共汽车和自行车仍然可以通行，委员会表示高峰时段将开通渡轮。",
                 "北岸的店主说，封桥会让他们在繁忙的夏季失去生意。", "委员会的工程师说，这座桥已经修补了太多次，需要重建。",
                 "工程预计需要两年时间，委员会将在秋天公布施工时间表。")
    body = "".join(f"<p>{s}</p>" for s in sentences)
    titles, errors = _loaded(tmp_path, page("港口大桥禁止汽车通行 | Harbour Gazette", body, h1="港口大桥禁止汽车通行"))
    assert titles == ["港口大桥禁止汽车通行"] and errors == ()


def test_a_page_drawn_by_its_scripts_is_not_an_article(tmp_path: Path) -> None:
    shell = "<div id='app'></div><script>window.render({story: 'harbour-bridge'});</script>"
    (tmp_path / "app.html").write_text(page("Council closes harbour bridge to cars | Harbour Gazette", shell, h1=""))
    loaded = load_articles([str(tmp_path / "app.html")])
    assert loaded.articles == ()
    assert loaded.errors == (
        f"{tmp_path / 'app.html'}: “Council closes harbour bridge to cars” doesn't look like an article "
        "(no text of its own: a page drawn by scripts, a redirect or an error page)",
    )


def test_an_error_page_with_the_latest_stories_is_not_an_article(tmp_path: Path) -> None:
    latest = "".join(f"<p>{line}</p>" for line in (
        "Sorry, we could not find that page.",
        "The regional council voted on Tuesday to close the old harbour bridge to cars from next spring, and "
        "shopkeepers on the north bank said the closure would cost them trade in the busy summer months.",
        "Buses and bicycles will still be allowed across the bridge, the council said, and a ferry will run "
        "at rush hour while the engineers rebuild the piers that were patched too often.",
    ))
    titles, errors = _loaded(tmp_path, page("Page Not Found | Harbour Gazette", latest, h1="Page Not Found"))
    assert titles == [] and "an error page: “Page Not Found”" in errors[0]


def test_a_story_about_missing_pages_is_an_article(tmp_path: Path) -> None:
    body = BODY + "<p>Readers who followed old links to the council's site saw a page not found error for a week.</p>"
    titles, errors = _loaded(tmp_path, page("Council site shows 'page not found' to thousands of readers for a week | Harbour Gazette",
                                            body, h1="Council site shows 'page not found' to thousands of readers for a week"))
    assert errors == () and titles == ["Council site shows 'page not found' to thousands of readers for a week"]


def test_a_headline_before_bars_loses_an_unknown_sites_parts() -> None:
    title = "Council votes to close the old harbour bridge to cars | Local News | Coastline Tribune"
    assert clean_title(title, []) == "Council votes to close the old harbour bridge to cars"
    assert clean_title(title, ["porttimes.example"]) == "Council votes to close the old harbour bridge to cars"


def test_bars_around_a_short_first_part_or_a_dash_are_left_whole() -> None:
    motto = "Port strike | Coastline Tribune: news, weather and sport for the whole coast"
    assert clean_title(motto, []) == motto  # the longer part may be the site's motto
    dash = "Council votes to close the old harbour bridge - Coastline Tribune"
    assert clean_title(dash, []) == dash  # a dash may be the headline's own


def test_the_sites_name_before_a_colon_is_cut_but_a_colon_in_the_headline_stays() -> None:
    assert clean_title("Harbour Gazette: Council closes harbour bridge", ["Harbour Gazette"]) == "Council closes harbour bridge"
    assert clean_title("Harbour Gazette: Council closes harbour bridge", ["www.harbourgazette.com"]) == "Council closes harbour bridge"
    # a speaker or a topic before the colon is the headline's own
    assert clean_title("Mayor: bridge must close | Harbour Gazette", ["Harbour Gazette"]) == "Mayor: bridge must close"
    # the headline must be left: a site's name before one word is no template
    assert clean_title("Harbour Gazette: Archive", ["Harbour Gazette"]) == "Harbour Gazette: Archive"


def test_a_double_colon_separator_is_cut_whole() -> None:
    assert clean_title("Council closes harbour bridge :: Harbour Gazette", ["Harbour Gazette"]) == "Council closes harbour bridge"


def test_a_page_whose_address_files_it_under_video_is_left_out(tmp_path: Path) -> None:
    # a video's page with a description of its own, of several paragraphs, declaring only og:type article
    body = "".join(f"<p>{s}.</p>" for s in LONG_CAPTION.split(". ") if s)
    for address in ("https://harbourgazette.example/video/2291/bridge-closes", "https://videos.harbourgazette.example/2024/bridge"):
        head = f"<meta property='og:type' content='article'><link rel='canonical' href='{address}'>"
        titles, errors = _loaded(tmp_path, page("Bridge closes | Harbour Gazette", body, head=head, h1="Bridge closes"))
        assert titles == [] and "a video page by its address" in errors[0], address
    # a story whose slug has the word, or that declares itself a story, is read
    for head in ("<meta property='og:url' content='https://harbourgazette.example/news/video-shows-bridge-closing'>",
                 "<link rel='canonical' href='https://harbourgazette.example/video/2291/bridge'>"
                 '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge closes"}</script>'):
        titles, errors = _loaded(tmp_path, page("Bridge closes | Harbour Gazette", body, head=head, h1="Bridge closes"))
        assert titles == ["Bridge closes"] and errors == (), head


NOTICE = "".join(f"<p>{p}</p>" for p in (
    "We care about your privacy.",
    "We and our partners use cookies and similar technologies to store and access information on your device, and"
    " process personal data such as your address and the pages you read, to show you personalised ads and to measure them.",
    "You can accept all, refuse, or choose which purposes you allow; you may withdraw your consent at any time"
    " from the privacy settings at the foot of every page.",
    "Accept all", "Manage options",
))


def test_a_consent_notice_saved_in_place_of_the_story_is_not_an_article(tmp_path: Path) -> None:
    (tmp_path / "wall.html").write_text(page("Council closes harbour bridge to cars | Harbour Gazette", NOTICE))
    loaded = load_articles([str(tmp_path / "wall.html")])
    assert loaded.articles == () or not loaded.articles
    assert "a cookie or consent notice where the story should be" in loaded.errors[0]


def test_a_story_about_cookie_rules_or_with_its_banner_kept_is_an_article(tmp_path: Path) -> None:
    rules = "".join(f"<p>{p}</p>" for p in (
        "The regulator said on Tuesday that websites must let readers refuse cookies as easily as they accept them.",
        "Sites that hide the refuse button will be fined, the regulator's director, Maria Lopez, told reporters.",
        "Publishers said the rules would cut their advertising income, as fewer readers would agree to be tracked.",
        "Consumer groups welcomed the decision and said personal data had been collected without real consent for years.",
    ))
    (tmp_path / "rules.html").write_text(page("Regulator tightens cookie rules | Harbour Gazette", rules, h1="Regulator tightens cookie rules"))
    (tmp_path / "banner.html").write_text(page("Council closes harbour bridge to cars | Harbour Gazette", BODY + NOTICE))
    loaded = load_articles([str(tmp_path / "rules.html"), str(tmp_path / "banner.html")])
    assert [a.title for a in loaded.articles] == ["Regulator tightens cookie rules", "Council closes harbour bridge to cars"]


def test_a_job_advert_declared_as_one_is_not_an_article(tmp_path: Path) -> None:
    advert = '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "JobPosting", "title": "Reporter"}</script>'
    (tmp_path / "job.html").write_text(page("Reporter, harbour desk | Harbour Gazette", BODY, advert, h1="Reporter, harbour desk"))
    loaded = load_articles([str(tmp_path / "job.html")])
    assert not loaded.articles and "its markup declares a JobPosting, not an article" in loaded.errors[0]


LONG_STORY = "".join(
    f"<p>{sentence}</p>"
    for sentence in (
        "The regional council voted on Tuesday to close the old harbour bridge to cars from next spring, after "
        "engineers found cracks in two of the arches that carry it over the river mouth.",
        "Buses and bicycles will still be allowed across, the council said, and a ferry will run every twenty "
        "minutes at rush hour while the work goes on.",
        "Shopkeepers on the north bank said the closure would cost them trade in the busy summer months and asked "
        "for a cut in their business rates until the bridge reopens.",
        "The council's engineer, Maria Lopez, said the bridge had been patched too often and needed rebuilding "
        "from its foundations, which would take at least two years.",
        "A public meeting on the plans will be held at the town hall next month, and the council will publish a "
        "timetable for the work in the autumn.",
        "Until then the bridge will stay open to cars, with a lower speed limit and no lorries over seven tonnes.",
    )
)


def test_a_story_declaring_only_the_video_it_carries_stays_an_article(tmp_path: Path) -> None:
    # no story type in its JSON-LD, only the embedded video's (or an event's, a list's): a story's text
    # of several paragraphs is the page's own; a blurb under the same declaration is a video page
    for kind in ("VideoObject", "Event", "ItemList"):
        head = f'<script type="application/ld+json">{{"@context":"https://schema.org","@type":"{kind}","name":"x"}}</script>'
        titles, errors = _loaded(tmp_path, page("Council closes harbour bridge to cars | Harbour Gazette", LONG_STORY, head))
        assert titles == ["Council closes harbour bridge to cars"] and errors == (), kind
        titles, errors = _loaded(tmp_path, page("Council closes harbour bridge to cars | Harbour Gazette", head=head))
        assert titles == [] and f"its markup declares a {kind}" in errors[0], kind
    # a product's page is no story however long its text
    head = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"x"}</script>'
    titles, errors = _loaded(tmp_path, page("Council closes harbour bridge to cars | Harbour Gazette", LONG_STORY, head))
    assert titles == [] and "its markup declares a Product" in errors[0]
