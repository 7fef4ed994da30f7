"""Cue words that report no statement where they stand: the noun of a named event or document ("ahead of the
Los Angeles show"), telling the truth or lies, which is how someone speaks, not what they said, and making
an announcement or a vow whose words the sentence never gives ("made the vow at a rally"), and
disclosing "this", whose words an earlier sentence gave ("disclosed this in a statement in Abuja"); and the writer's
verdict on what someone holds ("He is right that some buses run half-empty"): the writer's words, not the subject's.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.phrasing import verb_lemma

_NAMED_OBJECT_BEFORE = re.compile(
    r"\b(?:of|at|in|on|for|from|to|with|by|during|before|after|near|into|outside|inside|ahead\s+of)\s+"
    r"(?:the|a|an|this|that|its|his|her|their)\s+(?:[A-Z][\w.'’&-]*\s+){1,4}$")
"""A preposition, a determiner and capitalised words right before the cue: the cue word ends a noun phrase
("at the Geneva show", "in the Ford report")."""
_CLAUSE_ENDS_AFTER = re.compile(r"\s*(?:[.,;:)!?]|$|(?:on|in|at|last|this|next|earlier)\b)")
NAMED_OBJECT_REACH = 60
"""Characters before the cue read for the preposition and the name (a name of four words fits)."""


def noun_after_name(text: str, attribution: Attribution) -> bool:
    """ "The Mach E was unveiled ahead of the Los Angeles show.": the cue model read "show" for a verb with
    "Los Angeles" its subject and the clause before for what was shown. A base-form cue word after "PREP the
    Name" with nothing said after it (its clause ends, or a time or place follows) is the noun the name
    modifies; "Experts at the Brookings Institution say rates will fall" has its content after the cue and
    keeps it."""
    start, end = attribution.cue
    word = text[start:end]
    if " " in word or not word.isalpha() or verb_lemma(word.lower()) != word.lower():
        return False
    if attribution.content[0] >= end:
        return False
    before = text[max(0, start - NAMED_OBJECT_REACH) : start]
    return bool(_NAMED_OBJECT_BEFORE.search(before)) and bool(_CLAUSE_ENDS_AFTER.match(text, end))


_TOLD_OBJECT = re.compile(r"\s*(?:the\s+truth|lies|a\s+lie|the\s+lie|jokes|a\s+joke|stories|fibs|"
                          r"(?:a|the|its|his|her|their|our)\s+(?:own\s+)?(?:story|history|tale))\b", re.I)


_VERDICT = re.compile(r"(?:is|was|are|were|'s|’s)\s+(?:(?:quite|partly|absolutely|surely|probably|also|not)\s+)?"
                      r"(?:right|wrong|correct|mistaken|justified)", re.I)
"""The writer's verdict as a cue ("is right", "was wrong", "are correct"): the model reads "He is right that X" as his
saying X, where the writer judges what he holds."""


def writers_verdict(text: str, attribution: Attribution) -> bool:
    """ "He is right that some buses run half-empty at midday": the writer's judgement, which states no position."""
    return _VERDICT.fullmatch(text, *attribution.cue) is not None


def tells_truth_or_lies(text: str, attribution: Attribution) -> bool:
    """ "a White House that lies as easily as it tells the truth creates major problems": telling the truth,
    lies or stories is a way of speaking with no statement in it; what follows is the main clause's
    predicate, not something told; so is a museum's or a book's telling its story or a history ("The museum tells
    a history that continues to evolve"). "told reporters the truth was ..." has its addressee first and is
    left alone."""
    start, end = attribution.cue
    if verb_lemma(text[start:end].strip().lower()) != "tell":
        return False  # the verb alone: "needs to tell the truth about ..." is a demand of someone's, kept
    # what follows the verb, whatever the model took for the content ("tells a history | that continues to evolve");
    # a content before the verb is a quotation told, or a fronted phrase ("Drawing on a novel, they told their
    # own tale of ...") that says nothing
    return (attribution.content[0] >= end or not attribution.quote) and bool(_TOLD_OBJECT.match(text, end))



_MAKING = frozenset({"make", "give", "deliver", "begin", "start", "open", "finish", "end", "conclude"})
"""Verbs that name a speech act by its noun ("made the announcement", "gave the assurance", "delivered
the remarks", a live blog's "has begun her statement in the Commons") instead of reporting what was said."""
SPEECH_ACT_NOUNS = frozenset("""announcement announcements statement remarks comments comment vow vows pledge promise
    assurance assurances speech address admission confession declaration revelation claim claims point threat
    threats warning""".split())
