"""A sign the writer reads in a fact, not a statement: "Voters turned out in record numbers, suggesting that the
new ballots had worked", "Some craters have debris around them, potentially indicating that ice lay beneath".

Why: a participle of inference ("suggesting", "indicating", "signalling", "implying") set off by a comma after a
clause reports what the clause's fact suggests: the subject said it only when the clause is one of saying ("Dunne
said the vote was fair, suggesting that critics should accept it", "tweeted a photo, suggesting ..."). After a
clause of doing or being, with no verb of saying and no quotation in it, the inference is the writer's.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.cues import seed_cue
from brief.actors.object_heads import WORD
from brief.text.lexicon import ADVERB_LY

_INFERRING = frozenset("suggesting indicating signalling signaling implying".split())
"""Participles that read a sign in a fact; "saying", "noting", "warning" report speech and are not here."""
_SENTENCE_START = re.compile(r"(?:^|\n|[.!?][\"”’']?\s+)(?=[\"“‘']?[A-Z0-9])")
"""Where the sentence holding the cue opens: a line, or a closing mark and a capital after it."""
_SPEECH_NOUNS = frozenset("statement statements interview interviews speech remarks comments comment tweet tweets post "
                          "posts letter message memo email testimony briefing address".split())
"""Things said, as a clause's object ("issued a statement, suggesting ..."): a clause of saying, though its verb
is none."""
CLAUSE_REACH = 400
"""Characters looked back for the sentence's start; a clause longer than this is read from there."""


def inferred_sign(text: str, attribution: Attribution) -> bool:
    """Whether the cue is a comma-set participle of inference after a clause with no saying in it (see the
    module's docstring)."""
    cue = text[attribution.cue[0] : attribution.cue[1]].split()
    if not cue or cue[-1].lower() not in _INFERRING or attribution.quote:
        return False
    if not all(ADVERB_LY.fullmatch(w.lower()) or w.lower() == "perhaps" for w in cue[:-1]):
        return False
    before = text[max(0, attribution.cue[0] - CLAUSE_REACH) : attribution.cue[0]]
    if not before.rstrip().endswith(","):
        return False
    starts = [m.end() for m in _SENTENCE_START.finditer(before)]
    clause = before[starts[-1] if starts else 0 :]
    if re.search(r"[\"“”‘]", clause) or ":" in clause:
        return False  # a quotation or a colon: something was said there
    return not any(seed_cue(w) or w.lower() in _SPEECH_NOUNS for w in WORD.findall(clause))
