"""Sources written after their cue with a description before the name: "“...,” said 9/11 widow
Terry Strada", or after a quotation with a description between name and cue: "“...,” Erik van
Sebille, a physical oceanographer at ... told Reuters", or a bare name after a rarer cue ("“...,”
reveals Groene"), or named after an outlet's "quote ... as saying". The source tagger, which learned PolNeAR's
"said X" and "X said", misreads both; the reader sees the speaker plainly.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.apposed_speakers import name_read_as_content
from brief.actors.article_surnames import ARTICLE
from brief.actors.attribution import Attribution
from brief.actors.epithets import NATIONALS
from brief.actors.gazetteer import MONTHS_DAYS
from brief.actors.inverted_clauses import speaker_before_clause
from brief.actors.inverted_descriptions import description_after_cue
from brief.actors.inverted_long_descriptions import described_then_named
from brief.actors.participle_subjects import nearer_subject
from brief.actors.so_said import so_said
from brief.actors.source_words import RELATIVES
from brief.text.language import stop_words
from brief.text.lexicon import TITLE_WORDS

_DESCRIBED_NAME = re.compile(r"\s+(?P<source>(?P<first>[\w/'’-]+)(?:\s+[\w/'’.-]+){0,4}?"
                             r"(?:\s+[A-Z][\w'’-]*(?:\s+[A-Z]\.)?){1,3})(?=\s*(?:[,.;:]|$)|\s+(?:in|at|on|during|after|before|"
                             r"when|while|as|from|via)\s)", re.MULTILINE)
"""After the cue: a few words of description, then a capitalised name that ends the clause, or that
where, when or how it was said follows ("said chief executive Ada Quinn in a statement")."""
_CAPITAL = re.compile(r"[A-Z]")


def source_after_cue(text: str, attribution: Attribution) -> Attribution:
    """A quotation closed before its cue ("“...,” said 9/11 widow Terry Strada, who ...") whose
    source the tagger left empty: the description and the name after the cue are the source. A
    cue followed by where or when ("said on Tuesday", "said in Kessel") is no such frame; any
    other attribution is returned as it is."""
    attribution = speaker_before_clause(text, attribution)  # "“...,” says Halima as she ...", "says the woman who ..."
    attribution = described_then_named(text, attribution)  # "says the former editor of the Standard, George Osborne."
    if attribution.source is not None and attribution.source[0] >= attribution.cue[1]:
        flipped = so_said(text, name_read_as_content(text, attribution))  # "X, from the Unit, said officers were ...": X's
        return flipped if flipped is not attribution else _named_after_source(text, attribution)
    if attribution.source is not None or not attribution.quote or attribution.content[1] > attribution.cue[0]:
        return name_read_as_content(text, attribution)  # "Cllr X (Lab, Northfield) said": not the ward
    found = _DESCRIBED_NAME.match(text, attribution.cue[1])
    if found is None or found.group("first").lower() in stop_words("en") or not _CAPITAL.search(found.group("source")):
        described = description_after_cue(text, _name_alone_after(text, attribution))  # "..., said the midfielder."
        # "“...?” shot back his Labour challenger, Priya Moreland.": the description, and the name set off after it
        return _named_after_source(text, described) if described.source is not None and described.source[0] >= described.cue[1] else described
    return dataclasses.replace(attribution, source=found.span("source"))


_NAME_SET_OFF = re.compile(r",\s+(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+|(?:de|van|von|der|al|bin|da|di|le|la)\b)){1,4})"
                           r"(?=\s*(?:[,.;:!?]|$)|\s+(?:in|at|on|during|after|before|when|while|as|from|via)\s)", re.MULTILINE)
"""A name set off after a description ("said his lawyer, Benedict Okwu."), ending the clause or
before where, when or how it was said."""
_TITLED_RUN = re.compile(r"\.?(?:\s+(?:[A-Z][\w'’-]*\.?|(?:de|van|von|der|den|al|bin|da|di|le|la)\b)){1,6}"
                         r"(?=\s*(?:[,.;:!?]|$)|\s+(?:of|from|with|at)\s)", re.MULTILINE)
"""The titles and name that run on from a source the tagger cut at a title's full stop, to the clause's end or to
the body the person is of ("according to Lt. Dana Frey of the county fire service")."""
_NUMBERED_RUN = re.compile(r"\s+\d+[A-Za-z]*(?:\s+[\w'’.-]+){0,4}?(?:\s+[A-Z][\w'’-]*){2,3}(?=\s*(?:[,.;:!?]|$))",
                           re.MULTILINE)
"""A numbered seat or unit's title and the name after it ("Ward | 8 Council member Trayon White", "District
| 5 Supervisor Ana Ruiz"): the tagger stops a source at the number; the source runs on to the name."""
DESCRIPTION_WORDS = 4
"""Words of a description after a cue that a name in apposition may follow ("the academy's head teacher")."""


