"""A page's headline without the site's decorations: "Storm hits coast | The Daily Post" -> "Storm hits coast".

Sites build their <title> from a template: headline, separator, site name, sometimes a section
or a date ("… | DW | 19.01.2020", "… - WSVN 7News | Miami News, Weather, Sports"). What is the
site is known from the page itself (the site name trafilatura reads from its metadata, the host
name), so a part is cut only when it *is* the site (or a date, or a section standing between the
headline and the site name); a real headline with a dash in it is never cut on a guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from brief.ingest.title_marks import crumb_tail, strip_template_marks

# A separator is punctuation with spaces on both sides; an unspaced dash ("Things—if") is prose.
_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|«|/)\s+")
_TRAILING = re.compile(r"(?:\s+(?:\||-|–|—|::|·|•|»|«|/))+\s*$")
_LEADING = re.compile(r"^\s*(?:(?:\||-|–|—|::|·|•|»|«|/)\s+)+")
_DATE = re.compile(
    r"^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}"
    r"|(?:\w+,?\s+)?\d{1,2}(?:st|nd|rd|th)?\.?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}"
    r"|(?:\w+,?\s+)?[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})$"
)
# A section between the headline and the site name ("Restaurant reviews | Detroit") is short;
# a headline's second half ("Territory's Governor Calls For Calm") is longer. Measured on the
# dev pages: sections had 1-2 words, second halves of headlines 4 or more.
SECTION_MAX_WORDS = 3
# How much longer than the site's name a part may be and still be "the site" ("WSVN 7News" for
# wsvn.com, "London Evening Standard" for "Evening Standard"): a few words' worth of letters.
SITE_SLACK_CHARS = 12
_HOST_NOISE = frozenset({"www", "com", "org", "net", "co", "uk", "de", "fr", "it", "es", "amp", "m", "edu", "gov", "news"})


# What a title says about the page's media, not the story: "(VIDEO)", "[PHOTOS]", "(Photos + Video)",
# "| WATCH", "- Video", "WATCH:" before the headline. Only these words, in brackets or standing
# alone after a separator or before a colon at the start: "Watch the skies" is a headline.
_MEDIA_WORD = r"(?:videos?|photos?|pictures|pics|gallery|slideshow|watch|listen|audio|podcast|graphic|infographic|map|updated?|live)"
_MEDIA_WORDS = rf"{_MEDIA_WORD}(?:\s*(?:[+&/,]|and)\s*{_MEDIA_WORD})*"
_MEDIA_BRACKETS = re.compile(rf"\s*[(\[]\s*{_MEDIA_WORDS}\s*[)\]]\s*", re.I)
_MEDIA_AFTER = re.compile(rf"\s+(?:\||-|–|—|::|·|•)\s+{_MEDIA_WORDS}\s*$", re.I)
_MEDIA_LEAD = r"(?:videos?|photos?|pictures|gallery|watch|listen|audio|podcast|updated?|live)"  # "Map: where …" is a headline
_MEDIA_BEFORE = re.compile(rf"^\s*{_MEDIA_LEAD}(?:\s*(?:[+&/,]|and)\s*{_MEDIA_LEAD})*\s*:\s+(?=[A-Z0-9“\"‘'])", re.I)
MIN_HEADLINE_WORDS = 2
"""A media tag is cut only when a headline of at least this many words stays."""


# A label in square brackets before the headline ("[News] …", "[PR] …", "[Updated] …"): one or two
# words of letters. A longer bracket is the story's ("[The Palace: Tale of …] The Beauty of …").
_BRACKET_LABEL = re.compile(r"^\s*\[[^\W\d_]+(?:[ -][^\W\d_]+)?\]\s*(?=\S)")


def strip_bracket_label(title: str) -> str:
    """The title without a section's or a kind's label in brackets before it ("[News] Storm hits coast")."""
    match = _BRACKET_LABEL.match(title)
    return title[match.end() :] if match and len(title) - match.end() > len(match.group(0)) else title


def strip_media_tags(title: str) -> str:
    """The title without its media tags ("Storm hits coast (VIDEO)" -> "Storm hits coast")."""
    out = _MEDIA_BEFORE.sub("", _MEDIA_AFTER.sub("", _MEDIA_BRACKETS.sub(" ", title))).strip()
    return out if len(out.split()) >= MIN_HEADLINE_WORDS else title


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).casefold()


def site_keys(names: Iterable[str]) -> list[str]:
    """What a site may be called in its titles: its names, and its host's distinctive label."""
    keys: list[str] = []
    for name in names:
        name = name.strip()
        if not name:
            continue
        if re.fullmatch(r"(?:[\w-]+\.)+[a-z]{2,}", name.casefold()):  # a host name: "www.wsvn.com"
            labels = [label for label in name.casefold().split(".") if label not in _HOST_NOISE]
            keys.extend(_key(label) for label in labels[:1])
            if len(labels) > 1 and len(labels[-1]) >= MIN_SITE_KEY_CHARS:
                keys.append(_key(labels[-1]))  # "health.harbourpost.com": the site's own name, not its subdomain's
        keys.append(_key(re.sub(r"^www\.", "", name, flags=re.I)))
    return [k for k in dict.fromkeys(keys) if len(k) >= 2]


