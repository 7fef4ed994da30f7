"""Signs in the text that a name the tagger read a person's is a body's: the initials the text gives it in
brackets ("the opposition Maha Vikas Aghadi (MVA)"), and its speaking of itself as "it" doing what a firm
does ("Harbor Freight said it would open 40 stores").

The tagger reads capitalised words with no given name as a person's by their shape, and a role set before
them ("the opposition") or a name's uncommon words keep that reading. News gives a party, an alliance or a
firm its initials in brackets at its first writing, and seldom a person (who, when given them, is opened by a
given name: "Mohammed bin Salman (MBS)", "John F. Kennedy (JFK)"); and a person's "it" after "said" is what
the person spoke of ("it was a tough game"), a firm's "it" is the firm opening, cutting or hiring.
"""

from __future__ import annotations

import re

from brief.actors.bracketed_initials import MIN_INITIALS, initials_fit
from brief.actors.gender import first_names
from brief.text.phrases import phrase_spans

_INITIALS_AFTER = re.compile(r"\s?\(([A-Z][A-Z.&-]*[A-Z])\)")
"""Capitals in brackets right after the name: "Maha Vikas Aghadi (MVA)", "(A.N.C.)"."""


def named_with_initials(text: str, name: str) -> bool:
    """Whether the text writes ``name`` of several words, no given name opening it, with its own initials in
    brackets after it, one for each of its capitalised words or more ("Maha Vikas Aghadi (MVA)"): a body's
    short form the text declares."""
    words = name.split()
    if len(words) < 2 or words[0] in first_names():
        return False
    heads = sum(1 for w in words if w[:1].isupper())
    for _, end in phrase_spans(text, name):
        m = _INITIALS_AFTER.match(text, end)
        if m:
            letters = re.sub(r"[.&-]", "", m.group(1))
            if len(letters) >= max(MIN_INITIALS, heads) and initials_fit(letters, name):
                return True
    return False


_FIRM_DEEDS = ("open|close|shut|cut|slash|hire|lay|invest|acquire|buy|sell|raise|launch|expand|recall|build|add|"
               "eliminate|reduce|suspend|pay|offer|relocate|move|file|appeal|resume|halt|pause|stop|sue|settle|"
               "withdraw|exit|restructure|spin|merge|list|delist|issue|supply|ship|manufacture|produce|deliver")
_SAYS_IT_DOES = re.compile(
    r"\s+(?:said|says|announced|confirmed|added|reported)\s+(?:on\s+\w+\s+)?(?:that\s+)?it\s+"
    r"(?:(?:would|will|could|may|might|had|has|is|was|plans\s+to|planned\s+to|intends\s+to|expects\s+to|"
    r"aims\s+to|hopes\s+to|is\s+going\s+to|would\s+not|will\s+not|had\s+not|has\s+not)\s+)?"
    r"(?:also\s+|now\s+|soon\s+)?"
    rf"(?:{_FIRM_DEEDS})(?:s|es|ed|d|ing|ped|ting|ning)?\b")
"""The name's speech verb, then "it" doing a firm's deed: "said it would open", "announced it plans to cut",
"said it had hired"; not "said it was", which a person says of anything."""


def speaks_as_a_firm(text: str, name: str) -> bool:
    """Whether ``name``, opened by no given name, says "it" does what a firm does (``_SAYS_IT_DOES``)."""
    if name.split()[0] in first_names():
        return False
    return any(_SAYS_IT_DOES.match(text, end) for _, end in phrase_spans(text, name))
