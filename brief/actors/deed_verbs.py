"""Cue verbs in a sense that states nothing, shown by the clause they sit in: a thing's name given by a
participle ("a memorial service, called a Harbour Vigil, at the town hall"), a meeting held ("were involved in
talks with the mayor at his residence", "the leaders deliberated on ways to ..."), a reply's form ("responded to
the audit with an open letter"), a shared memory lent by the writer ("As many fishermen remember only too well,
..."), the writer's pointer to another part of the text ("the campaign discussed above,"), and a verb whose
object stands before its subject ("the principal reason the council has invoked to raise fees is ...").

Why: the cue model tags "called", "talks", "deliberated", "responded", "remember" and "invoked" from their place
after a subject. What follows tells the sense: a single name set off by commas after a noun is what the thing is
called, nobody's words; talks or deliberations name a meeting and its topic, not what anyone said there; a reply
with a letter gives the letter's form, not its words (a later sentence that quotes the letter keeps its own
position); "remember only too well" has no content at all; and "invoked to rattle" is a verb that takes no
"to"-infinitive, so its object is the noun before its subject (a relative clause) and the "to"-clause is the
writer's account of what for.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.phrasing import verb_lemma

_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _head(text: str, attribution: Attribution) -> str | None:
    words = _WORD.findall(text, *attribution.cue)
    return verb_lemma(words[-1].lower()) if words else None


def _lemmas(text: str, attribution: Attribution) -> set[str]:
    return {verb_lemma(w.lower()) or w.lower() for w in _WORD.findall(text, *attribution.cue)}


_NOUN_COMMA_BEFORE = re.compile(r"\b[a-z][\w'’-]+,\s*$")
"""A common noun and a comma right before "called" ("a solemn religious ceremony, | called"): the participle of a
naming set off after the thing named, with no subject of its own."""
_NAME_THEN_COMMA = re.compile(r"\s+(?:(?:a|an|the)\s+)?[\"“‘]?(?:[A-Z][\w'’-]*\s*){1,4}[\"”’]?\s*[,)—–]")
"""The name given, capitalised or quoted, up to four words, then the comma (or bracket, dash) that closes the
aside: "called a Harbour Vigil,"; "called the plan a disaster" (two objects, lower case) is a judgement."""
NAMING_REACH = 40
"""Characters read back from "called" for the noun and its comma."""


def named_by_participle(text: str, attribution: Attribution) -> bool:
    """ "a solemn memorial service, called a Harbour Vigil, at the town hall": "called" a participle naming the
    noun before it, so the people near it said nothing."""
    start, end = attribution.cue
    if text[start:end].strip().lower() != "called" or attribution.quote:
        return False
    return (_NOUN_COMMA_BEFORE.search(text[max(0, start - NAMING_REACH) : start]) is not None
            and _NAME_THEN_COMMA.match(text, end) is not None)


_TOPIC_OR_SAID = re.compile(r"\b(?:about|on|over|that|whether|saying|telling|warning|urging)\b|[\"“:]", re.I)
"""What makes talks a report of what was said: their topic or a clause or quotation of it."""
_WITH_AFTER = re.compile(r"\s+with\b")


def talks_held(text: str, attribution: Attribution) -> bool:
    """ "were also involved in talks with the mayor at his residence": talks with someone, and no topic nor
    anything said in their clause, are a meeting held; "talked with reporters about the plan" keeps its position."""
    start, end = attribution.cue
    if attribution.quote or "talk" not in _lemmas(text, attribution):
        return False
    if _WORD.findall(text, start, end)[-1].lower() != "with" and _WITH_AFTER.match(text, end) is None:
        return False
    stop = _CLAUSE_END.search(text, end)
    return _TOPIC_OR_SAID.search(text, end, stop.start() if stop else len(text)) is None


_CLAUSE_END = re.compile(r"[.;!?\n]")
"""Where the talks' clause ends: what was said at them would stand before it."""


_FOUND_SAID = re.compile(r"\s*(?:that\b|[\"“:])", re.I)
"""A "that"-clause or a quotation right after the cue: something the meeting concluded or said."""


def deliberated(text: str, attribution: Attribution) -> bool:
    """ "The leaders also deliberated on ways to take the party's message to the villages": deliberating names
    a meeting and its topic, no view of anyone's; "deliberated and concluded that ..." reads its own cue."""
    if attribution.quote or attribution.content[0] < attribution.cue[1] or "deliberate" not in _lemmas(text, attribution):
        return False
    return _FOUND_SAID.match(text, attribution.cue[1]) is None


