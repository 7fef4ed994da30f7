"""What a page's markup says about its text, read before trafilatura flattens it.

Markup is better evidence than word lists: a page that declares itself an article (schema.org
JSON-LD ``@type``, ``og:type``) is one; a page of many linked headlines that declares nothing is
a section front; a bold label run into a paragraph ("<strong>Background:</strong> Schools …") is
a heading, not the start of a sentence. Regular expressions over the raw HTML, since these are
a few tags' shapes and the page is parsed by trafilatura anyway.
"""

from __future__ import annotations

import html as entities
import re
from collections import Counter

from brief.ingest.code import LISTING_XPATH

# schema.org types of one story: Article and its kinds (NewsArticle, ReportageNewsArticle,
# BlogPosting, LiveBlogPosting, ...), and a review or report, as JSON-LD declares the page's own
# (microdata's itemtype marks a part of a page: a section front's teasers, a review's gallery). A post
# on a social network or a forum (SocialMediaPosting, DiscussionForumPosting) is a kind of Article to
# schema.org but no story to a reader: a tweet, a thread's opening post.
_SCHEMA_TYPE = r'"@type"\s*:\s*\[?\s*"'
_SOCIAL_POST = r"(?:SocialMedia|DiscussionForum)Posting"
_STORY_TYPE = re.compile(_SCHEMA_TYPE + rf"(?!{_SOCIAL_POST}\b|JobPosting\b)(?:\w*Article|\w*Posting|Review|Report)\b")
_OG_ARTICLE = re.compile(r"""<meta\b[^>]*\bproperty\s*=\s*["']og:type["'][^>]*\bcontent\s*=\s*["'](?:article|story)\b""", re.I)
# A headline that is a link (h2-h4 whose first content is <a …>, perhaps inside a span): a teaser.
_LINKED_HEADLINE = re.compile(r"<h[2-4]\b[^>]*>\s*(?:<(?!a\b|/)[^>]*>\s*)*<a\b", re.I)
# "<p><strong>Background: </strong>Schools …": a bold label of a few words ending in a colon,
# opening a paragraph.
RUN_IN_LABEL_MAX_WORDS = 4
_RUN_IN = re.compile(r"<p\b[^>]*>\s*<(strong|b)\b[^>]*>\s*([^<]{1,60}?:)\s*</\1>", re.I)


_JSON_HEADLINE = re.compile(r'"headline"\s*:\s*"((?:[^"\\]|\\.){1,300})"')
_H1 = re.compile(r"<h1\b([^>]*)>(.*?)</h1\s*>", re.I | re.S)
MAX_H1 = 3  # a page has one headline; a few <h1> allow for a logo or a hidden one before it
# An <h1> that is the site's masthead, not the story's headline: themes (WordPress, Blogger, news
# templates) put the site's name in an <h1> named for it ("site-title", "logo", "masthead") or in an
# <h1> that is just a link to the site's home page ("/", "https://harbournotes.example/"); a story's
# headline is neither (an empty href="" links the page to itself: a story's headline linked to its own page).
_LOGO_ATTRS = re.compile(
    r"""\b(?:class|id)\s*=\s*["'][^"']*\b(?:logo|site-?title|site-?name|site-?logo|blog-?title|masthead)\b""", re.I)
_HOME_LINK_ONLY = re.compile(
    r"""^\s*(?:<(?!a\b|/)[^>]*>\s*)*<a\b[^>]*\bhref\s*=\s*["'](?!["'])(?:https?:)?(?://[^/"'?#]+)?/?(?:index\.\w+)?["'][^>]*>"""
    r"""(?:(?!</?a\b).)*</a>\s*(?:</[^>]+>\s*)*$""", re.I | re.S)


def _is_logo(attrs: str, inner: str) -> bool:
    """Whether an <h1> (its attributes, its content) is the site's masthead (see _LOGO_ATTRS)."""
    return bool(_LOGO_ATTRS.search(attrs) or _HOME_LINK_ONLY.match(inner))


