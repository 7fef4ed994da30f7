"""Page furniture: the parts of a page's text that are not the story.

Two kinds, both kept in the article's text (the reader shows them, dimmed) but out of its
sentences, so no summary, briefing or position ever quotes them:

- whole paragraphs (``is_boilerplate``): copyright lines, "Read more", related links, sharing and
  subscription prompts, bylines and time stamps alone, photo captions with their credit,
  comment-section rules, gallery widgets, menus, template code, the site's contact prompts and
  details ("send us your comments", "Contact: 624-…"), link text ("View our valuations here."),
  and teasers of other stories cut off mid-phrase ("… open to teams in the...");
- the opening of a paragraph (``lead_furniture``, in brief.ingest.lead_furniture): a byline or
  broadcast label before the first sentence ("By Jane Doe: …", "Anchor: …"), or a dateline naming
  the site or a wire service ("Kaieteur News – …", "KVELLER via JTA — …").

Every rule is the shape that furniture takes on news sites in general, never one site's markup.
"""

from __future__ import annotations

import re

from brief.ingest.blog_asides import is_blog_aside
from brief.ingest.code import is_code_or_markup, may_hold_code
from brief.ingest.framed_quotes import framed_quotation
from brief.ingest.lead_furniture import LEAD_BULLET, LEAD_LABEL, MONTH, lead_furniture
from brief.ingest.literals import literal_view, may_contain
from brief.ingest.page_notes import is_page_note
from brief.ingest.photo_credits import is_credited_caption
from brief.ingest.stamped_lists import is_stamped_headline, is_stamped_list
from brief.text.posts import POST_LINK
from brief.text.posts import POST_SIGNATURE as SIGNATURE_PIECE
from brief.text.words import count_words

# A paragraph this long is story, whatever it starts with (the longest furniture seen on the dev
# pages, a subscription pitch, was ~250 characters).
BOILERPLATE_MAX_CHARS = 300
# Related links and time stamps are one short line; a line this long that starts "Read:" is prose.
SHORT_LINE_WORDS = 16
# A byline ("By Jane Doe and John Roe, Staff Writers") is a few names and a title; longer, it is prose.
BYLINE_MAX_WORDS = 12
# A long paragraph is an unfilled template when code is at least this share of its characters.
TEMPLATE_SHARE = 0.2
# A promotion ("… unlimited access", "… to your inbox") is a paragraph of its own of a sentence or
# two; in a longer paragraph (a short article given as plain text is one) only its sentence goes.
PROMOTION_MAX_SENTENCES = 2

