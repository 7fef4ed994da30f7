"""A broadcast transcript's host or reporter relaying others inside their own labelled turn ("MARA QUILL, HOST: The
mayor of Dunmere says the bridge will close in May.", "TOM ASHE, BYLINE: Parents told me the plan is unfair."):
the relayed words are the third person's, as the same sentence in running prose would be, not the host's.

Why: a labelled turn is otherwise read as its speaker's whole (``brief.actors.labelled_turns``), so every cue inside
it is dropped ("Rick: ... AMP pushed us to remove ...": a guest's answer is the guest's). A guest tells their own
story; a host or a reporter tells the news, which is what others said. Only a turn whose speaker a label gives a
newsroom role ("HOST", "BYLINE", "CORRESPONDENT") relays so; a cue whose source is the turn's own speaker (I, we),
its addressee (you) or its label stays the turn's. The relayed sentences are cut from the turn's own position.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution
from brief.actors.chain import overlaps
from brief.actors.host_signs import signed_hosts
from brief.actors.label_answers import names_itself, spoken
from brief.actors.labelled_turns import labelled_paragraphs
from brief.actors.mention_index import MentionIndex
from brief.actors.speakers import Continued
from brief.model import Sentence

_NEWSROOM_ROLE = re.compile(
    r",\s*(?:[\w.&'’-]+\s+)*(?:CO-?HOST|HOST|BYLINE|ANCHOR|CO-?ANCHOR|PRESENTER|NEWSREADER|REPORTER|CORRESPONDENT)\s*$",
    re.I,
)
"""A label's role after the name ("MARA QUILL, HOST", "TOM ASHE, BYLINE", "JO REID, WAVE NEWS SENIOR CORRESPONDENT"):
a broadcaster's transcript marks its own host and reporters so, its channel's name or the rank before the role. Not a moderator's or an interviewer's, whose "your rival says ..." is a premise put to
a guest, read by the rules for questions."""
_OWN_VOICE = frozenset("i we you me us myself ourselves yourself yourselves".split())
"""Sources that are the turn's own speaker or its addressee: "as I said", "you told us": the turn's, not relayed."""


def _narrators(text: str, labels: Sequence[Continued]) -> set[str]:
    """The names a label gives a newsroom role anywhere on the page ("MARA QUILL, HOST: ..." then "QUILL: ...")."""
    roled = {c.mention.name for c in labels if _NEWSROOM_ROLE.search(text[c.label[0] : c.label[1]])}
    return roled | signed_hosts(text, labels)  # "MARGOT ELSWORTH: ... I'm Margot Elsworth.": a host all the same


def _relayed(text: str, attribution: Attribution, turns: Sequence[Continued]) -> bool:
    """Whether the attribution is a third person's words relayed inside one of a host's or reporter's ``turns``."""
    source = attribution.source
    if source is None or " ".join(text[source[0] : source[1]].split()).lower() in _OWN_VOICE:
        return False
    return any(c.span[0] <= attribution.cue[0] < c.span[1] and not overlaps(source, c.label) for c in turns)


def spoken_turns(text: str, sentences: Sequence[Sentence], index: MentionIndex,
                 found: Sequence[Attribution]) -> list[Continued]:
    """The page's labelled turns (``labelled_paragraphs``) that read as speech (not "Name: possession of heroin,
    ..."), less the sentences where a host or reporter relays a third person (``found``'s attributions there)."""
    labels = [x for x in labelled_paragraphs(text, sentences, index) if spoken(text[x.span[0] : x.span[1]])
              and not (x.label != (0, 0) and names_itself(text[x.span[0] : x.span[1]], x.mention.name))]
    # not "Kell: ..., Kell worked ..." under its label; a paragraph a turn runs on to is read as before
    return without_relayed(text, sentences, labels, found)


def without_relayed(text: str, sentences: Sequence[Sentence], labels: Sequence[Continued],
                    found: Sequence[Attribution]) -> list[Continued]:
    """``labels`` with the sentences a host or reporter relays a third person in cut from their turns: each such turn
    becomes the runs of its other sentences ("This is Coast Report. | The mayor says ... | Our reporter joins us.":
    the first and the last)."""
    names = _narrators(text, labels)
    out: list[Continued] = []
    for c in labels:
        relayed = [a for a in found if c.mention.name in names and _relayed(text, a, [c])]
        if not relayed:
            out.append(c)
            continue
        inside = [k for k, s in enumerate(sentences) if s.end > c.span[0] and s.start < c.span[1]]
        kept = [k for k in inside if not any(sentences[k].start <= a.cue[0] < sentences[k].end for a in relayed)]
        runs: list[list[int]] = []
        for k in kept:
            if runs and runs[-1][-1] == k - 1:
                runs[-1].append(k)
            else:
                runs.append([k])
        for run in runs:
            start = c.span[0] if run[0] == inside[0] else sentences[run[0]].start
            end = c.span[1] if run[-1] == inside[-1] else sentences[run[-1]].end
            # the label stays with the first run kept, even when the turn opens with a relayed sentence ("ALVAREZ: The
            # mayor of Corbin says ...."): a label no turn holds reads as an unnamed interviewer's (``unnamed_turns``)
            out.append(Continued(c.mention, run[0], (start, end), c.label if run is runs[0] else (0, 0), c.cue))
    return out
