"""A title-case headline's verb at a name's edge is cut off the name, which then joins the body's full name
("... To Squash Hornets": the Brenton Hornets), while a name the body writes with the same word stays whole."""

from __future__ import annotations

from tests.written import actors_of, report_of

_GAME = """Marlow, Falcons Use Late Surge To Squash Hornets

Marlow, Falcons Use Late Surge To Squash Hornets POSTED: 10:02 pm EST March 3, 2008 Ashford -- (Wire) - Dev Marlow \
scored 31 points to lead the Ashford Falcons over the Brenton Hornets, 98-90, on Friday night at the Civic Arena.
The Falcons have won five straight games this season.
The Hornets fell to 3-9 and coach Ray Tolland said his team missed too many shots.
"We just could not stop them in the fourth quarter," Tolland said.
Marlow added eight rebounds as the Falcons pulled away late.
"""

_AGENCY = """Vestland Department of Coastal Safety Resolves Harbor Dispute

Vestland Department of Coastal Safety Resolves Harbor Dispute POSTED: 9:15 am EST May 6, 2008 Vestland -- (Wire) - \
The Vestland Department of Coastal Safety settled a long dispute with harbor pilots on Tuesday, officials said.
The Vestland Department of Coastal Safety said the pilots would get new radios and longer rest breaks.
"This ends a hard year for everyone," said department spokeswoman Ana Brill.
Pilots' union leader Tom Ekberg said the deal was fair.
"""

_KEPT = """Coastal Express Raises Fares Again

Coastal Express Raises Fares Again POSTED: 8:40 am EST June 2, 2008 Harlow -- (Wire) - Coastal Express raised \
its ferry fares for the second time this year on Monday.
Coastal Express said fuel costs had doubled since January.
"We held prices as long as we could," said Coastal Express chief Mara Quell.
"""


def _names(text: str) -> set[str]:
    return {a.name for a in actors_of(report_of(text))}


def test_a_headline_verb_before_and_after_a_side_is_cut_and_the_side_joins_its_full_name() -> None:
    names = _names(_GAME)
    assert "Ashford Falcons" in names and "Brenton Hornets" in names
    assert not [n for n in names if "Use" in n.split() or "Squash" in n.split() or "Surge" in n.split()]


def test_a_headline_verb_after_a_body_is_cut_and_the_body_listed_once() -> None:
    names = _names(_AGENCY)
    assert "Vestland Department of Coastal Safety" in names
    assert not [n for n in names if "Resolves" in n]


def test_a_name_the_body_writes_with_the_verb_shaped_word_stays_whole() -> None:
    names = _names(_KEPT)
    assert "Coastal Express" in names
    assert "Coastal" not in names