_BOILERPLATE = re.compile(
    r"""^(?:
        (?:copyright|©|\(c\)\s*\d{4}|all\ rights\ reserved)
      | (?:read|see|watch)\ (?:more|next|also|the\ full)\b
      | related(?:\ (?:articles?|stories|coverage|content|topics|links?))?\s*:?\s*$
      | more\ from\b | click\ here\b | sign[\ -]up\b | subscribe\b | follow\ (?:us|him|her|them)\b
      | share\ (?:this|on|via)\b | advertisement\s*$ | sponsored\b | (?:photo|image|video|graphic)\s*(?:credit)?\s*:
      | (?:getty\ images|ap\ photo|reuters/|afp/)
      | (?:published|updated|last\ updated|latest\ update|posted)\s*:?\s*(?:on\s*)?[\w,: .]*\d
      | (?:posted|published|updated)(?:\ on)?\s*:?\s*$
      | \(?(?:reporting|writing|editing|additional\ reporting)\ by\b
      | (?:https?://|www\.)\S+\s*$
      | [\w.+-]+@[\w-]+\.[\w.]+\s*$
      | (?:featured\ )?(?:photo|image|picture|photograph)s?\ (?:by|courtesy\ of|credit)\b
      | cr[ée]dits?\ photos?\b
      | (?:delete|report|post|hide|show)\ comments?\s*$ | we\ reserve\ the\ right\b
      | you\ may\ not\ agree\ with\ our\ views | show\ all\ \d+\s*$
      | \d+\s*/\s*\d+\s*$
      | (?:download|get)\ (?:the|our)\b.{0,60}\bapps?\b
      | for\ the\ latest\ (?:stories|news|updates)\b
      | to\ (?:view|read|continue\ reading)\ (?:the|this)\ (?:full|rest\ of\ the|entire|whole)\ (?:story|article)
      | (?:never|don'?t)\ miss\b | join\ now\b | log\ in\b | sign\ in\b
      | this\ (?:post|article|page)\ (?:contains|may\ contain)\ (?:references\ to\ products|affiliate)
      | submit\ (?:your|a)\ (?:letter|story|news|tip|photo|comment)
      | (?:apply|buy|shop|order)\ now\b(?![,\ ]+pay\b) | (?:see\ )?rates\ (?:&|and)\ fees\b | (?:offer\ )?terms\ (?:and\ conditions\ )?apply\b
      | annual\ fee\s*: | learn\ more\s*[.!]?\s*$ | learn\ more\ about\b | disclosure\s*:
      | like\ this\ (?:story|article|post|video)\s*\? | visit\ [^.!?]{0,60}\bhome\ ?page\b
      | share\ (?:it|this(?:\ story|\ article|\ post)?)\ with\ (?:a\ friend|your\ friends)\s*[.!]?\s*$
      | this\ (?:article|story|piece|post|content)\ (?:(?:was|is|has\ been)\ )?(?:originally\ |first\ )?
        (?:appeared|published|produced|republished|imported|updated|corrected)\b
      | republished\ (?:with\ permission|from|under)\b | (?:correction|clarification)s?\s*:
      | like\ us\ on\b | (?:got|have)\ a\ (?:news\ )?(?:story|tip)\b | get\ (?:the\ latest|breaking)\b
      | (?:watch|see)\ (?:the\ )?(?:video|clip)\ (?:above|below)\b | comments?\ (?:are|is)\ (?:closed|disabled)\b
      | loading(?:\ comments)?\s*(?:\.\.\.|…)?\s*$
      | (?:text|font)\ (?:size|scale)\s*:?[\sA+−-]*$
      | \(\s*(?:with\ )?[^()]{0,40}\binputs?\b[^()]{0,40}\)\s*\.?\s*$ | with\ (?:[\w-]+\ )?(?:agency\ )?inputs\s*\.?\s*$
      | with\ inputs\ from\ (?:(?:news\ )?agenc(?:y|ies)|wires?|[A-Z]{2,6}(?:\ (?:and|&)\ [A-Z]{2,6})?)\s*\.?\s*$
      | press\ (?:ctrl|alt|cmd|shift)\s*\+ | close(?:\ x|\ ×)?\s*$ | advt\.?\s*$ | skip\ to\ (?:the\ )?(?:main\ )?content\b | (?:email|print)\ this\ (?:page|article|story)\s*$
      | this\ content\ can\ (?:also\ )?be\ viewed\ on\b | a\ post\ shared\ by\b
      | view\ this\ (?:post|photo|video)\ on\ (?:instagram|facebook|twitter|x|tiktok|youtube)\b
      | (?:produced|created|presented)\ in\ partnership\ with\b | brought\ to\ you\ by\b | (?:paid|promoted)\ (?:post|content)\b
      | affiliate\ disclosure\b | prices?\ (?:were|are|was|is)\ accurate\ (?:at|as\ of)\b
      | .{0,280}(?:\.\.\.|…)\s*(?:more|read\ more|continue\ reading)\s*$
      | \((?:corrects|updates|adds|recasts|refiles|changes|fixes|removes)\b[^()]{0,250}\)\s*$
      | \[[^\[\]]{3,200}\]\s*$
    )""",
    re.I | re.X,
)
# Anywhere in a short paragraph: addressed to the reader about the site, not the story.
_PROMOTION = re.compile(
    r"\b(?:you(?:'re|’re)? already a subscriber|subscribe (?:now|today)|(?:sign up|subscribe) (?:for|to) (?:our|the free)\b"
    r"|our newsletter|advertising policy|our advertisers)|\bin pictures\s*$"
    # newsletters and memberships: "… newsletter, free to your inbox", "First-time subscribers also
    # receive a gift", "unlimited digital access", "Follow the Gazette on Facebook and Twitter"
    r"|\b(?:to|in|into) your inbox\b|\bnewsletters?\b[^.!?]{0,60}\binbox\b|\bsubscribers? (?:also )?(?:get|receive)s?\b"
    r"|\bunlimited (?:digital )?access\b|\bsupport (?:our|independent|local) journalism\b"
    r"|\bdonate (?:today|now)\b|\bplease consider (?:making a donation|donating|supporting)\b"
    r"|\bbecome a (?:member|supporter|subscriber|patron)\b"
    # a newsletter introducing itself ("FA Insights is a daily newsletter from …"), and the page asking
    # its reader to comment ("Add your own in the comments.", "Tell us in the comments below")
    r"|\bis an? (?:free )?(?:daily|weekly|monthly|morning|evening) newsletter\b"
    r"|\b(?:your?|us)\b[^.!?\"“”]{0,60}\b(?:in|to) the comments\b"
    r"|\bfollow(?:ing)?\b[^.!?\"“”,]{0,40}\bon (?:facebook|twitter|x|instagram|tiktok|linkedin|youtube|threads|bluesky|whatsapp)\b"
    # the site pointing to its other pieces or selling itself: "Be sure to read through our other guides, ...",
    # "Special offer for Gear readers: Get the magazine for just $5.", "Subscriptions help fund the work we do."
    r"|^(?:be sure to|make sure to|don['’]t forget to)\s+(?:read|check out|see|browse)\b[^.!?]{0,60}\bour\b|^special offers?\b|\bsubscriptions? helps? (?:fund|support|pay for)\b",
    re.I,
)
# The page speaking about the article itself, anywhere in a short paragraph: who helped report it,
# where it first ran, that it was corrected, that links to shops pay the site, that a script is
# needed ("The Associated Press contributed to this report", "An earlier version of this story …",
# "As an Amazon Associate we earn from qualifying purchases", "Please enable JavaScript …").
_ABOUT_THE_ARTICLE = re.compile(
    r"\bcontributed\ (?:to\ this\ (?:report|story|article)|(?:additional\ )?reporting)\b"
    r"|\ban\ earlier\ version\ of\ this\ (?:story|article|report|piece|post)\b"
    r"|\boriginally\ (?:appeared|published|ran)\ (?:on|in|at|by)\b"
    r"|\bwe\b[^.!?]{0,40}\b(?:earn|receive|get|make)\b[^.!?]{0,30}\bcommission|\bqualifying\ purchases\b"
    r"|\bmay\ (?:earn|receive|get)\b[^.!?]{0,30}\bcommission\b[^.!?]{0,60}\b(?:on\ this\ (?:page|site)|(?:our|these)\ links)\b"
    r"|\bthis\ (?:post|shop|article|review|story|video)\ (?:has\ been|was|is)\ (?:compensated|sponsored)\b"
    r"|\benable\ javascript\b|\bjavascript\ (?:is\ )?(?:disabled|required)\b",
    re.I | re.X,
)
# Link text closing a paragraph: "View our latest valuations here.", "Read part 1 here, and part 2 here.",
# "Take a look at our food section here."
_LINK_HERE = re.compile(
    r"(?:^|[.!?:]\s+)(?:click|tap|view|see|read|find|watch|listen\ to|download|check\ out|learn\ more|get\ more"
    r"|(?:take\ |have\ )?a\ (?:quick\ |closer\ )?look\ at|look\ at)\b"
    r"[^.!?\"“”]{0,60}\bhere\s*[.!]?\s*$",
    re.I | re.X,
)
# The site asking to be written to ("Feel free to send us your comments", "let us know, please contact
# us by phone", "We want to hear what you think about this article"). Story prose says "us" only
# inside quotation marks ("“Call us if you see him,” police said"), so a paragraph with a quotation
# mark in it is never taken for one.
_QUOTED = re.compile(r"[\"“”«»„]|(?:^|[\s(—–-])['‘]\w")
_CONTACT_US = re.compile(
    r"\b(?:contact|e-?mail|write\ to|send|call|message)\ us\b|\blet\ us\ know\b"
    r"|\bwe(?:['’]d|\ would)?\ (?:want|like|love)\ to\ hear\ (?:from\ you|what\ you\ think|your)\b",
    re.I | re.X,
)
# "Contact: 624-0000; 225-0000", "Tel: +44 20 0000 0000": a line of phone numbers; and the text
# Cloudflare puts in place of every e-mail address it hides ("[email protected]"), which is never prose.
_CONTACT_LINE = re.compile(r"^(?:contact|tel(?:ephone)?|phone|call|fax|whatsapp)(?:\ us)?\s*:\s*\+?\(?\d[\d\ ().;,/+–-]{5,}",
                           re.I | re.X)