_REPLYING = frozenset({"respond", "reply", "react", "answer", "retort"})
"""Verbs of replying: with only the reply's form after them ("with a letter"), nothing of what was answered."""
_WITH_FORM = re.compile(
    r"(?:\s+to\s+[^,.;:!?\"“]{1,80}?)?\s+with\s+(?:a|an|the|his|her|its|their|our)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:letter|letters|statement|tweet|tweets|post|video|e-?mail|note|memo|message|press\s+release|advert|"
    r"advertisement|ad|petition|blog\s+post|open\s+letter)\b")
"""The thing replied to (or none), then "with" the reply's form: "responded to the study with an open letter to the
community"."""
_SAID_IN_IT = re.compile(r"\b(?:saying|that|stating|calling|accusing|urging|warning|arguing|insisting|which|"
                         r"demanding|asking)\b|[\"“:]", re.I)
"""What gives the reply's words after its form ("with a statement saying ...", "a letter that ..."): kept."""


def reply_form(text: str, attribution: Attribution) -> bool:
    """ "Mayor Albright responded to the audit with an open letter to residents": the form of a reply, nothing of
    what it said (the letter's words, quoted later, are their own position)."""
    if attribution.quote or attribution.content[0] < attribution.cue[1] or not _lemmas(text, attribution) & _REPLYING:
        return False
    form = _WITH_FORM.match(text, attribution.cue[1])
    if form is None and text[attribution.cue[0] : attribution.cue[1]].rstrip().endswith(" to"):
        form = _WITH_FORM.match(text, attribution.cue[1] - 3)  # the cue took "to": "responded to | the study with"
    return form is not None and _SAID_IN_IT.search(text, form.end(), max(form.end(), attribution.content[1])) is None


_KNOWING = frozenset({"remember", "know", "recall", "realise", "realize", "understand"})
"""Verbs of knowing that open the writer's aside "As many X remember only too well, ...": the writer's point
lent to the readers or the people named."""
_ONLY_TOO_WELL = re.compile(r"\s+(?:(?:only|all|so|very|full|perfectly|too)\s+)*well\s*[,;.—–]", re.I)
"""Nothing but "(only | all) too well" after the verb, then the aside's comma: the manner of knowing, no claim."""


def known_too_well(text: str, attribution: Attribution) -> bool:
    """ "As many fishermen remember only too well, storms can strike without warning": no content of theirs."""
    return (not attribution.quote and _head(text, attribution) in _KNOWING
            and _ONLY_TOO_WELL.match(text, attribution.cue[1]) is not None)


_OBJECT_ONLY = frozenset({"invoke", "cite", "mention", "describe", "discuss", "praise", "criticise", "criticize",
                          "reject", "oppose", "welcome", "condemn", "dismiss", "defend", "highlight", "emphasise",
                          "emphasize", "blame", "endorse"})
"""Verbs that take a noun object and never a "to"-infinitive: right after them, "to do" is a purpose, and their
object stands before their subject ("the reason the council has invoked | to raise fees")."""
_TO_VERB = re.compile(r"\s*to\s+([a-z]+)\b")


def gapped_object(text: str, attribution: Attribution) -> bool:
    """ "the principal reason the council has invoked to raise harbour fees is the need to repair the jetty": the
    cue's object is the noun before its subject, so the "to"-clause after it is no content of the council's."""
    if attribution.quote or _head(text, attribution) not in _OBJECT_ONLY:
        return False
    purpose = _TO_VERB.match(text, attribution.cue[1])
    if purpose is None or attribution.content[0] > purpose.end(1) or attribution.content[1] < purpose.end(1):
        return False
    return verb_lemma(purpose.group(1)) == purpose.group(1)


_ABOVE = re.compile(r"\s*(?:above|below)\s*[,;.:—–]", re.I)
"""The writer's pointer to another part of the text right after the cue ("as discussed above, ..."): the cue is the
writer's, whoever the clause names."""


def cross_reference(text: str, attribution: Attribution) -> bool:
    """ "The race is close due to Albright's quiet campaign discussed above, a run of mixed reviews and ...":
    "discussed above" points to the article's own earlier part, no one's statement."""
    words = _WORD.findall(text, *attribution.cue)
    return not attribution.quote and (_ABOVE.match(text, attribution.cue[1]) is not None
                                      or bool(words) and words[-1].lower() in ("above", "below"))


def deed_verb(text: str, attribution: Attribution) -> bool:
    """Whether the cue is one of this module's shapes (see its docstring)."""
    return (named_by_participle(text, attribution) or talks_held(text, attribution) or deliberated(text, attribution)
            or reply_form(text, attribution) or known_too_well(text, attribution) or gapped_object(text, attribution)
            or cross_reference(text, attribution))
