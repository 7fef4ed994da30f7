"""Who speaks for whom: a spokesperson's words are the body's, and a lawyer's the client's.

Why a module of its own: the speaker chain (brief.actors.chain) asks both questions of every source it
resolves, to know who a "he added" or "she said" after it goes on with.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.mentions import Mention

_SPOKESPEOPLE = re.compile(r"\b(?:spokesperson|spokesman|spokeswoman|official|representative|director|"
                          r"manager|head|chief|executive|officer|secretary|minister)\b", re.I)


def voiced(text: str, attribution: Attribution) -> bool:
    """ "A spokesperson for Sheffield University urged ...": a person spoke for the body, and a
    "he added" after goes on with them (not with the last person named)."""
    if attribution.source is None:
        return False
    start, end = attribution.source
    return bool(_SPOKESPEOPLE.search(text, start, end) or _SPOKESPERSON_OF.search(text, max(0, start - 40), start))


_SPOKESPERSON_OF = re.compile(r"\b(?:spokesperson|spokesman|spokeswoman|official|representative)\s+"
                              r"(?:for|of|from|at)\s+(?:the\s+)?(?-i:(?:[A-Z][\w.]*\s+){0,3})$", re.I)
"""A voice's noun and its "for" right before the name it speaks for, a title or two between ("a spokesman for
Mayor Ruth Calder", "a spokeswoman for House Speaker ...")."""


def spoke_for(text: str, attribution: Attribution, mention: Mention) -> bool:
    """ "A representative for Pike said": someone unnamed spoke for the person or body the words
    went to (the spokesperson's noun right before its name, inside the source)."""
    source = attribution.source
    return (source is not None and source[0] <= mention.start <= source[1]
            and (_SPOKESPERSON_OF.search(text, max(source[0], mention.start - 40), mention.start) is not None
                 or _PROXY_OF_NAME.match(text, mention.end, source[1]) is not None))


_PROXY_OF_NAME = re.compile(r"['’]s?\s+(?:[a-z]+\s+)?(?:lawyer|attorney|solicitor|barrister|counsel|agent|publicist|"
                            r"spokesperson|spokesman|spokeswoman|representative)\b")
"""After a name, one who speaks for its bearer ("Pike's lawyer said", "Pike's longtime agent"): a "she said" next is
the lawyer again, whatever the bearer's sex."""