_HIDDEN_EMAIL = "[email protected]"
# A teaser of another story cut off mid-phrase ("… open to teams in the...", "… the contract and the…"):
# no sentence ends on an article, a conjunction or a possessive, so the ellipsis there marks a cut.
# (A preposition can end one, trailing off: "the jewelry she was crazy about …".)
_CUT_MID_PHRASE = re.compile(r"\b(?:the|a|an|and|or|but|nor|its|their|our|your)\s*(?:\.{3}|…)\s*$", re.I)
# Latin words with Cyrillic or Greek look-alike letters inside ("Yоur соntеnt іѕ"): text written to
# slip past filters, which is an advertisement, never a story's prose. Two such words make a
# paragraph of it (one could be a typo in a name).
_MIXED_SCRIPT = re.compile(r"\b(?=\w*[A-Za-z])(?=\w*[\u0370-\u03ff\u0400-\u04ff])\w+")
MIXED_SCRIPT_WORDS = 2
_OTHER_SCRIPT = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
"""A Greek or Cyrillic letter, which every ``_MIXED_SCRIPT`` word holds: looked for first, as few paragraphs
hold one and the word pattern tries its look-aheads at every word."""
# The site speaking to its reader ("When you join The Haitian Times family, you'll get …"): a
# sentence naming the site and saying "you"; a site key this short ("dw", "ap") is too common a
# letter run to look for.
_ADDRESSED = re.compile(r"\b(?:you|your|you['’](?:ll|re|ve))\b", re.I)
# "Welcome to The Points Guy!": the site greeting its reader (a newsletter sign-up's thanks).
_WELCOME = re.compile(r"welcome\b", re.I)  # used with match(): at the start
SITE_KEY_MIN_CHARS = 5
# "Read: Two disasters are exponentially worse than one", "Related: Airline delays membership",
# "More on coronavirus:", "In case you missed this earlier": pointers to other pages.
_POINTER = re.compile(
    r"^[(\[]?(?:read|related|more|watch|listen|see\ also|also\ read|read\ also|recommended|trending|most\ read|top\ stories"
    r"|more\ on\ [\w ’'-]{1,30}|in\ case\ you\ missed\ (?:this|it)(?:\ earlier)?|à\ lire\ aussi|lesen\ sie\ auch)\s*(?::|»|$)",
    re.I | re.X,
)
# "Annie Lowrey: California is becoming unlivable": an author's name, a colon, a headline with no
# closing full stop. One line, as related links are.
_AUTHOR_LINK = re.compile(r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}: [A-Z][^.!?]*$")
# "Pandemic has exposed Britain's reality (The Guardian)": another outlet's headline with its name in
# brackets, one line with no full stop (a story's sentence that ends on a bracket has one after it).
_OUTLET_LINK = re.compile(r"^[A-Z‘'\"“][^.!?]*\s\((?:The\ )?[A-Z][\w&.'’-]*(?:\ [A-Z][\w&.'’-]*){0,3}\)\s*$", re.X)
# "Episode Description:", "Dare to Play 3:": a label in title case whose content was a widget or
# image the text extraction left out; a sentence that introduces a quotation is in lower case.
_LABEL_LINE = re.compile(r"^(?:[A-Z0-9][\w'’&-]*\s+){0,3}[A-Z0-9][\w'’&-]*\s*:\s*$")
_BYLINE = re.compile(  # "By X", and a desk's "Review by X"
    r"^(?:(?:reviews?|reviewed|words|story|text|interview|analysis|column|reporting)\s+)?by\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|,|de|van|von|al))*\s*(?:[,|/–—-]\s*[\w .'’-]{0,40})?$",
    re.I,
)
# A photo caption: a description ending with its credit in brackets ("(Picture by Jameel
# Springer)", "(FILE)", "(AP Photo/Jane Doe)", "(Photo: Reuters)").
_CAPTION_CREDIT = re.compile(
    r"\((?:file(?:\ photo)?|pictured|(?:(?:ap|afp|reuters|getty)\ )?(?:photos?|pictures?|images?|photograph)"
    r"(?:\ (?:by|courtesy\ of|credit)|\s*[:/])?[^)]{0,60})\)\s*$",
    re.I | re.X,
)
# A time stamp alone: a date in any of the web's orders, year first too ("2022.8.9(Tue) 8:15",
# "2022/08/09"), with a weekday and a clock time around it; or a clock time alone ("12:49 AM ET").
_DATE_ONLY = re.compile(
    rf"^(?:\w+,?\s+)?(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+\d{{4}}"
    rf"|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{4}}[./-]\d{{1,2}}[./-]\d{{1,2}})(?!\d)[\w ,:.()]{{0,30}}$"
    r"|^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{1,4})?\s*$",
    re.I,
)
# A menu: three or more short items between bars or bullets ("Home | World | Sport").
_MENU = re.compile(r"^[\w&'’.-]+(?: [\w&'’.-]+){0,2}(?:\s+[|·•/]\s+[\w&'’.-]+(?: [\w&'’.-]+){0,2}){2,}$")
TEMPLATE_CODE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\$\{[\w.]+\}", re.S)