def logo_names(html: str) -> list[str]:
    """The site's name as its masthead <h1> shows it ("Harbour Notes"): a name of the site for its titles."""
    names = [entities.unescape(re.sub(r"<[^>]*>", "", m.group(2))) for m in _H1.finditer(html) if _is_logo(m.group(1), m.group(2))]
    return [n for n in (re.sub(r"\s+", " ", name).strip() for name in names[:MAX_H1]) if n]


_HOME_LINK = re.compile(r"<a\b[^>]*\bhref\s*=\s*[\"'](?:/|https?://[^/\"'?#]+/?)[\"'][^>]*>(.{1,200}?)</a\s*>", re.I | re.S)
HOME_LINK_MAX_WORDS = 6
"""Words of a link to a site's front page that may be its name ("Harbour Post", "The Daily Corran"); longer, a
teaser's headline linked there."""


def home_link_names(html: str) -> list[str]:
    """The texts of the page's links to a site's front page ("<a href="/">Harbour Post</a>"): a masthead's or
    a footer's link, named by the site's name; never the story's headline, which links to the story's page."""
    names = (" ".join(entities.unescape(re.sub(r"<[^>]*>", " ", m.group(1))).split()) for m in _HOME_LINK.finditer(html))
    return list(dict.fromkeys(n for n in names if n and len(n.split()) <= HOME_LINK_MAX_WORDS))


def marked_headlines(html: str) -> list[str]:
    """What the markup calls the headline: JSON-LD ``headline`` values, then the first <h1> texts."""
    import json

    found: list[str] = []
    for match in _JSON_HEADLINE.finditer(html[:500_000]):
        try:
            found.append(str(json.loads(f'"{match.group(1)}"')))
        except ValueError:
            continue  # an escape JSON does not allow: not a headline to trust
    for match in _H1.finditer(html):
        if _is_logo(match.group(1), match.group(2)):
            continue  # the site's name in its masthead, not the story's headline (logo_names)
        found.append(entities.unescape(re.sub(r"<[^>]*>", "", match.group(2))))
        if len(found) >= MAX_H1 + 1:
            break
    return [re.sub(r"\s+", " ", h).strip() for h in found if h.strip()]


def declares_a_story(html: str) -> bool:
    """Whether the page says it is an article (JSON-LD type or og:type)."""
    head = html[:500_000]
    return bool(_STORY_TYPE.search(head) or _OG_ARTICLE.search(head))


# What a page says it is when it is not one story: schema.org's types of a page of many items (a
# section front, search results, a list), of one media object (a video, a gallery, a song), of a
# thing that is not news (a recipe, a product, an event, a job advert, a person's profile), of a
# question and its answers (a Q&A site's thread) and of a social post;
# og:type values of a page of media, a product or a profile (the Open Graph types other than
# "article" and "website"). Read only on a page that declares no story type: og:type "article" is
# many CMSs' default for every page, so it does not outweigh these, and a story with a video or a
# recipe in it declares the story too.
_NOT_STORY_TYPE = re.compile(
    _SCHEMA_TYPE + r"(CollectionPage|SearchResultsPage|ItemList|ProfilePage|VideoObject|ImageGallery|MediaGallery"
    rf"|MusicRecording|MusicComposition|MusicAlbum|MusicPlaylist|Recipe|Product|Event|JobPosting|QAPage|{_SOCIAL_POST})\b")
# Of those, the types of a thing a story carries in it (the video it embeds, the event or the list it
# reports): on a page with a story's text they may be the embed's, not the page's (brief.ingest.pagekind).
EMBEDDABLE_TYPES = frozenset({"VideoObject", "Event", "ItemList"})
_OG_NOT_STORY = r"(video|music|image|product|profile|books?)"
_OG_MEDIA = re.compile(
    rf"""<meta\b[^>]*\b(?:property|name)\s*=\s*["']og:type["'][^>]*\b(?:content|value)\s*=\s*["']{_OG_NOT_STORY}\b"""
    rf"""|<meta\b[^>]*\b(?:content|value)\s*=\s*["']{_OG_NOT_STORY}\b[^"']*["'][^>]*\b(?:property|name)\s*=\s*["']og:type["']""",
    re.I)


