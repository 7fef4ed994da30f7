"""A statement fronted as a participle clause before its speaker: "Stressing that a truce was possible, Yuksel said,
"Nobody gains from this war."", "Noting that convoys were stopped twice, the minister urged both sides to open the
roads".

Why: agency copy (Anadolu, Xinhua, dpa's English wire) opens sentences so. The cue model read the participle
as a cue with no source, and the main cue's content ran back over the fronted clause ("says Stressing that ...,
'Nobody gains ...'", "urges Noting that convoys ..."). The fronted clause is the main clause's subject speaking,
and what the main cue reports is what follows it: the participle's attribution takes the main source, and the
main content starts after its cue.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution

_PARTICIPLE = re.compile(
    r"(?:Stressing|Noting|Underlining|Underscoring|Emphasi[sz]ing|Recalling|Reiterating|Highlighting|Pointing\s+out|"
    r"Asserting|Insisting|Warning|Arguing|Adding|Reminding|Saying)\b")
"""A participle of saying that opens a sentence and fronts what its subject says."""
_BETWEEN = re.compile(r"[\s,:]*")
"""What stands between the main cue and what it reports: "said, "Nobody ...", "urged both"."""


def with_fronted_participles(text: str, attributions: list[Attribution],
                             sentence_spans: list[tuple[int, int]]) -> list[Attribution]:
    """The attributions with each fronted participle's statement given the main clause's source, and each main
    content cut to what follows its cue (to its sentence's end where the model gave it the fronted clause
    alone)."""
    out = list(attributions)
    for k, main in enumerate(out):
        if main.source is None:
            continue
        start, end = main.content
        if not _PARTICIPLE.match(text, start) or text[start : main.source[0]].rstrip()[-1:] != ",":
            continue
        if end <= main.source[0] and text[end : main.source[0]].strip() == "," and main.sentence < len(sentence_spans):
            end = sentence_spans[main.sentence][1]  # "Noting that ..., the minister urged both sides to ...": all of it
            while end > main.cue[1] and text[end - 1] in ".!? \n":
                end -= 1
        elif not start < main.source[0] < main.cue[1] < end:
            continue
        between = _BETWEEN.match(text, main.cue[1])
        after = between.end() if between else main.cue[1]
        if after >= end:
            continue
        out[k] = dataclasses.replace(main, content=(after, end), quote=text[after] in "\"“")
        for j, fronted in enumerate(out):
            if fronted.source is None and fronted.cue[0] == start and fronted.content[1] <= main.source[0]:
                out[j] = dataclasses.replace(fronted, source=main.source)
    return _own_fronted(text, out)


MAX_GAP = 3
"""Characters a fronted clause's content may stop short of the main source (its comma, a quote mark, a space)."""
_CLAUSE_CLOSE = re.compile(r",[\"”’]?\s*$")
"""The comma that closes a fronted clause before the main clause's subject (after a closing quote mark too)."""


def _own_fronted(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """A fronted participle read as a cue of its own with no source ("Saying that "...", Mr. Holm warned that
    "..."): its content is what stands before the comma that closes the clause, and its source the main
    clause's."""
    out = list(attributions)
    for j, fronted in enumerate(out):
        if fronted.source is not None or not _PARTICIPLE.match(text, fronted.cue[0]):
            continue
        main = next((a for a in out if a.source is not None and a.sentence == fronted.sentence
                     and fronted.content[0] < a.source[0] <= fronted.content[1] + MAX_GAP), None)
        if main is None or main.source is None:
            continue
        close = _CLAUSE_CLOSE.search(text, fronted.content[0], main.source[0])
        if close is not None:
            out[j] = dataclasses.replace(fronted, source=main.source, content=(fronted.content[0], min(close.start(), fronted.content[1])))
    return out
