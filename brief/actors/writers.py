"""The page's own writers named in its text: a byline ("Tribune Staff Reporter"), a credit ("Reporting
by Jane Roe and John Doe", "this piece by WSJ's Yuka Hayashi"), a writer's note ("X can be reached at",
"X is a contributing editor at Y") or a signature in brackets closing a paragraph. They wrote the story;
they are not its actors."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from brief.text.ending import search_ending

if TYPE_CHECKING:
    from brief.actors.mentions import Mention

# Words a byline is made of: "Tribune Staff Reporter" is who wrote the story, not who is in it.
_BYLINE_WORDS = frozenset("staff reporter reporters correspondent correspondents writer writers editor editors "
                          "contributor columnist desk newsroom".split())


# The page's own writer named in the text: "Our correspondent Jonathan Pearlman, in ...", "Jemele Hill
# can be reached at ...", "X is a contributing writer for ...": who reports, never who the story is about.
_WRITER_BEFORE = re.compile(r"\bour\s+(?:[a-z]+\s+)?(?:correspondent|reporter|writer|editor|columnist)s?,?\s+$", re.I)
_WRITER_AFTER = re.compile(r"^,?\s+(?:can|may)\s+be\s+(?:reached|contacted|emailed)\b|^\s+is\s+(?:a|an|the)\s+"
                           r"(?:[a-z]+\s+){0,2}?(?:writer|reporter|correspondent|columnist|contributor|blogger|editor)\s+"
                           r"(?:for|at|with)\b|^,\s+our\s+(?:[a-z]+\s+)?(?:correspondent|reporter|writer|editor|"
                           r"columnist)\b")
# "... should give thanks. [A.A. Dowd]": a name in square brackets closing a paragraph after its last
# sentence signs it (a review roundup, a blog's collected posts); an editor's insertion inside a quote
# ("[Smith] said") is followed by more of the sentence.
_SIGNATURE_BEFORE = re.compile(r"[.!?\"”’)]\s*\[$")
_SIGNATURE_AFTER = re.compile(r"^\]\s*(?:\n|$)")


# "Our Jane Roe writes:", "as our Jane Roe reported": the page's own staff, named with "our" and what
# they write.
_OUR_BEFORE = re.compile(r"\b[Oo]ur\s+$")
_WRITES_AFTER = re.compile(r"^\s+(?:writes|wrote|reports|reported|notes|noted|explains|explained|has reported|"
                           r"has written|reports?|adds|added)\b")


# A broadcaster's own correspondent, by its house style: "The BBC's Jane Roe in Veltria says ...": an outlet's
# short name in the possessive, the name, where it is filed from, and its report. An official is introduced by
# an office ("The UN's envoy in Gaza, X, said"), not by where they stand before a verb of reporting.
_OUTLET_BEFORE = re.compile(r"\b[Tt]he\s+[A-Z]{2,5}['’]s\s+$")
_FILED_AFTER = re.compile(r"^,?\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2},?\s+(?:says|reports|writes|adds|said|"
                          r"reported|wrote|added)\b")


# A credit: "this piece by WSJ's Yuka Hayashi", "Reporting by Jane Roe", "Photo by X": who wrote, filmed or
# edited a page, by the noun of their work and "by", with their outlet's possessive between. Not "a report
# by" or "a study by" (research that is news), nor "written by" (a letter's writer may be a party).
_CREDIT_BEFORE = re.compile(
    r"\b(?:piece|story|article|column|op-ed|reporting|photos?|photograph|photography|illustrations?|graphics?|"
    r"edited|editing)\s+by\s+(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?['’]s\s+)?$",
    re.I,
)


# The name a credit or a writer's noun goes to, and "and" or a comma after it: "Reporting by Jane Roe and ",
# "our reporters Jane Roe, ": what is before the name now is a list of the credit's names, which share it.
_CREDITED_BEFORE = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")
CREDITED_NAMES = 3
"""Names of one credit read back over ("Photos by A, B and C"): a credit names a few people, not a crowd."""


_WRITER_RUNS, _CREDIT_RUNS, _CREDITED_RUNS, _OUR_RUNS, _OUTLET_RUNS = 3, 4, 6, 1, 2
"""The most runs of non-space characters a match of ``_WRITER_BEFORE`` ("our chief correspondent,"),
``_CREDIT_BEFORE`` ("story by WSJ's Yuka"), ``_CREDITED_BEFORE`` (four names, a comma and "and"),
``_OUR_BEFORE`` ("our") and ``_OUTLET_BEFORE`` ("The BBC's") spans: only that end of the text before a name is searched (``search_ending``,
the same matches, at a fifth of the cost: this runs for every name)."""


def _credit_before(before: str) -> bool:
    return bool(search_ending(_WRITER_BEFORE, before, _WRITER_RUNS) or search_ending(_CREDIT_BEFORE, before, _CREDIT_RUNS))


def writer_context(before: str, after: str) -> bool:
    """ "Our correspondent X", "X, our correspondent in Y", "X can be reached at", "X is a contributing editor
    at Y", "... thanks. [X]" closing a paragraph, "our X writes", "this piece by X", "Photo by X" and each name
    listed with X ("Reporting by X and Y"): the page's own writer or a credit, not an actor of its story."""
    if (_WRITER_AFTER.match(after) or _SIGNATURE_BEFORE.search(before) and _SIGNATURE_AFTER.match(after)
            or search_ending(_OUR_BEFORE, before, _OUR_RUNS) and _WRITES_AFTER.match(after)
            or search_ending(_OUTLET_BEFORE, before, _OUTLET_RUNS) and _FILED_AFTER.match(after)):
        return True
    for _ in range(CREDITED_NAMES):
        if _credit_before(before):
            return True
        listed = search_ending(_CREDITED_BEFORE, before, _CREDITED_RUNS)
        if listed is None:
            return False
        before = before[: listed.start()]
    return False


def is_byline(words: Sequence[str]) -> bool:
    """ "Tribune Staff Reporter", "Our Correspondent": the writer of the page."""
    return words[-1].lower() in _BYLINE_WORDS or (len(words) > 1 and words[-2].lower() == "staff")


_BYLINE_LINE = re.compile(r"[ \t]*[Bb]y[ \t]+[^\n]{0,80}$")
"""A line that opens "By" and is short: the byline ("By Jonathan Noble and Pablo Elizalde")."""
BYLINE_LINE_WORDS = 8
"""Most words of a byline line ("By Ann Lee and Tom Hill in Paris"); a longer line is a sentence."""


def in_byline(text: str, m: Mention) -> bool:
    """Whether a name stands in a line of its own that credits the page's writers ("By Jane Fox and Tom Hill"):
    the writer is no person the story is about, whom an epithet ("the German driver") could mean."""
    start = text.rfind("\n", 0, m.start) + 1
    end = text.find("\n", m.end)
    line = text[start : end if end >= 0 else len(text)]
    return _BYLINE_LINE.fullmatch(line) is not None and len(line.split()) <= BYLINE_LINE_WORDS and not line.rstrip().endswith(".")
