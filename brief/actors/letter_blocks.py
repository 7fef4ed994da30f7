"""Letters signed by a block of short lines: the writer's name on one line, then their town, their title
and organisation, one a line ("Harriet Colborne" / "Fenwick Vale", or "Dr. Ana Ruiz, OBE" / "Chair, Mill Lane
Residents' Association" / "Former mayor of Kestrel"), each line its own paragraph on most pages.

A news story can close on a short block too (a reporter's sign-off "Jane Roe" / "The Daily Star"), so a block
signs a letter only on a page that reads as letters: one that greets its editor ("Dear Editor,", "To the
editor:") or runs two or more such signatures (a letters page).
"""

from __future__ import annotations

import re

_NAME = (r"[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?(?:[ \t]+[A-Z]\.)?"
         r"(?:[ \t]+(?:(?:de|van|von|da|del)[ \t]+)?[A-Z][a-zA-Z'’-]+){1,2}")
"""A writer's name on one line: a given name, an initial perhaps, one or two surnames."""

_HONORIFIC = r"(?:(?:Ambassador|Dr\.?|Rev\.?|Revd\.?|Prof\.?|Professor|Sir|Dame|Lord|Lady|Mr\.?|Mrs\.?|Ms\.?|Cllr\.?|Councillor|Hon\.?)[ \t]+)*"
_POSTNOMINALS = r"(?:,?[ \t]+[A-Z][A-Za-z]{1,5}\.?(?:[ \t]*,[ \t]*[A-Z][A-Za-z]{1,5}\.?)*)?"
MAX_BLOCK_LINES = 4
"""Lines under the name: town, title, organisation, a former office or two; a longer run is a list, no signature."""
_LINE = r"[A-Z][^\n]{1,80}[^\n.!?:;\"”]"
_BREAK = r"[ \t]*\n\n?[ \t]*"
"""Between a signature's lines: a line break, or a paragraph's where a page's lines became paragraphs."""
BLOCK = re.compile(rf"(?m)^{_HONORIFIC}(?P<name>{_NAME}){_POSTNOMINALS}{_BREAK}(?P<town>{_LINE})"
                   rf"(?:{_BREAK}{_LINE}){{0,{MAX_BLOCK_LINES - 1}}}(?=[ \t]*(?:\n|$))")
"""A signature block: the name (honorifics and letters after it aside), then one to four short lines that end no
sentence, each on its own line."""
_GREETING = re.compile(r"(?im)^[ \t]*(?:dear\s+(?:sir|madam|editor|sirs)\b|to\s+the\s+editor\b|dear\s+[^\n,]{2,40},[ \t]*$)")
_STAFF = re.compile(r"(?i)\b(?:writer|reporter|correspondent|editor|contributed|contributor|staff|photo|news|press)\b")
"""A block line that names a newsroom job or a credit: a story's sign-off, never a reader's signature."""
_BYLINE = re.compile(r"By\s")
"""A name opening with "By" ("By Tim Ferguson" / "Published: 16 January 2008"): a story's byline, read as a given name
"By" and a surname, never a reader's signature."""


def signature_blocks(text: str) -> list[re.Match[str]]:
    """The page's letter signatures of several lines, when the page reads as letters (its module's docstring)."""
    blocks = [m for m in BLOCK.finditer(text) if not _STAFF.search(m.group(0)) and not _BYLINE.match(m.group("name"))]
    if len(blocks) >= 2 or blocks and _GREETING.search(text):
        return blocks
    return []