def _named_after_source(text: str, attribution: Attribution) -> Attribution:
    """ "“...,” said his lawyer, Benedict Okwu.": the tagger took the description after the cue for
    the source and left out the name set off after it; the source runs on to the name, whom the
    description describes."""
    assert attribution.source is not None
    start, end = attribution.source
    words = text[start:end].split()
    if words and all(w.strip(".").lower() in TITLE_WORDS for w in words):  # "said Maj. | Gen. Sir Hugo Grant"
        run = _TITLED_RUN.match(text, end)
        return dataclasses.replace(attribution, source=(start, run.end())) if run else attribution
    if len(words) == 1 and words[0] in NATIONALS and _THE_BEFORE.search(text, attribution.cue[1], start):
        return dataclasses.replace(attribution, source=(text.rindex("the", attribution.cue[1], start), end))  # "said the | Pole"
    if len(words) == 1 and words[0][:1].isupper():  # "said Ward | 8 Council member Trayon White"
        numbered = _NUMBERED_RUN.match(text, end)
        return dataclasses.replace(attribution, source=(start, numbered.end())) if numbered else attribution
    if not words or len(words) > DESCRIPTION_WORDS or words[-1][:1].isupper():
        return attribution  # a name already, or a clause
    found = _NAME_SET_OFF.match(text, end)
    if found is None or found.group("name").split()[0].lower() in stop_words("en"):
        return attribution
    return dataclasses.replace(attribution, source=(start, found.end("name")))


_THE_BEFORE = re.compile(r"\s+the\s+$")
"""The "the" of an epithet the tagger left out of a source after its cue ("“...,” said the | Pole."): the
epithet ("the Pole") names the person the text was about (``epithets``); the nationality alone names none."""
_NAME_ALONE = re.compile(rf"\s+(?P<source>{ARTICLE}[A-Z][\w'’-]+(?:\s+{ARTICLE}[A-Z][\w'’-]+){{0,2}})"
                         r"(?=\s*(?:[,.;:!?]|$)|\s+(?:as|when|while|after|before)\s)", re.MULTILINE)
"""After the cue: a capitalised name alone that ends the clause ("“...,” reveals Groene.", "said al-Kadhimi."), or that
when it was said follows ("“...,” announced Groene as the crew sat down")."""


def _name_alone_after(text: str, attribution: Attribution) -> Attribution:
    """ "“...,” reveals Groene, and ...": a bare name right after a cue that follows its quotation
    is the speaker; the tagger, which learned "said X" for the commonest verbs, leaves it out after
    rarer ones. A weekday or month ("said Tuesday") and a capitalised common word are no name."""
    found = _NAME_ALONE.match(text, attribution.cue[1])
    if found is None:
        return attribution
    words = [w.lower() for w in found.group("source").split()]
    if any(w in stop_words("en") or w in MONTHS_DAYS for w in words):
        return attribution
    return dataclasses.replace(attribution, source=found.span("source"))


_QUOTING_CUES = frozenset({"quote", "quotes", "quoted", "quoting"})
_QUOTED_PERSON = re.compile(r"\s+(?P<source>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)\s+as\s+"
                            r"(?:saying|telling|writing|stating|adding)\b")


_PASSIVE_QUOTED = re.compile(r"(?:was|were|is|are|been)\s+(?:[a-z]+ly\s+)?quoted\s+as\s+(?:saying|telling|writing|stating|adding)\b")
"""A cue in the passive ("was quoted as saying", "has been widely quoted as saying"): its subject, before it, is the one quoted."""
_PASSIVE_SUBJECT = re.compile(rf"(?:^|[,.;:!?”\"]\s+|\n)(?P<source>(?:[\w.'’-]+\s+){{0,7}}{ARTICLE}[A-Z][\w.'’-]*,?\s+)$")
"""The subject right before such a cue, back to the quotation's close or the clause's opening: a few words ending in a name,
or a name set off in commas after a description ("“...,” the minister, Ada Quinn, was quoted as saying")."""
PASSIVE_SUBJECT_REACH = 120
"""Characters before the passive cue read for its subject (eight words of a title and a name)."""


