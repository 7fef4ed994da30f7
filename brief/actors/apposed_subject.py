"""The person a sentence opens with, when a long apposition stands between them and the cue.

"Maria Okafor, president of the National Union of Nurses, which represents 40,000 carers, said
...", "Tax Court of Dunmere Chief Judge Ivo Marten, the court's longest-serving judge and one of
five people who rule on ..., said": the source tagger sees a window around the cue, so its source
is a word of the apposition ("carers", "the Union") and the statement goes to the body the role
names, or to no one. A reader sees the sentence's subject, the person named before the first
comma; the apposition only describes them. Seen on news pages of many sites and in PolNeAR.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.apposed_holders import person_apposed_to_body
from brief.actors.apposed_surnames import surname_before_apposition
from brief.actors.attribution import Attribution
from brief.actors.furniture_words import dateline_end
from brief.actors.listings import LISTED_AFTER
from brief.actors.mention_index import MentionIndex, add_found
from brief.actors.mentions import Mention
from brief.actors.roles import is_role_word
from brief.actors.sentence_subjects import CLOSES_ASIDE, OPENS_ASIDE, SENTENCE_LEAD, clause_start, person_to_comma
from brief.actors.styled_offices import office_before_styled_name
from brief.actors.unofficial_sources import close_to_named
from brief.model import Sentence

_LEAD = re.compile(SENTENCE_LEAD)
_TITLED_NAME = re.compile(r"(?:(?:[A-Z][\w.'’-]*|of|the|for)\s+)*[A-Z][\w.'’-]*")
"""The subject to its comma: capitalised words, a body and a title before the name ("Federal
Reserve Bank of Kansas City President Thomas Hoenig") or the name alone; never "and" (two people)."""
_DESCRIPTION = re.compile(r"(?:a|an|the|[a-z][\w-]*|\d+)\b")
"""An apposition opens as a description ("a spokesman for", "president of", "the court's", "45,");
a capitalised word after the comma is another name ("Smith, Jones and Brown said")."""
MAX_APPOSITION_WORDS = 60
"""Longest apposition read (a role, a relative clause and an aside between dashes); a stretch any
longer is a sentence the splitter failed to cut."""


def subject_past_apposition(text: str, attribution: Attribution, index: MentionIndex,
                            sentence_start: int) -> Mention | None:
    """The person who opens the cue's sentence and reaches the cue through an apposition in commas
    ("X, a spokesman for the Y Party, said"), or None; the sentence opens at the splitter's start or
    after the last full stop before the cue, whichever is later. The source must stand before the cue: "...,
    was fired on Monday, said his lawyer, Jane Doe" names its speaker after the cue; a possessive after it does not."""
    if (attribution.source is not None and attribution.source[0] >= attribution.cue[1]
            and not _POSSESSIVE.search(text, attribution.source[0], attribution.source[1] + 3)):
        return None
    cue = attribution.cue[0]
    first_word = sentence_start if sentence_start <= cue else 0
    start = max(clause_start(text, cue), first_word, dateline_end(text, first_word, cue))  # past "Dec." in a dateline too
    start = dateline_end(text, start, cue)
    timed = _WHEN_BEFORE_CUE.search(text, start, cue)
    if timed is not None:
        if attribution.source is not None and attribution.source[0] < timed.start():
            return None  # the source is a name, not the day the cue was said
        cue = timed.start()  # "X, a provider of ..., today announced": the aside closes before the day
    quoted = _QUOTED_CLOSE.search(text, start, cue)
    if not (CLOSES_ASIDE.search(text[start:cue]) or quoted):
        return None
    lead = _LEAD.match(text, start, cue)
    first = lead.end() if lead else start
    person = person_to_comma(text, first, cue, index, _TITLED_NAME) or _body_to_comma(text, first, cue, index)
    if person is None or close_to_named(text, first, person.start):
        return None  # "Friends of Greer, however, insisted": not Greer
    if quoted and not CLOSES_ASIDE.search(text[start:cue]) and _opening_mark(text, person.end, quoted.start()) is None:
        return None  # the quotation opened before the aside: its words, not a title inside the apposition
    listed = LISTED_AFTER.match(text, person.end)
    comma = listed.end() if listed else person.end  # "Meridia Health, Inc. (NASDAQ: MRDH), a ...": still the name
    opened = OPENS_ASIDE.match(text, comma)
    apposition = text[opened.end() if opened else comma + 1 : cue].strip()
    opening = apposition.split(maxsplit=1)[0] if apposition else ""
    if (not (_DESCRIPTION.match(apposition) or is_role_word(opening.rstrip(",")))
            or len(apposition.split()) > MAX_APPOSITION_WORDS):
        return None
    if attribution.content[0] < cue and attribution.content[1] > comma:
        return None  # the content is inside the apposition: no frame of this shape
    return person


_POSSESSIVE = re.compile(r"\w['’]s?\s+[a-z]")
"""A source after the cue that is a possessive of what was said ("..., said Amazon's decision to sell MP3s meshed
..."): the object's owner, never an inverted speaker, so the opening person still speaks."""
_QUOTED_CLOSE = re.compile(r",[”\"]\s*$")
"""An aside closed by the comma inside a quotation's closing mark ("Helen Marsh, president of the firm behind
“Fresh Start,” said"): a title in quotes ends the apposition, and its comma closes it as a bare one would."""


def _opening_mark(text: str, start: int, end: int) -> int | None:
    """Where the quotation that closes at ``end`` opens, when it opens between ``start`` and ``end``."""
    at = max(text.rfind("“", start, end), text.rfind('"', start, end))
    return at if at >= 0 else None


_BODY_ARTICLE = re.compile(r"[Tt]he\s+")
"""The article a body's name is written after at a sentence's start ("The Allen Institute ..."); the
NER leaves it out of the name."""


def _body_to_comma(text: str, first: int, end: int, index: MentionIndex) -> Mention | None:
    """The organisation whose name opens the sentence and reaches its first comma, its legal form and
    listing included ("Meridia Health, Inc. (NASDAQ: MRDH), a provider of home care software,
    announced"): a body's subject reached through an apposition, as a person's is. The body may open
    with its article ("The Harlow Institute, a center founded by Ada Vance, has called for"): the name
    is the body's, and the founder in the apposition only describes it."""
    article = _BODY_ARTICLE.match(text, first, end)
    opens = article.end() if article else first
    body = next((m for m in index.within((first, end)) if m.start == opens), None)
    if body is None or body.kind != "organization" or body.demonym:
        return None
    listed = LISTED_AFTER.match(text, body.end)
    return body if OPENS_ASIDE.match(text, listed.end() if listed else body.end) else None


_WHEN_BEFORE_CUE = re.compile(
    r"(?:\s+(?:today|yesterday|tonight|now|also|formally|officially|recently|earlier|later|again|previously|"
    r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:last|this)\s+(?:week|month|year)))+\s*$")