# A story's paragraphs end like sentences; headings, kickers, standfirsts, related links and
# spec lines ("Reviewed on GeForce GTX 1650, 8 GB RAM") do not. A paragraph longer than this is
# prose even without its full stop (the longest unpunctuated furniture on the dev pages, a
# Daily Mail headline, had 30 words).
HEADING_MAX_WORDS = 40
# A table cell ending on a full stop is prose from this many words: a company's name in a price
# table ends on its "Inc." in two or three words; the shortest sentence a page lays out in a table's
# cell is longer (a layout table around the story, as older sites have).
PROSE_CELL_MIN_WORDS = 6
_SENTENCE_INSIDE = re.compile(r"[a-z0-9)][.!?][\"'”’]?\s+[A-Z“\"]")
# (with the full-width stops of Chinese and Japanese: "…にしました。", "…郑重道歉。”")
_SIGNED_TAIL = re.compile(r"(?:(?:[.!?…][\"'”’]?|[”\"])\s+[―—–-]\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4}|[”\"]\s+[―—–-]\s*[A-Z][\w'’.-]*)[\s.,]*"
                          rf"(?:{POST_LINK}\s*)*$")
# A quotation signed after a dash ("… by the rest of the world. - Nat Friedman", "“…!” – Jane Roe
# pic.twitter.com/…"): someone's words ending in their name, not a heading (brief.actors.signed); or
# a wire agency's one-word sign-off after a closing quotation ("… back in March.\" - Sapa"); one word after a
# sentence's stop alone is a site or a place ("Harbour reopens. - Dunmere").
_DESCRIBED_SIGNED_TAIL = re.compile(r"[.!?…][”\"]\s+[―—–]\s*[^\n“”\"]{0,60}?[A-Z][\w'’.-]*\s+[A-Z][\w'’.-]*[^\n“”\"]{0,60}$")
# A whole quoted sentence signed with a described name ("“… storms.” — harbour spokesperson Ivo
# Marten", "“…” — Raj Patel, analyst at Gartner"): someone's words, as above; a quoted title before a
# dash ("“Dune” — review") closes with no stop inside its marks.
POST_SIGNATURE = re.compile(rf"^{SIGNATURE_PIECE}")
# The line under an embedded post ("— Paul Roe (@paulroe) June 7, 2016"): the paragraph above it is
# the post, someone's words though it ends without a stop (brief.actors.tweets).

