"""Threads and social posts are no articles, and a Japanese page with English furniture is Japanese:
pages and texts written here (brief.ingest.pagekind, brief.text.language)."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.ingest.files import load_articles
from brief.text.language import guess_language

POST = (
    "Our building's lift has been broken for five weeks and the owner keeps saying a new part is on its way.",
    "My neighbour on the ninth floor uses a wheelchair and has not been outside since the start of the month.",
    "We wrote to the housing office twice and nobody has answered either letter, so we are thinking of going to the papers.",
    "Has anyone here dealt with this before, and is there a deadline by which the owner has to fix it?",
)


def page(title: str, body: str, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
        f"<body><main><h1>{title}</h1>{body}</main></body></html>"
    )


def _loaded(tmp_path: Path, html: str) -> tuple[list[str], tuple[str, ...]]:
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    loaded = load_articles([str(tmp_path / "page.html")])
    return [a.title for a in loaded.articles], loaded.errors


def test_a_thread_whose_page_counts_its_votes_and_replies_is_not_an_article(tmp_path: Path) -> None:
    # a forum's post under its votes and comment count (what follows the post, its replies, is cut with them)
    header = "".join(f"<div>{line}</div>" for line in ("r/tenants", "4.2k", "Posted by u/elmcourt 5 hours ago", "48 comments", "91% Upvoted"))
    body = f"<div class='post'>{header}" + "".join(f"<p>{s}</p>" for s in POST) + "</div>"
    titles, errors = _loaded(tmp_path, page("Lift broken for five weeks, what can we do?", body))
    assert titles == [] and "a thread or a social post: 3 lines of votes and replies" in errors[0]
    # the same post without its counts reads as a short story: the counts are what tell it
    titles, errors = _loaded(tmp_path, page("Lift broken for five weeks, what can we do?", "".join(f"<p>{s}</p>" for s in POST)))
    assert titles == ["Lift broken for five weeks, what can we do?"] and errors == ()


def test_a_post_whose_description_is_its_likes_and_comments_is_not_an_article(tmp_path: Path) -> None:
    head = "<meta property='og:description' content='1,204 likes, 56 comments - Dana Whitfield on the lift at Elm Court'>"
    titles, errors = _loaded(tmp_path, page("Dana Whitfield on the lift at Elm Court", "".join(f"<p>{s}</p>" for s in POST), head))
    assert titles == [] and "its description is its votes and replies" in errors[0]


def test_a_story_with_a_comment_count_and_votes_in_its_description_is_an_article(tmp_path: Path) -> None:
    head = "<meta name='description' content='The challenger won by more than 700 votes, and 1,200 people turned out.'>"
    body = "".join(f"<p>{s}</p>" for s in (*POST, "The housing office said on Friday that an engineer would visit next week.")) + "<p>23 comments</p>"
    titles, errors = _loaded(tmp_path, page("Tenants wait five weeks for a lift", body, head))
    assert titles == ["Tenants wait five weeks for a lift"] and errors == ()


def test_a_japanese_text_with_english_furniture_is_japanese() -> None:
    story = ("港区は火曜日、古い橋を来年の春から車両通行止めにすると決めた。区によると、バスと自転車は引き続き通れる。"
             "北側の商店主らは、夏の売り上げが落ちると話している。")
    furniture = (" We use cookies to improve your experience on our site. Follow us on Twitter and Facebook for the"
                 " latest news from Japan. Apple iPhone Google Pixel")
    assert guess_language(story + furniture) == "ja"  # kanji and kana are one language, weighed as syllables
    assert guess_language("港口委员会星期二投票决定，从明年春天起禁止汽车通过旧港口大桥。" * 2) == "zh"
    # an English story naming a Japanese place in its own script stays English
    assert guess_language("The council in 港区 voted on Tuesday to close the old bridge to cars from next spring, officials said.") == "en"


TEASERS = (
    "The plan costs fourteen million and work on the new sea wall starts in the spring, the council said.",
    "Operators blame fuel costs and a shortage of crew, and say the rise is the first in three years.",
    "Pupils built a weather station from recycled parts and sent its readings to the national weather service.",
    "Gusts of up to seventy miles an hour are expected along the coast on Saturday, and ferries may be cancelled.",
    "Skippers say the mackerel season was the best in a decade, with prices holding up at the fish market.",
)


def test_a_page_of_stories_each_under_its_date_is_an_archive_not_an_article(tmp_path: Path) -> None:
    items = "".join(f"<div class='item'><div>April {day}, 2021</div><p>{teaser}</p></div>" for day, teaser in zip(range(3, 8), TEASERS))
    titles, errors = _loaded(tmp_path, page("Stories about the harbour", f"<p>All our stories about the harbour.</p>{items}"))
    assert titles == [] and "a section or archive page: 5 stories listed under their dates" in errors[0]
    ages = "".join(f"<div class='item'><div>{n} hours ago</div><p>{teaser}</p></div>" for n, teaser in enumerate(TEASERS, 1))
    titles, errors = _loaded(tmp_path, page("Latest news", ages))
    assert titles == [] and "5 stories listed under their dates" in errors[0]


def test_a_live_blog_stamped_with_times_of_day_is_an_article(tmp_path: Path) -> None:
    entries = "".join(f"<div class='entry'><div>{time}</div><p>{teaser}</p></div>"
                      for time, teaser in zip(("09:05", "10:40", "11:15", "12:30", "13:50"), TEASERS))
    titles, errors = _loaded(tmp_path, page("The harbour on budget day, hour by hour", f"<div>April 3, 2021</div>{entries}"))
    assert titles == ["The harbour on budget day, hour by hour"] and errors == ()


BLURB = ("The mayor spoke to reporters on Tuesday about the new sea wall, which the council approved last week after a"
         " long debate. She said work would start in April and that people living on the seafront would be told about"
         " road closures in good time. The wall is expected to cost fourteen million and to take two years to build, and"
         " the old one will stay in place until the new one is finished.")


def test_a_video_page_with_a_blurb_is_not_an_article(tmp_path: Path) -> None:
    player = "<div class='player'><iframe src='https://player.example.net/embed/4411'></iframe></div>"
    titles, errors = _loaded(tmp_path, page("The mayor on the sea wall", f"{player}<p>{BLURB}</p><p>Running time: 3:12</p>"))
    assert titles == [] and "a video or a recording with a blurb of" in errors[0]
    episode = f"<audio src='episode-42.mp3'></audio><p>{BLURB}</p>"
    titles, errors = _loaded(tmp_path, page("Episode 42: the sea wall", episode))
    assert titles == [] and "a video or a recording with a blurb of" in errors[0]


def test_a_story_with_a_video_in_it_is_an_article(tmp_path: Path) -> None:
    player = "<video src='sea-wall.mp4'></video>"
    story = "".join(f"<p>{s}</p>" for s in (BLURB, *TEASERS[:2], *POST[:2]))
    titles, errors = _loaded(tmp_path, page("The mayor on the sea wall", f"{player}{story}"))
    assert titles == ["The mayor on the sea wall"] and errors == ()


FORUM_POSTS = (
    ("tidewalker", "Tue Mar 03, 2020 4:15 pm", POST[0] + " " + POST[1]),
    ("ninth_floor", "Tue Mar 03, 2020 5:02 pm", POST[2]),
    ("tidewalker", "Wed Mar 04, 2020 8:11 am", POST[3]),
)


def _forum(header: str) -> str:
    return "".join(f"<div class='post'>{header.format(user=user, date=date, n=n)}<div class='content'>{text}</div></div>"
                   for n, (user, date, text) in enumerate(FORUM_POSTS))


def test_a_forum_thread_is_not_an_article(tmp_path: Path) -> None:
    # each post under "by NAME » date" (the extraction drops the headers with the posts' furniture)
    bylined = _forum("<p class='author'>by <strong><a href='/u/{n}'>{user}</a></strong> &raquo; {date}</p>")
    titles, errors = _loaded(tmp_path, page("Lift broken for five weeks - Elm Court Forum", bylined))
    assert titles == [] and "a forum thread: 3 posts under their writers' names" in errors[0]
    # or each reply headed "Re: " and the thread's subject
    replies = _forum("<h3><a href='#p{n}'>Re: Lift broken for five weeks</a></h3>")
    titles, errors = _loaded(tmp_path, page("Lift broken for five weeks - Elm Court Forum", replies))
    assert titles == [] and "a forum thread: 3 posts" in errors[0]


def test_a_story_with_its_byline_and_date_once_is_an_article(tmp_path: Path) -> None:
    # one writer's byline, even twice (above and below the story), is no thread
    byline = "<p>By Dana Whitfield &raquo; March 3, 2020</p>"
    body = byline + "".join(f"<p>{s}</p>" for s in (*POST, "The housing office said an engineer would visit next week.")) + byline
    titles, errors = _loaded(tmp_path, page("Tenants wait five weeks for a lift", body))
    assert titles == ["Tenants wait five weeks for a lift"] and errors == ()


def test_a_social_post_saved_as_an_article_is_not_one(tmp_path: Path) -> None:
    head = "<meta property='og:type' content='article'>"
    body = ("<p>Dana Whitfield @danawhit</p>" f"<p>{POST[0]} {POST[1]}</p>" "<p>9:14 AM - 12 Mar 2020</p>"
            "<p>Omar Haddad @ohaddad · 12 Mar 2020</p><p>Replying to @danawhit</p>"
            "<p>Same in our block last year, write to the council as well as the owner.</p>")
    titles, errors = _loaded(tmp_path, page("Dana Whitfield on the lift at Elm Court", body, head))
    assert titles == [] and "a social post: 3 lines of account names and replies" in errors[0]
    # a story signed by a writer with a handle is a story
    signed = "<p>By Dana Whitfield @danawhit</p>" + "".join(f"<p>{s}</p>" for s in POST)
    titles, errors = _loaded(tmp_path, page("Tenants wait five weeks for a lift", signed, head))
    assert titles == ["Tenants wait five weeks for a lift"] and errors == ()


GUIDE = (
    "<h2>Install</h2><p>The tool runs on Linux, macOS and Windows and needs Python 3.9 or later.</p>"
    "<p>The simplest way to install it is from the package index, which also installs the command-line tool.</p>"
    "<h2>Configuration</h2><p>Settings are read from a file in your home directory; if it does not exist, the defaults"
    " are used, and nothing is written until you save your first change.</p>"
    "<p>Read the tutorial next to learn how to load your first file, or see the reference for every option.</p>"
)


@pytest.mark.parametrize("head", [
    "<meta name='generator' content='mkdocs-1.5.3, mkdocs-material-9.4.6'>",
    "<script src='_static/documentation_options.js'></script>",
])
def test_a_page_built_by_a_documentation_tool_is_not_an_article(tmp_path: Path, head: str) -> None:
    titles, errors = _loaded(tmp_path, page("Installing Quayside", GUIDE, head))
    assert titles == [] and "a documentation page made with" in errors[0]
    # the same page from a site's CMS reads as a (short) story
    titles, errors = _loaded(tmp_path, page("Installing Quayside", GUIDE, "<meta name='generator' content='WordPress 6.4'>"))
    assert titles == ["Installing Quayside"]


@pytest.mark.parametrize(("text", "code"), [
    # Dutch, Danish and Hungarian share short stop words with Swedish and Portuguese, not their letters
    ("De gemeenteraad heeft dinsdag besloten om de oude brug over de rivier volgend jaar te vernieuwen. Volgens de "
     "wethouder is het werk nodig omdat er scheuren in de pijlers zijn gevonden.", "und"),
    ("Byrådet besluttede tirsdag at den gamle bro over åen skal fornyes næste år. Ifølge rådmanden er arbejdet "
     "nødvendigt, fordi der er fundet revner i bropillerne, og beboerne er glade.", "da"),
    ("A városi közgyűlés kedden úgy döntött, hogy jövőre felújítják a folyó feletti régi hidat. Az alpolgármester "
     "szerint a munkára azért van szükség, mert repedéseket találtak a pilléreken. A környék lakói örülnek, de a "
     "kereskedők aggódnak a terelés miatt, amely fél évig tart majd.", "hu"),
    ("Kommunfullmäktige beslutade i tisdags att den gamla bron över ån ska förnyas nästa år. Enligt kommunalrådet "
     "är arbetet nödvändigt eftersom man har hittat sprickor i brofästena.", "sv"),
    ("A câmara municipal decidiu na terça-feira que a velha ponte sobre o rio será renovada no próximo ano, e a "
     "obra é necessária porque foram encontradas fissuras nos pilares.", "pt"),
])
def test_a_language_is_named_by_its_letters_as_well_as_its_stop_words(text: str, code: str) -> None:
    assert guess_language(text) == code


def test_release_notes_under_their_version_numbers_are_not_an_article(tmp_path: Path) -> None:
    notes = "".join(f"<h2>{version}</h2><p>{text}</p>" for version, text in (
        ("Version 2.4.1 (2020-03-03)", "A crash when the settings file was empty has been fixed, and the export keeps the order of columns."),
        ("Version 2.4.0 (2020-02-14)", "A dark theme can now be switched on in the settings, and files can be read over a secure connection."),
        ("Version 2.3.2 (2020-01-20)", "The progress bar no longer jumps backwards on slow disks, and a memory leak in the preview is gone."),
    ))
    titles, errors = _loaded(tmp_path, page("What is new in Quayside", notes))
    assert titles == [] and "a changelog or release notes: 3 versions listed under their numbers" in errors[0]
    # a story about one release names it once
    story = "<h2>Quayside 2.4</h2>" + "".join(f"<p>{s}</p>" for s in POST)
    titles, errors = _loaded(tmp_path, page("Quayside 2.4 is out", story))
    assert titles == ["Quayside 2.4 is out"]


def test_a_thread_of_posts_is_told_by_a_handle_for_every_posts_words(tmp_path: Path) -> None:
    replies = "".join(f"<p>{name}</p><p>@{handle}</p><p>{text}</p>" for name, handle, text in (
        ("Dana Whitfield", "danawhit", f"{POST[0]} {POST[1]}"), ("Omar Haddad", "ohaddad", POST[2]),
        ("Lena Vos", "lenavos", POST[3]), ("Omar Haddad", "ohaddad", "Write to the council as well as the owner, it worked for us."),
    ))
    titles, errors = _loaded(tmp_path, page("Dana Whitfield on the lift at Elm Court", replies))
    assert titles == [] and "a social post: 4 lines of account names and replies" in errors[0]
    # a story with two posts embedded under their writers is a story: far more words than posts
    story = "".join(f"<p>{s}</p>" for s in (*POST, *POST)) + "<p>Dana Whitfield @danawhit</p><p>Omar Haddad @ohaddad</p>"
    titles, errors = _loaded(tmp_path, page("Tenants wait five weeks for a lift", story))
    assert titles == ["Tenants wait five weeks for a lift"]
