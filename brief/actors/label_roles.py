"""A transcript label's newsroom role is no actor: "OSSIAN PRYDE, BYLINE: ...", "NELL TAVISH, HOST: ...".

Why: the tagger reads the capitalised role word after the label's comma as a body ("BYLINE", "HOST"), which was
listed as an organisation and, as the last body named, taken for the referent of a described source in the turn
("OSSIAN PRYDE, BYLINE: The transit authority says ..." gave "BYLINE" the authority's words). The role only says
what the speaker does on the programme (``relayed_turns`` reads it so), and the name before it, typed a body the
same way ("OSSIAN PRYDE"), is that host or reporter, a person.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention

_ROLE_WORDS = "CO-?HOST|HOST|BYLINE|ANCHOR|CO-?ANCHOR|PRESENTER|NEWSREADER|REPORTER|CORRESPONDENT|NARRATOR"
"""A broadcast transcript's roles of its own people, written after a label's name in capitals."""
_LABEL_ROLE = re.compile(rf"^[ \t]*([^\n:,]{{2,60}}),[ \t]+(?:[A-Z][A-Z.&'’-]*[ \t]+)*?((?:{_ROLE_WORDS})(?:[ \t]+(?:{_ROLE_WORDS}))*)[ \t]*:",
                         re.MULTILINE)
"""A line's opening label with its role: the name, a comma, perhaps the channel or a rank, the role, the colon."""
_ROLE = 2
"""The role's group in ``_LABEL_ROLE`` (the name is the first)."""


def label_roles_dropped(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less those that are a label's newsroom role ("BYLINE" of "OSSIAN PRYDE, BYLINE:"), and the label's
    name typed a body or a place: a host or a reporter, the person ``labelled_turns`` reads the label as."""
    labels = list(_LABEL_ROLE.finditer(text))
    if not labels:
        return mentions
    roles = [(x.start(_ROLE), x.end(_ROLE)) for x in labels]
    names = [(x.start(1), x.end(1)) for x in labels]
    return [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in roles)
            and not (m.kind != "person" and any(a <= m.start and m.end <= b for a, b in names))]
