"""A speaker whose words another speaker reports, or who speaks in an aside, is not the one the next "he said" goes
on with.

Why: "Kai Brandt told the panel the loan came after Ivo Marten told him the firm was broke. He told the
panel ..." reports Marten's words inside Brandt's; Brandt is the sentence's subject and the one who spoke,
so the next "he" is Brandt (centering ranks the main clause's subject first). Marten only speaks in what
Brandt said; were the next "he" Marten, the text would have had to name him again.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.mentions import Mention
from brief.actors.namesakes import titled_gender
from brief.text.sentence_stops import STOP_OR_LINE_BREAK


def _words_around(outer: tuple[Attribution, Mention] | None, previous: Mention | None,
                  attribution: Attribution) -> Attribution | None:
    """``outer``'s attribution when it is the last speaker's (``previous``) and its words hold ``attribution``'s cue."""
    if outer is None or outer[1] is not previous:
        return None
    said = outer[0]
    return said if said.content[0] <= attribution.cue[0] < said.content[1] else None


def reported_inside(outer: tuple[Attribution, Mention] | None, previous: Mention | None, attribution: Attribution,
                    mention: Mention) -> bool:
    """Whether ``attribution`` (resolved to ``mention``) stands inside the words of ``outer``, the last speaker's
    (``previous``) statement in the same sentence: a body's statement inside a person's ("He notes that the
    Commission announced ..."), or another person's ("X told MPs ... after Y told him ...")."""
    said = _words_around(outer, previous, attribution)
    if said is None or previous is None or previous.kind != "person":
        return False
    if mention.kind != "person":
        return True
    return said.sentence == attribution.sentence and (mention.name != previous.name or _namesakes(mention, previous))


def _namesakes(a: Mention, b: Mention) -> bool:
    """Two people of one surname whose titles tell them apart: "Mr. Lassiter says that Ms. Lassiter confessed and
    said ...": her words, reported inside his, leave him the last speaker."""
    return bool(titled_gender(a)) and bool(titled_gender(b)) and titled_gender(a) != titled_gender(b)


def same_voice(outer: tuple[Attribution, Mention] | None, previous: Mention | None, attribution: Attribution,
               mention: Mention) -> bool:
    """Whether ``attribution`` stands inside the words of ``outer``, the last speaker's (``previous``) statement in the
    same sentence, and gives them to the same actor: "Mayor Calder's spokesman said the mayor had asked Tom Bryce
    ...": the spokesman still speaks, for Calder, and a "he added" next is the spokesman again (``proxies``)."""
    said = _words_around(outer, previous, attribution)
    return (said is not None and previous is not None and said.sentence == attribution.sentence
            and mention.name == previous.name)


_DASH = re.compile(r"\s[-–—]{1,2}\s")
"""A dash set off by spaces, as an aside opens or closes ("Nationality is no issue for Hodgson - his predecessor
insisted on ... - but height is"); a hyphen within a word has none."""
_SENTENCE_END = STOP_OR_LINE_BREAK
SENTENCE_REACH = 400
"""Characters looked at either side of the cue for its sentence's start and end."""


def within_dash_aside(text: str, start: int, end: int) -> bool:
    """Whether the span from ``start`` to ``end`` (a cue, a name) stands in an aside set off by a pair of dashes
    inside its sentence: a side remark about someone else ("Nationality is no issue for Hodgson - his predecessor
    Sanchez insisted on British players - but height will be"); the one the sentence is about, not the aside's
    speaker, is whom the next "he said" goes on with."""
    ends = list(_SENTENCE_END.finditer(text, max(0, start - SENTENCE_REACH), start))
    opening = ends[-1].end() if ends else max(0, start - SENTENCE_REACH)
    after = _SENTENCE_END.search(text, end, end + SENTENCE_REACH)
    closing = after.start() if after else min(len(text), end + SENTENCE_REACH)
    opened = len(_DASH.findall(text, opening, start))
    return opened % 2 == 1 and _DASH.search(text, end, closing) is not None
