"""Sources named by whom they are close to: "A source close to Meghan said", "people familiar with
Musk's thinking said", "Allies of Rachel Reeves insist", "Those around Trump admit", "Those involved in the program stress", "A former aide to Senator
Greer told", "a friend of Moreno said", "says a Moreno insider", "the Moreno source says"; and the subject of a work that speaks ("a book about Twitter has cast him as ..."). The name in such a source is whom the
unnamed people know or back; they speak, and the person named did not say the words (a spokesperson
"for" someone speaks for them, and stays theirs; a former aide no longer does, and a friend never did).
"""

from __future__ import annotations

import re

_CLOSE_TO = re.compile(
    r"\b(?:close\s+to|familiar\s+with|(?:allies|supporters|confidants?|associates)\s+of|"
    r"(?:those|people|others|many|some|aides|staff)\s+around|(?:those|others)\s+(?:involved|taking\s+part)\s+in|"
    r"(?:former|ex-)\s*(?:aides?|advisers?|advisors?|assistants?|staffers?|employees?|bodyguards?|secretar(?:y|ies))\s+"
    r"(?:to|of)|(?:friends?|neighbou?rs?|acquaintances?)\s+of|"
    r"(?:book|biography|memoir|study|lawsuit|suit|investigation|probe|inquiry)\s+(?:about|into|on|against)|"
    r"(?:documentary|film|report|article|series|podcast|profile)\s+(?:about|into|against)|"
    r"(?:biography|profile|portrait)\s+of)\s+"
    r"(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}$", re.IGNORECASE)
"""The unnamed speakers' tie to the name ("close to", "allies of", "those around", "those involved in"), or a work about it
("a tell-all book about Twitter has cast him as ...", "a lawsuit against Google claims"): the name is
whom they know or what the work is about; the work speaks, or its author, never its subject. A report,
film or article "on" a name may be one the name broadcast ("a report on CNN said"): only "about" there."""

TIE_REACH = 30
"""Characters before the marked source read for the tie's words ("a tell-all book ", "people close ");
the pattern is anchored at the name, so only words right before it count (set by hand)."""

_TIE_PREPOSITION = re.compile(r"(?:about|into|against|around|to|with|of|on)\s", re.IGNORECASE)
"""A source that opens with a tie's preposition: the model cut it inside the tie."""


def close_to_named(text: str, start: int, name_start: int, person: bool = False) -> bool:
    """Whether the name at ``name_start`` follows "close to", "familiar with" or "allies of" within its
    source (from ``start``): whom the unnamed speakers know, not the speaker. When the model cut the source
    inside the tie, at its preposition ("a tell-all book | about Twitter"), or at the name itself ("a source close
    to | Moreno ..., telling": a participle's subject taken from the clause before), the tie is read from
    ``TIE_REACH`` before it. A ``person``'s name may also modify a noun for one who knows them (``named_tie``); a
    body's so written speaks for it ("A Downing Street source said": Downing Street)."""
    at_name = start == name_start
    cut_inside = at_name or _TIE_PREPOSITION.match(text, start, name_start) is not None
    tie = _CLOSE_TO.search(text, max(0, start - TIE_REACH) if cut_inside else start, name_start)
    return person and named_tie(text, name_start) or tie is not None and not (at_name and _SENTENCE_BREAK.search(tie.group()))  # "close to Iran. Iran said"


def named_tie(text: str, name_start: int) -> bool:
    """ "says a Moreno insider", "the Moreno source says": the name at ``name_start`` modifies a noun for one
    who knows its bearer; that one speaks, not the bearer."""
    return (_NAMED_TIE.match(text, name_start) is not None
            and _DETERMINED.search(text, max(0, name_start - TIE_REACH), name_start) is not None)


_NAMED_TIE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,3}(?:(?:family|longtime|long-time|old|close|former)\s+)?"
                        r"(?:insiders?|sources?|friends?|pals?|buddy|buddies|confidant[es]*|acquaintances?)\b")
"""A name that modifies a noun for one who knows its bearer ("a Moreno insider", "a Lopez family friend"):
celebrity pages name their unnamed sources so; the name is whom they know (a "Moreno spokesman" speaks for
Moreno, and stays Moreno's)."""
_DETERMINED = re.compile(r"\b(?i:a|an|the|one|another|two|three|several|some|many)\s+(?:[a-z-]+\s+)?$")
"""The determiner that opens such a noun phrase, with at most one adjective before the name ("a longtime")."""


_SENTENCE_BREAK = re.compile(r"[.!?;:]\s")
"""A sentence's end between the tie and a source that opens at the name: the tie was another sentence's."""