# A table's row as the text extraction writes it: "| " before its first cell, " |" after its last,
# " | " between cells, nothing in an empty one ("| Venue: | Town hall |", "| | The mill reopened. |").
_CELL_MARK = re.compile(r"\s*\|\s*")
# A cell's own end as a sentence's (a bracket or a colon closes a label or a date as well)
_SENTENCE_STOP = re.compile(r"[.!?…。！？][\"'”’」』]?$")
_ENDS_LIKE_PROSE = re.compile(r"[.!?…:;\"'”’»)\]。！？」』）]\W*$")



# "Editor's note: This story was first published …": the page speaking about the article, whatever its length.
_EDITORS_NOTE = re.compile(r"^\W{0,3}editor['’]?s['’]?\ note\s*:", re.I)


def is_boilerplate(paragraph: str) -> bool:
    """Whether a whole paragraph is furniture (see the module's list), never a story's paragraph."""
    if _EDITORS_NOTE.match(paragraph) or is_page_note(paragraph) or is_blog_aside(paragraph):
        return True  # also an update note, a release's safe harbour, a live blog's greeting (brief.ingest.page_notes),
        # a blog's aside in triple parentheses (brief.ingest.blog_asides)
    if TEMPLATE_CODE.search(paragraph) and _mostly_template(paragraph):
        return True  # a template never filled in; one stray line of it in a story is cut by story_spans
    if _OTHER_SCRIPT.search(paragraph) and len(_MIXED_SCRIPT.findall(paragraph)) >= MIXED_SCRIPT_WORDS:
        return True
    if is_stamped_list(paragraph) or is_stamped_headline(paragraph):
        return True  # a wire's ticker of headlines, each with its date and time (brief.ingest.stamped_lists)
    if len(paragraph) > BOILERPLATE_MAX_CHARS:
        return False
    if is_code_or_markup(paragraph):
        return True  # a line of a program's listing, or of a broken page's markup: longer ones go sentence by sentence
    paragraph = LEAD_BULLET.sub("", paragraph, count=1)  # "- Visit our homepage …": a list's item is read as itself
    # Most paragraphs are story: each search below runs only where its literal stands (exact, see literal_view)
    low = literal_view(paragraph)
    if (_BOILERPLATE.match(paragraph) or ")" in paragraph and _CAPTION_CREDIT.search(paragraph) or _MENU.match(paragraph)
            or is_credited_caption(paragraph)):
        return True
    if _may_promote(low) and _PROMOTION.search(paragraph) and sentence_count(paragraph) <= PROMOTION_MAX_SENTENCES:
        return True
    about = may_contain(low, _ABOUT_WORDS)
    if about and _ABOUT_THE_ARTICLE.match(paragraph):
        return True  # opened by the note ("This post was sponsored by … All opinions are mine. #ad")
    if about and _ABOUT_THE_ARTICLE.search(paragraph) and sentence_count(paragraph) <= PROMOTION_MAX_SENTENCES:
        return True
    if _ends_with_link(paragraph) and sentence_count(paragraph) <= PROMOTION_MAX_SENTENCES:
        return True
    if (_CONTACT_LINE.match(paragraph) or _HIDDEN_EMAIL in paragraph
            or ("..." in paragraph or "…" in paragraph) and _CUT_MID_PHRASE.search(paragraph)):
        return True
    if (may_contain(low, _CONTACT_US_WORDS) and _CONTACT_US.search(paragraph) and not _QUOTED.search(paragraph)
            and sentence_count(paragraph) <= PROMOTION_MAX_SENTENCES):
        return True
    words = len(paragraph.split())
    if words <= SHORT_LINE_WORDS and (
        _POINTER.match(paragraph) or _AUTHOR_LINK.match(paragraph) or _OUTLET_LINK.match(paragraph)
        or _DATE_ONLY.match(paragraph)
    ):
        return True
    if _BYLINE.match(paragraph) and words <= BYLINE_MAX_WORDS:
        return True
    if _LABEL_LINE.match(paragraph):
        return True
    return may_contain(low, _COPYRIGHT_WORDS) and _COPYRIGHT.search(paragraph) is not None


