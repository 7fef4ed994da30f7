"""The person named right after a source that ends in their title: "Grains Council chair Brett
Hosking was more measured, saying ...", where the attribution model's source stopped at "chair".

Why: a source cut before the name gives the statement to the body in the title ("Grains Council"),
and the person, named once, is not listed at all. A body's officer named by title and name is the
commonest way news introduces a speaker ("Unite general secretary Sharon Graham said"); when the
name stands between the cut source and its cue, it is the source's end.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.gazetteer import TITLES

OFFICER_WORDS = frozenset("executive boss founder officer head".split())
"""Last words of an officer's title that are no title alone ("chief executive", "Unite boss", "co-founder")."""
TITLE_ENDS = TITLES | OFFICER_WORDS
"""Last words of a title before a name: a title word or an officer's."""
_NAME_AFTER = re.compile(r"\s+((?!(?:The|A|An|This|That|His|Her|Its|Their)\s)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})(?=[\s,;])")
"""Two to four capitalised words right after the source: a person's name ("Brett Hosking", "Mary Lou McDonald")."""


_TITLE_AFTER_BODY = re.compile(r"((?:\s+[a-z][\w-]*){1,3})(?=\s+[A-Z])")
"""Lower-case title words right after a body named as an inverted cue's source ("said Unite | regional officer")."""
_NAME_CLOSING = re.compile(r"\s+((?!(?:The|A|An|This|That|His|Her|Its|Their)\s)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3})"
                           r"(?=\s*(?:[,;.!?]|$))")
"""A person's name that closes the frame ("Sharon Graham."), two to four capitalised words."""


def name_after_title(text: str, attribution: Attribution) -> Attribution:
    """The attribution with its source run on over the name that follows its title, when that name
    stands before the cue, or closes an inverted frame (``_officer_after_body``); any other
    attribution as it is."""
    source = attribution.source
    if source is not None and source[0] >= attribution.cue[1]:
        return _officer_after_body(text, attribution, source)
    if source is None or source[1] >= attribution.cue[0]:
        return attribution
    words = text[source[0] : source[1]].split()
    if len(words) < 2 or words[-1].lower() not in TITLE_ENDS:
        return attribution
    name = _NAME_AFTER.match(text, source[1])
    if name is None or name.end() > attribution.cue[0]:
        return attribution
    return dataclasses.replace(attribution, source=(source[0], name.end()))


_TITLE_LIST = re.compile(
    r"[,!?…]\s*[”\"]\s+((?:(?:[a-z][\w-]*|[A-Z]{2,5})(?:\s+(?:[a-z][\w-]*|[A-Z]{2,5})){0,2}(?:\s*,\s*and|\s*,|\s+and)\s+)+)$")
"""Titles listed between a quotation's closing mark and the title the model's source begins at
("“...,” chairman, | CEO and president Dana Whitlock said"): each item one to three words."""
TITLE_LIST_REACH = 80
"""Characters before a source read for a list of its titles (three or four titles)."""


def titles_listed_before(text: str, attribution: Attribution) -> Attribution:
    """ "“...,” chairman, CEO and president Dana Whitlock said": the model's source began after the
    first comma of the speaker's titles, and the content ran on over the title before it. The source
    then begins at the list, and the content ends at the quotation's closing mark; any other
    attribution as it is."""
    source, (start, end) = attribution.source, attribution.content
    if source is None or source[1] > attribution.cue[0] or not start < end <= source[0]:
        return attribution
    found = _TITLE_LIST.search(text, max(start, source[0] - TITLE_LIST_REACH), source[0])
    if found is None:
        return attribution
    close = found.start(1)
    while text[close - 1].isspace():
        close -= 1  # just past the closing mark
    items = re.split(r"\s*,\s*and\s+|\s*,\s*|\s+and\s+", found.group(1).strip(" ,"))
    if end <= close or not all(item.split()[-1].lower() in TITLE_ENDS for item in items if item):
        return attribution
    return dataclasses.replace(attribution, source=(found.start(1), source[1]), content=(start, close))


def _officer_after_body(text: str, attribution: Attribution, source: tuple[int, int]) -> Attribution:
    """ "“We will not stand by,” said Unite regional officer Sharon Graham.": the model's source after
    the cue stopped at the body ("Unite"); a title and a name that close the frame run it on to the
    officer, who speaks for the body."""
    title = _TITLE_AFTER_BODY.match(text, source[1])
    if title is None or title.group(1).split()[-1].lower() not in TITLE_ENDS:
        return attribution
    name = _NAME_CLOSING.match(text, title.end())
    if name is None:
        return attribution
    return dataclasses.replace(attribution, source=(source[0], name.end()))
