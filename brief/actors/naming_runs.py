"""A quotation that goes on, with no cue, after one read as its speaker's by the sentence that named them:
"Rovers boss Ivo Marten remained confident. | “We are hoping to get things done.” | “He has pace. We think
it will be a good signing.”".

Why a module of its own: ``speakers.continued_quotes`` carries a speaker on into the next quotation, but it
reads only the attributions the model's cues resolved; the first quotation here has no cue (its speaker is the
one the sentence before names, ``named_before``), so the second paragraph of the same speaker's words was no
one's. Reading those quotations as resolved and asking ``continued_quotes`` again gives it to them, under the
same conditions as after a cue: a paragraph that opens with a quote mark, holds no cue of its own and
follows right after.
"""

from __future__ import annotations

from collections.abc import Sequence

from brief.actors.attribution import Attribution
from brief.actors.mentions import Mention
from brief.actors.speakers import Continued, continued_quotes
from brief.model import Sentence


def quotations_after_named(text: str, sentences: Sequence[Sentence], named: Sequence[Continued],
                           resolved: Sequence[tuple[Attribution, Mention]],
                           cues: Sequence[tuple[int, int]]) -> list[Continued]:
    """The quotations that go on right after one of ``named`` (quotations given to the speaker a sentence
    before them names), as ``continued_quotes`` reads them after a resolved attribution."""
    if not named:
        return []
    read = [(Attribution((c.span[0], c.span[0]), None, c.span, True, c.sentence), c.mention) for c in named]
    found = continued_quotes(text, sentences, [*resolved, *read], cues)
    return [c for c in found if c.sentence > 0
            and any(n.span[0] <= sentences[c.sentence - 1].start < n.span[1] for n in named)]