def is_quoted(paragraph: str) -> bool:
    """Whether a quotation mark stands in the paragraph: someone's words, which are never the site's."""
    return bool(_QUOTED.search(paragraph))


def _ends_with_link(paragraph: str) -> bool:
    """Whether the paragraph's last sentence is link text ("… here."); the cheap test of its end first."""
    return paragraph.rstrip(" .!").lower().endswith("here") and bool(_LINK_HERE.search(paragraph))


def sentence_count(paragraph: str) -> int:
    """How many sentences the paragraph has (the segmenter's count)."""
    from brief.text.segment import sentence_spans

    return len(sentence_spans(paragraph, 0, len(paragraph)))


def table_cells(line: str) -> list[str]:
    """The filled cells of a table's row as the text extraction writes it (``_CELL_MARK``); [] for other lines."""
    if len(line) < 4 or not line.startswith("| ") or not line.endswith(" |"):
        return []
    return [cell for cell in _CELL_MARK.split(line[2:-2]) if cell]


def is_prose_cell(cell: str) -> bool:
    """A table cell that reads as prose: a sentence inside, or a sentence's length ending on its stop."""
    return _SENTENCE_INSIDE.search(cell) is not None or (
        count_words(cell) >= PROSE_CELL_MIN_WORDS and _SENTENCE_STOP.search(cell) is not None
    )


