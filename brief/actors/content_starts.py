"""Where reported content starts when the cue model took the frame's words after the cue with it.

- When and where it was said, then a colon and a quotation: "Dunmore said last night: 'British people have
  made it clear ...'", "Bell said on Tuesday: “We will not ...”", "said in a statement: ...". The model ran
  the content from the words after the cue, so the position read "last night: ..." and was no quotation;
  what was said is the quotation after the colon.
- The medium it was said in, left after the cue's "in": "Hamas said in a statement it had agreed to extend the
  truce". The model dropped the "in" and started the content at "a statement", so the position read "a
  statement it had agreed ..."; what was said is the clause after the medium (and its time, "on Monday").
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.colon_lead_ins import quotation_after_lead_in
from brief.actors.content_ends import finite_word
from brief.actors.cues import lemma
from brief.actors.described_sources import described_source

_FRAME_THEN_QUOTE = re.compile(r"(?P<frame>[^“”\"\n:;]{0,60}?)\s*:\s*(?P<mark>[“\"])")
"""Words with no quotation mark, a colon, and an opening mark right after it."""
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_PARAGRAPH_END = re.compile(r"[.!?]?[ \t]*(?:\n|$)")
"""The content's end at its paragraph's end (the sentence's last stop left out)."""
_WHERE_WHEN = frozenset("on in at during yesterday today tonight earlier later overnight to via after before".split())
"""First words of a phrase of when, where or to whom ("on Tuesday", "in a statement", "to reporters"); a
phrase opened otherwise may be what was said ("suggests he doesn't need briefings: ...") or its object
("laid blame on Obama: ...", "said of his grandfather: ...")."""
_TIME_AFTER = frozenset("last this late early".split())
"""Words of a time phrase that needs a time word next ("last night", "this week"; not "this announcement")."""
_TIME_WORDS = frozenset(
    "night morning afternoon evening week weekend month year monday tuesday wednesday thursday friday saturday "
    "sunday january february march april may june july august september october november december".split())
_THE_FOLLOWING = ["the", "following"]
"""The words that announce a quotation to come ("told press the following: ...", "said the following: ...")."""
FOLLOWING_FRAME_WORDS = 4
"""Words before the colon when they end in "the following": the cue's addressee and the announcement ("told
the press the following") and no more, so that a longer stretch, which may say what was said, is left."""
MAX_FRAME_WORDS = 8
"""Words of when and where before the colon ("at a press conference in Abuja on Monday" is 8); a longer
stretch is a clause of its own (set by hand)."""


def quotation_after_when(text: str, attribution: Attribution) -> Attribution:
    """The content from the opening mark, as a quotation, when the model's content after the cue opens with a
    short phrase of no verb saying when, where or to whom ("last night", "on Tuesday", "in a statement", "to
    reporters"), or nothing, closed by a colon before a quotation. Unchanged otherwise."""
    start, end = attribution.content
    if start < attribution.cue[1]:
        return quotation_after_lead_in(text, attribution)  # "X seems to agree: “...,” said Y": the writer's lead-in
    if attribution.quote:
        return attribution
    found = _FRAME_THEN_QUOTE.match(text, start, end)
    if found is None:
        return attribution
    words = [w.lower() for w in _WORD.findall(found.group("frame"))]
    if described_source(text, attribution, found.group("frame")):
        words = []  # "Said Marlowe, | who led the inquiry: “...”": the source's description, then its quotation
    if len(words) > MAX_FRAME_WORDS or any(finite_word(w) for w in words):
        return attribution  # "said the plan failed: ..." has a clause before the colon
    cue_last = text[attribution.cue[0] : attribution.cue[1]].lower().split()[-1:]
    if cue_last and cue_last[0] in _WHERE_WHEN:
        words = [*cue_last, *words]  # the model took the phrase's preposition into the cue ("said on | the club website:")
    announced = words[-2:] == _THE_FOLLOWING and len(words) <= FOLLOWING_FRAME_WORDS
    if words and not (announced or words[0] in _WHERE_WHEN or words[0] in _TIME_AFTER and words[1:2] and words[1] in _TIME_WORDS):
        return attribution
    mark = found.start("mark")
    closing = "”" if text[mark] == "“" else '"'
    whole = text.find(closing, mark + 1, end) in (end - 1, end - 2)  # the quotation closes the content
    if text.find(closing, mark + 1, end) < 0 and _PARAGRAPH_END.match(text, end):
        whole = True  # a quotation running on into the next paragraph opens it again instead of closing here
    return dataclasses.replace(attribution, content=(mark, end), quote=whole)


_MEDIUM_FIRST = re.compile(
    r"(?:an?|the|his|her|its|their|a\s+joint)\s+(?:[\w-]+\s+){0,2}?(?:statement|post|interview|letter|video|speech|tweet|"
    r"message|briefing|release|filing|note|email|report|podcast|broadcast)s?\b"
    r"(?:\s+(?:(?:on|late|early)\s+[A-Za-z]+|(?:last|this)\s+(?:week|weekend|month|year|morning|afternoon|evening|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?:\s+(?:night|morning|afternoon|evening))?)?\s*,?\s+",
    re.I)
"""The medium a statement was made in, as the model left it at the content's start, up to two words before its
noun ("a statement", "a written statement", "an interview on Monday")."""
_IN_BEFORE = re.compile(r"\s+(?:in|during|via)\s+$")
"""The preposition the cue's model left between the cue and the medium ("said in | a statement")."""
_IN_FIRST = re.compile(r"(?:in|during|via)\s+")
"""The same preposition when the model began the content with it ("said | in an emailed statement that ...")."""
INFINITIVE_CUES = frozenset(lemma(w) for w in "pledge promise vow threaten agree refuse offer decline swear".split())
"""Cues whose "to" and verb after the medium are what was said ("pledged in his first speech to wage a war on
crime"); after other cues "to" may open the audience ("said in a speech to supporters")."""
MIN_CLAUSE_WORDS = 3
"""Words of what was said after the medium ("it had agreed"): fewer, and the medium may be the object."""


def medium_left_out(text: str, attribution: Attribution) -> Attribution:
    """The content from the clause after the medium it was said in, when the model's content opens with the
    medium after the cue's "in" ("said in | a statement it had agreed ..."), or with the source a report cites
    ("reported, citing a source ..., that X": X); unchanged otherwise."""
    attribution = citing_left_out(text, attribution)
    start, end = attribution.content
    if attribution.quote or start < attribution.cue[1]:
        return attribution
    held = _IN_FIRST.match(text, start, end)  # "said | in a written statement on Tuesday that ...": the model kept "in"
    if held is not None:
        start = held.end()
    elif not _IN_BEFORE.fullmatch(text, attribution.cue[1], start):
        return attribution
    medium = _MEDIUM_FIRST.match(text, start, end)
    if medium is None:
        return attribution
    rest = _WORD.findall(text, medium.end(), end)
    cue = text[attribution.cue[0] : attribution.cue[1]].lower().split()
    promised = bool(cue) and lemma(cue[-1]) in INFINITIVE_CUES and rest[:1] == ["to"]  # "pledged in a speech | to wage"
    if held is not None and rest[:1] != ["that"]:
        return attribution  # "wrote | in a blog post published Monday, “...”": no clause of what was said follows
    if len(rest) < MIN_CLAUSE_WORDS or not (promised or rest[0] == "that" or any(finite_word(w.lower()) for w in rest)):
        return attribution
    return dataclasses.replace(attribution, content=(medium.end(), end))


_EXPLETIVE_GAP = re.compile(
    r"\s*(?P<clause>(?:there|it)(?:['’]s|\s+(?:is|was|are|were|has|had|seems|seemed|appears|appeared|remains|"
    r"remained|will|would|may|might|could|can|must)\b))[^,;:“”\"()—–]*", re.I)
"""A clause opened by "there" or "it" and its verb, then no punctuation, between the cue and the content:
"noted | there's no definitive evidence | that ...", "said | it was clear | that ..."."""


def expletive_left_out(text: str, attribution: Attribution) -> Attribution:
    """The content from the cue's clause "there is ..." or "it is ..." when the model started it at the "that" of
    a noun or adjective inside that clause: "Dempsey noted there's no definitive evidence that steroids will
    help" read "noted that steroids will help", the opposite of what was noted. What was said is the whole
    clause after the cue. Unchanged otherwise."""
    start, end = attribution.content
    if attribution.quote or start <= attribution.cue[1]:
        return attribution
    gap = _EXPLETIVE_GAP.fullmatch(text, attribution.cue[1], start)
    if gap is None:
        return attribution
    return dataclasses.replace(attribution, content=(gap.start("clause"), end))


_TALLY = re.compile(
    r"\s*(?:unanimously|narrowly|overwhelmingly|(?:by\s+)?\d+\s*(?:[-–]|to)\s*\d+|by\s+\d[\d,]*\s+votes?\s+to\s+\d[\d,]*)"
    r"(?:\s*,)?(?:\s+(?:on|late|early|last|this)?\s*(?:(?:on\s+)?[A-Z][a-z]+day|night|morning|afternoon|evening|week)"
    r"(?:\s+(?:night|morning|afternoon|evening))?)?(?:\s*,)?\s+(?=(?:to|for|against|in\s+favou?r\s+of)\s)")
"""A vote's tally and when it was cast, between "voted" and what was voted for: "voted 5-2 on Tuesday night to
close", "voted unanimously to", "voted by 312 votes to 198 for"."""


def tally_left_out(text: str, attribution: Attribution) -> Attribution:
    """The content from what was voted for when the model's content after "voted" opens with the vote's tally
    and its time ("voted | 5-2 on Tuesday night | to close two schools"): how many voted, and when, is not the
    stance taken. Unchanged otherwise."""
    start, end = attribution.content
    words = text[attribution.cue[0] : attribution.cue[1]].split()
    if attribution.quote or start != _next_word(text, attribution.cue[1]) or not words or words[-1].lower() != "voted":
        return attribution
    tally = _TALLY.match(text, attribution.cue[1], end)
    if tally is None:
        return attribution
    return dataclasses.replace(attribution, content=(tally.end(), end))


def _next_word(text: str, at: int) -> int:
    """Where the first word after ``at`` starts."""
    while at < len(text) and text[at].isspace():
        at += 1
    return at


_CITING_FIRST = re.compile(r"\s*,?\s*(?:citing|quoting)\s+[^.;:“”\"]{1,120}?,\s*(?:that\s+)?(?=\S)")
"""What the model's content opens with after "reported": the source the report cites, set off, before its
clause ("reported, citing a source in the presidential office, that the two leaders could meet")."""


def citing_left_out(text: str, attribution: Attribution) -> Attribution:
    """The content from the clause after the source a report cites; unchanged when the content opens otherwise."""
    start, end = attribution.content
    if attribution.quote or start < attribution.cue[1]:
        return attribution
    cited = _CITING_FIRST.match(text, start, end)
    if cited is None or len(_WORD.findall(text, cited.end(), end)) < MIN_CLAUSE_WORDS:
        return attribution
    return dataclasses.replace(attribution, content=(cited.end(), end))
