"""Where what was said ends when the sentence goes on with something that is not the content: the speaker's next
act ("said the chief was received warmly but denied he had been given special treatment"), the main clause after a
fronted participle ("Aiming for a fourth title, | Vance had a night match scheduled") and the writer's clause after
a frame with an audience ("The talks went well, Brennan told reporters, | while the unions claimed ...").

Why: the cue model ends an unquoted content at the sentence's end unless a mark tells it otherwise, and none of
these stops carries one. Read whole, the position says the source said the second verb's clause of someone else
("the chief ... denied"), or the main clause's predicate, or another party's claim.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.content_ends import finite_word, open_quotation
from brief.actors.phrasing import inflected_verb

_NEXT_ACTS = {
    "deny": ("denied", "denies"), "insist": ("insisted", "insists"), "admit": ("admitted", "admits"),
    "acknowledge": ("acknowledged", "acknowledges"), "concede": ("conceded", "concedes"),
    "refuse": ("refused", "refuses"), "decline": ("declined", "declines"), "warn": ("warned", "warns"),
    "caution": ("cautioned", "cautions"), "stress": ("stressed", "stresses"), "add": ("added", "adds"),
    "say": ("said", "says"), "note": ("noted", "notes"), "maintain": ("maintained", "maintains"),
    "reject": ("rejected", "rejects"), "dismiss": ("dismissed", "dismisses"),
}
"""Verbs of saying, denial and concession a speaker goes on with after "but" ("said ... but denied ..."): a
speaker's act rarely a content's subject's in the same breath; verbs of doing ("and arrested dozens") are the
content's own predicate, so they are left out."""
_AFTER_AND = frozenset({"said", "says", "added", "adds"})
"""After "and" only a second saying is the speaker's for sure ("said ... and added that ..."); "and denied" may go on
with the content's subject ("said the firm broke no law and denied the claims")."""
_PAST = frozenset(past for past, _ in _NEXT_ACTS.values())
_PRESENT = frozenset(present for _, present in _NEXT_ACTS.values())
_JOIN = re.compile(r"\s*,?\s+(?P<word>but|and)\s+(?:(?:also|then|later|still|firmly|strongly)\s+)?(?P<verb>[a-z]+)\b")
"""A coordinating word and the verb right after it, an adverb allowed between ("but also stressed")."""
_ADDED_TO = re.compile(r"\s+to\b")
"""After "added", "to": a verb of doing ("costs rose and added to the deficit"), no saying."""
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _same_tense(cue: str, verb: str) -> bool:
    """Whether the second verb is in the cue's form (past after "said", present after "says"), as one subject's
    coordinated predicates are."""
    last = cue.split()[-1].lower() if cue.split() else ""
    present = last.endswith("s") and not last.endswith("ss")
    return verb in (_PRESENT if present else _PAST)


def next_act(text: str, attribution: Attribution) -> re.Match[str] | None:
    """ "Brennan, who met the board twice, said the chief was received warmly but denied he had been given special
    treatment": the join ("but denied") where the speaker's next act starts inside the content, when the content
    before it is a clause of its own (a finite verb) and no quotation is open there; "that" after the join ("but
    that ...") is a second clause of the same cue, so the verb must follow the join directly; the join may also
    stand right after the content. Its ``verb`` group is the next act's verb."""
    start, end = attribution.content
    if attribution.quote or attribution.source is None or start < attribution.cue[1]:
        return None
    cue = text[attribution.cue[0] : attribution.cue[1]]
    after = _JOIN.match(text, end)  # the model may have ended the content there itself, and tagged no next act
    for join in [*_JOIN.finditer(text, start, end), *([after] if after else [])]:
        verb = join.group("verb")
        if join.group("word") == "and" and verb not in _AFTER_AND or verb in ("added", "adds") and _ADDED_TO.match(text, join.end()):
            continue
        if not _same_tense(cue, verb) or open_quotation(text[start : join.start()]):
            continue
        said = _WORD.findall(text, start, join.start())
        if len(said) < 2 or not any(finite_word(w) or inflected_verb(w.lower()) for w in said):
            continue  # "said nothing but added ...": no clause said before the join ("costs rose": a verb)
        return join
    return None


def before_next_act(text: str, attribution: Attribution) -> Attribution:
    """The attribution with its content ended before the speaker's next act (``next_act``), if there is one."""
    join = next_act(text, attribution)
    if join is None:
        return attribution
    return dataclasses.replace(attribution, content=(attribution.content[0], join.start()))


_OPENING_PARTICIPLE = re.compile(r"[\s\"“‘'(]*[A-Z][a-z]+ing\b")
"""A sentence opened by a capitalised participle ("Aiming for ...", "Hoping to ..."): a fronted frame."""
_CLOSING_COMMA = re.compile(r",\s+(?!(?:who|which|that|whose|where|when|and|or|but)\b)")
"""A comma that may close the fronted phrase: not one that opens a relative clause or a coordinated item."""
SUBJECT_WORDS = 5
"""Words the main clause's subject runs to before its verb ("Vance", "the Swiss champion"; set by hand)."""


def before_main_clause(text: str, attribution: Attribution, sentence_start: int) -> Attribution:
    """ "Aiming for a fourth title, Vance had a night match scheduled against Ashby": the cue is the participle
    that opens the sentence, and the model ran its content on into the main clause; the content ends at the comma
    that closes the participle's phrase (a comma followed by a short subject and a finite verb)."""
    start, end = attribution.content
    if attribution.quote or start < attribution.cue[1]:
        return attribution
    opening = _OPENING_PARTICIPLE.match(text, sentence_start)
    if opening is None or opening.end() != attribution.cue[1]:
        return attribution
    for comma in _CLOSING_COMMA.finditer(text, start, end):
        if comma.start() <= start or open_quotation(text[start : comma.start()]):
            continue
        words = [w.group() for w in _WORD.finditer(text, comma.end(), end)][: SUBJECT_WORDS + 1]
        verb = next((i for i, w in enumerate(words) if finite_word(w)), None)
        if verb is not None and verb > 0:
            return dataclasses.replace(attribution, content=(start, comma.start()))
    return attribution


_TELLING = frozenset("told tells tell".split())
"""Cues whose audience stands between the verb and what follows the frame ("told reporters, while ...")."""
AUDIENCE_WORDS = 6
"""Words an audience after "told" runs to ("the BBC's Arabic service", "reporters in Kabul on Monday"; set by hand)."""
_AUDIENCE = re.compile(r"[^,;:.!?\"“”]*(?=,)")


def frame_end(text: str, attribution: Attribution) -> int:
    """Where a cue's frame ends: past "told" its audience ("told reporters"), up to the comma after it, when that
    stretch is short and holds no verb of its own; else the cue's end."""
    end = attribution.cue[1]
    words = text[attribution.cue[0] : end].lower().split()
    if not words or words[-1] not in _TELLING:
        return end
    audience = _AUDIENCE.match(text, end)
    if audience is None:
        return end
    named = _WORD.findall(audience.group())
    if not named or len(named) > AUDIENCE_WORDS or any(finite_word(w) for w in named):
        return end
    return audience.end()