def is_heading(paragraph: str) -> bool:
    """A short paragraph that does not end like a sentence, nor has one inside: a heading, kicker, link or label.

    A paragraph with a full sentence in it is prose whatever its tail ("… unlock system. Image
    credit: www.apple.com/in/"): only the credit is furniture, and it stays in its sentence. A
    table's row is data unless a cell holds prose (a page laid out in a table): its closing mark
    would otherwise read as a sentence's end after a cell's bracket ("| Date: | 6 March (doors
    12:45) |").
    """
    cells = table_cells(paragraph)
    if cells:
        return not any(map(is_prose_cell, cells))
    return (
        count_words(paragraph) <= HEADING_MAX_WORDS
        and not _ENDS_LIKE_PROSE.search(paragraph.rstrip(" *†"))
        and not _SENTENCE_INSIDE.search(paragraph)
        and not _SIGNED_TAIL.search(paragraph)
        and not _DESCRIBED_SIGNED_TAIL.search(paragraph)
        and not framed_quotation(paragraph)  # "“I want to stay in the top 10,” he said": words and speaker, no stop
    )


def _mostly_template(paragraph: str) -> bool:
    """A long paragraph is template code when the code is a good part of it, not one stray brace."""
    code = sum(len(m.group(0)) for m in TEMPLATE_CODE.finditer(paragraph))
    return code >= TEMPLATE_SHARE * len(paragraph)


# Words that furniture inside a paragraph carries; a paragraph without any is not split into
# sentences here (most are not, which keeps reading fast).
_INNER_HINT = re.compile(
    r"credit|photo|image|picture|copyright|©|getty|reuters/|afp/|subscribe|sign up|follow us|https?://|www\."
    r"|read more|(?:\.\.\.|…)\s*more|\{\{|\{%|\$\{|\b(?:anchor|reporter|correspondent|host|presenter|narrator)\s*:"
    r"|[(\[](?:related|more)\s*:|\b(?:edited|condensed)\b",  # "(RELATED: ...)": a pointer; "... has been edited": a note
    re.I,
)

_HINT_WORDS = ("credit", "photo", "image", "picture", "copyright", "©", "getty", "reuters/", "afp/", "subscribe",
               "sign up", "follow us", "://", "www.", "read more", "{{", "{%", "${", "related", "(more", "[more", "edited",
               "condensed")
_HINT_ROLES = ("anchor", "reporter", "correspondent", "host", "presenter", "narrator")
_PROMOTION_WORDS = ("subscri", "sign up", "newsletter", "advertis", "pictures", "inbox", "unlimited", "journalism",
                    "follow", "donate", "please consider", "become a", "the comments", "sure to", "forget to",
                    "special offer")
"""A literal every ``_PROMOTION`` alternative holds, lower-cased."""
_ABOUT_WORDS = ("contributed", "earlier version", "originally", "commission", "qualifying purchases", "compensated",
                "sponsored", "javascript")
