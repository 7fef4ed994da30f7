"""Page furniture at a paragraph's opening: a byline or broadcast label before the first sentence
("By Jane Doe: …", "Anchor: …"), or a dateline naming the site or a wire service ("Kaieteur News – …",
"KVELLER via JTA — …"), cut from the paragraph's story (``brief.ingest.furniture.story_spans``).

Moved out of brief.ingest.furniture, which holds the whole paragraphs and sentences that are furniture;
the rules are unchanged.
"""

from __future__ import annotations

import re

from brief.ingest.titles import is_site

MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
"""A month's name or its short form, in a dateline's or a time stamp's date."""

# Openings that are not the story's first words.
_LEAD_BYLINE = re.compile(r"^By\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*[:|]\s+(?=\S)")
# "By THE ASSOCIATED PRESS January 7, 2008 NEW YORK — …": a byline and the story's date run into its
# first line with no mark between them (a template's name and date spans in the paragraph's element);
# the dateline after them is cut from the first sentence (brief.text.sentences.lead_trim).
_LEAD_BYLINE_DATED = re.compile(
    rf"^By\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{0,4}}\s+"
    rf"(?:(?i:{MONTH})\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+(?i:{MONTH})\s+\d{{4}})\s+(?=[A-Z])"
)
LEAD_LABEL = re.compile(
    r"^(?:anchor|reporter|report|correspondent|host|presenter|narrator|caption|voice-?over)\s*:\s+(?=\S)", re.I
)
LEAD_BULLET = re.compile(r"^[•·▪●◦*]\s*(?=\S)|^[-–—]\s+(?=\S)")
# "KOBE –", "AUSTIN (KXAN) —", "(WSVN) -", "WEST PALM BEACH, Fla. —": a dateline in capitals, or an
# outlet's call sign in brackets, before a dash (the first paragraph's is also cut by lead_trim; a
# live blog or a page of briefs has one per paragraph).
_LEAD_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’]{2,}(?:-[A-Z.'’]+)*(?:[ ,/]+[A-Z][A-Za-z.'’]*(?:-[A-Za-z.'’]+)*){0,4}\s*(?:\([A-Z][\w.&' -]{0,30}\))?|\([A-Z][\w.&' -]{0,30}\))"
    r"(?:\s*[―—–-]{1,2}\s+|--|[—―])(?=[A-Z0-9“\"‘'])"
)
# "SURABAYA, Indonesia/JAKARTA (Reuters) -" names two places; "NEW YORK--Verizon …", "CHICAGO—Admitting
# …" run the dash into the first word. A date or a clock time before the dash is the same furniture:
# "Feb. 23, 2015 -- Life-threatening …", "12:00 PM PT -- Deputies …", and a live blog's "17.00 We …".
_LEAD_DATE_DASH = re.compile(
    rf"^(?:{MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}[:.]\d{{2}}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{{1,3}}T)?)"
    r"(?:\s*[―—–-]{1,2}\s+|(?<=\d)\s+(?=[A-Z][a-z]+\s))(?=[A-Z0-9“\"‘'])",
    re.I,
)
# "(CNN)“A long, long time ago…”", "LONDON (Reuters) “We …": an outlet's tag in brackets (after its
# dateline) run straight into a quotation, with no dash. Before a word, lead_trim already cuts it
# from the first sentence; before a quotation mark it stayed, in the sentence and in a title made
# from it. Two characters at least in the brackets: "(A) “…”" is a list's item.
_LEAD_TAG_QUOTE = re.compile(
    r"^(?:[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,5}\s*)?\([A-Z][\w.&' -]{1,30}\)\s*(?=[“\"‘'«„])"
)
# "Axios' Kaveh Waddell reports: …": a reporter's label before the story.
_LEAD_REPORTS = re.compile(r"^(?:[A-Z][\w'’.-]*\s+){1,4}reports:\s+(?=\S)")
_LEAD_VIA = re.compile(r"^[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}\s+via\s+[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}\s*[―—–-]{1,2}\s+(?=\S)")
# "Winner of CES Innovations 2008 Design and Engineering Award LAS VEGAS--(Business Wire)--Today …": a
# release's subheading run into its wire dateline (a plain-text release's centred line, joined with the
# paragraph under it). The dateline in capitals with the wire's tag between dashes ("--(Business Wire)--",
# "/PRNewswire/ --") is never inside a sentence; the words before it, with no sentence's end, are the
# subheading. The dateline itself is cut from the first sentence by brief.text.sentences.lead_trim.
_LEAD_HEADING_WIRE = re.compile(
    r"^[A-Z0-9][^.!?\n]{3,150}?\s+(?=[A-Z][A-Z.'’]{2,}(?:[ ,/-]+[A-Z][A-Za-z.'’]*){0,5}\s*"
    r"(?:--\s*\([A-Z][\w .&-]{1,30}\)\s*--|[,\s][^/\n]{0,30}/[A-Z][\w-]{2,30}/\s*--))"
)
# "6A: Wichita North's Miguel Bernal took home first …": a school-sports class label (a number and one or two
# capitals, "Class 4A") opening a results roundup's paragraph, one per class.
_LEAD_CLASS_LABEL = re.compile(r"^(?:Class\s+)?\d{1,2}[A-Z]{1,2}\s*:\s+(?=[A-Z])")
_QUOTE_MARKS = "\"'“‘«„"
_LEAD_DASH = re.compile(r"^([^\s—–-][^—–]{0,60}?)\s*[―—–-]{1,2}\s+(?=\S)")


def lead_furniture(paragraph: str, site_keys: list[str], labels: frozenset[str] = frozenset()) -> int:
    """How many characters at the paragraph's start are a byline, label or site/wire dateline (0 if none).

    ``labels`` are the page's bold run-in labels (brief.ingest.markup): one opening a paragraph is
    cut unless a quotation follows it ("The letter warned: “…”" introduces words, it labels nothing).
    """
    for label in labels:
        if paragraph.startswith(label):
            rest = paragraph[len(label) :].lstrip()
            if rest and rest[0] not in _QUOTE_MARKS:
                return len(paragraph) - len(rest)
    for pattern in (LEAD_BULLET, _LEAD_BYLINE, _LEAD_BYLINE_DATED, LEAD_LABEL, _LEAD_VIA, _LEAD_DATELINE, _LEAD_DATE_DASH, _LEAD_TAG_QUOTE,
                    _LEAD_REPORTS, _LEAD_HEADING_WIRE, _LEAD_CLASS_LABEL):
        match = pattern.match(paragraph)
        if match:
            return match.end()
    if site_keys:
        match = _LEAD_DASH.match(paragraph)
        if match and is_site(match.group(1), site_keys, exact=True):
            return match.end()  # "Kaieteur News – Police investigators …": the site as its own dateline
    return 0