"""When, or how, between an aside's closing comma and the cue ("..., today announced", "..., on
Tuesday said"): the source tagger takes the word for the source, and the aside still closes before it."""


def past_apposition(text: str, attribution: Attribution, index: MentionIndex, found: Mention | None,
                    sentence: Sentence, mentions: list[Mention]) -> Mention | None:
    """The speaker, corrected: the opening person (``subject_past_apposition``) stands for a source
    resolved to no one or to a name inside the apposition (the body of their role, their kin);
    any other resolution is kept. An opening surname the tagger missed stands for a name inside the
    apposition too (``brief.actors.apposed_surnames``), counted among the mentions."""
    subject = subject_past_apposition(text, attribution, index, sentence.start)
    surname = surname_before_apposition(text, attribution, index, found, sentence) if subject is None else None
    if surname is not None:
        add_found(mentions, index, surname)
        return surname  # "Okafor, a lawyer who has sparred with Marten, denied": Okafor, not Marten
    apposed = person_apposed_to_body(text, attribution.source, index) if attribution.source else None
    if subject is None or office_before_styled_name(text, subject, index) or apposed is not None and found == apposed:
        # "The Baale of Ikota, Chief Samuel Adeyemi, said": the title's holder, named in apposition
        return found  # "The Bishop of Lichfield, the Rt Rev Mara Quist, said": the holder, not the office
    if found is None or (subject.end < found.start and found.end <= attribution.cue[0] and found.name != subject.name):
        return subject
    if found.start >= attribution.cue[1]:
        return subject  # "X, president of Y, said Amazon's decision ...": the possessive owns what was said
    return found


def owner_in_content(text: str, attribution: Attribution, speaker: Mention | None) -> Attribution:
    """The attribution with the possessive the tagger took for an inverted source put back at its content's start,
    where ``past_apposition`` gave the statement to the sentence's opening person instead: "X, president of Y,
    said Amazon's decision to sell MP3s meshed ...": what was said is "Amazon's decision ...", and the source is X.
    Any other attribution is returned as it is."""
    source = attribution.source
    if (speaker is None or source is None or speaker.end > attribution.cue[0] or source[0] < attribution.cue[1]
            or text[attribution.cue[1] : source[0]].strip() or not _POSSESSIVE.search(text, source[0], source[1] + 3)
            or not source[1] <= attribution.content[0] <= source[1] + 3
            or text[source[1] : attribution.content[0]].strip(" '’s")):
        return attribution
    return dataclasses.replace(attribution, source=(speaker.start, speaker.end), content=(source[0], attribution.content[1]))
