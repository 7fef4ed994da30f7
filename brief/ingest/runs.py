"""Furniture told by its place among the page's paragraphs, not by its own words alone.

``brief.ingest.furniture`` judges one paragraph at a time. Some furniture reads like prose on its
own and is known by what stands around it, on any site:

- the items of a list a furniture line introduces ("Join now or renew to get:" then "— Local news
  from our communities", "— Membership perks");
- the site's own voice between two pieces of furniture ("We've been at this for 20 years and
  pride ourselves on representing you", inside a subscription pitch): "we" and "you", unquoted;
- advice and help lines after the story ("If you think you have the virus, don't go to the GP …
  Only call NHS 111 …", "In the US, call the National Suicide Prevention Lifeline …"), and the
  author's note there ("Jane Doe is a health reporter for the Gazette.");
- a spec or fact box: a run of short question-and-answer lines ("What is it? The story of …",
  "Multiplayer? No") among unpunctuated ones ("Developer Paintbucket Games", "Expect to pay $15");
- text ads, bulleted items followed by their advertisers' addresses (``brief.ingest.text_ads``);
- a promotions box closing the page, its teasers' headlines (furniture by their shape) mixed with
  teasers written as questions or quotations ("How much truth is there in the latest theories?",
  "\"The NHS is 60 this year.\""): read back from the page's end while the lines are short.

Each rule needs its neighbours to be furniture already (or the story to be over), so a story's
own paragraph that happens to say "we" and "you", give a phone number or ask a question stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.ingest.furniture import is_quoted
from brief.ingest.text_ads import text_ads
from brief.text.words import count_words

# A bullet before a list item, or a bullet left alone on its line by the extraction.
_BULLET = re.compile(r"^\s*[•·▪●◦*—–-]\s*")
# The site speaking: first person plural and the reader, in one short paragraph.
_WE = re.compile(r"\b(?:we|we['’](?:ve|re|ll|d)|our|ours|ourselves|us)\b", re.I)
_YOU = re.compile(r"\b(?:you|your|yours|you['’](?:ve|re|ll|d))\b", re.I)
SITE_VOICE_MAX_SENTENCES = 2
# Advice to the reader after the story: addressed to "you" or to readers in a country, and about
# where to get help. "If you or someone you know …" is such a line on its own.
_SOMEONE_YOU_KNOW = re.compile(r"\bif\ you\ or\ someone\ you\ know\b", re.I | re.X)
_TO_THE_READER = re.compile(
    r"\bif\ you(?:['’]re|\ are|\ think|\ have|\ need|\ feel|\ know|\ or)\b"
    r"|(?:^|[.!?]\s+)in\ (?:the\ (?:us|u\.s\.|uk|u\.k\.|united\ states|united\ kingdom)|australia|canada|ireland|new\ zealand|india)\s*,",
    re.I | re.X,
)
_HELP = re.compile(
    r"help\ ?lines?|hotlines?|lifeline|crisis\ (?:text\ )?line|samaritans|\bnhs\b|\b(?:111|988)\b|guidance|get\ advice|support\ services",
    re.I | re.X,
)
# The author's note after the story ("Jane Doe is a health reporter for the Gazette.", "Ana Ruiz
# covers the statehouse."): a name, then what the writer does, in a sentence or two.
_BIO = re.compile(
    r"^[A-Z][\w.'’-]+(?:\ [A-Z][\w.'’-]+){0,3}\ (?:(?:is|was)\ (?:a|an|the|our)\ (?:[\w-]+\ ){0,4}"
    r"(?:reporter|writer|correspondent|editor|journalist|contributor|columnist|intern|producer|fellow)s?\b"
    r"|covers\ |writes\ (?:about|for)\ |reports\ on\ )",
    re.X,
)
BIO_MAX_SENTENCES = 2
# A spec box's line that reads like prose: a question of a few words, then its answer ("What is it?
# The story of …", "Multiplayer? No"). A label with a colon is a byline or a speaker as often
# ("By Ana Ruiz: The council voted …", "Q: Where did you grow up?"); in a box, its unpunctuated
# lines ("Price $1,299", "Developer Paintbucket Games") are furniture by their own shape already.
_LABEL_ANSWER = re.compile(r"^[A-Z][\w'’&/-]*(?:\ [\w'’&/-]+){0,3}\?\s+\S", re.X)
SPEC_LINE_WORDS = 20
"""A spec line is one short line (the longest on the dev pages, "What is it? The story of …", had 17 words)."""
SPEC_MIN_VALUES = 3
"""A box has a few unpunctuated label-and-value lines (the dev pages' had 5); two are as likely a
gallery widget's ("Photos", "Show all 50") or a heading and a kicker."""
SPEC_FURNITURE_SHARE = 0.5
"""At least this share of the run's lines are furniture already (unpunctuated labels and values)."""
PROMO_LINE_WORDS = 25
"""A promotion's teaser is one short line; a story's closing paragraph is longer as a rule."""
PROMO_MIN_FURNITURE = 4
"""A promotions box shows a few headlines at the least; a story's last subheads are one or two."""
PROMO_FURNITURE_SHARE = 0.6
"""Most of the box's lines are furniture by their own shape already (unpunctuated headlines)."""


def placed_furniture(paragraphs: Sequence[str], furniture: Sequence[bool]) -> set[int]:
    """Indices of paragraphs that are furniture by their place (see the module's list).

    ``furniture[i]`` is whether paragraph ``i`` is furniture by its own words.
    """
    found = _list_items(paragraphs, furniture) | text_ads(paragraphs)
    marked = [f or i in found for i, f in enumerate(furniture)]
    found |= _site_voice(paragraphs, marked)
    found |= _spec_box(paragraphs, marked)
    marked = [f or i in found for i, f in enumerate(furniture)]
    found |= _help_footer(paragraphs, marked)
    found |= _promo_tail(paragraphs, [f or i in found for i, f in enumerate(furniture)])
    return found


def _list_items(paragraphs: Sequence[str], furniture: Sequence[bool]) -> set[int]:
    """The bulleted items after a furniture line that ends in a colon ("Join now to get:")."""
    found: set[int] = set()
    for i, paragraph in enumerate(paragraphs):
        if not (furniture[i] and paragraph.rstrip().endswith(":")):
            continue
        bullet_before = False
        for j in range(i + 1, len(paragraphs)):
            item = paragraphs[j]
            bullet = _BULLET.match(item)
            if not bullet and not bullet_before:
                break
            found.add(j)
            bullet_before = bullet is not None and bullet.end() == len(item)  # a bullet alone: its item follows
    return found


def _site_voice(paragraphs: Sequence[str], furniture: Sequence[bool]) -> set[int]:
    """A short unquoted paragraph saying "we" and "you", between two pieces of furniture."""
    from brief.ingest.furniture import sentence_count

    found: set[int] = set()
    for i in range(1, len(paragraphs) - 1):
        paragraph = paragraphs[i]
        if furniture[i] or not (furniture[i - 1] and furniture[i + 1]):
            continue
        if _WE.search(paragraph) and _YOU.search(paragraph) and not is_quoted(paragraph) \
                and sentence_count(paragraph) <= SITE_VOICE_MAX_SENTENCES:
            found.add(i)
    return found


def _help_footer(paragraphs: Sequence[str], furniture: Sequence[bool]) -> set[int]:
    """Advice and help lines, and the author's note, closing the story: read back from its last
    paragraph while they are such."""
    from brief.ingest.furniture import sentence_count

    found: set[int] = set()
    for i in range(len(paragraphs) - 1, -1, -1):
        if furniture[i]:
            continue
        paragraph = paragraphs[i]
        advice = _SOMEONE_YOU_KNOW.search(paragraph) or (_TO_THE_READER.search(paragraph) and _HELP.search(paragraph))
        bio = _BIO.match(paragraph) and sentence_count(paragraph) <= BIO_MAX_SENTENCES
        if not (advice or bio) or is_quoted(paragraph):
            break
        found.add(i)
    return found


def _spec_box(paragraphs: Sequence[str], furniture: Sequence[bool]) -> set[int]:
    """Label-and-answer lines in a run of short lines most of which are furniture already."""
    found: set[int] = set()
    run: list[int] = []
    for i in [*range(len(paragraphs)), len(paragraphs)]:
        line = paragraphs[i] if i < len(paragraphs) else ""
        short = 0 < len(line.split()) <= SPEC_LINE_WORDS
        if short and (furniture[i] or (_LABEL_ANSWER.match(line) and not is_quoted(line))):  # "X said: “…”" is story
            run.append(i)
            continue
        boxed = sum(1 for j in run if furniture[j])
        if boxed >= SPEC_MIN_VALUES and boxed >= SPEC_FURNITURE_SHARE * len(run):
            found.update(j for j in run if not furniture[j])
        run = []
    return found


def _promo_tail(paragraphs: Sequence[str], furniture: Sequence[bool]) -> set[int]:
    """The teasers of a promotions box closing the page: the short lines of the run of them back from the
    page's end, when most of the run is furniture already, it opens on furniture and a story's paragraph stands
    above it."""
    start = len(paragraphs)
    while start > 0 and 0 < count_words(paragraphs[start - 1]) <= PROMO_LINE_WORDS:
        start -= 1
    while start < len(paragraphs) and not furniture[start]:
        start += 1  # the story's own last short paragraphs stay: the box opens on a headline
    run = range(start, len(paragraphs))
    boxed = sum(1 for i in run if furniture[i])
    if boxed < PROMO_MIN_FURNITURE or boxed < PROMO_FURNITURE_SHARE * len(run):
        return set()
    if not any(not furniture[i] and count_words(paragraphs[i]) > PROMO_LINE_WORDS for i in range(start)):
        return set()  # no story's paragraph above it: a page of short lines (a reaction page's quotes) is the story
    return {i for i in run if not furniture[i] and _teaser_shaped(paragraphs[i])}


def _teaser_shaped(line: str) -> bool:
    """A promotion's way of writing: a question to the reader, a quotation alone, the site's "we" or "you" (a
    list of a slideshow's captions or a page of short notes among headings is none of these)."""
    return "?" in line or is_quoted(line) or bool(_WE.search(line) or _YOU.search(line))