def quoted_as_saying(text: str, attribution: Attribution) -> Attribution:
    """ "“I don't regret it,” local newspapers quote Salinas as saying": an outlet that quotes
    someone reports their words; the one quoted, named after the cue, is the speaker, not the
    outlet the tagger read as the source. "“...,” board president Ada Quinn was quoted as saying": the
    subject of the passive cue is, where the tagger took a word inside the cue ("as") for the source.
    Any other attribution is returned as it is."""
    passive = _PASSIVE_QUOTED.search(text, *attribution.cue)
    source = attribution.source
    if passive is not None and (source is None or attribution.cue[0] <= source[0] < attribution.cue[1]):
        subject = _PASSIVE_SUBJECT.search(text, max(0, attribution.cue[0] - PASSIVE_SUBJECT_REACH), passive.start())
        if subject is not None and not attribution.content[0] <= subject.start("source") < attribution.content[1]:
            start, end = subject.span("source")
            return dataclasses.replace(attribution, source=(start, start + len(text[start:end].rstrip(" \t\n,"))))
    cue = text[attribution.cue[0] : attribution.cue[1]].split()
    if not cue or cue[-1].lower() not in _QUOTING_CUES:
        return attribution
    found = _QUOTED_PERSON.match(text, attribution.cue[1])
    if found is None or attribution.content[0] <= found.start("source") < attribution.content[1]:
        return attribution
    return dataclasses.replace(attribution, source=found.span("source"))


_NAME_AFTER_QUOTE = re.compile(r"[,.!?…][”\"](?P<name>\s+[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,3},?\s*)$")


def quotation_alone(text: str, attribution: Attribution) -> Attribution:
    """ "“...,” Erik van Sebille, a physical oceanographer at ... told Reuters": the content the model
    took runs past the quotation's close to the name before the source's description; what was said
    is the quotation, the name is who said it. Any other attribution is returned as it is."""
    source = attribution.source
    start, end = attribution.content
    if source is None or not attribution.quote or end > source[0] or source[0] - end > 2:
        return attribution
    found = _NAME_AFTER_QUOTE.search(text, start, end)
    if found is None:
        return attribution
    return dataclasses.replace(attribution, content=(start, found.start("name")))


APPOSED_PEOPLE = RELATIVES | frozenset(
    """widower niece nephew granddaughter grandson stepmother stepfather friend neighbor neighbour colleague
    lawyer attorney spokesman spokeswoman spokesperson agent manager publicist coach""".split())
"""A person someone else is named by ("Stevens' mother, Janet", "Lee's lawyer, Ann Roe"): the name
apposed after it is the one who speaks, never the possessor."""
_APPOSED_NAME = re.compile(r"['’]s?\s+(?:[a-z-]+\s+){0,2}?(?P<head>[a-zé]+)\s*,\s+"
                           r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Alhaji|Chief|Sir|Dame)\.?\s+)?"  # "the party's spokesman, Mr. Tunde Eze,"
                           r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?=\s*(?:[,.;:!?]|$))", re.MULTILINE)


def apposed_relative(text: str, attribution: Attribution) -> Attribution:
    """ "“...,” said Stevens’ mother, Janet, who ...": the tagger took the possessor ("Stevens") for
    the source; the relative apposed after the possessive, named after a comma, is the speaker.
    Any other attribution is returned as it is."""
    source = attribution.source
    if source is None:
        return attribution
    possessive = re.search(r"['’]", text[source[0] : source[1]])  # "Quinn's lawyer" taken whole
    found = _APPOSED_NAME.match(text, source[0] + possessive.start() if possessive else source[1])
    if found is None or found.group("head").lower() not in APPOSED_PEOPLE:
        return attribution
    return dataclasses.replace(attribution, source=found.span("name"))


_ACRONYM_THEN_NAME = re.compile(
    r"\s*\((?P<acronym>[A-Z][A-Za-z&.]{1,11})\)(?P<rest>(?:\s+[a-z][\w'’-]*){0,2}?(?:\s+[A-Z][\w'’.-]*){1,7})"
    r"(?=\s*(?:[,.;:!?]|\s(?:as|on|in|at|who|when|while|after|before|during|of|from|last|this|yesterday|today|[a-z]+day)\b|$))",
    re.MULTILINE)
"""After a body's name: its acronym in brackets and the rest of the source, a title and a name
("World Maritime Organization (WMO) Secretary Jonas Berg", "(FOA) chairman Paul Odum") ending
the clause or followed by when, where or "as" (a few words each, set by hand). Up to seven capitalised
words: a South Asian police rank runs to three before a three-word name ("(CMP) spokesperson Additional
Deputy Commissioner Anisur Rahman Talukder")."""


