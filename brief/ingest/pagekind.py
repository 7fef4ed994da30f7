"""Whether a saved or fetched page is an article at all.

Some pages are not news to summarize: a site's service page with no headline of its own, a
photo caption alone, a paywall stub with a sentence of story before the subscription prompt,
template code that was never filled in, a page whose "sentences" are dates, names and labels (a
meeting schedule, a casting notice), a catalogue of products or ideas, a short page of slogans.
They are told by their shape, not by their words. Summarizing them silently puts a caption or a sign-up
pitch into the briefing; instead they are named in one line and left out (brief.ingest.files).
"""

from __future__ import annotations

import re
import statistics

from brief.ingest.decode import NotText
from brief.ingest.furniture import TEMPLATE_CODE, is_heading
from brief.ingest.markup import EMBEDDABLE_TYPES
from brief.ingest.story_runs import tells_a_story
from brief.ingest.titles import is_date
from brief.model import Article
from brief.text.segment import sentence_spans
from brief.text.words import cjk_words, count_words  # Chinese and Japanese: not "only 2 words of text"

# Fewer words of story than this is a caption, a teaser or an error page, not an article. The
# shortest real articles among the 42 dev pages had 150 words (a wire brief); captions run 10-40.
MIN_ARTICLE_WORDS = 50
# An article has at least this many sentences of story; a caption or a stub has one. It also has
# at least MIN_ARTICLE_WORDS words in paragraphs that end like sentences: a calendar, a results
# table or a price list is lines that do not (brief.ingest.furniture.is_heading).
MIN_ARTICLE_SENTENCES = 2
# A page whose story stops at a subscription prompt within this many words is a paywall stub; the
# dev pages cut by a paywall after a few paragraphs (200-320 words) are still worth reading.
PAYWALL_STUB_WORDS = 100
# A section front lists many linked headlines, each with a line of teaser: at least this many
# headlines, and paragraphs this short at the median. Dev articles' median paragraph ran 18-68
# words; pages of one story cut into captions or letters (a slideshow, a letters page) declare
# themselves articles and are never counted as fronts.
MIN_INDEX_HEADLINES = 5
INDEX_TEASER_WORDS = 15
# A page whose text is its metadata's description of itself, all but a word or two, has nothing of
# its own to read: a video's or a podcast episode's description, a listing whose items are
# pictures. On the 234 other-sites and dev pages such pages had 90-100% of their words in the
# description; articles at most 64%, but for two short wire stories on one CMS that puts an
# article's whole text in its description. Those have paragraphs of their own (4 and 7 of at least
# BLOCK_MIN_WORDS words); a description shown as the text is flat, one block or two.
DESCRIPTION_ONLY_SHARE = 0.85
DESCRIPTION_MAX_BLOCKS = 2
BLOCK_MIN_WORDS = 10
# A video's (or a podcast episode's) page shows it and a blurb of a paragraph or two, fewer than
# SHORT_PAGE_WORDS words. On the 319 read pages, the video stubs had 17-71 words in one block; the
# stories with a video in them at least 151 words, in 4-10 blocks (a satire site's video page, 154
# words in one block, is left as it is: a story told around its video).
# A page that declares only a thing a story may carry (a VideoObject, an Event, an ItemList: markup's
# EMBEDDABLE_TYPES) is still a story when its text is one: at least STORY_MIN_BLOCKS paragraphs and
# SHORT_PAGE_WORDS words (the stories with a video in them above had 4-10 blocks, the stubs one).
STORY_MIN_BLOCKS = 4
# A sentence of prose is mostly lower-case words (of the words whose script has case): a line of a
# calendar, a cast list or a results table is names, dates and labels ("Tuesday, October 15, 2013
# at 9:00 AM (at Loews Corporation, 667 Madison Avenue …)", "Production: 'X' (See all 3 roles)").
# A page needs MIN_ARTICLE_WORDS in such sentences. At half, the 234 other-sites and dev pages'
# articles kept at least 50 words in prose sentences; a meeting schedule had 0, a casting notice 43.
PROSE_LOWERCASE_SHARE = 0.5
# A catalogue, a gift guide, a page of ideas: most of its text is list items (trafilatura's "- "),
# and most items open with a name (a product, a book, an idea: at least NAME_RUN_WORDS capitalized
# words in a row, "My First Keyboard Book by …", "Eclectic Fall Bowl Centerpiece This …"). On the
# 234 pages, such pages had 73-78% of their items' words in items opening with a name; stories
# told in bullets (a newsletter, a list of findings, a deals post) at most 25%, and their items
# open with a sentence ("Pizza was searched more than …") or a lower-case phrase.
CATALOGUE_MIN_ITEMS = 5
CATALOGUE_LIST_SHARE = 0.5
CATALOGUE_NAMED_SHARE = 0.5
NAME_RUN_WORDS = 3
# A short page whose paragraphs are mostly fragments (a median under FRAGMENT_WORDS words) is a
# promotional or a menu page: "New tasks for the game!", "For whom this game?". Articles' median
# paragraph ran 18-68 words on the dev pages; the longer pages of short lines (a live blog's
# entries, a results roundup) are left to the rules above.
SHORT_PAGE_WORDS = 150
FRAGMENT_WORDS = 8
# An error page says so in its title or its first lines, in the words of the web's status pages:
# "Page Not Found", "404 Errors", "Error 404", "The page you requested …". Only a short title or
# line (at most ERROR_LINE_MAX_WORDS words) is read as one: a story about broken links is longer.
ERROR_LINE_MAX_WORDS = 12
ERROR_SEARCH_PARAGRAPHS = 2
_ERROR_PAGE = re.compile(
    r"^\W*(?:error\W*)?(?:404|410)\b|\b(?:page|article|story|content)\s+(?:was\s+|is\s+)?not\s+found\b"
    r"|\bpage\s+(?:you\s+(?:are|were)\s+looking\s+for|you\s+requested)\b|\boops\b.{0,40}\bwrong\b",
    re.I,
)
# A thread or a social post (a forum's or a social site's page of one post and its replies) is
# written by many people, and its page says so in counts: lines that are only a count of votes,
# points, likes or replies ("49 more replies", "130k points", "92% Upvoted", "24.7k", "View other
# replies"), or a description that opens with two counts ("96.1k votes, 313 comments."). On the
# 319 read other-sites and dev pages, the three reddit threads and the twitter thread had 4-30
# such lines and the articles at most 1 (a story's "23 comments" link); only the two reddit pages
# opened their description with counts, one article's described "more than 700 votes".
THREAD_MIN_COUNT_LINES = 3
_COUNT = r"\d[\d.,]*\s*[km]?"
_REACTION = r"(?:votes?|points?|likes?|upvotes?|retweets?|reposts?|comments?|repl(?:y|ies))"
_COUNT_LINE = re.compile(
    rf"^(?:{_COUNT}\s+(?:more\s+)?{_REACTION}|\d+%\s+upvoted|view\s+(?:other|more)\s+replies|\d[\d.,]*[km])$", re.I)