def is_site(part: str, keys: list[str], exact: bool = False) -> bool:
    """Whether a title part names the site (exactly, or containing its name with a little more)."""
    key = _key(part)
    if not key:
        return False
    for site in keys:
        if key == site:
            return True
        if not exact and site in key and len(key) <= len(site) + SITE_SLACK_CHARS:
            return True
        if not exact and key in site and len(key) >= 3:
            return True  # "Evening Standard" in "London Evening Standard"
    return False


_COLON_TAIL = re.compile(r"(?<!:):\s+([^:]+)$")  # not the second colon of a "::" separator
_COLON_HEAD = re.compile(r"^([^:]+):\s+")
"""The site's name before the headline, set off by a colon: "Harbour Gazette: Storm hits coast"."""
_WIDE_TAIL = re.compile(r"\s*[：｜]\s*([^：｜]+)$")
_FROM_SITE = re.compile(r"\b(?:from|by|at|on)\s+(.+)$", re.I)
"""A franchise of the site after the headline: "… — Holiday Gift Guide from Apartment Therapy"."""


# A part of a title after the headline that is its writer's byline ("… - by Ada Quinn - Harbour Notes",
# "… | by Ada Quinn | Medium"): "by" and a name of capitalized words. What follows it is the site's.
_BYLINE_PART = re.compile(r"^(?i:by)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$")
# A part of a title that is a domain name ("HarbourGazette.com", "NEWS.com.au") names the site itself.
_DOMAIN = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}", re.I)


