"""Signs in the text that a name the tagger read a person's is a body's: the initials the text gives it in
brackets ("the opposition Maha Vikas Aghadi (MVA)"), and its opening or closing stores or jobs ("Harbor
Freight said it would open 40 stores", "X plans to close 12 locations").

The tagger reads capitalised words with no given name as a person's by their shape, and a role set before
them ("the opposition") or a name's uncommon words keep that reading. News gives a party, an alliance or a
firm its initials in brackets at its first writing, and seldom a person (who, when given them, is opened by a
given name: "Mohammed bin Salman (MBS)", "John F. Kennedy (JFK)"); and stores, plants and jobs are what a
firm opens or cuts, not a person (who, read as one by a role or a pronoun, keeps that reading first).
"""

from __future__ import annotations

import re

from brief.actors.bracketed_initials import MIN_INITIALS, initials_fit
from brief.actors.gender import first_names
from brief.actors.phrasing import inflected_verb, is_noun
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


_FIRM_DEEDS = ("open|close|shut|cut|slash|hire|lay off|add|eliminate|reduce|build|sell|buy|acquire|relocate|"
               "shed|axe|expand")
_FIRM_HOLDINGS = ("stores|locations|outlets|branches|plants|factories|warehouses|jobs|"
                  "distribution (?:centers|centres)")
_DEED = rf"(?:{_FIRM_DEEDS})(?:s|es|ed|d|ing|ped|ting|ning)?"
_RUNS_SITES = re.compile(rf"\s+(?:(?:said|says|announced|confirmed|added)\s+(?:on\s+\w+\s+)?(?:that\s+)?it\s+)?"
                         rf"(?:[a-z]+\s+){{0,4}}?{_DEED}\s+(?:[\w$%,.-]+\s+){{0,3}}?(?:{_FIRM_HOLDINGS})\b")
"""The name's own verb (or its "it" after its speech verb), a firm's deed, then what only a firm has of it:
"Harbor Freight said it would open 40 stores", "X plans to open 40 new stores", "X will close 12 locations",
"X cut 300 jobs"; within its clause (no stop between). Not "said it would close the gap", which a player says."""


def speaks_as_a_firm(text: str, name: str) -> bool:
    """Whether ``name`` of several words, opened by no given name, opens or closes stores, plants or jobs, or
    says "it" does (``_RUNS_SITES``): a firm, not a person (one word is as often a surname: "Kumar said it
    would cut 500 jobs" may speak for a government)."""
    words = name.split()
    if len(words) < 2 or words[0] in first_names():
        return False
    return any(_RUNS_SITES.match(text, end) for _, end in phrase_spans(text, name))


_WHICH_THEN_VERB = re.compile(r",\s+which\s+[^,.;:()\"“”]{1,80},\s+(?:also\s+|later\s+)?([a-z]+)\b")
"""A relative clause opened by "which" set off after the name, then the name's own verb: "Live Nation, which
promoted the tour, said". A person takes "who"; "which" after a person's name takes up the whole clause before
it ("... thanked Ana Ruiz, which surprised many"), and no verb of the name's own follows its closing comma."""


def which_subject(text: str, name: str) -> bool:
    """Whether one writing of ``name`` is the subject of a verb after a "which" clause set off after it (see
    ``_WHICH_THEN_VERB``): a body or a thing, not a person."""
    return any(which_after(text, end) for _, end in phrase_spans(text, name))


def which_after(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by a "which" clause and then its own verb."""
    m = _WHICH_THEN_VERB.match(text, end)
    return m is not None and inflected_verb(m.group(1)) and (not is_noun(m.group(1)) or m.group(1) in _SAYING_NOUN_VERBS)


_SAYING_NOUN_VERBS = frozenset("claims counters notes replies answers promises pledges".split())
"""Verbs of saying spelt as a plural noun: right after the "which" clause's closing comma only the verb reads
("Zango, which disputes ..., claims these figures are wrong"); no list of nouns goes on there."""
