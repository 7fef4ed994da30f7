"""A broadcast transcript's host or reporter whose label gives no newsroom role ("MARGOT ELSWORTH: Good evening.
I'm Margot Elsworth.", "PIET VANDERMOLEN: (voice-over) The seawall ..."): known by what the transcript has them
do, they relay others' words as a labelled host does (``relayed_turns``).

Why: public broadcasters' transcripts label their anchor and reporters by name alone, so the host's turn "State
regulators said ... A retired teacher, Gwen Farrow, told us ..." was read whole as the host's, the regulators' and
the teacher's words lost to her. Three signs, each the newsroom's own: the speaker names themself in their turn
("I'm Margot Elsworth", "For Radio Tarn, I'm ..."), which a guest never does; the label is followed by a
package's stage direction ("(voice-over)", "(on camera)"), which only a reporter's filed piece has; or another
turn introduces them by a newsroom word ("Our correspondent Piet Vandermolen", "... Vandermolen reports"). Not one
most of whose turns ask (``labelled_turns.answered_turns``): an interviewer's "The mayor says ..." is a premise put
to the guest, as ``relayed_turns`` reads a moderator's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.labelled_turns import answered_turns
from brief.actors.speakers import Continued

_STAGE = re.compile(r"\s*\((?:voice[- ]?over|v/?o|on[- ]camera|off[- ]camera|through translation)\)", re.I)
"""A package's stage direction right after the label ("PIET VANDERMOLEN: (voice-over) ...")."""
_NEWSROOM_WORDS = "correspondent|reporter|anchor|co-?host|host|presenter|producer"
"""Words that introduce the programme's own people before their name ("Our correspondent X has the story")."""
_FILES = "reports|has the story|has this report|has more|joins us|is reporting|reporting from|reports from"
"""Words after a name that hand the programme over to its own reporter ("X reports.", "X has the story.")."""


def signed_hosts(text: str, labels: Sequence[Continued]) -> set[str]:
    """The names of ``labels``' speakers the transcript shows as its host or reporters (see the module)."""
    out: set[str] = set()
    answered = {id(c) for c in answered_turns(text, labels)}
    asking = {c.mention.name for c in labels if id(c) not in answered}  # an interviewer's questions
    for c in labels:
        name = c.mention.name
        if name in asking:
            continue
        words = [re.escape(w) for w in name.split()]
        if len(words) < 2:
            continue  # a one-word name is too weak to find again in the text
        full = r"\s+".join(words)
        turn = text[c.span[0] : c.span[1]]
        if (re.search(rf"\bI(?:'|’|\s+a)m\s+{full}\b", turn)
                or _STAGE.match(text, c.span[0])
                or re.search(rf"\b(?i:{_NEWSROOM_WORDS}),?\s+{full}\b", text)
                or re.search(rf"\b{full},?\s+(?:{_FILES})\b", text)):
            out.add(name)
    return out