"""Nouns of a speech act that carry no content of their own: what was announced or vowed is in a clause
after them ("made the claim that ...", "made a promise to cut taxes") or nowhere in the sentence."""
SPEECH_ACT_OBJECT_WORDS = 4
"""Words read after the verb for the act's noun: a determiner and an adjective or two ("the bombshell
announcement", "his first public remarks")."""
_ACT_TOKEN = re.compile(r"[\w'’-]+|[:\"“‘]")
_SAYS_AFTER = frozenset({"that", "whether", "saying", "stating", ":", '"', "“", "‘"})
"""Words after the act's noun that open what was said: then the sentence gives it."""
_SETTING_OPENERS = frozenset("""in at during before after outside inside from via while when this last earlier later
    late yesterday today tonight""".split())
"""Words that open only the act's setting (where, when, in what medium): "at a rally", "in a press
statement this afternoon"."""
_DAY_WORDS = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
                        r"August|September|October|November|December|\d")


def speech_act_alone(text: str, attribution: Attribution) -> bool:
    """ "The governor made the bombshell announcement in a press statement this afternoon.": the act is
    named and set in time and place, but nothing of what was announced is in the sentence, so it gives
    no position. An act with its content after it ("made the claim that ...", "made a promise to cut
    taxes", "made threats against the press") keeps it, as does a quotation or a colon."""
    start, end = attribution.cue
    if attribution.quote or attribution.content[0] < end:
        return False
    tokens = _ACT_TOKEN.findall(text[start : attribution.content[1]])
    if not any(t.lower() in SPEECH_ACT_NOUNS for t in tokens):
        return False  # no act's noun at all: the cheap test first (the verb's lemma is looked up per token)
    head = next((i for i, t in enumerate(tokens) if (verb_lemma(t.lower()) or "") in _MAKING), None)
    if head is None:
        return False
    noun = next((i for i in range(head + 1, min(len(tokens), head + 1 + SPEECH_ACT_OBJECT_WORDS))
                 if tokens[i].lower() in SPEECH_ACT_NOUNS), None)
    if noun is None:
        return False
    rest = tokens[noun + 1 :]
    if any(t.lower() in _SAYS_AFTER for t in rest):
        return False
    if not rest:
        return True
    first = rest[0].lower()
    if first == "on":
        return len(rest) > 1 and bool(_DAY_WORDS.match(rest[1]))
    if first == "to":  # "to reporters" is the audience; "to cut taxes" what was promised
        return len(rest) > 1 and verb_lemma(rest[1].lower()) != rest[1].lower() and all(
            t.lower() != "to" for t in rest[2:])
    return first in _SETTING_OPENERS
_PRONOUN_OBJECT = re.compile(r"(?:this|these)\b(?:\s+(?:known|public))?\s*(?:[.,;!?]|$|(?=\S))")
_SETTING_AFTER = _SETTING_OPENERS | frozenset({"through", "via", "on", "to", "while", "when", "as", "in", "at"})


def pronoun_object(text: str, attribution: Attribution) -> bool:
    """ "Bayo Onanuga disclosed this in a statement in Abuja.": the cue's object is "this", which stands
    for what an earlier sentence reported, and only where and how it was said follows: no position (the
    statement is the earlier sentence's, which its own cue gives)."""
    start, end = attribution.content
    if start < attribution.cue[1] or attribution.quote:
        return False
    found = _PRONOUN_OBJECT.match(text, start, end)
    if found is None:
        return False
    rest = text[found.end() : end].split()
    return not rest or rest[0].lower().strip(",") in _SETTING_AFTER


_EPONYM = re.compile(r"(?:re)?nam(?:ed|es|ing|e)\s+(?:after\b|for\s+(?:the\s+|a\s+|an\s+)?[A-Z])")
"""A thing named for its namesake ("named after the Roman god", "renamed for Rosa Parks"): where a name comes from,
not words of anyone's; "named for the post" (an appointment) is left to the other rules."""


def eponym_naming(text: str, attribution: Attribution) -> bool:
    """ "Mercury, named after the Roman god Mercurius, is the innermost planet": the model read "named" for a
    cue with the planet its source and the rest of the sentence for what it named; a naming after someone
    states nothing."""
    return _EPONYM.match(text, attribution.cue[0]) is not None


_DENIED_SOMEONE_SOMETHING = re.compile(
    r"(?:denied|denies|deny|denying)\s+(?:him|her|them|us|me|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+"
    r"(?:a|an|the|any|his|her|their|its|our)\s")
""""denied Kevin Davies a free shot", "denies them the chance": "deny" with two objects keeps something from someone."""
_HIT_BACK_DEED = re.compile(r"(?:hit|hits|hitting)\s+back\s+(?:to\s+(?!(?:say|claim|insist|argue|deny|accuse|warn)\b)"
                            r"[a-z]+|through|with|from)\b")