# A software project's documentation is built by a documentation tool, which names itself in the
# page's generator tag (MkDocs, Docusaurus, GitBook, VuePress, VitePress, Doxygen, javadoc, pdoc,
# mdBook, DocFX, Antora) or, for Sphinx, which writes none, in its script of options and its footer.
# News sites' generators are CMSs (WordPress, Drupal, Hugo, Blogger): none of these tools was among
# the 277 read other-sites and dev pages' generators.
_DOCS_GENERATOR = re.compile(
    r"""<meta\b[^>]*\bname\s*=\s*["']generator["'][^>]*\b(?:content|value)\s*=\s*["']\s*"""
    r"""(mkdocs|docusaurus|gitbook|vuepress|vitepress|doxygen|javadoc|pdoc|mdbook|docfx|antora)\b""", re.I)
_SPHINX = re.compile(r"""_static/documentation_options\.js|Created\s+using\s+(?:<a\b[^>]*>\s*)?(Sphinx)\b""", re.I)

# The page's own address as its markup states it (<link rel="canonical">, og:url), either order of
# the attributes. A site files its video pages under a part of the address that says so: a folder
# ("/video/1747657/…", "/videos/…") or a host ("video.example.com", "videos.example.com"), where a
# story only has the word in its slug ("/news/local/We-Got-Her-Video-Shows-…"). On the 319 read
# other-sites and dev pages, the 5 whose address had such a part were all a video with its
# description (4 gold non-articles on 4 sites, and one unchecked), and none of the ~310 articles had it.
_ADDRESS_TAG = re.compile(
    r"""<link\b[^>]*\brel\s*=\s*["']canonical["'][^>]*>|<meta\b[^>]*\bproperty\s*=\s*["']og:url["'][^>]*>""", re.I)
_ADDRESS = re.compile(r"""\b(?:href|content)\s*=\s*["']\s*(https?://[^"'\s]+)""", re.I)
_VIDEO_PART = re.compile(r"^https?://(?:[\w-]+\.)*videos?\.[\w.-]+(?::\d+)?/|^https?://[^/]+(?:/[^/?#]*)*?/videos?(?:[/?#]|$)", re.I)


def own_address(html: str) -> str:
    """The page's address as its markup declares it (canonical link, og:url), or ""."""
    for tag in _ADDRESS_TAG.finditer(html[:500_000]):
        address = _ADDRESS.search(tag.group(0))
        if address:
            return entities.unescape(address.group(1))
    return ""


def declared_not_a_story(html: str, url: str = "") -> str:
    """What a page's markup says it is when that is not one story ("" when it says nothing of the
    kind, or declares a story type too): "a CollectionPage", "og:type video", or a video page by
    its address (_VIDEO_PART: its own as declared, else ``url``, the address it was fetched from)."""
    head = html[:500_000]
    if _STORY_TYPE.search(head):
        return ""
    collection = _NOT_STORY_TYPE.search(head)
    if collection:
        return f"a {collection.group(1)}"
    media = _OG_MEDIA.search(head)
    if media:
        return f"og:type {(media.group(1) or media.group(2)).lower()}"
    tool = _DOCS_GENERATOR.search(head) or _SPHINX.search(html)
    if tool:
        return f"a documentation page made with {tool.group(1) or 'Sphinx'}"
    return "a video page by its address" if _VIDEO_PART.search(own_address(html) or url) else ""


# A page that plays a video or a recording: a <video> or <audio> element, a player in a frame (an
# <iframe> whose address names a video site or a player) or the video card the page gives for
# sharing (og:video, twitter:player).
_PLAYER = re.compile(
    r"""<(?:video|audio)\b|<iframe\b[^>]*\bsrc\s*=\s*["'][^"']*(?:youtube|vimeo|dailymotion|player|jwplatform|brightcove)"""
    r"""|<meta\b[^>]*\b(?:property|name)\s*=\s*["'](?:og:video|twitter:player)\b""", re.I)


