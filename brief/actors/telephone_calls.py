"""Cues of "call" that are a telephone call or a phrasal action, not a name or judgement given: "Page called
Doerr and informed him", "called 911 when the two fell into a pond", "called the program up". Moved out of
``cue_verbs`` (which reads the verbs of doing) as the one verb whose other sense is a call made.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.cue_verbs import FAMILIAR_HEADS, SAYING_HEADS, that_clause
from brief.actors.cues import lemma
from brief.actors.phrasing import inflected_verb, verb_lemma

_NEXT_WORDS = re.compile(r"[\w'’-]+")

CALL = "call"
"""The verb of saying whose other sense is a telephone call ("called Doerr and informed him", "called 911")."""
CALLED_OBJECT_WORDS = 3
"""Words a called party may take ("the Finney's home number", "the program"): a name, a pronoun, a short
noun phrase; a longer object is read as the name given ("called the impeachment process a sham")."""
_DIALLED = re.compile(rf"\s*(?:\d[\d-]*\b|(?:[\w'’]+\s+){{0,{CALLED_OBJECT_WORDS}}}?"
                      rf"(?:number|phone|hotline|cellphone|landline)\b(?!\s+(?:a|an|the)\b|\s*[\"“‘']))", re.I)
"""A number dialled or the line rung ("called 911", "called the Finney's home number"): a telephone call; not
a number given a name ("called the jobs number “phony”")."""
_CALLED_PARTY = re.compile(
    rf"\s*(?:him|her|them|me|us|(?:[A-Z][\w'’.-]*\s+){{0,{CALLED_OBJECT_WORDS - 1}}}[A-Z][\w'’.-]*)(?:(?<!\b[A-Z])(?<!\b[A-Z][a-z])\s*[.!?]|"
    r"\s+(?:when|after|before|while|on|at|from|back|to\s+(?:ask|tell|say|inform|warn))\b|\s+and\s+(?:then\s+)?([a-z]+))")
"""A person called and nothing given as their name: the pronoun or name is followed by the sentence's end, by
"and" and the caller's next act ("called Doerr and delivered some surprising news"), by a time or place
("called her on Friday", "called him when"), by "to" and the call's purpose, or by "back". A name given
follows the party at once ("called Omar a “terrorist”", "called him a liar"). The full stop of a title or an
initial ("called Mr. Obama's remarks ...") ends no sentence."""
_CALLED_UP = re.compile(rf"\s*(?:[\w'’]+\s+){{1,{CALLED_OBJECT_WORDS}}}(?:up|off)\b(?!\s+(?:a|an|the|to|with)\b)", re.I)
"""A particle after a short object ("called the program up on Page's computer", "called the deal off"):
the phrasal verb of doing with its object between, as ``PHRASAL_ACTIONS`` reads it unsplit."""


def call_made(text: str, attribution: Attribution) -> bool:
    """Whether a cue of "call" with nothing after its verb ("called", not "called for" or "called on") is a
    telephone call or a phrasal action, not a name or judgement given: "Page called Doerr and informed ...",
    "called 911 when the two fell into a pond", "called the program up". The cue model tags the verb from
    its place; "called X Y" (a judgement, "called the process a sham") has a second complement these lack."""
    if attribution.content[1] <= attribution.cue[1]:
        return False  # "..., they call it": the content before frames a name
    words = _NEXT_WORDS.findall(text[attribution.cue[0] : attribution.cue[1]].lower())
    if not words or verb_lemma(words[-1]) != CALL:
        return False  # "called for", "called on": the verb with its preposition, a demand
    after = text[attribution.cue[1] : attribution.cue[1] + 120]
    party = _CALLED_PARTY.match(after)
    if party is not None and party.group(1) is not None:
        # "and" then the caller's next act ("and delivered"), not a second party ("and his allies"); an act of
        # saying ("and told him", "and informed the investor that ...") is what the call said: kept
        joined = party.group(1)
        if not inflected_verb(joined):
            return False
        return not (lemma(joined) in FAMILIAR_HEADS | SAYING_HEADS or that_clause(after[party.end() :]))
    return bool(party or _DIALLED.match(after) or _CALLED_UP.match(after))
