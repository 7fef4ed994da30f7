"""A speaker described by a relative clause between the name and the cue: "Margaret Hughes, 71, whose husband
has the disease, said families had waited too long".

Why: the source tagger walks outward from the cue and takes the first noun phrase it meets, which here is the
clause's own ("whose husband", "him" in "who cares for him"); a source before the cue then makes the content
tagger read everything before the cue as what was said ("Margaret Hughes, 71, whose husband has the
disease"). A clause opened by ", who" or ", whose" and closed by the comma right before the cue describes the
person named before it, who is the one speaking.
"""

from __future__ import annotations

import re

from brief.actors.attribution.document import Doc
from brief.actors.described_subjects import BODY_HEADS

_RELATIVES = frozenset({"who", "whose", "which", "where"})
"""Relative words that open a clause describing the speaker: a person's, or a body's ("The Minnesota Nurses
Association, which represents 15,000 nurses across the state, said": the tagger takes "across the state"), or
the place a government rules ("the Indonesian government, where security forces have been accused of abuse,
said")."""
_NOT_PARTICIPLES = frozenset("according including excluding regarding concerning following during notwithstanding "
                              "something nothing anything everything morning evening thing king".split())
"""Words in -ing that open no clause describing the speaker: prepositions ("according to", "including") and nouns."""


_SETTINGS = frozenset("in on at during".split())
"""Prepositions opening an aside that sets where or how the speaker spoke (", in a statement read to the court,",
", at a briefing in Geneva,"): a name in it ("the court") is the setting's, not the speaker."""


def _clause_opener(word: str) -> bool:
    """A relative word, a participle opening a clause about the speaker (", commentating for the BBC,"), or a
    preposition opening the speaker's setting (``_SETTINGS``)."""
    return (word in _RELATIVES or word in _SETTINGS
            or (word.endswith("ing") and word.isalpha() and word not in _NOT_PARTICIPLES))


SHORT_FORM = re.compile(r"[A-Z][A-Za-z&]*[A-Z][A-Za-z]*")
"""A body's short form as written in brackets after its name: capitals, perhaps with lower-case letters between
("AIC", "NLC", "DepEd", "NECA"), at least two capitals."""
_BREAKS = frozenset({",", ";", ":", "(", ")", "“", "”", '"'})
"""Tokens a relative clause or the name before it does not cross."""
MAX_CLAUSE_TOKENS = 25
"""Longest relative clause read between the name and the cue (a long aside is rarely one clause)."""
MAX_NAME_TOKENS = 6
"""Longest speaker phrase taken before the clause ("the retired teacher Margaret Ann Hughes")."""


def relative_source(doc: Doc, c0: int, src: tuple[int, int] | None) -> tuple[int, int] | None:
    """The tagger's source, or the name before a ", who/whose/which ...," clause (or a participle's: ", speaking
    on the BBC,") that ends right before the cue when the tagger's source lies inside that clause (or there is
    none). A time written between the clause's comma and the cue (", on Monday said") stands outside the clause."""
    c0 = _before_time(doc, c0)
    if c0 < 4 or doc.words[c0 - 1] != ",":
        return src
    sent = doc.sent[c0]
    apposed = _apposed_name(doc, c0)  # "Bello, who spoke through her adviser, Mr. Chidi Nwankwo, said": Bello
    j = c0 - 2 if apposed is None else apposed - 1
    while j > 0 and c0 - j <= MAX_CLAUSE_TOKENS and doc.sent[j] == sent and (doc.words[j] not in _BREAKS
                                                                              or _inside_number(doc, j)):
        if _clause_opener(doc.words[j]) and doc.words[j - 1] == ",":
            break
        j -= 1
    else:
        return src
    if not _clause_opener(doc.words[j]) or doc.words[j - 1] != "," or (apposed is not None and doc.words[j] not in _RELATIVES):
        return src
    if src is not None and not (j <= src[0] and src[1] <= c0):
        return src
    end = j - 1  # the comma opening the clause
    if end >= 2 and doc.words[end - 1].isdigit() and doc.words[end - 2] == ",":
        end -= 2  # "Margaret Hughes, 71, whose ...": an age between the name and the clause
    end -= bracketed_short_form(doc.raw, end)  # "The Agency for Integrated Care (AIC), which runs ...,": the body
    start = end
    while start > 0 and doc.sent[start - 1] == sent and doc.words[start - 1] not in _BREAKS:
        start -= 1
    if start == end or end - start > MAX_NAME_TOKENS or not (doc.raw[start][:1].isupper() or _described_name(doc, start, end)
                                                             or _described_body(doc, start, end)):
        return src
    return (start, end)