"""Hitting back in a game ("hit back to equalise through Yakubu", "hit back with two goals"): a reply in play, where
"hit back at his critics" or "hit back, saying" answers in words."""
_TIMEOUT = re.compile(r"(?:call|calls|called|calling)\s+(?:for\s+)?(?:a|an|his|her|their|its)\s+(?:second\s+|final\s+|last\s+)?"
                      r"(?:timeout|time-out|time\s+out|fair\s+catch)\b", re.I)
""""The Lakers called for a timeout": a move in a game, not a demand."""
_RENOUNCED_STATUS = re.compile(r"(?:renounce|renounces|renounced|renouncing)\s+(?:his|her|their|its|the|a)\s+(?:[A-Z]\.[A-Z]\.\s+|[A-Z][a-z]+\s+)?"
                               r"(?:citizenship|nationality|passport|title|throne|crown|seat|membership|peerage|claim\s+to\s+the)\b")
"""Giving up a status ("renounced his U.S. citizenship", "renounced the throne"): a legal act, where "renounced
violence" takes a stance."""
_CALLED_ON_AT = re.compile(r"(?:call|calls|called|calling)\s+on\s+(?:(?!\bto\b)[^,;.!?\n]){1,60}?\s+at\s+(?:his|her|their|its|the)\s+"
                           r"(?:[A-Z][\w-]*\s+)?(?:residence|home|house|office|hotel|bungalow|camp)\b")
"""Calling on someone at their residence: a visit, where "called on the government to act" is a demand, and so is
"called on police to investigate the attack at her home" (a "to" before the "at")."""

_LEADING = r"(?:(?:has|have|had|also|again|already|just|allegedly|reportedly|then|once|twice|now)\s+)*"
"""Auxiliaries and adverbs a cue may open with before its verb ("has claimed", "allegedly attacked")."""
_CLAIMED_WIN = re.compile(
    _LEADING + r"(?:claim|claims|claimed|claiming)\s+(?:(?:a|an|the|his|her|their|its|at\s+least|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|\d+|\w+th|first|second|third|another|back-to-back|consecutive|successive|straight|"
    r"maiden|career|overall|team)\s+){1,4}(?:victor(?:y|ies)|wins?|titles?|crowns?|medals?|gold|silver|bronze|"
    r"trophy|trophies|championships?|cups?|prizes?|pole|seats?|wickets?|points|stages?|scalps?|lives|life)\b", re.I)
"""Claiming a prize won ("has claimed at least one victory every year", "claimed his seventh title", "claimed the
lives of three"): won or taken, where "claimed victory" (no determiner: declared it won) or "claimed that" states
something."""
_ARMED_ATTACK = re.compile(
    _LEADING + r"(?:attack|attacks|attacked|attacking|assault|assaults|assaulted|assaulting)\s+"
    r"(?:him|her|them|us|me|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+with\s+(?:a|an|the|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}(?:knife|knives|bottle|bat|hammer|axe|machete|gun|pistol|rifle|stick|club|rock|stone|brick|"
    r"weapon|acid|chair|glass|bar|pole|sword|blade|screwdriver|fists?)\b", re.I)
"""Attacking someone with a weapon ("allegedly attacked him with a broken beer bottle"): an assault, where "attacked
the plan as reckless" takes a stance in words."""
_KNOWN_FOR = re.compile(r"(?:(?:is|are|was|were|be|been|being|has|have|had)\s+)*(?:[a-z]+\s+){0,2}known(?:\s+(?:for|as))?",
                        re.I)
"""A reputation ("is best known for the hit", "was widely known as"): a fact about the subject, nothing said."""
_FOR_OR_AS = re.compile(r"\s*(?:for|as)\b", re.I)


def deed_sense(text: str, attribution: Attribution) -> bool:
    """ "A timely intervention by Danny Collins denied Kevin Davies a free shot at goal", "Everton hit back to equalise",
    "The Lakers called for a timeout", "renounced his U.S. citizenship", "called on the minister at his residence",
    "has claimed at least one victory", "attacked him with a bottle", "is best known for the hit": the cue's verb in
    its sense of a deed, or a reputation, which states nothing."""
    start = attribution.cue[0]
    return bool(_DENIED_SOMEONE_SOMETHING.match(text, start) or _HIT_BACK_DEED.match(text, start)
                or _TIMEOUT.match(text, start) or _RENOUNCED_STATUS.match(text, start) or _CALLED_ON_AT.match(text, start)
                or _CLAIMED_WIN.match(text, start) or _ARMED_ATTACK.match(text, start) or _reputation(text, attribution))


def _reputation(text: str, attribution: Attribution) -> bool:
    """Whether the cue is "known" before "for" or "as" ("is best known for"), no "known to have" nor "made known"."""
    start, end = attribution.cue
    cue = text[start:end]
    if _KNOWN_FOR.fullmatch(cue) is None or "made" in cue.lower().split():
        return False
    return cue.lower().rstrip().endswith((" for", " as")) or _FOR_OR_AS.match(text, end) is not None