_COUNTS_OPENING = re.compile(rf"^\W*{_COUNT}\s+{_REACTION}\b(?:,|\s+and)\s+{_COUNT}\s+{_REACTION}\b", re.I)
# A social post saved as a page (a tweet and its replies, however its markup calls itself) opens
# with its writer's name and handle on a line of their own ("Dana Whitfield @danawhit", or the
# handle alone under the name), and each reply has its own, or a "Replying to @…" line. A post runs
# under SOCIAL_POST_WORDS words (a tweet's 280 characters are ~50), so such a page has a handle's
# line for every SOCIAL_POST_WORDS words of its text. A story quoting posts has them inside its
# prose, or as embeds signed "— Name (@handle) date", and a byline with a handle opens with "By":
# on the 277 read other-sites and dev pages one line had such a shape, on a page of 444 words.
SOCIAL_MIN_HANDLES = 2
SOCIAL_POST_WORDS = 60
_HANDLE_LINE = re.compile(
    r"^(?:(?!by\s)[^\W\d][\w .'’\u200e\u200f-]{0,40}\s*)?@\w{1,15}(?:\s*·.*)?$|^replying\s+to\s+@\w{1,15}\b.{0,80}$", re.I)
# A page saved behind a consent wall has the site's notice in place of the story: paragraphs that
# speak to the reader ("we and our partners", "your consent") of cookies and personal data. A story
# about cookie rules reports them in the third person, and a story with a cookie banner kept has the
# banner as a paragraph or two among many; at least this share of the page's words is the notice.
CONSENT_SHARE = 0.5
_CONSENT = re.compile(r"\bcookies?\b|\bpersonal (?:data|information)\b|\b(?:your|to) consent\b|\bconsenting\b", re.I)
_ADDRESSED = re.compile(r"\b(?:we|our partners|you|your)\b", re.I)
# A software project's changelog or release notes lists its versions each under a heading that is
# only its number, perhaps after the product's name, with its date in brackets or after a dash
# ("Version 2.4.1 (2020-03-03)", "v2.3.0", "Tidewater 2.4 — 14 February 2020"); a count ("1.5
# million") or a numbered section ("2.1: Definitions") has words after it. A story about a release
# names it in a heading once; at least this many such headings are a changelog.
CHANGELOG_MIN_VERSIONS = 3
_VERSION_LINE = re.compile(
    r"^(?:[A-Z][\w.+-]*\s+){0,2}(?:version\s+|release\s+)?v?\d+\.\d+(?:\.\d+)*(?:[-.]?(?:alpha|beta|rc)\d*)?"
    r"(?:\s*\([^()]{0,30}\)|\s+[-–—:]\s+[\w ,./-]{0,30}\d[\w ,./-]{0,10})?$", re.I)