def clean_title(title: str, site_names: Iterable[str]) -> str:
    """The headline alone: the site's name, and sections and dates around it, cut off."""
    title = strip_media_tags(strip_bracket_label(re.sub(r"\s+", " ", repair_title(title)).strip()))
    title = strip_template_marks(title)  # "=> … <=", "HarbourPost.com > News -- …", "… - News Story - KHBR"
    title = _LEADING.sub("", _TRAILING.sub("", title))
    keys = [k for k in site_keys(site_names) if k != _key(title)]  # a "site name" that is the title is no help
    wide = _WIDE_TAIL.search(title)
    if keys and wide and is_site(wide.group(1), keys, exact=True) and wide.start() > 0:
        title = title[: wide.start()].rstrip()  # "…が受賞：朝日新聞デジタル", "…｜Gazette": the site after a full-width mark
    head = _COLON_HEAD.match(title)
    if keys and head and is_site(head.group(1), keys, exact=True) and len(title[head.end() :].split()) >= MIN_HEADLINE_WORDS:
        title, crumb = title[head.end() :], crumb_tail(title[head.end() :])  # "Harbour Gazette: Storm hits coast"
        title = title if is_site(crumb, keys) or _names_site(crumb, keys) else crumb  # "…: Motto :: Section :: Storm …"
    tail = _COLON_TAIL.search(title)
    if keys and tail and is_site(tail.group(1), keys, exact=True) and len(title[: tail.start()].split()) >= MIN_HEADLINE_WORDS:
        title = title[: tail.start()].rstrip()  # "Everything You Need to Know …: GQ": a colon before the site
        section = _COLON_TAIL.search(title)
        if (section and len(section.group(1).split()) <= SECTION_MAX_WORDS
                and len(title[: section.start()].split()) > SECTION_MAX_WORDS):
            title = title[: section.start()].rstrip()  # "…: The Q: GQ": a section between, as with bars
    parts = _SEPARATOR.split(title)
    seps = _SEPARATOR.findall(title)
    byline = next((i for i in range(1, len(parts)) if _BYLINE_PART.match(parts[i].strip())), None)
    if byline is not None:
        parts, seps = parts[:byline], seps[: byline - 1]  # "Why the road closed - by Ada Quinn - Harbour Notes"
    keys += [_key(part) for part in parts[1:] if _DOMAIN.fullmatch(part.strip())]  # "… | HarbourGazette.com - Local news"
    if len(parts) < 2 or not keys:
        return strip_media_tags(_strip_dates(*_headline_among_bars(parts, seps)))
    lead = is_site(parts[0], keys, exact=True)
    if lead:  # "BBC News - Storm hits coast"
        parts, seps = parts[1:], seps[1:]
    cut = next((i for i in range(1, len(parts)) if is_site(parts[i], keys)), None)
    if cut is not None:
        parts, seps = parts[:cut], seps[: cut - 1]
        while len(parts) > 1 and (seps[-1].strip() == "|" and len(parts[-1].split()) <= SECTION_MAX_WORDS
                                  or _dash_section(parts[:-1], seps[-1], parts[-1])):
            parts, seps = parts[:-1], seps[:-1]  # "Restaurant reviews | Detroit" between headline and site
    if (lead or cut is not None) and len(parts) == 2 and seps[0].strip() == "|" and _is_section(parts[0], parts[1]):
        parts, seps = parts[1:], []  # "Opinion | Storm closes the coast road | Daily Post", "Daily Post | Opinion | Storm …"
    franchise = _FROM_SITE.search(parts[-1]) if len(parts) > 1 else None
    if franchise and is_site(franchise.group(1), keys, exact=True):
        parts, seps = parts[:-1], seps[:-1]  # "Books — Holiday Gift Guide from Apartment Therapy"
    return strip_media_tags(_strip_dates(*_headline_among_bars(parts, seps)))


# A title whose parts are all set apart by bars ("Storm hits the coast | News | Harbour Post") is a
# template's: English headlines do not use a spaced bar, so when the site's name is not known the
# headline is the first part (or the last, after the site's name and a section: the old WordPress
# "Harbour Notes » Blog Archive » Storm …") when it is much the longest: at least HEADLINE_OVER_PART times the
# words of every other part (sections and site names run 1-4 words; a headline 8-15). A first part
# shorter than a later one ("Port strike | Herald — news and sport for the coast") is left whole: the
# longer part may be the site's motto.
HEADLINE_OVER_PART = 2
# The marks only templates put between a title's parts: a spaced bar, a double colon ("Storm hits the
# coast :: Harbour Post"), a guillemet ("… » Harbour Post"); a dash may be a headline's own.
TEMPLATE_MARKS = frozenset({"|", "::", "»"})


