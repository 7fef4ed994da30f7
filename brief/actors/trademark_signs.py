"""Names a text marks as trademarks: a brand or a product, or a trademark notice's owner, not a party.

A press release writes its products with a trademark sign ("Maestro(TM)", "the Acme(R) WayFinder(R) unit") and
closes with a notice ("X and Y are registered trademarks of Z, Inc."): the tagger types those names bodies, and
the notice's owner, named nowhere else, lists as an actor. The sign must touch the name when written in letters:
"Sen. Ann Lee (R)" is a Republican, spaced, and the party's "(R-Texas)" is no sign.
"""

from __future__ import annotations

import re

_SIGN_AFTER = re.compile(r"^(?:\((?:TM|R|SM)\)|\s?[™®℠])")
"""A trademark sign right after the name: "(TM)", "(R)", "(SM)" touching it, or the symbol itself."""
_MARKS = r"(?:registered\s+)?(?:trademarks?|trade\s+marks?|service\s+marks?)"
_NAME = r"[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*"
_NOTICE_AFTER = re.compile(rf"^(?:(?:,?\s+and\s+|,\s*){_NAME})*\s+(?:is|are)\s+(?:(?:a|the)\s+)?{_MARKS}"
                           rf"(?:\s+or\s+{_MARKS})?\s+(?:of|owned\s+by)\b")
"""The rest of a notice's list after one of its names, only names between ("and NeverLost are registered
trademarks of"): "Acme said the names are trademarks of" is a party's claim, no notice."""
_NOTICE_BEFORE = re.compile(rf"\b{_MARKS}\s+(?:owned\s+by|of)\s+(?:the\s+)?$", re.I)
"""The owner after a notice's list: "are registered trademarks of Hertz Systems"."""


def trademark_context(before: str, after: str) -> bool:
    """ "Maestro(TM)", "X and Y are registered trademarks", "trademarks of Z, Inc.": a trademark, not who acts."""
    return bool(_SIGN_AFTER.match(after) or _NOTICE_AFTER.match(after) or _NOTICE_BEFORE.search(before))
