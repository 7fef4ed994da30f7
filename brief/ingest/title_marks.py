"""A title's template around its headline that names no site by a name the page states elsewhere.

Older templates (the 2008 pages) put around the headline what needs no metadata to be read as the
template's: arrows framing it ("=> Storm hits coast <="); the site's domain name opening the title
with the breadcrumb of sections after it ("HarbourPost.com > News > World -- Storm hits coast",
"HarbourPost.com - Sport - Storm hits coast", "HarbourPost.com: Storm hits coast") or closing it with a motto run on after it ("Storm hits
coast - HarbourPost.com—Official Site of the Harbour"); the sections down to the site run together by hyphens
after it ("Storm hits coast- Travel-News By Region-The Harbour Post"); a page-kind label between the headline and
the station's name ("Storm hits coast - News Story - KHBR | Harbour City"). A headline does not
open with a domain name and a separator, nor name itself a "News Story".
A story a paper took from another in its group is credited after its headline in brackets ("Storm hits
coast (from The Harbour Post)"): a headline does not end by saying where it came from, nor glue a name in
brackets to its last word ("Storm hits coast(The Harbour Times)").
"""

from __future__ import annotations

import re

# arrows set around a headline, or before it: "=> … <=", ">> … <<", "-> … <-"
_ARROWS_AROUND = re.compile(r"^\s*(?:=>|->|>>)\s+(.+?)\s+(?:<=|<-|<<)\s*$")
_ARROWS_BEFORE = re.compile(r"^\s*(?:=>|->|>>)\s+(?=\S)")
_DOMAIN = r"(?:[A-Za-z0-9][\w-]*\.)+[a-z]{2,}"
# a breadcrumb's spaced mark: the separators of titles, a ">" and a spaced double hyphen
_CRUMB = r"\s+(?:\||-|–|—|--|::|·|•|»|>|/)\s+"
# the domain then a mark, or a colon ("HarbourPost.com: Storm hits coast")
_DOMAIN_LEAD = re.compile(rf"^\s*{_DOMAIN}(?:{_CRUMB}|:\s+)")
# a section in the breadcrumb after the site: one or two capitalized words, then a mark, or a dash
# run on to the section's last word ("HarbourPost.com - Local News- Storm hits coast")
_SECTION = re.compile(rf"^[A-Z][\w&'’.]*(?:\s+[A-Z&][\w&'’.]*)?(?:{_CRUMB}|-\s+)")
# the site's domain after the headline, alone or with a motto run on after a dash or colon
_DOMAIN_TAIL = re.compile(rf"\s+(?:\||-|–|—|::|·|•|»)\s+{_DOMAIN}(?:\s*[—–:|]\s*\S.*)?$")
# a page-kind label after the headline, then the site's name: "- News Story - …", "- NFL News Story - …"
_KIND_LABEL = re.compile(r"\s+(?:\||-|–|—)\s+(?:[A-Z][\w&]*\s+){0,3}(?:Story|Article)\s+(?:\||-|–|—)\s+\S.*$")
# the paper a syndicated story was taken from, credited in brackets after it: "Storm hits coast (from
# The Harbour Post)", "(from Harbour Telegraph and Argus)": capitalized words, with "and", "of", "the"
_FROM_CREDIT = re.compile(r"\s*\(\s*from\s+[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|and|of|the|&))*\s*\)\s*$")
# the breadcrumb of sections down to the site after the headline, its parts run together by hyphens and
# the first run on to the headline's last word: "Storm hits coast- Travel-News By Region-News-The Harbour Post"
_NAME = r"[A-Z][\w&'’.]*(?:\s+[A-Z&][\w&'’.]*){0,3}"
_CRUMB_TAIL = re.compile(rf"(?<=\w)-\s+{_NAME}(?:-{_NAME}){{2,}}\s*$")
# the site's name in brackets glued on to the headline's last word, with no space: "... Wins Title(The Harbour Times)"
_GLUED_SITE = re.compile(r"(?<=\w)\(\s*[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|the|&)){1,4}\s*\)\s*$")
MIN_HEADLINE_WORDS = 3
"""Words the headline left must have for a decoration to be cut: a shorter rest may be a headline's own half."""


def _enough(rest: str) -> bool:
    return len(rest.split()) >= MIN_HEADLINE_WORDS


def strip_template_marks(title: str) -> str:
    """The title without the arrows, the domain name and its breadcrumb, the page-kind label and
    the site after it, or the paper credited, that an old template set around the headline (see above)."""
    framed = _ARROWS_AROUND.match(title) or None
    if framed and _enough(framed.group(1)):
        title = framed.group(1)
    before = _ARROWS_BEFORE.match(title)
    if before and _enough(title[before.end() :]):
        title = title[before.end() :]
    lead = _DOMAIN_LEAD.match(title)
    if lead and _enough(title[lead.end() :]):
        title = title[lead.end() :]
        section = _SECTION.match(title)
        while section and _enough(title[section.end() :]):
            title = title[section.end() :]
            section = _SECTION.match(title)
    for tail in (_DOMAIN_TAIL, _KIND_LABEL, _FROM_CREDIT, _CRUMB_TAIL, _GLUED_SITE):
        found = tail.search(title)
        if found and _enough(title[: found.start()]):
            title = title[: found.start()]
    return title.strip()


# the marks of a breadcrumb, which runs from the site to the page: never a headline's own punctuation
_CRUMB_MARKS = re.compile(r"\s+(?:::|»|>)\s+")
CRUMB_HEADLINE_MIN_WORDS = 4
"""The last part of a breadcrumb after the site's name is its headline when it has at least this many
words: sections run one to three ("Celeb News"), a headline more."""


def crumb_tail(title: str) -> str:
    """The headline at the end of a breadcrumb that followed the site's name ("Harbour Post: The Best
    of the Coast :: Local News :: Storm hits the coast road" after "Harbour Post:"): a site's motto and
    its sections come before the page they lead to. Called only on what followed the site's name."""
    parts = _CRUMB_MARKS.split(title)
    last = parts[-1].strip()
    return last if len(parts) > 1 and len(last.split()) >= CRUMB_HEADLINE_MIN_WORDS else title