def bracketed_acronym(text: str, attribution: Attribution, sentence_start: int) -> Attribution:
    """ "The Americas cannot ignore the risk, warns Pan American Health Organization (PAHO)
    Director Carissa F. Etienne as she urged ...": the tagger stops the source at the bracket and
    takes what follows for the content. The source runs on through the acronym to the name; what
    was said is the clause before the cue, as it is when no bracket breaks the source."""
    source = attribution.source
    if source is None or source[0] < attribution.cue[1] or attribution.content[0] < source[1]:
        return attribution
    found = _ACRONYM_THEN_NAME.match(text, source[1])
    if found is None:
        return attribution
    before = text[: attribution.cue[0]].rstrip()
    if not before.endswith(","):
        return attribution  # "said the Ferry Operators Association (FOA) chairman ..." with nothing said before
    start = len(before) - len(before[sentence_start:].lstrip())
    if start >= len(before) - 1:
        return attribution
    return dataclasses.replace(attribution, source=(source[0], found.end("rest")), content=(start, len(before) - 1))


_AFFILIATION = re.compile(r"\s+(?:of|at|from|with)\s+(?:the\s+)?")
"""After a source after its cue, the content the model took opening in it or right after it: the body the speaker is
of ("said Karin Holt of | the Torsby Museum, which ...", "said Ivo Rand | from the Torsby Archive, who ...")."""


def body_after_source(text: str, attribution: Attribution, sentence_start: int) -> Attribution:
    """ "The copper came from the Alps, said Karin Holt of the Torsby Museum, which will show the finds": the model
    took the speaker's body and its relative clause for what was said. What was said is the clause before the
    cue, as when no body follows the name; any other attribution is returned as it is."""
    source, content = attribution.source, attribution.content
    affiliation = _AFFILIATION.match(text, source[1]) if source is not None else None
    if (source is None or affiliation is None or source[0] < attribution.cue[1]
            or not source[1] <= content[0] <= affiliation.end()):
        return attribution
    before = text[: attribution.cue[0]].rstrip()
    if not before.endswith(","):
        return attribution  # "said Ann Roe of the plan": nothing said before the cue
    start = len(before) - len(before[sentence_start:].lstrip())
    if start >= len(before) - 1:
        return attribution
    return dataclasses.replace(attribution, content=(start, len(before) - 1))


_COMMA_BEFORE = re.compile(r",\s*$")
_ADVERB = re.compile(r"[a-z]+ly", re.I)
PREPOSITIONS_IN_ING = frozenset({"according", "including", "regarding", "concerning", "following", "during"})
"""Words in -ing that are prepositions, not participles: "..., according to a complaint from Kellmouth" names
its source after it, as an inverted frame does."""


def _object_apposed(text: str, attribution: Attribution) -> bool:
    """Whether the source is set off between the clause taken for the content and the participle ("filed a
    complaint against her former label, | Redline Records, | accusing it of ..."): the object's apposition,
    which the participle's subject never is."""
    source, content = attribution.source, attribution.content
    return (source is not None and content[1] <= source[0] and text[content[1] : source[0]].strip() == ","
            and text[source[1] : attribution.cue[0]].strip() == ",")


def participle_frame(text: str, attribution: Attribution, sentence_end: int) -> Attribution:
    """ "Ashby criticised the plan, saying it would hurt families", "..., urging traders to boycott ...": the
    tagger read a participle set off after a comma as an inverted frame ("..., said Ashby"), taking the clause
    before it as what was said and the words after it (or none) as the speaker. A participle has no subject after it;
    what it says follows it, to the sentence's end, and its speaker is the clause's subject (left to
    ``chain.participle_subject``, so the source is dropped), also where the tagger took the object's apposition
    before the participle for the source (``_object_apposed``)."""
    attribution = nearer_subject(text, attribution)  # "A would ..., and B would shut him down, saying": B's
    if attribution.quote or attribution.content[1] > attribution.cue[0]:
        return attribution
    if attribution.source is not None and attribution.source[0] < attribution.cue[1] and not _object_apposed(text, attribution):
        return attribution
    words = text[attribution.cue[0] : attribution.cue[1]].split()
    verbs = [w for w in words if not _ADVERB.fullmatch(w)]
    if not verbs or not verbs[0].lower().endswith("ing") or verbs[0].lower() in PREPOSITIONS_IN_ING:
        return attribution
    if not _COMMA_BEFORE.search(text, max(0, attribution.cue[0] - 10), attribution.cue[0]):
        return attribution
    start = attribution.cue[1]
    while start < sentence_end and (text[start].isspace() or text[start] in ",:"):
        start += 1
    end = sentence_end
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".;,"):
        end -= 1
    if end <= start:
        return attribution
    return dataclasses.replace(attribution, source=None, content=(start, end))
