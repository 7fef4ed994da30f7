"""Whose words a social post's text is, when the text quotes the post by its noun or as "it": "Lena Marsh
shared a photo of her father on Instagram. The caption read: ...", "This is another image Anna Kowal posted
to Facebook. It says, ...", "Senator Mark Delano deleted a tweet ... The tweet said ...". Celebrity,
local and tabloid pages quote posts so; the source holds no name, so the words went under no actor. The
author is the person who posted (shared, tweeted, wrote, deleted) it in a sentence just before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.model import Sentence

_POST_SOURCE = re.compile(
    r"(?:[Tt]he|[Hh]er|[Hh]is|[Tt]heir|[Tt]his|[Tt]hat)\s+(?:(?:Instagram|Facebook|Twitter|TikTok|X|social\s+media|"
    r"online|latest|new|original|accompanying|lengthy|emotional|heartfelt|since-deleted|now-deleted)\s+)*"
    r"(?:post|tweet|caption|message|update|status|note)|[Ii]t"
)
POST_NOUNS = frozenset("post tweet caption message update status note".split())
"""What a post is called; "the caption read" names what was posted, no description of its author."""
"""A source that is a post by its noun ("the caption", "her Instagram post"), or "it"."""
_POSTING = re.compile(r"\b(?:posted|shared|tweeted|uploaded|wrote|captioned|published|deleted|put\s+up|took\s+to)\b")
"""A verb of putting something online, whose subject is the post's author."""
_POSTED_THING = re.compile(r"\b(?:post|posts|tweet|photo|photos|image|images|picture|pictures|video|clip|snap|"
                           r"selfie|message|story|caption|Instagram|Facebook|Twitter|TikTok|X)\b")
"""What a posting sentence names, that "it" may stand for."""
POST_SENTENCES = 2
"""Sentences back within which the post was brought in (the one before, or one more for a caption)."""


def post_author(text: str, attribution: Attribution, index: MentionIndex, sentences: Sequence[Sentence],
                at: int) -> Mention | None:
    """The person who posted what the source ("the caption", "it") quotes; None when the source is no post,
    or no sentence within ``POST_SENTENCES`` before (the one before, for "it") has a person posting."""
    if attribution.source is None or not 0 <= at < len(sentences):
        return None
    found = _POST_SOURCE.fullmatch(text[attribution.source[0] : attribution.source[1]].strip())
    if found is None:
        return None
    alone = found.group().lower() == "it"
    for back in range(1, (1 if alone else POST_SENTENCES) + 1):
        if at - back < 0:
            return None
        sentence = sentences[at - back]
        posting = _POSTING.search(text, sentence.start, sentence.end)
        if posting is None or not _POSTED_THING.search(text, posting.end(), sentence.end):
            continue
        people = [m for m in index.within((sentence.start, posting.start())) if index.personal(m) and not m.demonym]
        return people[-1] if people else None
    return None
