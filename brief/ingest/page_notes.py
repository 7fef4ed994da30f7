"""Paragraphs in which the page speaks about itself, not the story: notes brief.ingest.furniture's
patterns did not reach, met on news templates of kinds the read pages had few of.

- an update note saying what changed in the story ("Update, 11:20 am: Added the share price."),
  whatever its length, as an editor's note;
- a press release's safe-harbour paragraph ("This press release contains forward-looking statements
  within the meaning of ..."), a legal form any company's release repeats;
- a wire's line on its standards ("Our Standards: The ... Trust Principles.") and its contacts for the story
  ("To contact the reporter on this story: ..."), and an interview's note on its editing ("This interview has
  been edited for length and clarity.");
- a live blog's greeting ("Good morning and welcome to our live coverage of ...");
- a shop link's disclosure said to the reader ("... may earn a commission when you buy through links");
- a subscription pitch in Spanish or German opening the paragraph ("Suscríbete a ...", "Jetzt abonnieren");
- a press release's own labels and contacts: "PRESS RELEASE", "FOR IMMEDIATE RELEASE", "Embargoed until ...",
  "ENDS", "###", "Notes to editors", "Media contact: ...", "For more information, contact the press office on ...";
- the site's notice about the reader's browser ("Thank you for visiting example.com. You are using a browser
  version with limited support for CSS. ... we are displaying the site without styles and JavaScript."), which
  a template keeps in the page for old browsers: a hidden banner the text extraction reads as the opening
  paragraph, so that it opened the summary and the briefing;
- the credit of those who helped write the story ("Jane Roe and John Doe contributed to this report.", "The
  Associated Press contributed reporting to this story."), a paragraph of its own at the story's end.
"""

from __future__ import annotations

import re

from brief.ingest.literals import literal_view, may_contain

