"""The role of one who speaks for a body, set off before their name: "A spokesman for the Malian army, Col. Ali
Sako, said", "a lawyer for the farmers, Eleanor Price,".

Why: a role before a name is read back from the name while its words are titles or capitalised, so one ending in
a common noun ("army", "farmers") stopped at once, and a rank before the name ("Col.") was all the person's
role. A voice's noun, "for" and whom it speaks for is the role whole, whatever its last word.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from brief.actors.audience_roles import audience_before as audience_before  # read with the voice before a name

if TYPE_CHECKING:
    from brief.actors.mentions import Token

VOICES = frozenset("spokesman spokeswoman spokesperson lawyer lawyers attorney representative".split())
"""Nouns of one who speaks for a body or for people."""
SERVING = frozenset("spokesman spokeswoman spokesperson aide aides adviser advisers advisor assistant lawyer lawyers attorney attorneys officials strategist representative "
                    "publicist agent".split())
"""Roles held for someone else: in "a spokeswoman for the governor" the governor is whom she speaks for, not her
title, so "the governor" later in the text is never she; in "a spokesperson for House Speaker Mike Johnson" the
title after "for" is Johnson's own."""
CAMPAIGN_ROLES = frozenset("manager chair chairman chairwoman director spokesman spokeswoman spokesperson".split())
"""A campaign's staff roles, held for its candidate: "the campaign manager for Republican candidate Lewis Granger"
(his title is "Republican candidate"; he manages no campaign)."""


def serves_for(sent: Sequence[Token], k: int) -> bool:
    """Whether the token at ``k`` (before "for") names a role held for whom "for" names: ``SERVING``, or a
    campaign's staff role ("campaign manager for")."""
    word = sent[k].text.lower()
    return word in SERVING or word in CAMPAIGN_ROLES and k > 0 and sent[k - 1].text.lower() == "campaign"


MAX_WHOM_WORDS = 4
"""Words after "for" naming whom the voice speaks for ("the Malian army", "the regional health authority")."""
MAX_TITLES = 2
"""Ranks or courtesies written short between the comma and the name ("Lt. Col.")."""


def voice_before(sent: Sequence[Token], i: int) -> list[Token]:
    """The token span of a voice's role that a comma closes right before token ``i`` ("spokesman for the Malian
    army" before ", Col. Ali Sako"): the voice's noun, "for" and up to ``MAX_WHOM_WORDS`` words with no
    comma. Empty when no such role stands there."""
    for _ in range(MAX_TITLES):
        if i > 1 and sent[i - 1].text[:1].isupper() and sent[i - 1].text.endswith(".") and sent[i - 2].text != ".":
            i -= 1  # "..., Cdr. Kofi Mensah": a rank or a courtesy written short, between the comma and the name
    if i < 4 or sent[i - 1].text != ",":
        return []
    for k in range(i - 3, max(0, i - 4 - MAX_WHOM_WORDS), -1):
        if any(w.text in (",", ";", ":", "(", ")") for w in sent[k : i - 1]):
            return []
        if sent[k].text.lower() in VOICES and sent[k + 1].text == "for":
            return list(sent[k : i - 1])
    return []