# A section, tag or archive page lists stories each under its date: lines that are only a date or
# an age ("March 3, 2019", "5 hours ago"), one per teaser. An article has one such line (its own
# date), a live blog stamps its entries with times of day ("10:45"); on the 319 read pages none had
# more than one such line. At least MIN_INDEX_HEADLINES of them, as for linked headlines, and, as for
# those, no story told among them (brief.ingest.story_runs): a 2008 story page of L3S-GN1 lists the
# site's other items each under its date (4 on one K page) beside its own paragraphs.
_AGE = re.compile(r"^(?:(?:posted|updated|published)\s+)?(?:\d+|an?)\s+(?:second|minute|min|hour|hr|day|week|month|year)s?\s+ago$", re.I)
_WORD = re.compile(r"\w+")
_CASED_WORD = re.compile(r"[^\W\d_]+")
_ITEM_WORD = re.compile(r"[^\W_][\w'’-]*")
_LIST_ITEM = "- "  # how trafilatura's text marks an item of a list
_PAYWALL = re.compile(
    r"\b(?:subscribe|subscription|subscriber|sign in to (?:read|continue)|log in to (?:read|continue)|"
    r"to (?:view|read|continue reading) (?:the|this) (?:full|rest of the|entire|whole) (?:story|article))\b",
    re.I,
)


class NotAnArticle(NotText):
    """A page left out as not an article, named by its headline: a caption, a video stub, a 404
    page still has a title, and the user who saved several pages knows them by it, not by the
    file name alone ("page.html: “Airlines' year” doesn't look like an article (…)")."""

    def __init__(self, title: str, reason: str) -> None:
        self.title = title
        self.reason = reason
        named = f"“{title}” " if title else ""
        super().__init__(f"{named}doesn't look like an article ({reason})")


