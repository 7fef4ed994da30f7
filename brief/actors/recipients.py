"""Names a document went to: "documents leaked to the New York Times have unveiled", "The letter, sent
to Health Secretary Wes Streeting, says:", "The party's letter to Ann Cole, the ombudsman, said:", "The union wrote to Minister Ruth Fenner urging her ...".
The one who received it did not write it; a source that names only them names no speaker (the
letter's words are its writers'). Also a content that is only whom the words went to ("has informed me as
Governor", "while talking to reporters in Kochi"), which states nothing.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.mention_index import MentionIndex

RECIPIENT_REACH = 50
"""Characters before a name read for "sent to" and a title ("sent to Health Secretary ")."""
_RECIPIENT = re.compile(r"\b(?:leaked|sent|given|provided|handed|delivered|submitted|addressed|written|wrote|writes|"
                        r"letter|letters|memo|email|petition|complaint|submission)\s+to\s+"
                        r"(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}$")
"""The verb a document went with (or the document's noun: "the party's letter to X") and "to", then "the" or a title
before the name."""


def received(text: str, start: int, name_start: int) -> bool:
    """Whether the name at ``name_start`` is one a document went to, read back no further than ``start``."""
    return _RECIPIENT.search(text, max(start, name_start - RECIPIENT_REACH), name_start) is not None


def recipients_only(text: str, source: tuple[int, int], mentions: MentionIndex) -> bool:
    """Whether every name in the source is one a document was sent to (read back past the source's
    start: the model's source may be "Secretary Wes Streeting" alone): the document speaks."""
    named = [*mentions.within(source), *mentions.overlapping(source)]
    return bool(named) and all(received(text, 0, m.start) for m in named)


_ADDRESSEE_ONLY = re.compile(r"(?:me|us|him|her|them)(?:\s+as\s+[\w ]{1,30})?[\W]*", re.I)


_AUDIENCE_ONLY = re.compile(
    r"(?:to|with)\s+(?:the\s+|a\s+group\s+of\s+)?(?:reporters|journalists|media|press|newsmen|newspersons|mediapersons|"
    r"correspondents|media\s+persons)(?:\s+(?:in|at|outside|after|on|here|there)\b[^.;:!?\"“”]{0,60})?[\W]*", re.I)
"""The audience of "while talking to reporters in Thiruvananthapuram, welcomed ...": where and to whom a speaker
spoke, which states nothing; what was said is the main verb's."""


def addressee_only(text: str, attribution: Attribution) -> bool:
    """Content that is only the one told ("has informed me as Governor") or the press spoken to ("talking to
    reporters in Lahore"): nothing stated."""
    start, end = attribution.content
    content = text[start:end].strip()
    return bool(_ADDRESSEE_ONLY.fullmatch(content) or _AUDIENCE_ONLY.fullmatch(content))


_ADDRESSED = re.compile(r"(?:warns|warned|tells|told|urges|urged|asks|asked|reminds|reminded|assures|assured)\s+"
                        r"(?:Mr|Mrs|Ms|Dr|the)?\.?\s*[A-Z]")
_ADDRESSED_BEFORE = re.compile(r"\b(?:warns|warned|tells|told|urges|urged|asks|asked|reminds|reminded|assures|assured)\s+$")
"""A source that opens with a verb of telling, or stands right after one: the name is the one told."""


def addressed_source(text: str, attribution: Attribution, source: tuple[int, int]) -> bool:
    """Whether the source is whom a verb of telling outside the cue addresses ("warns Mr Johnson:"),
    not the speaker after an inverted cue ("“What about the president?” asked Rep. Tom DeLay")."""
    verb = _ADDRESSED.match(text, *source) or _ADDRESSED_BEFORE.search(text, max(0, source[0] - 16), source[0])
    return verb is not None and not (attribution.cue[0] <= verb.start() < attribution.cue[1])
