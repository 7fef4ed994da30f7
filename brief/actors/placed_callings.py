"""A person the story just named, described by a calling with the place they are from or follow: "The Florida fan
explained:", "the Yorkshire pensioner said". The place only describes the calling, so it does not speak
(``organ_voices``); the calling goes back to whom the story was just about, as it does without the place
(``referring.described_person``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from brief.actors.mentions import Mention
from brief.actors.referring import described_person
from brief.actors.title_scenes import someone_new

if TYPE_CHECKING:
    from brief.actors.mention_index import MentionIndex


def placed_calling(text: str, span: tuple[int, int], words: list[str], before: list[Mention], mentions: MentionIndex,
                   sentence: int) -> Mention | None:
    """The person a definite description by a place and a calling (``words``, lower-cased, of the source at
    ``span``) goes back to, or None: as a calling without the place would."""
    if not words or words[0] != "the":
        return None  # "a Florida fan said": someone new
    person = described_person(text, words, before, mentions, sentence, text[span[0] : span[1]])
    return person if person is not None and not someone_new(text, before, person, span[0], words) else None