def not_an_article(
    article: Article, headline: bool, teasers: int = 0, *, declared: str = "", description: str = "", extracted: str = "",
    video: bool = False, posts: int = 0,
) -> str:
    """Why the page does not look like an article ("" when it does): one phrase for the warning.

    ``teasers``: headlines linking to other pages, on a page that does not declare itself an
    article; ``declared``: what its markup says it is when not one story ("a CollectionPage",
    "og:type video"); ``description``: its summary of itself in its metadata (brief.ingest.markup);
    ``extracted``: the page's text as extracted, its list items still marked; ``video``: whether it plays
    a video or a recording (brief.ingest.markup.plays_video); ``posts``: the posts of a forum thread it
    shows by their headers (brief.ingest.markup.forum_posts).
    """
    if not headline:
        return "no headline of its own: its title is the site's name"
    prose = [article.text[a:b] for a, b in article.paragraphs]
    error = _error_line([article.title, *(article.text[a:b] for a, b in sorted([*article.paragraphs, *article.boilerplate])[:ERROR_SEARCH_PARAGRAPHS])])
    if error:
        return f"an error page: “{error}”"
    counts = _count_lines(extracted)
    if counts >= THREAD_MIN_COUNT_LINES or _COUNTS_OPENING.search(description):
        return f"a thread or a social post: {counts} lines of votes and replies" if counts else (
            "a thread or a social post: its description is its votes and replies")
    if posts:
        return f"a forum thread: {posts} posts under their writers' names"
    handles = _handle_lines(extracted)
    if handles >= SOCIAL_MIN_HANDLES and handles * SOCIAL_POST_WORDS >= count_words(article.text):
        return f"a social post: {handles} lines of account names and replies"
    versions = _version_lines(extracted)
    if versions >= CHANGELOG_MIN_VERSIONS:
        return f"a changelog or release notes: {versions} versions listed under their numbers"
    stamps = _stamp_lines(extracted)
    if stamps >= MIN_INDEX_HEADLINES and not tells_a_story(article.text):  # a story beside a dated list of others
        return f"a section or archive page: {stamps} stories listed under their dates"
    words = sum(count_words(p) for p in prose)
    if (teasers >= MIN_INDEX_HEADLINES and prose and statistics.median(count_words(p) for p in prose) < INDEX_TEASER_WORDS
            and not tells_a_story(article.text)):  # a story among teasers (brief.ingest.story_runs)
        return f"a section or index page: {teasers} headlines linking to other stories"
    furniture = [article.text[a:b] for a, b in article.boilerplate]
    if any(TEMPLATE_CODE.search(p) for p in furniture) and words < MIN_ARTICLE_WORDS:
        return "template code, not text"
    if words < PAYWALL_STUB_WORDS and any(_PAYWALL.search(p) for p in furniture):
        return f"a paywall stub: {words} words before the subscription prompt"
    sentences = sum(len(sentence_spans(p)) for p in prose)
    if words < MIN_ARTICLE_WORDS or sentences < MIN_ARTICLE_SENTENCES:
        return f"only {words} words of text (a caption or a teaser)"
    in_sentences = sum(_prose_words(p) for p in prose if not is_heading(p))
    if in_sentences < MIN_ARTICLE_WORDS:
        return f"a list or a table: {words} words of text, {in_sentences} of them in sentences"
    if words < SHORT_PAGE_WORDS and statistics.median(count_words(p) for p in prose) < FRAGMENT_WORDS:
        return f"short lines, not sentences: {words} words in {len(prose)} paragraphs"
    if _consent_words(prose) >= CONSENT_SHARE * words:
        return "a cookie or consent notice where the story should be"
    if _catalogue(extracted):
        return "a list of products or ideas, not a story: a catalogue or a gift guide"
    blocks = sum(count_words(p) >= BLOCK_MIN_WORDS for p in prose)
    if declared and not (declared.removeprefix("a ") in EMBEDDABLE_TYPES and _a_story(words, blocks)):
        return f"its markup declares {declared}, not an article"
    if video and blocks <= DESCRIPTION_MAX_BLOCKS and words < SHORT_PAGE_WORDS:
        return f"a video or a recording with a blurb of {words} words"
    if description and blocks <= DESCRIPTION_MAX_BLOCKS and _share_in(article.text, description) >= DESCRIPTION_ONLY_SHARE:
        return "its text is only the page's description of itself: a video, audio or gallery page, or a listing"
    return ""