# Whatever the paragraph's length: the note opens it, or the safe-harbour words stand in it.
_NOTE = re.compile(
    r"""^\W{0,3}(?:
        update[ds]?(?:\s*[,(]\s*|\s+(?:at|on)\s+)?(?:\d{1,2}:\d{2}|[^:\n]){0,30}?\)?\s*:\s+  # "Update, 11:20 am:", "UPDATE (June 4):"
        (?:adds?|added|updates?|updated|corrects?|corrected|changes?|changed|includes?|removes?|removed|
           this\ (?:story|article|post|piece|report)\b)
      | our\ standards\s*:
      | to\ contact\ the\ (?:reporters?|editors?|writers?|authors?)\b[^:\n]{0,40}:  # a wire's contacts for the story
      | (?:this|the)\ (?:interview|conversation|transcript|q\s*&\s*a|exchange|discussion)\b[^.!?]{0,40}?
        \b(?:edited|condensed)\b  # "This interview has been edited for length and clarity."
      | (?:answers|responses|remarks|quotes)\ (?:have\ been|were|are)\ (?:lightly\ )?(?:edited|condensed)\b
    )""",
    re.I | re.X,
)
"""An update note says what was changed ("Added the share price.", "This story has been updated ..."): one
bringing news ("UPDATE 2:30 p.m.: Police said ...", "Update: On December 28, I reached out ...") is the story's."""
_SAFE_HARBOUR = re.compile(r"\bforward-looking\ statements?\ within\ the\ meaning\ of\b", re.I | re.X)
_SAFE_HARBOUR_WORDS = ("forward-looking",)
"""The literal every ``_SAFE_HARBOUR`` match holds, lower-cased (so ``_ADDRESSED_WORDS``, ``_CONTRIBUTED_WORDS``)."""
# In a short paragraph only: the site greeting its reader, disclosing its shop links, selling itself.
_ADDRESSED = re.compile(
    r"""^(?:(?:good\ (?:morning|afternoon|evening)|hello|hi)\W+(?:and\ )?)?welcome\ to\ (?:our|the)\b[^.!?]{0,60}
          \b(?:live\ (?:coverage|blog|updates|reporting|page)|coverage|rolling\ coverage)\b
      | \bcommission\b[^.!?]{0,60}\b(?:(?:when|if)\ you\ (?:buy|purchase|shop|click|subscribe)|through\ (?:our\ )?links)\b
      | \b(?:buying|shopping|purchasing|purchases?(?:\ made)?)\ (?:through|via|from)\ (?:us|(?:the\ |our\ )?links?)\b
        [^.!?]{0,60}\b(?:commission|fee)\b  # "Buying through us may earn us a commission"
      | \b(?:earns?|gets?)\ us\ (?:a\ )?(?:small\ )?(?:commission|fee)\b  # "... earns us a small commission"
      | ^(?:suscr[ií]bete|hazte\ suscriptor|jetzt\ (?:\w+\ ){0,2}abonnieren|abonnieren\ sie)\b
    """,
    re.I | re.X,
)
_ADDRESSED_WORDS = ("welcome to", "commission", "fee", "suscr", "abonnieren")
# A release's labels, the whole paragraph: what it is and when it may run, where it ends, its notes' heading.
_RELEASE_LABEL = re.compile(
    r"""^\W{0,3}(?:
        (?:for\ immediate\ )?(?:press|news|media)\ release | for\ immediate\ release
      | embargoed\b[^.!?\n]{0,60} | -*\s*ends\s*-* | \#{3} | notes?\ (?:to|for)\ (?:editors?|news\ desks?)
    )\W{0,3}$""",
    re.I | re.X,
)
# Opening a short paragraph: whom the press calls for more ("Media contact: ...", "For more information, please
# contact the press office on ...").
_RELEASE_CONTACT = re.compile(
    r"^(?:(?:media|press)\ (?:contacts?|enquiries|inquiries)\s*:"
    r"|for\ (?:more|further)\ (?:information|details)\W+(?:please\ )?(?:contact|call|email|e-mail|ring)\b)",
    re.I | re.X,
)
# The browser notice opens its paragraph, after the site's greeting if any ("Thank you for visiting …").
_BROWSER_NOTICE = re.compile(
    r"""^(?:(?:thank\ you\ for\ visiting|thanks\ for\ visiting|welcome\ to)\b[^!?]{0,60}?[.!]\s+)?(?:
        you(?:\ are|['’]re)\ using\ (?:an?\ )?(?:(?:outdated|older|old|unsupported|out[\ -]of[\ -]date)\ (?:web\ )?browser
            |(?:web\ )?browser(?:\ version)?\ (?:with|that\ has)\ limited\ support)
      | your\ (?:web\ )?browser\ (?:is\ (?:outdated|out[\ -]of[\ -]date|not\ supported|no\ longer\ supported)\s*[.!]
            |(?:does\ not|doesn['’]t)\ support\ (?:javascript|cookies|this\ (?:site|page))\b)
      | (?:please\ )?(?:enable|turn\ on)\ javascript\b
    )""",
    re.I | re.X,
)
BROWSER_NOTICE_MAX_CHARS = 600
# The whole paragraph: names, then the credit ("... contributed to this report.").
_CONTRIBUTED = re.compile(
    r"""^[^.!?]{0,200}?\bcontributed\ (?:additional\ )?(?:reporting\ |research\ |to\ the\ reporting\ )?
        (?:to|for)\ (?:this|the)\ (?:report|story|article|guide|piece|post|review|list|update)\s*\.?\s*$""",
    re.I | re.X,
)
_CONTRIBUTED_WORDS = ("contributed",)
"""The longest browser notice, greeting and advice included, is a few sentences (nature.com's four, ~340
characters); a longer paragraph opening so is a story about browsers."""
NOTE_MAX_CHARS = 300
"""A greeting, a disclosure or a pitch is a line or two (as brief.ingest.furniture's BOILERPLATE_MAX_CHARS)."""


def is_page_note(paragraph: str) -> bool:
    """Whether the paragraph is the page's note about itself (see the module's list), never the story's."""
    low = literal_view(paragraph)  # the searches run only where their literals stand (brief.ingest.literals)
    if (_NOTE.match(paragraph) or may_contain(low, _SAFE_HARBOUR_WORDS) and _SAFE_HARBOUR.search(paragraph)
            or _RELEASE_LABEL.match(paragraph)):
        return True
    if len(paragraph) <= BROWSER_NOTICE_MAX_CHARS and _BROWSER_NOTICE.match(paragraph):
        return True
    return len(paragraph) <= NOTE_MAX_CHARS and bool(
        may_contain(low, _ADDRESSED_WORDS) and _ADDRESSED.search(paragraph) or _RELEASE_CONTACT.match(paragraph)
        or may_contain(low, _CONTRIBUTED_WORDS) and _CONTRIBUTED.match(paragraph))
