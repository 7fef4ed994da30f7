"""Who spoke in each sentence, by the attributions already resolved: what a quotation with no cue of its
own goes on from (``speakers.continued_quotes``, ``quote_paragraphs``)."""

from __future__ import annotations

from collections.abc import Sequence

from brief.actors.attribution import Attribution
from brief.actors.mentions import Mention
from brief.model import Sentence


def sentence_speakers(sentences: Sequence[Sentence], resolved: Sequence[tuple[Attribution, Mention]]) -> dict[int, Mention]:
    """Each sentence that holds a resolved attribution's cue or content, and who spoke there (the latest)."""
    speaker: dict[int, Mention] = {}
    for attribution, mention in sorted(resolved, key=lambda r: r[0].cue[0]):
        lo = min(attribution.cue[0], attribution.content[0])
        hi = max(attribution.cue[1], attribution.content[1])
        for k, s in enumerate(sentences):
            if s.start < hi and lo < s.end:
                speaker[k] = mention
    return speaker
