"""A quotation's speaker written after its cue as a plain description of someone the feature has just named:
"“...,” says the mother of five", "“...,” says the woman who runs the tea stall". Features vary a name so and
tell more of the person in a clause after it; no calling ("the actress") marks the description, so it went to
no one. "The mother of five" is whom the story was just about, as "the mother-of-five" is (``referring``); "the
woman", "the man" are so only with the clause that tells more of them (without it, "said a woman" or "the man
said" as often brings in someone new, unnamed).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from brief.actors.attribution import Attribution
from brief.actors.gender import FEMALE, MALE
from brief.actors.mentions import Mention
from brief.actors.referring import DESCRIBED_REACH

if TYPE_CHECKING:
    from brief.actors.mention_index import MentionIndex

_PARENT_OF = re.compile(r"the (?:(?:single|young|proud) )?(?P<head>mother|father|mum|mom|dad) of (?:two|three|four|five|six|seven|"
                        r"eight|nine|ten|\d{1,2})")
"""A parent described by their children, written apart ("the mother of four"): a person the story names."""
_PLAIN_PEOPLE = {"woman": FEMALE, "lady": FEMALE, "girl": FEMALE, "grandmother": FEMALE, "widow": FEMALE,
                 "man": MALE, "boy": MALE, "grandfather": MALE, "widower": MALE}
"""Plain words for a person, with the gender each says ("the woman who ..."): whom they describe is told by the
clause after them."""
_FEMALE_PARENTS = frozenset({"mother", "mum", "mom"})
_TOLD_MORE = re.compile(r",?\s+(?:who|whose|as\s+(?:she|he)|while\s+(?:she|he))\s")
"""After the description: a clause that tells more of the person ("who is in her late 20s", "as she ...")."""


def described_before_clause(text: str, span: tuple[int, int], attribution: Attribution, before: list[Mention],
                            mentions: MentionIndex) -> Mention | None:
    """The person a description after a quotation's cue goes back to (see the module's docstring): the last
    person named within ``DESCRIBED_REACH`` sentences whom the text does not show to be of the other gender (the
    nearest, also over a farther one whose gender the text happens to show); None for any other source, or none so
    named."""
    start, end = span
    if not attribution.quote or start < attribution.cue[1] or attribution.content[1] > attribution.cue[0]:
        return None
    written = " ".join(text[start:end].lower().split())
    parent = _PARENT_OF.fullmatch(written)
    plain = re.fullmatch(r"the (?:(?:young|old|older|elderly) )?(\w+)", written)
    if parent is not None:
        gender = FEMALE if parent.group("head") in _FEMALE_PARENTS else MALE
    elif plain is not None and plain.group(1) in _PLAIN_PEOPLE and _TOLD_MORE.match(text, end):
        gender = _PLAIN_PEOPLE[plain.group(1)]
    else:
        return None
    people = [m for m in before if mentions.personal(m) and not m.demonym
              and m.sentence >= attribution.sentence - DESCRIBED_REACH and mentions.genders.of(m) != _other(gender)]
    return people[-1] if people else None


def _other(gender: str) -> str:
    """The gender that is not this one: a person shown to be it is not described so."""
    return MALE if gender == FEMALE else FEMALE
