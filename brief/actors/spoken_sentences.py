"""Who spoke in each sentence, by the attributions already resolved: what a quotation with no cue of its
own goes on from (``speakers.continued_quotes``, ``quote_paragraphs``).

A sentence may hold a speaker's report of another's words ("Harlow said since Kemp told him the board
would sue, ..."): the one who speaks there is the reporter, whose words hold the other's cue and begin
before the other's words or the other's cue; a quotation after it goes on with the reporter, not with the
one reported (``_relayed_by``). A speaker named after the words they frame ("Her friends mocked him,
calling him “a clown,” Susan said as she left") is the sentence's reporter, though the tagger may have
read the friends' words as running on over the cue: nothing reports them. Where each holds the other's cue
(the tagger read a clause before a later cue as its words), the one named first speaks."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence

from brief.actors.attribution import Attribution
from brief.actors.mentions import Mention
from brief.model import Sentence

_AFTER_QUOTE = re.compile(r"(?:[,!?][”\"’]|[”\"’],)\s*$")
"""What ends the text right before a speaker named after a quotation (",” Susan said", "?” asked Lee")."""
_OWN_CLAUSE = re.compile(r"\s*(?:that|whether|if)\b", re.I)
"""A clause the cue itself takes ("..., the chief had not confirmed whether ..."): its words come after it,
so it frames nothing before it."""


def _frames_before(attribution: Attribution, sentence: Sentence) -> bool:
    """Whether the attribution's speaker is named after the words they frame, with no words of their own
    after the cue: its content ends before the cue, or a quotation closes right before the speaker."""
    name = min(attribution.cue[0], attribution.source[0] if attribution.source else attribution.cue[0])
    before = sentence.text[: max(0, name - sentence.start)]
    if attribution.cue[0] < attribution.content[1] and not _AFTER_QUOTE.search(before):
        return False
    return _OWN_CLAUSE.match(sentence.text, max(0, attribution.cue[1] - sentence.start)) is None


def _relayed_by(attribution: Attribution, other: Attribution, sentence: Sentence) -> bool:
    """Whether ``attribution`` is words that ``other``, of the same sentence, reports: other's content holds
    attribution's cue and begins before attribution's content or cue, and attribution's speaker is not named
    after the words they frame (``_frames_before``)."""
    return (other is not attribution and other.sentence == attribution.sentence
            and other.content[0] <= attribution.cue[0] and attribution.cue[1] <= other.content[1]
            and (other.content[0] < attribution.content[0] or other.cue[1] <= attribution.cue[0])
            and not _frames_before(attribution, sentence))


def sentence_speakers(sentences: Sequence[Sentence], resolved: Sequence[tuple[Attribution, Mention]]) -> dict[int, Mention]:
    """Each sentence that holds a resolved attribution's cue or content, and who spoke there (the latest, save
    one whose words another speaker of the sentence reports). ``sentences`` are an article's, in text order (as the
    segmenter gives them: no run of the read pages or of PolNeAR's train set gave them otherwise)."""
    # Why: this ran a pass over every sentence and every other attribution per attribution, four times an
    # article (a long one's hundred attributions, 2% of its reading). In order, a span's sentences are one
    # run found by bisection, and only an attribution of the same sentence can report another's words.
    starts, ends = [s.start for s in sentences], [s.end for s in sentences]
    same: dict[int, list[Attribution]] = defaultdict(list)
    for other, _ in resolved:
        same[other.sentence].append(other)
    speaker: dict[int, Mention] = {}
    for attribution, mention in sorted(resolved, key=lambda r: r[0].cue[0]):
        lo = min(attribution.cue[0], attribution.content[0])
        hi = max(attribution.cue[1], attribution.content[1])
        at = bisect_right(starts, attribution.cue[0]) - 1
        home = sentences[at] if at >= 0 and attribution.cue[0] < ends[at] else None
        inside = home is not None and any(_relayed_by(attribution, other, home) for other in same[attribution.sentence])
        for k in range(bisect_right(ends, lo), bisect_left(starts, hi)):
            if not (inside and k in speaker):
                speaker[k] = mention
    return speaker
