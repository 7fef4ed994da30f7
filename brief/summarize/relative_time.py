"""Leave out the weekday or "last week" that dates an event from its article's dateline.

A weekday, "today", "this week" or "last week" place an event relative to its article's dateline
("Hun Sen on Friday rejected ..."). A briefing pools articles written on different days, so out of
its article "on Friday" no longer says which Friday: it costs the reader words and tells nothing.
The briefing shows its sentences without such phrases, as ICSISumm's compression does (DUC 2004
dev, bench/rouge_duc2004.py --folds 5: R-1 +0.57, R-2 +0.55, both up on both halves; R-2 up on
every fold, R-1 on three and within 0.12 on the other two).

A weekday that schedules what is still to come ("talks could resume on Thursday") is news, and
stays; so does one that is not an adverb of time ("a Mail on Sunday poll").

Only words are left out, never added or changed (the one exception: a sentence that opened with
"On Friday," starts with its next word capitalised), so what the reader sees is still the article's
words in the article's order. Quotations are left whole, and so is a weekday that its sentence
needs: a deadline or a span ("by Friday", "until Monday", "from Monday to Friday") and the date of
a document or a release ("a statement released Friday, ...").
"""

from __future__ import annotations

import re

_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_NEAR = (
    r"(?i:(?:(?:earlier|late|early)\s+)?(?:today|tonight|yesterday(?:\s+(?:morning|afternoon|evening))?|"
    r"this\s+(?:morning|afternoon|evening|week)|last\s+(?:night|week)))"
)
"""Days and weeks counted from the dateline ("later this week" is still to come: it stays)."""
_CLUES = ("day", "week", "night", "morning", "afternoon", "evening")
"""Substrings of every phrase left out: a sentence with none of them is returned at once (a plain
substring test costs a tenth of a regular expression's search, and most sentences have none)."""

_OPENING = re.compile(rf"(?:(?:(?:On|Late|Early|Last)\s+)?{_DAY}{_PART}|{_NEAR}),\s+(?=\w)")
"""A sentence that opens on its weekday: "On Friday, the king ..." -> "The king ..."."""

_INNER = re.compile(rf"(?<=\w)\s+(?:(?:(?:on|late|early|last)\s+)?{_DAY}{_PART}|{_NEAR})(?![\w'’-])(?P<comma>,(?=\s))?")
"""A weekday after a word, with its "on", "late" or part of day: "met on Friday night" -> "met"."""

_ADVERB_FOLLOWED = re.compile(
    r"\s*(?:[.,;:!?)\"”’'—–]|$)"
    r"|\s+(?:that|to|in|at|on|for|with|after|before|during|as|by|from|when|while|and|but|or|amid|over|under|"
    r"into|against|about|ahead|near|outside|inside|if|whether|because|following|despite|a|an|the|his|her|its|"
    r"their|he|she|it|they|we|i)\b"
    r"|\s+[a-z]+(?:ed|ing|s)\b"
    r"|\s+(?:said|told|met|left|gave|took|won|lost|held|made|sent|went|came|found|began|became|brought|kept|"
    r"struck|spoke|wrote|sought|threw|rose|fell|led|put|set|cut|hit|ran|saw|shot|stood|fought|froze|broke|"
    r"chose|drew|flew|paid|sold|bought|thought|spent|built|laid|withdrew|beat|swore|got|let|quit|sat|upheld)\b"
)
"""What follows a weekday used as an adverb of time: punctuation, a preposition, a conjunction, an
article or pronoun, or a verb ("Hun Sen on Friday rejected", "said Tuesday that"). Before any
other word the weekday belongs to a name or a noun ("a Mail on Sunday poll") and stays."""

_LONE_OPENER = re.compile(r"[\"“‘']?[A-Za-z]+")
"""A single word opening the sentence before the phrase ("But last night, the ..."): the phrase's
comma goes with it, or "But, the ..." would be left."""