# A forum thread is posts by several people, each under its writer and date: "by kestrel_42 » Tue
# Mar 03, 2020 4:15 pm" (phpBB's and many boards' post header), or each reply headed "Re: <the
# thread's subject>". A story has one byline ("By Dana Whitfield | March 3, 2020"), a story with its
# comments kept has them as "NAME says:" lines. On the 277 read other-sites and dev pages no element's
# text opened with "Re:" and no page had three "by NAME » date" headers (two had two "By NAME | date"
# bylines, one by the same writer twice); at least THREAD_MIN_POSTS of them, by two writers or more.
THREAD_MIN_POSTS = 3
# A thread's replies are headed "Re:" and its one subject; a sidebar of a forum's latest posts
# ("Re: Lift broken", "Re: Parking permits", "Re: Parking permits") heads replies to many threads,
# and is no thread of the page's own: only the "Re:" headings of one subject count. Subjects are
# told apart by their first SUBJECT_KEY_CHARS letters and digits, as a sidebar cuts a long one short.
SUBJECT_KEY_CHARS = 30
_POST_HEADER = re.compile(r"\bby\s+([^\s»«|<>][^»«|<>]{0,40}?)\s*[»«|]\s*[^<>»]{0,40}?\b\d{4}\b", re.I)
_REPLY_HEADING = re.compile(r">\s*Re:\s([^<]{3,200})<")
_TAG = re.compile(r"<[^>]+>")
_SCRIPT = re.compile(r"(?is)<(script|style)\b.*?</\1>")


def forum_posts(html: str) -> int:
    """How many posts of a forum thread the page shows by their headers (THREAD_MIN_POSTS); 0 when fewer."""
    body = _SCRIPT.sub(" ", html)
    subjects = Counter(re.sub(r"\W+", "", s).casefold()[:SUBJECT_KEY_CHARS] for s in _REPLY_HEADING.findall(body))
    replies = max(subjects.values(), default=0)
    headers = _POST_HEADER.findall(re.sub(r"\s+", " ", entities.unescape(_TAG.sub(" ", body))))
    posts = max(replies, len(headers) if len({h.strip().casefold() for h in headers}) > 1 else 0)
    return posts if posts >= THREAD_MIN_POSTS else 0


def plays_video(html: str) -> bool:
    """Whether the page plays a video or a recording (_PLAYER): a video's or a podcast's page, or a story with one in it."""
    return bool(_PLAYER.search(html))


