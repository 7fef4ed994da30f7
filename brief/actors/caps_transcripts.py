"""A transcript whose labels alone name its speakers, in capitals: "KATE ODUM: Why not wait? | PIERS LAMB: Because
the vote ... | ODUM: ... | LAMB: ...". A news site that prints a broadcast's exchange names the host and the guest
only in their labels; the prose around it may never write them in its own case.

Why: ``labelled_turns`` takes a label for a person only when the article names that person elsewhere, or when the
page is shaped as a press conference (a "Q." or an office after the name). A page that runs several labelled turns
in capitals is a transcript too: a full name in capitals whose first word is a known given name ("KATE ODUM") is a
speaker, and the surname alone in a later label ("ODUM:") is the same speaker. A single capitalised label ("NOTE:",
a headline "SENEGAL VOTES:") is no transcript, and a label whose first word is no given name is left alone. The interviewer (a name any of
whose turns asks) is left to the rules for questions: a host's turn puts others' words to the guest.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.gender import first_names
from brief.actors.headed_answers import shaped_as_name

MIN_CAPS_TURNS = 3
"""Paragraphs opened by a label in capitals that make a page a transcript: two labelled turns may be a page's
furniture ("UPDATE:", "CORRECTION:"); a host, a guest and an answer are an exchange."""


def caps_guests(text: str, labels: Sequence[re.Match[str] | None]) -> set[str]:
    """The full names in capitals ("PETER LAMBRECHT") that label a guest's turns in a transcript of
    ``MIN_CAPS_TURNS`` labels in capitals or more: two words or three, the first a known given name, none a common
    noun or function word, and no turn of theirs (under the full name or the surname alone) a question."""
    caps = [x for x in labels if x is not None and x.group(1).isupper()]
    if len(caps) < MIN_CAPS_TURNS:
        return set()
    given = first_names()
    asking = {x.group(1) for x in caps if _asks(text, x)}
    return {name for name in (x.group(1) for x in caps) if 1 < len(name.split()) <= 3
            and name.split()[0].title() in given and shaped_as_name(name.title())
            and name not in asking and name.split()[-1] not in asking}


def _asks(text: str, label: re.Match[str]) -> bool:
    """Whether the label's turn (to its paragraph's end) ends with a question: the interviewer's, whose turns put
    others' words to the guest ("The union said on Monday that ... Why not wait?"), read by the rules for questions."""
    end = text.find("\n", label.end())
    return text[label.end() : end if end >= 0 else len(text)].rstrip().rstrip("”\"’')").endswith("?")
