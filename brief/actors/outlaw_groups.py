"""A group outside the law that the text names as a speaker: "a hacking group known as RedCell", "the
ransomware gang LockFox", "Black Lantern, a cybercriminal group,".

Why: "Officials said" goes back to the body that spoke last ("the authority said ... Officials said":
its officials). After a hacking group claimed an attack, though, the officials are the victim's or the
state's, never the gang's: a gang, a cartel or a hacking crew has members, not officials. Such a group is
known by how the text describes it where it names it, before or after the name.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention

_KIND = (r"(?:(?:hacking|hacker|hackers|ransomware|cyber-?criminal|cyber-?crime|criminal|extortion|drug|crime)\s+"
         r"(?:group|gang|collective|crew|outfit|cartel|syndicate|ring)|gang|cartel)")
"""What the text calls a group outside the law ("hacking group", "ransomware gang", "drug cartel")."""
_BEFORE = re.compile(rf"\b{_KIND}\s+(?:(?:known|referred\s+to)\s+as\s+|called\s+|calling\s+itself\s+|dubbed\s+|named\s+)?"
                     r"(?:the\s+)?[\"“]?$", re.I)
"""The kind right before the name ("a hacking group known as X", "the ransomware gang X")."""
_AFTER = re.compile(rf"[\"”]?,?\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?{_KIND}\b", re.I)
"""The kind set after the name ("X, a Russian-speaking ransomware gang,")."""
DESCRIPTION_REACH = 60
"""Characters before the name read for ``_BEFORE`` (a kind and "known as")."""


def outlaw_group(text: str, m: Mention) -> bool:
    """Whether the text describes the body ``m`` names, where it names it, as a group outside the law."""
    return (_BEFORE.search(text, max(0, m.start - DESCRIPTION_REACH), m.start) is not None
            or _AFTER.match(text, m.end) is not None)