"""A literal every ``_ABOUT_THE_ARTICLE`` alternative holds, lower-cased."""
_CONTACT_US_WORDS = (" us", "to hear")
"""A literal every ``_CONTACT_US`` alternative holds, lower-cased."""
_COPYRIGHT = re.compile(r"\bcopyright\b.{0,20}\d{4}|all rights reserved", re.I)
_COPYRIGHT_WORDS = ("copyright", "all rights reserved")
"""A literal every ``_COPYRIGHT`` alternative holds, lower-cased."""


def _may_hint(low: str | None) -> bool:
    """False only when ``_INNER_HINT`` cannot match the paragraph whose ``literal_view`` is ``low``."""
    if low is None:
        return True
    return (any(map(low.__contains__, _HINT_WORDS)) or ("more" in low and ("..." in low or "…" in low))
            or (":" in low and any(map(low.__contains__, _HINT_ROLES))))


def _may_promote(low: str | None) -> bool:
    """False only when ``_PROMOTION`` cannot match the paragraph whose ``literal_view`` is ``low``."""
    return low is None or any(map(low.__contains__, _PROMOTION_WORDS))


# The addresses an embedded post ends with ("… saying hummus. pic.twitter.com/Ab12", "… https://t.co/Xy9"):
# its picture and its short link, shown in the reader but no words of the post or of the story.
_POST_ADDRESSES = re.compile(r"(?:\s*(?:pic\.twitter\.com|https?://t\.co)/\w+)+\s*$")


def story_spans(
    paragraph: str, site_keys: list[str], labels: frozenset[str] = frozenset()
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The paragraph's story and furniture, as spans of it: a leading byline, dateline or run-in label, and
    sentences inside that are furniture ("… system. Image credit: …", "Reporter: …" in a
    transcript, a line of template code) are kept out; the story around them stays.
    """
    from brief.text.segment import sentence_spans

    lead = lead_furniture(paragraph, site_keys, labels)
    furniture = [(0, lead)] if lead else []
    addresses = _POST_ADDRESSES.search(paragraph, lead)
    end = addresses.start() if addresses and addresses.start() > lead else len(paragraph)
    tail = [(end, len(paragraph))] if end < len(paragraph) else []
    keys = [k for k in site_keys if len(k) >= SITE_KEY_MIN_CHARS]
    addressed = bool(keys) and bool(_ADDRESSED.search(paragraph, lead) or _WELCOME.match(paragraph, lead))
    low = literal_view(paragraph)
    hinted = _may_hint(low) and bool(_INNER_HINT.search(paragraph, lead)) or may_hold_code(paragraph)
    promoted = not hinted and (_may_promote(low) and bool(_PROMOTION.search(paragraph, lead)) or _ends_with_link(paragraph))
    if not addressed and not hinted and not promoted:
        return ([(lead, end)] if lead < end else []), furniture + tail
    stories: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    for start, stop in sentence_spans(paragraph, lead, end):
        sentence = paragraph[start:stop]
        label = LEAD_LABEL.match(sentence)
        if is_boilerplate(sentence) or TEMPLATE_CODE.search(sentence) or is_code_or_markup(sentence) or label or (addressed and _site_speaks(sentence, keys)):
            if current:
                stories.append(current)
                current = None
            if not label or label.end() >= len(sentence):
                furniture.append((start, stop))
                continue
            furniture.append((start, start + label.end()))  # "Reporter: The storm …": the label only
            start += label.end()
        current = (current[0], stop) if current else (start, stop)
    if current:
        stories.append(current)
    return stories, furniture + tail


_QUOTATION = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")
"""A quotation in a sentence, to its closing mark or the sentence's end (one that runs on)."""


def _site_speaks(sentence: str, keys: list[str]) -> bool:
    """The site addressing its reader about itself: the sentence names the site and says "you" (or
    welcomes). A "you" inside a quotation is the speaker's ("“... whenever you change anything ...”,
    Lord Baker told the Telegraph", "“You have to ask ...,” Jay Stanley tells Axios"): an interview
    given to the site, which is story."""
    own = _QUOTATION.sub(" ", sentence)
    if not _ADDRESSED.search(own) and not _WELCOME.match(sentence):
        return False
    letters = re.sub(r"[\W_]+", "", sentence).casefold()
    return any(key in letters for key in keys)
