"""Clear reporting frames the cue model leaves out, read by rule: a named actor right before a
reporting verb and the clause it reports.

Why by rule: the model learned PolNeAR's cues, and on news pages it misses frames that are plain
to a reader: "Dr Fauci estimated that ...", "..., highlighting that ..." (a participle going on
with the sentence's speaker), "Jay Stanley, who said ..." (a relative clause after a name) and
"Avigilon declined to comment". Each rule asks for an actor the article names (a person or an
organisation, never a place or a demonym) right where the verb's subject stands, so a verb that
merely follows some name ("the cost Smith estimated") does not fire. The model's weights stay
as they are; these are positions beside its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.anaphoric_gists import GIST_NOUN
from brief.actors.attribution import Attribution
from brief.actors.body_reference import body_referred
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.source_words import GROUP
from brief.actors.speakers import Continued
from brief.actors.statements import unasserted_before
from brief.actors.voiced_lists import voiced_list
from brief.model import Sentence

_VERBS = (r"estimated|predicted|insisted|stressed|emphasi[sz]ed|reiterated|projected|forecast|averred|avers|intoned|"
          r"opined|opines")
"""Forms (past, and a feature's present) that report a claim of their subject's and are seldom anything else
in news ("averred", "opines": rare verbs the cue model never learned)."""

_SUBJECT_VERB = re.compile(rf"(?P<set_off>,)?\s+(?:also\s+|has\s+|had\s+|previously\s+|repeatedly\s+)?(?P<verb>{_VERBS})"
                           r"\s+(?:that\s+)?(?=\S)")
"""The verb right after its subject's name, or after a name set off by commas as an apposition ("the Governor of
West Java, Ridwan Hakim, averred that")."""
_CLAUSE_VERBS = ("adds|added|reckons|reckoned|fumes|fumed|concedes|conceded|argues|argued|contends|contended|"
                 "maintains|maintained|claims|notes|noted|warns|warned|explains|explained|acknowledges|"
                 "acknowledged|suggests|complains|complained|quips|quipped|jokes|joked|boasts|boasted|laments|"
                 "lamented|counters|countered|retorts|retorted|observes|observed|remarks|remarked|hints|hinted|"
                 "insists|stresses|predicts|estimates|muses|mused|reasons|reasoned|believes|thinks|fears|feared")
"""Verbs of saying or thinking whose object is a clause (third-person present, as a feature writes,
and past): the cue model, which learned "said" and "says", misses many of them before a bare clause
("Chalmers adds the government will not retaliate", "Hosking reckons the market will recover")."""
CLAUSE_SUBJECT_WORDS = 6
"""Words of the reported clause's subject before its verb ("the government will", "the new owners of
the club have"): a longer run before any verb is an object, not a clause."""
_AUXILIARY = (r"(?:was|were|is|are|has|had|have|will|would|could|can|may|might|should|must|did|does|do|"
              r"(?:won|wouldn|isn|wasn|aren|weren|can|couldn|didn|doesn|don|hasn|haven|shouldn)['’]t)")
_CLAUSE_VERB = re.compile(rf"\s+(?:also\s+|later\s+|now\s+)?(?P<verb>{_CLAUSE_VERBS})\s+(?:that\s+(?=\S)|(?="
                          rf"(?:(?!(?:who|which|that|when|where|whose)\b)[\w'’-]+\s+){{1,{CLAUSE_SUBJECT_WORDS}}}?"
                          rf"{_AUXILIARY}\b))")
"""A named subject's verb of saying, then a "that" or a clause: a subject of a few words (no relative
pronoun, no comma: "added two patients who were hurt" is no report) and an auxiliary verb."""
_NAMED_QUOTED = re.compile(r"\s+(?:also\s+|has\s+|had\s+)?(?P<verb>termed|branded|labell?ed|dubbed|terming)\s+"
                           r"(?=(?:[\w'’.-]+\s+){1,6}?[“\"‘]\s*\w)")
""""Senator Ruth Adeyemi termed the proposal “anti-people”": a verb that puts a name on its object, the
name in the subject's own quoted words (``cue_verbs._QUOTED_JUDGING``); the model seldom tags "termed", nor
"terming" in a with-clause ("..., with party spokesman Y terming it “baseless”": Y’s judgement)."""
_SHARED = re.compile(r"\s+(?:also\s+|has\s+|had\s+)?(?P<verb>shared|confided)\s+(?:with\s+[^,;:.!?“”\"]{1,60}?\s+)?"
                     rf"that\s+(?!{GIST_NOUN})(?=\S)")
""""Hazama shared with AutoIndustriya.com that they have ...": a verb of telling that the cue model
never learned, with its "that" clause (without one, "shared a photo" is no statement; "shared that
sentiment" is a demonstrative, ``anaphoric_gists``)."""
_WHO_SAID = re.compile(r",?\s+who\s+(?:also\s+|has\s+|had\s+|previously\s+)?(?P<verb>said|says|told|tells)"
                       r"\s+(?=\S)")
_DECLINED = re.compile(r"(?:,\s+(?:which|who))?\s+(?:has\s+|have\s+|had\s+)?(?P<verb>declined|refused)\s+to\s+comment\b")
_NO_RESPONSE = re.compile(r"\s+(?P<verb>did\s+not\s+(?:immediately\s+)?(?:respond|reply)\s+to)\s+"
                          r"(?=(?:an?\s+|the\s+|repeated\s+|multiple\s+)?requests?\s+for\s+comment\b)")
"""No answer to the reporter ("X did not respond to a request for comment"), as "declined to comment" is: what
the cue model finds in a longer sentence and misses in a short one that says nothing else."""
_GOING_ON = re.compile(r",\s+(?P<verb>highlighting|stressing|emphasi[sz]ing|insisting|noting|arguing)"
                       r"\s+(?:that\s+)?(?=\S)")
_CLAUSE_END = re.compile(r",\s+(?:[a-z]+ed|said|says|added|told|was|is|has|will|would)\b")
"""A comma and a verb close a relative clause ("X, who said the plan was flawed, left"): the
reported words stop there."""
_FINITE = re.compile(r"(?:was|were|is|are|has|had|have|will|would|could|can|may|might|should)\b")
"""A verb right after the reporting verb: the name was the subject of a relative clause ("the cost
Vance estimated was wrong"), not of a report."""
_QUOTES = re.compile("[\"“”]")


def _verbs(pattern: str) -> frozenset[str]:
    """The words an alternation of verbs spells ("emphasi[sz]ed" both ways, "labell?ed" both)."""
    out: set[str] = set()
    for verb in pattern.split("|"):
        out.update(verb.replace("[sz]", z).replace("l?", ll) for z in ("s", "z") for ll in ("", "l"))
    return frozenset(out)


_KEY_WORDS = {_SUBJECT_VERB: _verbs(_VERBS), _CLAUSE_VERB: _verbs(_CLAUSE_VERBS),
              _NAMED_QUOTED: _verbs("termed|branded|labell?ed|dubbed|terming"), _SHARED: _verbs("shared|confided"),
              _WHO_SAID: frozenset({"who"}), _DECLINED: _verbs("declined|refused"),
              _NO_RESPONSE: frozenset({"respond", "reply"}),
              _GOING_ON: _verbs("highlighting|stressing|emphasi[sz]ing|insisting|noting|arguing")}
"""Per pattern, the words one of which stands, spaces either side, in each of its matches: a sentence with
none is passed over without the pattern's scan (each starts with spaces, which the scan tries everywhere)."""
_WORD_RUN = re.compile(r"\w+")


def reporting_clauses(text: str, sentences: Sequence[Sentence], index: MentionIndex,
                      resolved: Sequence[tuple[Attribution, Mention]]) -> list[Continued]:
    """Statements in frames the cue model has no cue for, each under the actor its subject names."""
    out: list[Continued] = []
    for k, s in enumerate(sentences):
        end = _content_end(text, s)
        present = set(_WORD_RUN.findall(text, s.start, end))
        for pattern in (_SUBJECT_VERB, _CLAUSE_VERB, _NAMED_QUOTED, _SHARED, _WHO_SAID, _DECLINED, _NO_RESPONSE):
            for match in pattern.finditer(text, s.start, end) if not present.isdisjoint(_KEY_WORDS[pattern]) else ():
                subject = _named_subject(text, s, match.start(), index, relative=pattern is _WHO_SAID or match.group(0).startswith(","))
                if subject is None and pattern is _DECLINED:
                    subject = _voiced_body(text, s, match.start(), index)  # "A spokesperson for HP declined to comment"
                if subject is None and pattern in (_DECLINED, _NO_RESPONSE):  # "Spokespeople for A, B and C declined"
                    subject = next(iter(voiced_list(text, s, match.start(), index)), None)
                if subject is None or _in_quotation(text, s.start, subject.start):
                    continue
                if pattern is _SUBJECT_VERB and match.group("set_off") and not _apposed_person(text, s, subject):
                    continue  # "a report by Gartner, estimated ...": only a person named in apposition is the subject
                if pattern in (_SUBJECT_VERB, _CLAUSE_VERB) and (_FINITE.match(text, match.end())
                                                                 or unasserted_before(text, s.start, subject.start)):
                    continue  # "the cost Vance estimated was wrong": no subject of a report; "if X thinks": none made
                if pattern is _DECLINED:  # "declined to comment on Tuesday, saying ...": the refusal alone
                    comma = text.find(",", match.end(), end)
                    out.append(Continued(subject, k, (match.start("verb"), comma if comma >= 0 else end),
                                         cue=match.group(0).strip()))
                    continue
                stop = _CLAUSE_END.search(text, match.end(), end) if pattern is _WHO_SAID else None
                out.append(Continued(subject, k, (match.end(), stop.start() if stop else end),
                                     cue=match.group("verb")))
        out += _rulings(text, s, k, end, index)
        out += _directives(text, s, k, end, index)
        states = _BODY_STATES.match(text, s.start, end)
        if states is not None:  # "The group state that ...": "state", a noun to the cue model
            spoke = [m for a, m in resolved if a.cue[0] < s.start and m.kind != "place"
                     and a.sentence >= k - STATED_REACH]  # the body that spoke just before, else the last named
            body = spoke[-1] if spoke else body_referred(text, index.before(s.start), states.group("noun").lower())
            if body is not None:
                out.append(Continued(body, k, (states.end(), end), cue="stated"))
        for match in _GOING_ON.finditer(text, s.start, end) if not present.isdisjoint(_KEY_WORDS[_GOING_ON]) else ():
            speaker = _speaker_before(s, match.start(), resolved)
            if speaker is not None and not _in_quotation(text, s.start, match.start()):
                out.append(Continued(speaker, k, (match.end(), end), cue=match.group("verb")))
    return out


_RULING_BY = re.compile(r"\b(?P<noun>ruling|decision|finding|verdict|judg(?:e)?ment|conclusion)\s+(?:\w+\s+){0,3}?by\s+"
                        r"(?:the\s+)?")
_THAT_AFTER = re.compile(r"(?:\s+(?:of|in)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?,?\s+that\s+(?=\S)")
_RULED = {"ruling": "ruled", "decision": "decided", "finding": "found", "verdict": "ruled", "judgment": "ruled",
          "judgement": "ruled", "conclusion": "concluded"}
"""The verb a finding's noun stands for: "a ruling by the court that ..." is the court's ruling."""


def _rulings(text: str, s: Sentence, k: int, end: int, index: MentionIndex) -> list[Continued]:
    """ "a 26 December ruling by the Constitutional Court of Turkey that the block was
    unconstitutional": a finding of a body named after "by", with its "that" clause, is the body's
    statement (the cue model reads no cue in a noun)."""
    out = []
    for match in _RULING_BY.finditer(text, s.start, end):
        party = _party_at(index, match.end(), end)
        if party is None:
            continue
        clause = _THAT_AFTER.match(text, party.end, end)
        if clause is not None and not _in_quotation(text, s.start, match.start()):
            out.append(Continued(party, k, (clause.end(), end), cue=_RULED[match.group("noun").lower()]))
    return out


def _party_at(index: MentionIndex, start: int, end: int) -> Mention | None:
    """The person or body named right at ``start`` (after "a ruling by", "directives from"), if any."""
    named = [m for m in index.within((start, end)) if m.start == start]
    if not named or named[0].kind not in ("organization", "person") or named[0].demonym:
        return None
    return named[0]


_DIRECTIVE_FROM = re.compile(r"\b(?P<noun>directives?|orders?|instructions?|demands?|appeals?)\s+(?:from|by)\s+(?:the\s+)?")
_BODY_STATES = re.compile(r"[\s\-–—•*]*The\s+(?P<noun>group|company|firm|team|studio|agency|organi[sz]ation)\s+"
                          r"(?:state|states|stated)\s+that\s+(?=\S)")
"""A sentence that opens with a body's description and "state(s) that": the body named before speaks."""
STATED_REACH = 2
"""Sentences back within which a body that spoke is the one "The group state that" goes on with."""
_DIRECTED = {"directive": "ordered", "order": "ordered", "instruction": "instructed", "demand": "demanded",
             "appeal": "appealed"}
"""The verb a directive's noun stands for: "directives from Xi to ..." is what Xi ordered."""
_TO_DO = re.compile(r"\s+(?:to|for)\s+(?=\S)")
_CLAUSE_STOP = re.compile(r"[;:]|,\s+(?:and|but|which|who|while)\b|\s+(?:in|on)\s+(?:the\s+)?[“\"]")


def _directives(text: str, s: Sentence, k: int, end: int, index: MentionIndex) -> list[Continued]:
    """ "directives from Xi to “show absolutely no mercy”": what a person or body named after
    "from" ordered or demanded, a noun the cue model reads no cue in, is their position."""
    out = []
    for match in _DIRECTIVE_FROM.finditer(text, s.start, end):
        party = _party_at(index, match.end(), end)
        if party is None:
            continue
        wanted = _TO_DO.match(text, party.end, end)
        if wanted is None or _in_quotation(text, s.start, match.start()):
            continue
        stop = _CLAUSE_STOP.search(text, wanted.end() + 1, end)
        verb = _DIRECTED[match.group("noun").lower().rstrip("s")]
        out.append(Continued(party, k, (wanted.start() + 1, stop.start() if stop else end), cue=verb))
    return out


def _content_end(text: str, s: Sentence) -> int:
    end = s.end
    while end > s.start and (text[end - 1].isspace() or text[end - 1] in ".;,"):
        end -= 1
    return end


def _apposed_person(text: str, s: Sentence, m: Mention) -> bool:
    """Whether a person's name stands set off after a comma in its sentence ("the Governor of X, Ridwan Hakim,")."""
    return m.kind == "person" and text[s.start : m.start].rstrip().endswith(",")


PREPOSITION_REACH = 10
"""Characters before a name read for a preposition or a possessive, and "the" after it ("the Kesh mission to the
UN did not respond": the mission's refusal, not the UN's)."""


def _named_subject(text: str, s: Sentence, position: int, index: MentionIndex, relative: bool) -> Mention | None:
    """The actor whose name ends right where the verb's subject stands: a person or an
    organisation, not a place or a demonym. A name after a preposition is no subject ("a report by
    Gartner estimated"), unless a relative clause is about it ("met by Ivo Marten, who said"), nor one
    after a possessive ("cut its Brent forecast": the verb is a noun the name modifies)."""
    named = [m for m in index.within((s.start, position)) if m.end == position]
    if not named:
        return None
    m = named[-1]
    if m.demonym or m.kind not in ("person", "organization", GROUP):
        return None
    before = text[max(s.start, m.start - PREPOSITION_REACH) : m.start].lower()
    if not relative and re.search(r"\b(?:(?:of|by|to|for|with)(?:\s+the)?|and|than|its|his|her|their|our)\s+$", before):
        return None  # "a report by Gartner estimated": the report is the subject; "the mission to the UN": the mission
    return m


_VOICE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:(?P<pre>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*)*)\s+)?"
                    r"(?:spokesperson|spokesman|spokeswoman|representative)"
                    r"(?:\s+for\s+(?:the\s+)?(?P<post>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*)*))?\s*$")
