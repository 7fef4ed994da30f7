"""Names a document went to: "documents leaked to the New York Times have unveiled", "The letter, sent
to Health Secretary Wes Streeting, says:", "The union wrote to Minister Ruth Fenner urging her ...".
The one who received it did not write it; a source that names only them names no speaker (the
letter's words are its writers').
"""

from __future__ import annotations

import re

from brief.actors.mention_index import MentionIndex

RECIPIENT_REACH = 50
"""Characters before a name read for "sent to" and a title ("sent to Health Secretary ")."""
_RECIPIENT = re.compile(r"\b(?:leaked|sent|given|provided|handed|delivered|submitted|addressed|written|wrote|writes)\s+to\s+"
                        r"(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}$")
"""The verb a document went with and "to", then "the" or a title before the name."""


def received(text: str, start: int, name_start: int) -> bool:
    """Whether the name at ``name_start`` is one a document went to, read back no further than ``start``."""
    return _RECIPIENT.search(text, max(start, name_start - RECIPIENT_REACH), name_start) is not None


def recipients_only(text: str, source: tuple[int, int], mentions: MentionIndex) -> bool:
    """Whether every name in the source is one a document was sent to (read back past the source's
    start: the model's source may be "Secretary Wes Streeting" alone): the document speaks."""
    named = [*mentions.within(source), *mentions.overlapping(source)]
    return bool(named) and all(received(text, 0, m.start) for m in named)
