"""Cues of having or of seeing something as something, not of saying: "New York boasted tens of thousands of
fallout shelters", "He sees it as a great test for his dream", "Whatever the downside he viewed as collateral
damage".

Why: the cue model tags "boasted" and "sees" as it tags "said". "Boast" with a bare object is to have (a city
boasts parks); it reports a statement only with a clause, a quotation, "of" or "about" ("boasted that he
won", "boasted of his ratings"). "See", "view" and "regard" something "as" something is how the subject takes
it, told by the writer (the position gold's "deed": "regarded X as"); "describe X as" is said and stays.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.content_ends import finite_word
from brief.actors.phrasing import verb_lemma

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_SAID_AFTER = re.compile(r"\s*(?:that|of|about|how|to)\b|\s*[,:]?\s*[“\"‘]", re.I)
"""What makes "boast" a statement: a clause, what was boasted of or about, or a quotation."""
_CLAUSE_END = re.compile(r"[.;!?]|\n")
_ASIDE = re.compile(r"\s*[—–][^—–]*[—–]\s*")
"""An aside between dashes ("hundreds of thousands—no one is exactly sure—of shelters"): not the object's words."""
_SEEING = frozenset("see view regard envision envisage".split())
_AS = re.compile(r"\bas\b", re.I)


def had_not_said(text: str, attribution: Attribution) -> bool:
    """ "New York boasted tens of thousands of shelters": "boast" with a bare object to its clause's end (no verb in
    it, no clause, quotation, "of" or "about"), the subject's having, not a statement, wherever the model put the
    content ("Fifty years ago, when ..., New York boasted ...": the fronted clause)."""
    words = _WORD.findall(text, *attribution.cue)
    if not words or verb_lemma(words[-1].lower()) != "boast" or attribution.quote:
        return False
    stop = _CLAUSE_END.search(text, attribution.cue[1])
    rest = _ASIDE.sub(" ", text[attribution.cue[1] : stop.start() if stop else len(text)])
    if _SAID_AFTER.match(rest) is not None:
        return False
    after = _WORD.findall(rest)
    # nothing after it: "“We won,” he boasted."; a verb in it: "boasted he had won"
    return bool(after) and not any(finite_word(w) for w in after)


def seen_as(text: str, attribution: Attribution) -> bool:
    """ "He sees it as a great test", "he viewed as collateral damage", "envisions the raid as one long chase",
    "sees the lineup as its “weak spot”": the subject's view of something, in the writer's words (a quoted word
    after "as" too; not a content quoted whole)."""
    words = _WORD.findall(text, *attribution.cue)
    if len(words) > 1 and words[-1].lower() == "as":
        words = words[:-1]  # "he | viewed as | collateral damage": the verb before the cue's "as"
    if not words or verb_lemma(words[-1].lower()) not in _SEEING or attribution.quote:
        return False
    if words[0].lower() in ("not", "never") or any(w.lower().endswith("n't") for w in words):
        return False  # "doesn't see it as a threat" is how they reject a reading: left to the model
    start, end = attribution.content
    if _AS.search(text, attribution.cue[0], attribution.cue[1]) is None and _AS.search(text, start, end) is None:
        return False
    return not re.match(r"\s*[“\"]", text[start:end])  # the words quoted whole are said; "as its “weak spot”" is not
