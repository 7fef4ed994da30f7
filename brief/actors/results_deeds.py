"""A company's results posted, not a statement: "Northwind posted adjusted operating profit of 1.2 billion pounds",
"the bank recorded a loss of $40 million", "booked revenue of ...".

Why apart from ``cue_verbs``: "reported third-quarter earnings" is dropped there, "report" being a verb of saying
that takes a bare object; "posted", "recorded", "booked" and "logged" are tagged by the cue model from a
statement's place in an earnings story, and "posted" also writes on social media ("posted that ...", "posted
a video saying ..."), so the verbs are not deeds in general. What makes these a deed is the object: a figure of the
company's accounts, which it reports as a fact, with no statement after it.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.cues import lemma

_RESULT_VERBS = frozenset(lemma(w) for w in "post record book log deliver".split())
"""Verbs that put a figure in the accounts ("posted a profit", "booked a charge", "delivered record sales")."""
_RESULT_OBJECT = re.compile(
    r"\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w$€£%.,’'-]+\s+){0,5}?"
    r"(?:profits?|loss(?:es)?|revenues?|earnings|sales|turnover|income|results|ebitda|margins?|charges?|"
    r"write-?downs?|impairments?|deficits?|surplus(?:es)?|growth|odds|"
    r"ratings?|records?|averages?|percentages?|shutouts?)\b", re.I)
"""The object of such a verb, a few words of figure or kind before its noun ("adjusted operating profit"; a
bookmaker's "posted no odds on the match", its own figures as a firm's accounts are; "a 40% fall in full-year
profit" is reported, not posted); or a player's figures of the season, as a sports page posts them ("posted a
plus-nine rating", "posted a 3-0-0 record, 1.01 goals-against average and .968 save percentage")."""
_STATED_AFTER = re.compile(r"[^.;]*?(?:[“\"]|:|\b(?:that|saying|says|said)\b)", re.I)
"""A statement after the figure: a quotation, a colon, a clause ("posted a loss that it said ...")."""
_WORD = re.compile(r"[A-Za-z]+")
_RELATIVE_THAT = re.compile(r"\s+that\b")
"""A "that" right after the figure's noun, which opens a clause about the figure ("profits that exceeded
forecasts"), not one of what was said; a statement after it still counts ("a loss that it said ...")."""


def posted_results(text: str, attribution: Attribution) -> bool:
    """Whether the cue posts a figure of the accounts after it, with nothing stated: a deed, no position."""
    if attribution.content[0] < attribution.cue[1] or attribution.quote:
        return False
    verb = next((m for m in reversed(list(_WORD.finditer(text, *attribution.cue))) if lemma(m.group().lower()) in _RESULT_VERBS), None)
    if verb is None:
        return False
    found = _RESULT_OBJECT.match(text, verb.end())  # the cue may hold the noun ("posted earnings | that beat ...")
    if found is None or found.end() > attribution.content[1] + 1:
        return False
    relative = _RELATIVE_THAT.match(text, found.end())  # "posted profits that exceeded forecasts": the profits'
    return _STATED_AFTER.match(text, relative.end() if relative else found.end(), attribution.content[1]) is None