"""A body's voice right before its refusal: "An HP spokesperson", "a spokesman for the Pentagon"."""


def _voiced_body(text: str, s: Sentence, position: int, index: MentionIndex) -> Mention | None:
    """The organisation whose voice ends right where the verb's subject stands: its refusal to comment is the
    body's, as "HP declined to comment" is."""
    voice = _VOICE.search(text, s.start, position)
    if voice is None or not (voice.group("pre") or voice.group("post")):
        return None
    name_end = voice.end("post") if voice.group("post") else voice.end("pre")
    return next((m for m in index.within((voice.start(), name_end)) if m.end == name_end and m.kind == "organization"
                 and not m.demonym), None)


def _in_quotation(text: str, start: int, position: int) -> bool:
    """Whether a quotation opened before ``position`` in its sentence is still open there."""
    marks = _QUOTES.findall(text, start, position)
    opened = sum(1 for q in marks if q == "“") - sum(1 for q in marks if q == "”")
    return opened > 0 or marks.count('"') % 2 == 1


def _speaker_before(s: Sentence, position: int, resolved: Sequence[tuple[Attribution, Mention]]) -> Mention | None:
    """ "Dr Etienne also warned that ..., highlighting that ...": the participle goes on with the
    speaker of a cue earlier in the same sentence."""
    earlier = [m for a, m in resolved if s.start <= a.cue[0] < position and a.cue[1] <= position]
    return earlier[-1] if earlier else None