_META = re.compile(r"<meta\b[^>]*>", re.I)
# the name's quotes may be left out (<META NAME=DESCRIPTION CONTENT="...">, a page of 2008)
_DESCRIBES = re.compile(r"""\b(?:name|property)\s*=\s*["']?(?:og:|twitter:)?description(?:["']|(?=[\s/>]))""", re.I)
_CONTENT = re.compile(r"""\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)


def _meta_values(html: str, which: re.Pattern[str], value: re.Pattern[str]) -> list[str]:
    """The values (read by ``value``) of the page's <meta> tags that ``which`` names, unescaped, in order."""
    found = []
    for tag in _META.findall(html[:500_000]):
        content = value.search(tag) if which.search(tag) else None
        if content:
            found.append(re.sub(r"\s+", " ", entities.unescape(content.group(1) or content.group(2) or "")).strip())
    return [text for text in found if text]


def descriptions(html: str) -> list[str]:
    """The page's summaries of itself in its metadata (description, og:description, twitter:description)."""
    return _meta_values(html, _DESCRIBES, _CONTENT)


# The titles a page gives itself for sharing. Some saved pages write their <meta> with "value"
# where the standard has "content" (<meta name="og:title" value="…">: a whole saved set of the
# read set, E: 73 of its 85 pages' social titles; none in A, 1 in C): trafilatura reads only "content", so
# both are read here.
_SOCIAL_TITLE = re.compile(r"""\b(?:name|property)\s*=\s*["'](?:og|twitter):title["']""", re.I)
_CONTENT_OR_VALUE = re.compile(r"""\b(?:content|value)\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)


def social_titles(html: str) -> list[str]:
    """The page's titles for sharing (og:title, twitter:title), in either attribute they are written with."""
    return _meta_values(html, _SOCIAL_TITLE, _CONTENT_OR_VALUE)


_NAMES_SITE = re.compile(r"""\b(?:name|property)\s*=\s*["'](?:og:site_name|application-name|apple-mobile-web-app-title)["']""", re.I)
_PUBLISHER = re.compile(r'"publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"]{1,100})"')


def declared_site_names(html: str) -> list[str]:
    """The names the page's metadata gives its site (og:site_name, application-name, JSON-LD publisher).

    trafilatura fills its ``sitename`` from a part of the <title> when the metadata names none, and
    that guess may be the headline ("Stocks Rise … - Bloomberg" gave the sitename "Stocks Rise …") or
    a headline's second half; a name declared here is no guess."""
    found = []
    for tag in _META.findall(html[:500_000]):
        content = _CONTENT.search(tag) if _NAMES_SITE.search(tag) else None
        if content:
            found.append(entities.unescape(content.group(1) or content.group(2) or ""))
    found += [entities.unescape(name) for name in _PUBLISHER.findall(html[:500_000])]
    return [re.sub(r"\s+", " ", name).strip() for name in found if name.strip()]


def spaced_site_name(name: str, declared: list[str]) -> str:
    """The site's name as the page spells it elsewhere, when ``name`` is that name run together: a handle
    ("@theprovince", which trafilatura turns into "Theprovince") or an og:site_name written as the host's
    label ("nationalpost"), where the JSON-LD publisher says "The Province", "National Post"."""
    if " " in name:
        return name
    key = re.sub(r"\W+", "", name.casefold())
    return next((other for other in declared if " " in other and re.sub(r"\W+", "", other.casefold()) == key), name)


# An absolute link: its host, its closing quote when it goes to the host's root ("http://x.com/"), and the
# rest of its address.
_LINK = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["']https?://([\w.-]+)(/?["'])?([^"'\s>]*)""", re.I)
# A link whose address carries another one ("http://ad.doubleclick.net/clk;1;2;w?http://shop.example/",
# "…/rss?url=http%3A//…"): an ad's click counter or a redirector, which a page may link a dozen times
# (every ad on it) but which is never the site's own host.
_CARRIED_ADDRESS = re.compile(r"https?(?::|%3a)", re.I)
_TOP_LEVEL_DOMAIN = re.compile(r"\.[a-z]{2,}$", re.I)
MIN_HOST_LINKS = 5
"""Links to one host a saved page must have for that host to be taken for its own: a page links to
its own site far more than to any other (menus, sections, its other stories); a few links to
another site are a story's sources."""
HOST_LINK_SHARE = 0.5
"""Share of a page's absolute links the host must have: on a page whose links are spread over many
hosts none is known to be the site's own."""


def _link_hosts(html: str) -> list[tuple[str, bool]]:
    """The host of each absolute link of the page, lower-cased, and whether the link is to its root; a
    redirector's links (``_CARRIED_ADDRESS``) left out."""
    return [(host.lower(), bool(root)) for host, root, rest in _LINK.findall(html) if not _CARRIED_ADDRESS.search(rest)]


def root_link_hosts(html: str) -> list[str]:
    """Hosts the page links to at their root ("http://www.example.com/"): a saved page that states
    no site of its own links its logo or footer there, so its site's name is among them."""
    return list(dict.fromkeys(host for host, root in _link_hosts(html) if root and _TOP_LEVEL_DOMAIN.search(host)))


_OWN_ADDRESS_META = re.compile(r"""\b(?:name|property)\s*=\s*["'](?:og:url|twitter:url)["']""", re.I)
_CANONICAL = re.compile(r"""<link\b(?=[^>]*\brel\s*=\s*["']canonical["'])[^>]*\bhref\s*=\s*["']https?://([\w.-]+)""", re.I)
_ADDRESS_HOST = re.compile(r"https?://([\w.-]+)", re.I)


def declared_host(html: str) -> str:
    """The host of the address a saved page gives itself (its canonical link, og:url), lower-cased,
    without "www.": the page's own site, which the host most of its links go to need not be (a
    deals page links a shop dozens of times), and which trafilatura misses when a broken page puts
    that metadata in the <body>."""
    found = _CANONICAL.search(html[:500_000])
    host = found.group(1) if found else ""
    if not host:
        address = next(iter(_meta_values(html, _OWN_ADDRESS_META, _CONTENT)), "")
        matched = _ADDRESS_HOST.match(address)
        host = matched.group(1) if matched else ""
    host = host.lower().removeprefix("www.")
    return host if _TOP_LEVEL_DOMAIN.search(host) else ""


def main_link_host(html: str) -> str:
    """The host most of a saved page's links go to, when neither its address nor its metadata name
    its site (a page saved without them): its own site, whose name its title may end with ("… -
    Entermedia" on a page of entermedia.co.kr)."""
    hosts = [host.removeprefix("www.") for host, _ in _link_hosts(html)]
    if not hosts:
        return ""
    host, count = Counter(hosts).most_common(1)[0]
    return host if count >= MIN_HOST_LINKS and count >= HOST_LINK_SHARE * len(hosts) else ""


def linked_headlines(html: str) -> int:
    """How many headlines on the page are links to other pages (teasers on a section front)."""
    return len(_LINKED_HEADLINE.findall(html))


def run_in_labels(html: str) -> frozenset[str]:
    """Bold labels run into paragraphs ("Background:", "Why it matters:"), as the text reads them."""
    labels = set()
    for match in _RUN_IN.finditer(html):
        label = re.sub(r"\s+", " ", entities.unescape(match.group(2))).strip()
        if 0 < len(label.split()) <= RUN_IN_LABEL_MAX_WORDS and label[:1].isupper():
            labels.add(label)
    return frozenset(labels)


# Page parts that say in their markup what they are (a sidebar, a sharing bar, a newsletter box,
# an author's bio, related links), removed before extraction. Only small ones, of one paragraph
# at most: a class name is a loose hint ("share" in "shareable-story"), and a short story is a
# few paragraphs of a few hundred characters; the longest such box on the dev pages (a
# subscription pitch) was ~600 characters.
PRUNE_MAX_CHARS = 800
FURNITURE_HINTS = ("newsletter", "promo", "author-bio", "author-info", "share", "social", "related", "signup", "sign-up",
                   "author_bio", "authorbio", "author-box", "author_box", "about-author", "about-the-author", "bio-box",
                   "subscribe")


_LOWER = "translate({}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"


def furniture_xpath(html: str = "") -> list[str]:
    """XPaths (for trafilatura's ``prune_xpath``) of small elements whose markup names them furniture,
    and of offer boxes (``offer_xpath``) when the page's HTML has a call-to-buy button's text."""
    attrs = " or ".join(
        f"contains({_LOWER.format('@' + attr)}, '{hint}')" for attr in ("class", "id") for hint in FURNITURE_HINTS
    )
    kinds = f"self::aside or @role='complementary' or {attrs}"
    named = f"//*[{kinds}][string-length(normalize-space(.)) < {PRUNE_MAX_CHARS}][count(.//p) < 2][not(self::body or self::html)]"
    pruned = f"{named} | {card_xpath()} | {LISTING_XPATH}"  # a program's listing is no story's text
    return [pruned, offer_xpath()] if _CALL_TO_BUY.search(html) else [pruned]


NOTE_HINTS = ("footnote", "tooltip", "popover")
"""Class or id words of a note shown beside the word it annotates (a footnote's text in a hover box,
a tooltip): such a note's text, left in place, is glued into the sentence it annotates."""


def note_xpath() -> str:
    """XPath of a note set inside a paragraph, within the word or mark it annotates.

    ``<span class="footnoteLink">Barry Allen.<span class="footnote">Created in 1956, …</span></span>``
    reads "Barry Allen.Created in 1956, …", a note pasted into the interview's answer. The note is
    the element with text inside a ``<p>`` whose class or id names a note (NOTE_HINTS), that holds
    no other one with text and is set inside another element of the paragraph (the annotated word
    or mark): a "tooltip" span that is itself the paragraph's words, right in the ``<p>``, is no note."""
    hinted = " or ".join(f"contains({_LOWER.format('@' + attr)}, '{hint}')"
                         for attr in ("class", "id") for hint in NOTE_HINTS)
    return (f"//p//*[{hinted}][normalize-space()][not(.//*[{hinted}][normalize-space()])][not(parent::p)]"
            f"[string-length(normalize-space(.)) < {PRUNE_MAX_CHARS}]")


_CARD = ".//img and count(.//a) >= 2"


def card_xpath() -> str:
    """XPath of a card set inside a paragraph: a hover card (a person's photo, name and links to
    their latest stories, shown when the pointer rests on their name) or a captioned picture.

    A sentence holds words and links, never a picture with several links: such an element within a
    ``<p>`` is a card, whose text would be glued into the sentence around it ("… Rep. Jane DoeJane
    DoeSenators call for … | …"). So is an element set right after a link that holds only links
    (the card of a person without a photo). Box-sized only (PRUNE_MAX_CHARS), so a page that wraps
    its whole body in one paragraph keeps it."""
    small = f"[string-length(normalize-space(.)) < {PRUNE_MAX_CHARS}]"
    pictured = f"//p//*[{_CARD}][not(*[{_CARD}])]{small}"
    # A card without a picture: right after a link (no text between), links and nothing else.
    attached = (
        "//p//*[preceding-sibling::node()[1][self::a]][count(.//a) >= 2]"
        f"[not(.//text()[normalize-space()][not(ancestor::a)])]{small}"
    )
    return f"{pictured} | {attached}"


# An offer or affiliate box ("Chase Sapphire Preferred® Card · WELCOME OFFER: 80,000 Points · Apply
# Now · Earn 80,000 bonus points after you spend $4,000 …") says what it is by its button: a link or
# button whose whole text is a call to buy or apply. The box is the smallest block around that
# button with more in it than the button (OFFER_MIN_CHARS: a wrapper of the button alone is not the
# box), pruned when it is box-sized: under OFFER_MAX_CHARS (the card box on the dev pages had ~1,400
# characters), with no headline, and with at most OFFER_MAX_PROSE paragraphs of prose length (the
# box's lines are short, its details in a list; the card box had 2 such lines). A story's body with
# a bare button in it has more paragraphs than that, and stays.
OFFER_MIN_CHARS = 40
OFFER_MAX_CHARS = 2000
OFFER_PROSE_CHARS = 100
OFFER_MAX_PROSE = 2
_CALLS_TO_BUY = (
    "apply now", "apply here", "apply today", "buy now", "shop now", "order now", "book now", "add to cart",
    "add to basket", "see offer", "get offer", "view offer", "see deal", "get deal", "view deal", "get this deal",
    "check price", "see price", "view price", "check availability", "see rates", "see rates & fees",
    "rates & fees", "rates and fees", "compare offers", "open account", "open an account",
)


# A button's text as the HTML holds it, looked for before the (costlier) XPath is run.
_CALL_TO_BUY = re.compile(
    r">\s*(?:" + "|".join(re.escape(call).replace("&", "&(?:amp;)?").replace(r"\ ", r"\s+") for call in _CALLS_TO_BUY)
    + r")\s*<", re.I)


def offer_xpath() -> str:
    """XPath of the box around a call-to-buy button (see ``_CALLS_TO_BUY``), when box-sized.

    Read from the buttons up (the nearest block ancestor with more than the button in it), so a
    page is walked once, not once per block."""
    text = _LOWER.format("normalize-space(.)")
    button = " or ".join(f"{text}='{call}'" for call in _CALLS_TO_BUY)
    block = "self::div or self::section or self::aside or self::table or self::ul or self::ol or self::figure"
    return (
        f"(//a | //button)[{button}]"
        f"/ancestor::*[{block}][string-length(normalize-space(.)) > {OFFER_MIN_CHARS}][1]"
        f"[string-length(normalize-space(.)) < {OFFER_MAX_CHARS}][not(.//h1)]"
        f"[count(.//p[string-length(normalize-space(.)) > {OFFER_PROSE_CHARS}]) <= {OFFER_MAX_PROSE}]"
    )