_DETERMINERS = frozenset("the a an".split())


def _described_name(doc: Doc, start: int, end: int) -> bool:
    """ "the agency's seismic analyst Wiratmo": a determiner, a description, and a name last (one who goes by one
    name, as wire copy writes many Indonesians), which speaks as a name alone does."""
    return doc.words[start] in _DETERMINERS and doc.raw[end - 1][:1].isupper() and end - start >= 2


def _described_body(doc: Doc, start: int, end: int) -> bool:
    """ "the Indonesian government", "the state's health ministry": a determiner, a modifier or two, and a body's
    head noun, which the speaker rules resolve to the body (or the place it governs) as they do for a tagged
    source."""
    return doc.words[start] in _DETERMINERS and 3 <= end - start <= 4 and doc.words[end - 1] in BODY_HEADS


TIME_WORDS = frozenset("on yesterday today tonight earlier later also last this week night morning afternoon evening "
                       "monday tuesday wednesday thursday friday saturday sunday".split())
"""Words of a time (and "also") written between a relative clause's closing comma and the cue ("Ann Lee, who
..., on Monday said"): the clause ends at the comma all the same."""
MAX_TIME_TOKENS = 3
"""Longest such time ("on Monday night")."""


def _before_time(doc: Doc, c0: int) -> int:
    """Where the words of a time right before the cue begin, when a comma stands before them; else the cue."""
    k = c0
    while k > 0 and c0 - k < MAX_TIME_TOKENS and doc.words[k - 1].lower() in TIME_WORDS and doc.sent[k - 1] == doc.sent[c0]:
        k -= 1
    return k if k < c0 and k > 0 and doc.words[k - 1] == "," else c0


def _apposed_name(doc: Doc, c0: int) -> int | None:
    """Where the comma stands that opens a name closing a relative clause right before the cue's comma ("who spoke
    through her adviser, Mr. Chidi Nwankwo, said"): the clause's own object's name, set off as an apposition; the
    clause, and its subject before it, go on before that comma. None when the words before the cue's comma are no
    capitalised name after a comma."""
    k = c0 - 2
    while k > 0 and c0 - 1 - k <= MAX_NAME_TOKENS and doc.sent[k] == doc.sent[c0] and (
            doc.raw[k][:1].isupper() or doc.raw[k] == "."):
        k -= 1
    return k if k < c0 - 2 and doc.words[k] == "," and doc.sent[k] == doc.sent[c0] else None


def bracketed_short_form(raw: list[str], end: int) -> int:
    """How many tokens before ``end`` a body's short form in brackets takes ("(AIC)", "(NLC)"): 3, else 0. A
    body's full name is often written with its short form after it before an apposition's or a clause's comma
    ("The Nigeria Labour Congress (NLC), which ..., said"); the name stands before the bracket."""
    if end < 4 or raw[end - 1] != ")" or raw[end - 3] != "(":
        return 0
    short = raw[end - 2]
    return 3 if SHORT_FORM.fullmatch(short) and raw[end - 4][:1].isupper() else 0


def _inside_number(doc: Doc, k: int) -> bool:
    """Whether the comma at ``k`` groups a number's digits ("represents 15,000 nurses"): no clause ends there."""
    return (0 < k < len(doc.words) - 1 and doc.words[k - 1].isdigit() and doc.words[k + 1].isdigit()
            and doc.spans[k - 1][1] == doc.spans[k][0] and doc.spans[k][1] == doc.spans[k + 1][0])
