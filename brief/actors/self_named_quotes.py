"""A quotation carried on to the last speaker that names that speaker in the third person is not theirs:
"This contradicts statements by Thibault, who said .... “It was a shock for me when Premier Thibault said ...”".

Why: a quotation with no cue of its own goes on with whoever spoke last; when the last words were reported in
passing (a rival's denial, quoted by the article's subject), the next quotation is the subject's again, and it
speaks of that rival by name. A speaker does not call themselves "Premier Thibault" or "Roy Thibault"; so the
quotation is given to no one rather than to the person it is about. A surname after another given name ("my
brother Ed Miliband", spoken by David Miliband), after "Mrs" or alone may be a namesake's or a self-mention ("the
Thibault family"), and says nothing.
"""

from __future__ import annotations

import re

from brief.actors.gender import first_names
from brief.actors.mentions import Mention

_WORDS_BEFORE = re.compile(r"((?:[A-Z][\w'’.-]*\s+)+)\Z")
"""The capitalised words right before the surname ("Prime Minister", "Roy"): the last is its title or given name."""
_OPENING = re.compile(r"(?:\A|[.!?:;\"“‘(]\s*)\Z")
"""Before the words: a sentence's or a quotation's opening, where any word is capitalised ("Then Thibault")."""
BEFORE_REACH = 40
"""Characters before the surname looked at for the word that precedes it."""
_NOT_OFFICES = frozenset("Mr Mr. Mrs Mrs. Ms Ms. Miss Mister Dr Dr. The Team Brother Sister Uncle Aunt".split())
"""Words before a surname that name someone else of it as readily as its bearer ("Mrs Thibault", "the Thibault
family" opening a sentence): no sign that the speaker is spoken of."""


def names_its_speaker(text: str, span: tuple[int, int], mention: Mention) -> bool:
    """Whether the quotation at ``span`` names ``mention``'s person by their surname after an office ("Premier
    Thibault") or after their own given name: someone spoken of, so not the one speaking (see the module's
    docstring). A surname alone, after a title any namesake may have, as a possessive or in a compound ("a Lindsey
    Graham-type", said by Graham) says too little."""
    words = mention.name.split()
    if mention.kind != "person" or not words or not words[-1][:1].isupper() or len(words[-1]) < 3:
        return False
    surname, given = words[-1], words[0] if len(words) > 1 else ""
    for found in re.finditer(rf"\b{re.escape(surname)}\b(?![-'’])", text[span[0] : span[1]]):
        at = span[0] + found.start()
        before = _WORDS_BEFORE.search(text, max(span[0], at - BEFORE_REACH), at)
        if before is None:
            continue
        run = before.group(1).split()
        if len(run) == 1 and _OPENING.search(text, span[0], before.start()) and run[0] != given:
            continue  # "Then Thibault ...": a sentence's first word, capitalised whatever it is
        word = run[-1]
        if word == given or word not in first_names() and word not in _NOT_OFFICES:
            return True
    return False