# Chinese and Japanese write no spaces between words: a part's length in words is its count of
# those characters over this (Japanese news words run 2-3 characters: "社会" one, "ニュース" two).
CJK_CHARS_PER_WORD = 2
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def _words(part: str) -> int:
    """How many words a title part has, in a script with spaces between words or without."""
    return max(len(part.split()), len(_CJK.findall(part)) // CJK_CHARS_PER_WORD)


def _headline_among_bars(parts: list[str], seps: list[str]) -> tuple[list[str], list[str]]:
    """The headline alone when every separator is a template's mark and the first or last part is much the longest (see above)."""
    if len(parts) < 2 or any(sep.strip() not in TEMPLATE_MARKS for sep in seps):
        return parts, seps
    words = _words(parts[0])
    if words > SECTION_MAX_WORDS and all(HEADLINE_OVER_PART * _words(part) <= words for part in parts[1:]):
        return parts[:1], []
    # the site and a section before it ("Harbour Notes » Blog Archive » Storm …"); of two parts, the
    # short first may be the headline and the longer last the site's motto ("Port strike | Herald news …")
    words = _words(parts[-1])
    if len(parts) > 2 and words > SECTION_MAX_WORDS and all(HEADLINE_OVER_PART * _words(part) <= words for part in parts[:-1]):
        return parts[-1:], []
    return parts, seps


def repeated_parts(title: str) -> list[str]:
    """Parts of a title after its first that it repeats ("Storm hits coast - Harbour Post - Harbour
    Post", a template and an SEO plugin each adding the site): a headline is not said twice, a site's name is."""
    parts = [p.strip() for p in _SEPARATOR.split(title)]
    return [p for p in dict.fromkeys(parts[1:]) if p and parts.count(p) > 1]


# trafilatura, with no <h1> or metadata to read a title from, takes the <title> up to its last
# separator, taking what follows for the site's name (its metadata.HTMLTITLE_REGEX, the same marks).
_LAST_SEPARATOR = re.compile(r"^(.+)\s+[–•·—|⁄*⋆~‹«<›»>:-]\s+(.+)$")


def cut_from_headline(part: str, title: str) -> bool:
    """Whether ``part`` is ``title`` up to its last separator and what was cut off is the longer:
    not a site's name but the headline, after a label or the site's name ("Analysis — Why the
    coast road took three years", "Harbour Post » Storm closes the coast road")."""
    match = _LAST_SEPARATOR.match(title)
    if not match or match.group(1).strip() != part.strip():
        return False
    return len(match.group(2).split()) > max(len(part.split()), SECTION_MAX_WORDS)


def last_part(title: str) -> str:
    """What follows the title's last separator, as ``cut_from_headline`` reads it ("" when it has none)."""
    match = _LAST_SEPARATOR.match(title)
    return match.group(2).strip() if match else ""


def is_later_part(part: str, title: str) -> bool:
    """Whether ``part`` is one of the <title>'s parts after its first, the first one longer: the
    site's name, its motto or a section, not the headline. trafilatura reads such a part as the
    title when the first holds a full stop ("U.S. closes embassy | Harbour Gazette" gave "Harbour
    Gazette", a domain "NEWS.com.au — Australia's leading news site" its motto), and a logo in the
    <h1> or an og:title that is the site's name are one too. A headline after a short label
    ("Opinion | Storm closes the coast road") is longer than the label, so is kept."""
    parts = [p.strip() for p in _SEPARATOR.split(title)]
    key = _key(part)
    return (len(parts) > 1 and bool(key) and any(_key(p) == key for p in parts[1:])
            and len(parts[0].split()) > len(part.split()))


# A section set off by dashes between the headline and the site's name ("Storm closes the coast road
# - News - Harbour Post") is a word or two, capitalized; a headline's own second half after a dash
# ("… - and traders are furious") opens lower-case or runs longer. The headline left must be longer
# than a section, so that a short headline with a dash of its own ("Biden - Trump debate") is not cut.
DASH_SECTION_MAX_WORDS = 2


def _dash_section(before: list[str], sep: str, part: str) -> bool:
    """Whether ``part``, after a dash and before the site's name, is a section's name (DASH_SECTION_MAX_WORDS)."""
    words = part.split()
    return (sep.strip() in {"-", "–", "—"} and 0 < len(words) <= DASH_SECTION_MAX_WORDS
            and all(w[:1].isupper() for w in words) and sum(len(p.split()) for p in before) > SECTION_MAX_WORDS)


def _is_section(part: str, headline: str) -> bool:
    """A section's name before the headline: a few words, and the headline after it longer than that."""
    words = len(part.split())
    return words <= SECTION_MAX_WORDS and len(headline.split()) > SECTION_MAX_WORDS and not part.rstrip().endswith(":")


# A part of a title that numbers the page of a story split over several ("… - Page 2", "| Page 3 of 5").
_PAGE_NUMBER = re.compile(r"^(?:page|p\.)\s*\d+(?:\s*(?:of|/)\s*\d+)?$", re.I)


def _strip_dates(parts: list[str], seps: list[str]) -> str:
    """The parts joined, without the dates and page numbers at their end."""
    while len(parts) > 1 and (_DATE.match(parts[-1].strip()) or _PAGE_NUMBER.match(parts[-1].strip())):
        parts, seps = parts[:-1], seps[:-1]
    out = parts[0]
    for sep, part in zip(seps, parts[1:]):
        out += sep + part
    return out.strip()


def is_date(text: str) -> bool:
    """Whether a title part is only a date ("19.01.2020", "May 6, 2022")."""
    return bool(_DATE.match(text.strip()))


def trim_to_headline(title: str, headlines: Iterable[str], site_names: Iterable[str] = ()) -> str:
    """The title cut to the page's own headline when it is that headline plus a decoration.

    ``headlines`` are what the markup calls the headline (JSON-LD ``headline``, ``<h1>``). When the
    site's name is not known ("Il governo cade - Il Piccolo Quotidiano" on a saved page with no
    metadata), the markup's headline shows where the decoration starts; so it does for one before
    the headline (a section, "Opinion | …", or the site's name and motto). The part cut must be no
    longer than the headline: a logo in an <h1> ("Harbour News") before a longer real headline
    ("Harbour News - Flood defences to be rebuilt") is not the headline. It may be longer when it
    names the site (``site_names``): "Gift ideas — Holiday Gift Guide from Harbour Gazette" is
    decoration however long.
    """
    keys = site_keys(site_names)
    for headline in headlines:
        headline = re.sub(r"\s+", " ", headline).strip()
        if not headline or headline == title:
            continue
        if title.startswith(headline):
            rest = title[len(headline) :]
            separator = _SEPARATOR.match(rest) or _WIDE_SEPARATOR.match(rest)
            if separator and (len(rest[separator.end() :].split()) <= len(headline.split()) or _names_site(rest, keys)):
                return headline
        elif title.endswith(headline):
            before = title[: -len(headline)]
            separator = _SEPARATOR_BEFORE.search(before)
            if separator and len(before.split()) <= len(headline.split()):
                return headline  # "Opinion | Storm hits coast", "Daily Post | Our town's news: Storm hits coast"
        elif _decorated_both_sides(title, headline, keys):
            return headline  # "Opinion | Storm hits coast. Who pays? - Daily Post": a section before, the site after
    return title


def _decorated_both_sides(title: str, headline: str, keys: list[str]) -> bool:
    """Whether ``title`` is ``headline`` with a decoration set off by a separator on each side, each
    no longer than the headline (the one after may be longer when it names the site), as for one side."""
    at = title.find(headline)
    if at <= 0:
        return False
    before, after = title[:at], title[at + len(headline) :]
    separator = _SEPARATOR.match(after) or _WIDE_SEPARATOR.match(after)
    words = len(headline.split())
    return (bool(_SEPARATOR_BEFORE.search(before)) and separator is not None and len(before.split()) <= words
            and (len(after[separator.end() :].split()) <= words or _names_site(after, keys)))


def _names_site(part: str, keys: list[str]) -> bool:
    """Whether a decoration holds the site's name anywhere in it ("Holiday Gift Guide from Harbour Gazette")."""
    key = _key(part)
    return any(len(site) >= MIN_SITE_KEY_CHARS and site in key for site in keys)


# A site key this short ("bt", "gq") is found inside too many words to be looked for inside a part.
MIN_SITE_KEY_CHARS = 4
# A title whose characters were lost to a wrong encoding on the site's side: "Don???t" (each byte
# of a curly quote written as "?"), or U+FFFD where a byte could not be decoded.
_DAMAGED = re.compile(r"\w\?{2,}\w|\ufffd")
_LOST_APOSTROPHE = re.compile(r"(?<=[A-Za-z])\?{3}(?=[a-z])")
"""A three-byte character (’) each of whose bytes became "?" when the page was saved: "Don???t"."""


def repair_title(title: str, headlines: Iterable[str] = ()) -> str:
    """A title damaged by a wrong encoding, mended: the markup's headline in its place when it is
    that title whole ("Brides Who Don???t Want …" -> "6 Brides Who Don’t Want …" from the <h1>),
    else its lost apostrophes put back ("Don???t" -> "Don’t"). The one place titles are mended:
    clean_title reads every title through it, with no headlines."""
    if not _DAMAGED.search(title):
        return title
    parts = re.split(r"\?{2,}|\ufffd", title)
    pattern = re.compile(r".{1,4}".join(re.escape(part) for part in parts))
    for headline in headlines:
        headline = re.sub(r"\s+", " ", headline).strip()
        if not _DAMAGED.search(headline) and pattern.search(headline):
            return headline
    return _LOST_APOSTROPHE.sub("’", title)


# A full-width separator, spaced or not, as Chinese and Japanese titles put one before the site's name
# ("…が受賞：朝日新聞デジタル", "…｜サイト"): read only after the headline the markup names.
_WIDE_SEPARATOR = re.compile(r"\s*[：｜|]\s*")
# A separator ending what stands before the headline: a spaced one, or a colon ("… platform: Headline").
_SEPARATOR_BEFORE = re.compile(r"(?:\s+(?:\||-|–|—|::|·|•|»|«|/)|:)\s+$")


def has_separator(title: str) -> bool:
    """Whether a title still has a template's spaced separator in it ("Storm hits coast - Harbour Post"):
    one whose decorations were not all known to be the site's, so not only the headline."""
    return bool(_SEPARATOR.search(title))


_GENERIC_TITLES = frozenset({"home", "homepage", "home page", "index", "untitled", "untitled document", "article",
                             "story", "news", "post", "blog", "page", "default", "welcome", "menu"})
"""Whole titles that name no story: a CMS's placeholder or a template's page kind ("Home", "Untitled
document", "Article"), which a page left where its headline belongs."""
_STORY_KINDS = frozenset({"article", "story", "news article", "news story", "full story"})
"""A story page's kind, which a template titles it by after or before the site's domain name
("HarbourPost.com :: News Article"); a section's name there ("HarbourPost.com - News") may head a
section's front page, which has no headline either, but is left to the other signs of one."""


def is_generic(title: str) -> bool:
    """Whether a title is only a page kind or a placeholder ("Home", "Untitled document"), no headline,
    or a story page's kind beside the site's domain name ("HarbourPost.com :: News Article")."""
    parts = [" ".join(part.casefold().split()).strip(" .:|-") for part in _SEPARATOR.split(title)]
    kinds = [part for part in parts if not _DOMAIN.fullmatch(part)]
    return (len(parts) == 1 and parts[0] in _GENERIC_TITLES) or (len(parts) == 2 and len(kinds) == 1 and kinds[0] in _STORY_KINDS)


def has_empty_slot(title: str) -> bool:
    """A title ending in a separator ("National Rail Enquiries -"): the template's headline slot was empty."""
    return bool(_TRAILING.search(title)) or bool(_LEADING.match(title))


KEY_CACHE_SIZE = 4096
"""Names and site names whose keys are remembered: ``is_outlet`` asks again for each mention of an actor."""


@lru_cache(maxsize=KEY_CACHE_SIZE)
def _outlet_key(name: str) -> str:
    return _key(re.sub(r"^the\s+", "", name.strip(), flags=re.I))


@lru_cache(maxsize=KEY_CACHE_SIZE)
def _outlet_keys(site_name: str) -> tuple[str, ...]:
    """The keys ``is_outlet`` matches a site name against: ``site_keys``' and each without "the"."""
    return tuple(k for key in site_keys([site_name]) for k in (key, key[3:] if key.startswith("the") else key))


def site_names(names: Iterable[str]) -> tuple[str, ...]:
    """The names a publishing site goes by, as ``Article.site`` keeps them: each given name (the site's
    name from its metadata or a feed, its host name), once, blanks dropped."""
    return tuple(dict.fromkeys(name.strip() for name in names if name and name.strip()))


def is_outlet(name: str, site: Iterable[str]) -> bool:
    """Whether ``name`` (an actor's) is the outlet that published the page, whose ``Article.site`` is ``site``.

    Stricter than ``is_site`` (which reads title parts): the name must be the site's name ("Kaieteur
    News", "The Guardian" for theguardian.com, "Axios" for axios.com) or, of two words or more, the
    start of it ("Kaieteur News" for kaieteurnewsonline.com). A place the site is named after
    ("Guyana" for a site "Guyana Chronicle") is not the outlet.
    """
    key = _outlet_key(name)
    if not key:
        return False
    for site_name in site:
        keys = _outlet_keys(site_name)
        if key in keys:
            return True
        if len(name.split()) >= 2 and any(k.startswith(key) for k in keys):
            return True
    return False

