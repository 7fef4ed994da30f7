"""Firms named in the possessive: "Moody's said", "Sainsbury's reported".

Name normalising folds "Biden's" into "Biden", rightly for a person's or a body's possessive. But some
firms are named in the possessive ("Moody's", "Sainsbury's", "McDonald's"), and folding it makes another
name ("Moody", a surname). A possessive stands before a noun; where the article writes the name with "'s"
before a reporting verb or an auxiliary ("Moody's said", "Moody's has cut"), the "'s" is the firm's own,
and every writing of that body is the firm's name with it ("Moody's analysts"). A person ("Moody's wife") keeps his name; and the clause's end is no sign ("the
decision was Trump's.": a possessive standing for its noun).
"""

from __future__ import annotations

import re

from brief.actors.cues import seed_cue
from brief.text.language import stop_words
from brief.text.lexicon import IRREGULAR_VERBS

_AUXILIARIES = frozenset({"has", "had", "will", "would", "also"})
"""Words a possessive never stands before ("Moody's has", "Moody's also said"); not "is"/"was", which a
person's "'s" may contract ("Moody's expected")."""


_SAID = frozenset({"said", "says", "told"})
"""Reporting verbs no possessive's noun is spelt as ("Moody's said")."""


def _reporting(word: str, then: str) -> bool:
    """A reporting verb in the past, read as one only before a function word or a number ("Sainsbury's reported
    a rise", "warned that"): before a noun it is a participle, the possessive's ("Trump's promised increase",
    "the firm's reported loss"). Not before "to", where a person's "'s" is a contracted "has" ("Trump's
    promised to")."""
    past = word in IRREGULAR_VERBS or word.endswith("ed")
    return (past and seed_cue(word) and then != "to"
            and (then in stop_words("en") or then[:1].isdigit() or then[:1] in _MARKS))


_MARKS = frozenset("$£€,")
"""Marks a verb's object or clause may open with ("reported $2bn", "warned, ...")."""


_NOT_POSSESSIVE = _AUXILIARIES | _SAID


_LAST: list[tuple[str, dict[str, bool]]] = []
"""The last text asked about and its answers by name: every mention of a body asks again, and a
text that writes the name with "'s" was scanned whole each time (a one-entry memo, replaced whole,
as attribution.features._VIEWS: another thread's text only makes it start again)."""


def named_in_possessive(text: str, name: str) -> bool:
    """Whether the article writes ``name`` + "'s" where no possessive can stand: the firm's own name."""
    last = _LAST[-1] if _LAST else None
    if last is None or last[0] is not text:
        last = (text, {})
        _LAST[:] = [last]
    known = last[1].get(name)
    if known is None:
        known = last[1][name] = _firm_possessive(text, name)
    return known


_WORD_OPENS = re.compile(r"(?<![\w'’])")
"""No letter or apostrophe before the name: it opens a word ("Lowe's", not "Marlowe's")."""
_POSSESSIVE_AFTER = re.compile(r"['’]s\s+([a-z]+)\b\s*([\w$£€,]*)")
"""The "'s" right after the name and the lower-case word after it (a verb or a noun), then what follows that."""


def _firm_possessive(text: str, name: str) -> bool:
    """``named_in_possessive``, worked out."""
    if name + "'s" not in text and name + "’s" not in text:
        return False  # the pattern needs one of them: no pattern is built (one per name) nor the text scanned
    # finditer's matches of the name opening a word and its "'s" (no pattern compiled per name: that was most
    # of this rule's cost), tried only where the name is written; each next one from the last match's end
    at = text.find(name)
    while at >= 0:
        m = _POSSESSIVE_AFTER.match(text, at + len(name)) if _WORD_OPENS.match(text, at) else None
        if m is not None and (m.group(1) in _NOT_POSSESSIVE or _reporting(m.group(1), m.group(2))):
            return True
        at = text.find(name, at + 1 if m is None else m.end())
    return False
