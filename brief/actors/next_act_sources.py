"""Who does the speaker's next act: in "Sullivan put off deciding whether the group could question Clinton but said
it could come back later", the one who put off deciding also said; the second verb's subject is the first's.

Why: ``speaker_next_acts`` ends the first content before "but said", so the second statement is covered only by an
attribution of its own. The cue model often tags that second verb, but with a noun inside the first content for its
source ("the group said"), and later rules then drop or merge it: the second statement was in no position at all.
Here the second verb's attribution, tagged or not, takes the first's source, as a coordinated predicate's subject.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution
from brief.actors.speaker_next_acts import next_act

_THAT = re.compile(r"\s+(?:that\s+)?")
"""Between the next act's verb and what it says, when the model did not tag it ("but said that ...")."""


def next_act_sources(text: str, found: Sequence[Attribution]) -> list[Attribution]:
    """The attributions with each speaker's next act (``next_act``) given the first cue's source (the outermost's,
    when a cue inside its content reaches the same verb): the model's own attribution of that verb re-sourced, or,
    when it tagged none, a new one running to the first content's end."""
    out = list(found)
    done: set[int] = set()  # the verbs given a source: by the outer cue, read first ("X said the van showed ... but")
    for a in found:
        join = next_act(text, a)
        if join is None or a.source is None or join.start("verb") in done:
            continue
        verb = join.span("verb")
        done.add(verb[0])
        tagged = next((i for i, b in enumerate(out) if b.cue[0] == verb[0] and not b.quote), None)
        if tagged is not None:
            out[tagged] = dataclasses.replace(out[tagged], source=a.source)
            continue
        said = _THAT.match(text, verb[1])
        start = said.end() if said else verb[1]
        if start < a.content[1]:
            out.append(Attribution(cue=verb, source=a.source, content=(start, a.content[1]), quote=False, sentence=a.sentence))
    return sorted(out, key=lambda b: b.cue[0]) if len(out) > len(found) else out