_NEEDED_AFTER = re.compile(
    r"\b(?:by|until|till|before|after|since|from|through|to|and|or|next|this|later|of|every|each|other|between|than|the|a|an)$",
    re.IGNORECASE,
)
"""Words after which the weekday is part of the sense (a deadline, a span, a name: "by Friday")."""

_PAIRED = re.compile(rf"(?:\s+(?:and/or|and|or|to|through|until)\s+|\s*[-–—/]\s*)(?:on\s+)?{_DAY}")
"""A weekday paired with another ("in court Tuesday and Wednesday", "storms Friday and/or Saturday",
"Friday/Saturday"): the second stays, needed after its "and" (``_NEEDED_AFTER``), so the first stays
with it, or "in court and Wednesday" is left."""

_PART_OF_A_NAME = re.compile(r"\s+(?:morning|afternoon|evening|night)['’-]")
"""What makes a weekday part of a longer name ("Tuesday night's debate"): it stays."""

_NAME_BEFORE = re.compile(r"\S\s+[A-Z][\w'’-]*$")
"""A capitalised word, not the sentence's first, right before a bare weekday: the day is the end of
a name ("Black Friday deals", "before Cyber Monday", "on Super Tuesday") and stays."""

_PREPOSITION_LEFT = re.compile(r"\b(?:on|late|early|last)$", re.IGNORECASE)
"""A preposition the weekday's phrase could not take with it (after a quotation mark: 'on "Trading
Nation" on Monday.'): without the weekday it would dangle ("on."), so the weekday stays."""

_PARTICIPLE = re.compile(r"(?:\w+ed|seen|held|set|made|broadcast|given|written|shown|due)$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*(?:[,;:)]|(?:and|or)\b)")
"""A participle ending its phrase on the weekday ("a statement released Friday, said ...") needs it:
without it "released," dangles; "complained Monday that" reads as well without."""


_FUTURE = re.compile(
    r"\b(?:will|would|could|can|may|might|shall|should|must|due|scheduled|expected|planned|plans?)"
    r"(?:\s+\S+){0,4}$",
    re.IGNORECASE,
)
"""A weekday that schedules what is still to come ("talks could resume on Thursday", "will vote
Friday") is the news itself, not a dateline's echo: it stays."""

_FUTURE_AHEAD = re.compile(
    r"(?:\S+\s+){0,5}?(?:will|would|could|can|may|might|shall|should|must|is\s+due|are\s+due|"
    r"(?:is|are)\s+(?:scheduled|expected|planned|set))\b",
    re.IGNORECASE,
)
"""The same after an opening weekday: "On Monday, the union will strike" keeps its "On Monday"."""


def _inside_quotation(text: str, at: int) -> bool:
    """Whether position ``at`` lies inside a quotation (curly or straight quotes)."""
    before = text[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def without_relative_time(text: str) -> str:
    """``text`` without the phrases that date its events from its dateline (see the module's docstring)."""
    if not any(clue in text for clue in _CLUES):
        return text
    head = ""
    opening = _OPENING.match(text)
    if opening is not None and _FUTURE_AHEAD.match(text, opening.end()):
        head, text = text[: opening.end()], text[opening.end():]  # kept whole, not searched again
    elif opening is not None:
        rest = text[opening.end():]
        text = rest[:1].upper() + rest[1:]

    def keep_or_drop(match: re.Match[str]) -> str:
        before = match.string[: match.start()]
        comma = match.group("comma") or ""
        after = match.string[match.end() - len(comma):]
        if _NEEDED_AFTER.search(before) or _FUTURE.search(before) or _inside_quotation(match.string, match.start()):
            return match.group(0)
        if _PREPOSITION_LEFT.search(before) or (match.group(0).lstrip()[:1].isupper() and _NAME_BEFORE.search(before)):
            return match.group(0)
        if _PART_OF_A_NAME.match(after) or _PAIRED.match(after) or not _ADVERB_FOLLOWED.match(after):
            return match.group(0)
        if _PARTICIPLE.search(before) and _CLAUSE_END.match(after):
            return match.group(0)
        return "" if _LONE_OPENER.fullmatch(before) else comma

    return head + _INNER.sub(keep_or_drop, text)