def _a_story(words: int, blocks: int) -> bool:
    """Whether the text is a story's, not a blurb's: STORY_MIN_BLOCKS paragraphs, SHORT_PAGE_WORDS words."""
    return blocks >= STORY_MIN_BLOCKS and words >= SHORT_PAGE_WORDS


def _error_line(lines: list[str]) -> str:
    """The first short line that says the page is an error page (ERROR_*), or ""."""
    return next((line for line in lines if count_words(line) <= ERROR_LINE_MAX_WORDS and _ERROR_PAGE.search(line)), "")


def _count_lines(extracted: str) -> int:
    """The lines of the text that are only a count of votes or replies (THREAD_MIN_COUNT_LINES)."""
    lines = (line.strip().removeprefix(_LIST_ITEM).strip() for line in extracted.split("\n"))
    return sum(bool(_COUNT_LINE.match(line)) for line in lines if line)


def _handle_lines(extracted: str) -> int:
    """The lines of the text that are only an account's name and handle, or a reply's (_HANDLE_LINE)."""
    lines = (line.strip().removeprefix(_LIST_ITEM).strip() for line in extracted.split("\n"))
    return sum(bool(_HANDLE_LINE.match(line)) for line in lines if line)


def _version_lines(extracted: str) -> int:
    """The lines of the text that are only a version's number, perhaps with its name or date (_VERSION_LINE)."""
    lines = (line.strip().removeprefix(_LIST_ITEM).strip() for line in extracted.split("\n"))
    return sum(bool(_VERSION_LINE.match(line)) for line in lines if line)


def _stamp_lines(extracted: str) -> int:
    """The lines of the text that are only a date or an age (a listed story's stamp, _AGE)."""
    lines = (line.strip().removeprefix(_LIST_ITEM).strip() for line in extracted.split("\n"))
    return sum(bool(is_date(line) or _AGE.match(line)) for line in lines if line)


def _prose_words(paragraph: str) -> int:
    """The words of the paragraph's sentences that read as prose (PROSE_LOWERCASE_SHARE)."""
    words = 0
    for start, end in sentence_spans(paragraph):
        sentence = paragraph[start:end]
        cased = [w for w in _CASED_WORD.findall(sentence) if w[0].lower() != w[0].upper()]
        caseless = cjk_words(sentence)  # Japanese prose naming "Ubuntu" and "UP Core" is still prose
        if not cased or sum(w[0].islower() for w in cased) + caseless >= PROSE_LOWERCASE_SHARE * (len(cased) + caseless):
            words += count_words(sentence)
    return words


def _consent_words(prose: list[str]) -> int:
    """The words of the paragraphs that ask the reader's consent to cookies or data (_CONSENT, _ADDRESSED)."""
    return sum(count_words(p) for p in prose if _CONSENT.search(p) and _ADDRESSED.search(p))


def _catalogue(extracted: str) -> bool:
    """Whether most of the text is list items and most of those open with a name (CATALOGUE_*)."""
    lines = [line.strip() for line in extracted.split("\n") if line.strip()]
    items = [line[len(_LIST_ITEM):] for line in lines if line.startswith(_LIST_ITEM)]
    if len(items) < CATALOGUE_MIN_ITEMS:
        return False
    listed = sum(len(item.split()) for item in items)
    named = sum(len(item.split()) for item in items if _opens_with_name(item))
    return listed >= CATALOGUE_LIST_SHARE * sum(len(line.split()) for line in lines) and named >= CATALOGUE_NAMED_SHARE * listed


def _opens_with_name(item: str) -> bool:
    """Whether the item's first NAME_RUN_WORDS words are all capitalized (or numbers): a name."""
    first = _ITEM_WORD.findall(item)[:NAME_RUN_WORDS]
    return len(first) == NAME_RUN_WORDS and all(w[0].isupper() or w[0].isdigit() for w in first)


def _share_in(text: str, description: str) -> float:
    """The share of the text's words that its description has too."""
    words = _WORD.findall(text.casefold())
    described = set(_WORD.findall(description.casefold()))
    return sum(word in described for word in words) / len(words) if words else 0.0
