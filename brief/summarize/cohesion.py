"""Whether a sentence can be read on its own, without the ones around it.

An extractive summary lifts sentences out of their articles; one that opens with "But", "He" or
"This", or quotes a bare pronoun (", he further said"), leans on a sentence the reader no longer
has. The briefing makes such sentences pay (``concepts.DANGLING_PENALTY``) and leaves out those
that refer to someone or something they do not name (``needs_antecedent``); a per-article summary
takes one only together with the sentence it leans on (``position.summarize``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.model import Sentence
from brief.text.lexicon import DANGLING_WORDS

_DANGLING = re.compile(
    r"[\"“‘']?(?:but|and|or|so|also|however|yet|still|then|instead|meanwhile|thus|therefore|hence|moreover|"
    r"furthermore|nevertheless|nonetheless|consequently|likewise|similarly|otherwise|he|she|it|they|this|that|"
    r"these|those|his|her|its|their|there)\b",
    re.IGNORECASE,
)

_PRONOUN_SPEAKER = re.compile(
    r"(?:,|[”\"’]|'')\s*(?:he|she|they)\s+(?:\w+\s+){0,2}?(?:said|says|added|adds|told|tells|insisted|insists|"
    r"stressed|stresses|noted|notes|explained|explains|argued|argues|warned|warns|declared|declares|stated|"
    r"states|asserted|asserts|continued|continues|wrote|writes|recalled|recalls)\b",
    re.IGNORECASE,
)
"""A quotation or claim attributed to a bare pronoun (", he further said"): whose words they are
is told by an earlier sentence, so out of its article the sentence is as dangling as "He said"."""


def leans_on_previous(text: str) -> bool:
    """Whether a sentence needs the one before it to be understood."""
    return bool(_DANGLING.match(text.lstrip()) or _PRONOUN_SPEAKER.search(text))


_ANNOUNCES = re.compile(
    r"(?:[\"“‘']?(?:following\s+(?:is|are)|here\s+(?:is|are)|the\s+following(?=\s*(?::|(?:is|are|was|were)\b)))\b|(?:\.\s?){3}|…)", re.IGNORECASE,
)
"""An opening that points ahead to text the sentence does not hold ("Following are excerpts from
...", "Here is the text of ...", "The following is ...", not "The following day ..."), or an ellipsis that says it was cut out of a longer passage."""


def points_ahead(text: str) -> bool:
    """Whether a sentence only announces what follows it (or is a cut piece of a passage): out of
    its article, what it announces is missing. So is one that ends on a colon."""
    stripped = text.strip()
    return bool(_ANNOUNCES.match(stripped)) or stripped.rstrip(_CLOSING).endswith(":")


_CLOSING = "\"”’'"

_PAGE_MARKS = re.compile(
    r"\bhttps?://\S|\bpic\.twitter\.com/\w|\bwww\.[\w-]+\.[a-z]"
    rf"|\b(?:{'|'.join(sorted(DANGLING_WORDS))})\s+[.,;:](?=\s|$)|\(\s*\)",
    re.IGNORECASE,
)
"""A web address ("… each https://t.co/x by @jd", "Clique aqui: https://goo.gl/x.") is link text, and
a function word right before a stop or an empty bracket ("a lead in the state, but , notably", "said
in a .", "( )") is a hole where the page's link or icon was: a sentence showing either is the page,
not a story's sentence that reads on its own."""
_PAGE_MARK_SIGNS = re.compile(r"://|www\.|pic\.twitter\.com/|\s[.,;:]|\(", re.IGNORECASE)
"""What every one of ``_PAGE_MARKS``' alternatives holds (an address's "://", "www." or
"pic.twitter.com/", a space before a stop, an opening bracket): few sentences have any, and this
has no ``\b`` to try at every word, so it is looked for first (a third of the time over a pile)."""


def showable(sentences: Sequence[Sentence]) -> list[int]:
    """Positions of the sentences a summary may show: all but those showing a web address or a
    hole left by the page's markup (``_PAGE_MARKS``), unless no other is left."""
    shown = [p for p, s in enumerate(sentences) if not (_PAGE_MARK_SIGNS.search(s.text) and _PAGE_MARKS.search(s.text))]
    return shown or list(range(len(sentences)))


def balanced_quotes(text: str) -> bool:
    """Whether every quote the sentence opens it also closes: otherwise it is a piece of a longer
    quotation, which out of its article starts or stops mid-voice."""
    return text.count("“") == text.count("”") and text.count('"') % 2 == 0


_SUBORDINATOR = re.compile(
    r"(?:(?:and|but|or|so|yet|still|instead|meanwhile|however|then|also)\b,?\s+)?"
    r"(?:(?:although|though|while|because|since|after|before|when|as|if|once|unless|until)\s+)?",
    re.IGNORECASE,
)
"""Words before the subject that do not change what it refers to: "Instead, they ...", "And while he ..."."""
_FRAME = re.compile(r"(?:[^\s,;:]+\s+){0,5}[^\s,;:]+,\s+")
"""A short phrase that sets the scene before the subject: "On Sunday, he ...", "But soon after, he ..."."""
_PRONOUN_START = re.compile(
    r"(?:he|she|it|they|him|them|his|her|its|their|this|that|these|those|such|"
    r"other|others|another|both|either|neither|the\s+(?:two|three|four|five|six|latter|former|same|others?|rest)|"
    r"one(?=,|\s+of\s+(?:them|those|these|the\s+(?:two|three|four)))"
    r")\b",
    re.IGNORECASE,
)
_DEFINITE = re.compile(r"[\"“‘']?(?:the|this|that|these|those|such)\s+(?:same\s+|new\s+|latest\s+|proposed\s+)?([a-z]+)\b", re.IGNORECASE)

SHELL_NOUNS = frozenset(
    "move decision deal agreement accord plan proposal procedure measure step incident attack announcement "
    "statement report source case action effort operation visit trip meeting offer vote ruling change "
    "bill program programme project request policy idea event crash blast explosion killing arrest "
    "conflict dispute crisis development situation issue problem approach effect initiative mission "
    "process system technique treatment method strategy campaign order law".split()
)
"""Nouns that, after "The", refer to something already told ("The move was aimed at ...", "The
procedure is part of ..."): news uses them to point back to the previous sentence's event."""


_BARE_PLURAL = re.compile(
    r"[\"“‘']?the\s+(?:same\s+|new\s+|latest\s+)?([a-z]+s(?<![sui]s)(?<!ics)(?<!news)|men|women|children)\b"
    r"(?!\s*(?:[_—–(]|of\b|from\b|in\b|at\b|on\b|for\b|with\b|who\b|whose\b|that\b|which\b|involved\b|"
    r"killed\b|injured\b|wounded\b|arrested\b|accused\b|named\b|charged\b))",
    re.IGNORECASE,
)
"""A group named by a bare plural ("The victims were ...", "The protesters wanted ...") is one the
reader was told of before; one that says who it is ("The victims of the fire", "The victims _
Britons ...") is not. Only a lower-case plural counts: "The United Nations" is a name."""


def _definite(clause: str) -> str | None:
    """The noun of a definite description that points back, at the start of ``clause``."""
    definite = _DEFINITE.match(clause)
    if definite is not None and definite.group(1) in SHELL_NOUNS:  # lower case: "The Move" may be a name
        return definite.group(1)
    plural = _BARE_PLURAL.match(clause)
    if plural is not None and plural.group(1).islower():
        return plural.group(1)
    return None


def needs_antecedent(text: str) -> str | None:
    """What the opening of a sentence refers back to, if it refers back: "" for a pronoun
    ("He ...", "Although the two ...", "Other groups ..."), the noun for a definite description of
    something told before ("The move ..." -> "move", "On Monday, the victims ..." -> "victims");
    None when it opens on its own."""
    start = text.lstrip().lstrip("\"“‘'")
    clause = start[_SUBORDINATOR.match(start).end():]  # type: ignore[union-attr]  # it matches "" at least
    framed = _FRAME.match(clause)
    if _PRONOUN_START.match(clause) or framed and _PRONOUN_START.match(clause[framed.end():]) or _PRONOUN_SPEAKER.search(text):
        return ""
    return _definite(clause) or (_definite(clause[framed.end():]) if framed else None)
