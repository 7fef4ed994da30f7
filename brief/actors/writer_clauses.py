"""Where reported content ends at the writer's own clause joined on after it.

- ", as <subject> <past verb>": "The air force said it had shot down 40 drones, as Moscow pressed its assault
  on the grid": a wire's lead closes on the scene the writer sets, in the narrative past; the speaker's
  own reasons come in the reported clause's tenses ("as demand is falling", "as it had promised").
- ", days after <event>", ", prompting <reaction>": the time from another event and the reaction the words drew
  are the writer's, whatever follows (PolNeAR's training articles: 8 of 8 time tails and 14 of 14 reaction tails
  were left out of the annotators' contents; "earning", "leaving", "sending" were the speaker's as often, and
  are not read).
- ", while <another source> <cue>": "Analysts at Bernstein said the results removed any doubt, while Daniel
  Morgan, a portfolio manager, cautioned that ...": the writer sets a second speaker's statement against the
  first; it is that speaker's, with its own cue.
- ", a claim <someone> <answered>": "said the government was on track, a claim the opposition dismissed": the
  writer's word for what was said and another's answer to it.
- ", but <subject> <past verb>" after a cue in the past perfect: "Costa had insisted the player was not for
  sale, but the club accepted an improved offer": the pluperfect puts the saying before the story's time,
  and the clause after "but" is what happened next, told by the writer.

- ", but <subject> <finite verb>" after an infinitive's content: "is promising to bring order to procurement,
  but transparency may be difficult to achieve", "is aiming to create the ESPN of eSports, though it has
  competition": what is promised, planned or asked for is the infinitive's phrase; a clause with its own subject
  and tense cannot go on inside it, and is the writer's word on the plan.

On PolNeAR's training articles the annotators' contents ended before ", as <subject> <simple past>" both
times it occurred (few: wire leads are rare there); the "as" phrases they kept were in the present ("as the
economy is shrinking") or no clause ("as an alternative candidate"). A "but" clause in the past after a plain
"said" or "noted" was the speaker's once in six (train and dev), so "but" is cut only after "had". The
PolNeAR dev figures did not move (0.718 / 0.569 / 0.967).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution
from brief.actors.content_ends import finite_word
from brief.actors.cues import seed_cue
from brief.actors.phrasing import simple_past
from brief.actors.statements import trimmed_end

_JOINED = re.compile(r",\s+(?P<conj>(?:even\s+)?as|but)\s+(?!(?:i|we|you|he|she|it|they|this|that|there|well|much|many|long|soon|"
                     r"far|if|though|part|of|in|on|at|to|for|with|by|from|when|not|also|then|still|yet)\b)(?=[A-Za-z])",
                     re.I)
"""A comma and "as" or "but", then a word that may open a clause's subject ("the storm", "Moscow", "rescuers"):
no pronoun ("as it had promised" may be the speaker's), no "as well as", "as soon as", "but in", "but not"."""
_WRITERS_TAIL = re.compile(
    r",\s+(?:(?:(?:just|only|mere|a|one|two|three|four|five|six|several|few|\d+)\s+){0,2}"
    r"(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before)|prompting|sparking|drawing|triggering|provoking|eliciting)\b",
    re.I)
"""A comma and the writer's own tail, whatever follows: the time from another event ("days after the minister
defended the deal") or the reaction the words drew ("prompting cheers", "drawing a sharp reply from Khan")."""
_ANSWERED = re.compile(
    r",\s+an?\s+(?:claim|charge|allegation|accusation|assertion|assessment|characteri[sz]ation|suggestion|argument|view)"
    r"\s+(?:that\s+|which\s+)?(?:[\w'’,.-]+\s+){0,10}?(?:[a-z]+ed|denies|rejects|disputes|dismisses)\b")
"""A comma and another's answer to what was said, in the writer's words ("a claim Mr Miles rejected", "a charge
the company denies", "a claim the party's spokesperson on energy, X, dismissed"): the model may end the content
inside it, before the answer's verb, so it is searched past the content's end (``ANSWER_REACH``)."""
ANSWER_REACH = 100
"""Characters past the content's end read for the answer's verb (its subject: a name and a role)."""
_CONTRAST = re.compile(r",\s+(?:while|whilst|whereas)\s+", re.I)
"""A comma and the word that sets another's statement against the first ("said the results removed any doubt,
while Daniel Morgan ... cautioned that ..."): the clause is the other speaker's, with its own cue."""
_CLAUSE_WORDS = re.compile(r"\s*([A-Za-z][\w'’.-]*)")
MAX_SUBJECT_WORDS = 5
"""Words of the clause's subject before its verb ("his feud with Fox News | escalated")."""
_PAST_PERFECT = re.compile(r"(?:\bhad\s+(?:[a-z]+ly\s+)?)$", re.I)
"""A pluperfect's "had" right before the cue's verb, an adverb between ("had repeatedly insisted")."""
MIN_KEPT_WORDS = 3
"""Words the content keeps before the cut ("it had shot down 40 drones"): fewer, and the "as" clause is
likely all that was said."""


def before_writers_clause(text: str, attribution: Attribution, others: Sequence[Attribution]) -> Attribution:
    """The content cut at the comma before a writer's "as"/"but" clause in the narrative past (see the module's
    docstring); a quotation, a content before its cue and a comma inside an open quotation are left whole. So is
    a clause whose verb the model read as a cue of no seed's ("as Moscow pressed its assault"): cut off, the
    deed would stand as the subject's position."""
    start, end = attribution.content
    if attribution.quote or start < attribution.cue[1]:
        return attribution
    for contrast in _CONTRAST.finditer(text, start, end):
        before = text[start : contrast.start()]
        if (len(before.split()) >= MIN_KEPT_WORDS and _outside_quotation(before)
                and any(_another_speaker(attribution, other, contrast.end(), end) for other in others)):
            return dataclasses.replace(attribution, content=(start, trimmed_end(text, start, contrast.start())))
    cue_words = text[attribution.cue[0] : attribution.cue[1]].split()
    after_pluperfect = (bool(cue_words) and cue_words[0].lower() == "had"
                        or _PAST_PERFECT.search(text, max(0, attribution.cue[0] - 30), attribution.cue[0]) is not None)
    answered = _ANSWERED.search(text, start, min(len(text), end + ANSWER_REACH))
    if answered is not None and answered.start() < end and _outside_quotation(text[start : answered.start()]):
        end = answered.start()  # "..., a claim Mr Miles rejected": his answer, not the speaker's words
        attribution = dataclasses.replace(attribution, content=(start, trimmed_end(text, start, end)))
    concession = _after_infinitive(text, start, end)
    if concession is not None:
        end = concession
        attribution = dataclasses.replace(attribution, content=(start, trimmed_end(text, start, end)))
    tail = _WRITERS_TAIL.search(text, start, end)
    if tail is not None and _outside_quotation(text[start : tail.start()]) and len(text[start : tail.start()].split()) >= MIN_KEPT_WORDS:
        end = tail.start()
        attribution = dataclasses.replace(attribution, content=(start, trimmed_end(text, start, end)))
    for joined in _JOINED.finditer(text, start, end):
        verb = _past_verb(text, joined.end(), end)
        if joined.group("conj") == "but" and not after_pluperfect or verb is None:
            continue
        if not seed_cue(text[verb[0] : verb[1]]) and any(verb[0] <= o.cue[0] < verb[1] for o in others):
            continue
        before = text[start : joined.start()]
        if not _outside_quotation(before):
            continue  # inside a quotation the comma is the speaker's
        if len(before.split()) < MIN_KEPT_WORDS:
            continue
        return dataclasses.replace(attribution, content=(start, trimmed_end(text, start, joined.start())))
    return attribution


_INFINITIVE = re.compile(r"\s*(?:not\s+)?to\s+[a-z]")
"""A content that opens with an infinitive ("to bring order", "not to raise rates")."""
_CONCESSION = re.compile(r",\s+(?:but|yet|though|although|even\s+though)\s+", re.I)
_SUBJECT_VERB = re.compile(r"(?:it|that|this|there|he|she|they|we)['’](?:s|re|ll|d)\b", re.I)
"""A pronoun and its verb in one word ("that's", "it's", "they're")."""


def _after_infinitive(text: str, start: int, end: int) -> int | None:
    """Where an infinitive's content ends at ", but <subject> <finite verb>" (see the module's docstring), or
    None: no infinitive, no such clause, or one inside a quotation."""
    if not _INFINITIVE.match(text, start, end):
        return None
    for joined in _CONCESSION.finditer(text, start, end):
        before = text[start : joined.start()]
        if len(before.split()) >= MIN_KEPT_WORDS and _outside_quotation(before) and _clause_follows(text, joined.end(), end):
            return joined.start()
    return None


def _clause_follows(text: str, at: int, end: int) -> bool:
    """Whether the words from ``at`` are a subject of one to five words and a finite verb ("transparency may",
    "it has", "that's"); not a bare verb that goes on with the infinitive ("but use the program")."""
    if _SUBJECT_VERB.match(text, at, end):
        return True
    words = 0
    while words <= MAX_SUBJECT_WORDS:
        word = _CLAUSE_WORDS.match(text, at, end)
        if word is None:
            return False
        if words and word.group(1).islower() and finite_word(word.group(1)):
            return True
        words += 1
        at = word.end()
    return False


def _another_speaker(attribution: Attribution, other: Attribution, at: int, end: int) -> bool:
    """Whether another source and its cue stand in the clause from ``at`` ("while Daniel Morgan, a portfolio
    manager at Synovus Trust, cautioned that ..."), its words after its cue."""
    return (other is not attribution and other.source is not None and other.source != attribution.source
            and at <= other.source[0] < other.cue[0] < end and other.content[0] >= other.cue[1])


def _past_verb(text: str, at: int, end: int) -> tuple[int, int] | None:
    """Where the simple past is when the words from ``at`` are a subject of one to five words and that verb
    ("the Lisbon club accepted"); None for a present or an auxiliary ("as the economy is shrinking": the
    speaker's tense)."""
    words: list[str] = []
    while len(words) <= MAX_SUBJECT_WORDS:
        word = _CLAUSE_WORDS.match(text, at, end)
        if word is None:
            return None
        if words and word.group(1).islower() and (simple_past(word.group(1)) or finite_word(word.group(1))):
            return word.span(1) if simple_past(word.group(1)) else None  # "fell", "rose": nouns as well, verbs here
        words.append(word.group(1))
        at = word.end()
    return None


def _outside_quotation(before: str) -> bool:
    """Whether the content's words up to a comma close every quotation they open."""
    return before.count('"') % 2 == 0 and before.count("“") <= before.count("”")
