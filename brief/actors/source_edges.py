"""Where the model's source stops short of the name it stands for: at the last dot of an abbreviation
("The S.E.C" of "The S.E.C. said"), or before it, when the cue took the name in ("Reuters reported"), or
at a company's ticker ("Norvale Energy Inc. (NYSE: NVE) today announced"); or past the subject, on whom the
subject is led by or includes ("The Greens, led by Carla Denyer, said": the Greens speak).

Why: the resolver reads the names within a source; a name that runs one character past it ("S.E.C.")
or lies in the cue is no source's, and the statement went to no one.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.cut_authors import cut_author
from brief.actors.initialled_sources import over_initials
from brief.actors.listings import company_before_ticker
from brief.actors.opening_subject import opens_sentence
from brief.actors.swapped_frames import swapped_frame

_DOTTED_END = re.compile(r"(?:^|\s)(?:[A-Z]\.)+[A-Z]$")
"""A source ending in an abbreviation whose last dot it left out ("The S.E.C", "the U.N")."""
_ABBREVIATED_END = re.compile(r"\s(?:Corp|Inc|Co|Cos|Ltd|Bros|Jr|Sr|Jnr|Snr)$")
"""A source ending in a company's or a generation's abbreviation whose dot it left out ("Toyota Motor Corp",
"Braxo Inc", "James Kennedy Jr"): the name the tagger read runs over the dot."""
_NAME_THEN_VERB = re.compile(
    r"((?:[A-Z][\w'’&.-]*\s+){0,2}[A-Z][\w'’&.-]*)\s+(?=(?:[a-z]+ed|said|told|wrote|says|tells|writes|reports)\b)"
)
"""A cue opened by a name and then its verb ("Reuters reported", "The Guardian said")."""
_VERB_FORMS = re.compile(r"[A-Z][a-z]*(?:ed|ing)$")
"""A capitalised first word that is itself a verb form ("Asked", "Speaking"): a cue, no name."""


_ASIDE_TAIL = re.compile(r"(?:on|in|at|for|with|from|to|about|after|during|before|outside|inside)\s+[^,]*,?\s*$")
"""A source that opens on a preposition: the tail of an aside between the subject and the cue."""
_ASIDE_OPENS = re.compile(r",\s*[a-z]+ing\s+$")
"""Right before it, the participle that opens the aside (", commentating ", ", speaking ")."""
_SUBJECT_BEFORE = re.compile(r"(?:^|[.!?\n]\s*)((?:[\w'’.-]+\s+){0,5}[A-Z][\w'’.-]*)$")
"""Before the aside, the sentence's opening words to its comma, a name last: the subject, the speaker."""
_OWNED_NAME = re.compile(r"(?:her|his|its|their|our|my)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
"""A source of a possessive and a name only ("her Las Vegas"): the name of something of someone's."""
_NOUN_NEXT = re.compile(r"\s+[a-z]+\b(?<!ed)(?<!ing)")
"""A lower-case word right after such a source, no verb's past or participle: the noun the name modifies
("her Las Vegas residency"), so the source is a thing of the subject's, and no one who speaks; the cue then
goes with the clause's subject as a sourceless participle does."""
_CAPITALISED = re.compile(r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*")
"""A source of capitalised words only: a body's name or its tail."""
_NAME_THEN_JOB_AT = re.compile(
    r"(?:^|[\s(—–-])((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*),\s+(?:an?|the|its|their)\s+(?:[a-z][\w-]*\s+){1,4}"
    r"(?:at|of|for|with)\s+(?:the\s+)?(?:[A-Z][\w&'’.-]*\s+){0,4}$"
)
"""Before such a source, a name of two to four words and the job it holds at a body, set off by a comma
("Daniel Morgan, a portfolio manager at | Synovus Trust"): the model took the body's name, or its last word,
for the source of the cue after the apposition; the person named before the job speaks, when the cue is a finite
verb ("..., while X, a portfolio manager at Y, cautioned"). A participle's subject is the clause's ("met with X,
an economist at Y, saying": the one who met; "with X, ..., saying" is absolute_speakers')."""
_LED_BY = re.compile(r"(?:led|headed|chaired|fronted|joined|backed|flanked|accompanied)\s+by\b|including\b|among\s+them\b")
"""A source that opens on what is set off after the subject ("The rebels, | led by ..., Meg Hillier, say"):
whom the subject's words are led or joined by, not the subject."""
_LED_BY_BEFORE = re.compile(rf",\s*(?:{_LED_BY.pattern})\s+(?:[\w'’.-]+\s+){{0,6}}$")
"""The same before a name the model took alone ("The Greens, led by | Carla Denyer, | said")."""
_LED_BY_INSIDE = re.compile(rf",\s*(?:{_LED_BY.pattern})\s")
"""The same inside a source the model took whole ("Ten senators, including Bernie Sanders")."""
_PLAIN_OPENING = re.compile(r"(?:[\w'’.-]+\s+){0,5}[\w'’.-]+$")
"""What the source opens with before it: a few words, no clause."""
_SUBJECT_SET_OFF = re.compile(r"(?:^|[.!?\n]\s*|\s[—–]\s*)((?:[\w'’.-]+\s+){0,5}[\w'’.-]+),\s*$")
"""Before it, the sentence's opening words (after a dateline's dash, if any) to their comma: the subject."""
APPOSITION_REACH = 120
"""Characters read back for the name and its job before the body's name (a name, an article, four words)."""
ASIDE_REACH = 60
"""Characters read back for the aside's participle and for the subject before it (a few words each)."""


def _listed_or_led(text: str, attribution: Attribution, source: tuple[int, int]) -> tuple[int, int] | None:
    """The company whose ticker the source began at ("Norvale Energy Inc. (NYSE: NVE) today announced"), or the
    subject before what it is led by or includes ("The Greens, led by X, said", "Ten senators, including X,
    said"); None for any other source."""
    company = company_before_ticker(text, source[0])
    if company is not None:
        return company
    inside = _LED_BY_INSIDE.search(text, source[0], source[1])
    if inside is not None and _PLAIN_OPENING.match(text, source[0], inside.start()):
        return source[0], inside.start()
    if not (_LED_BY.match(text, source[0], source[1]) or text[source[1] : attribution.cue[0]].strip() == ","
            and _LED_BY_BEFORE.search(text, max(0, source[0] - ASIDE_REACH), source[0])):
        return None
    at = _LED_BY.search(text, max(0, source[0] - ASIDE_REACH), source[1])
    subject = _SUBJECT_SET_OFF.search(text, max(0, source[0] - 2 * ASIDE_REACH), at.start()) if at else None
    return subject.span(1) if subject is not None else None


_DOCUMENT_CUT = re.compile(r"\b(?:report|study|statement|survey|analysis|review|audit|assessment|letter|paper)\s+"
                           r"(?:released|published|issued|compiled|commissioned)(?:\s+on)?\s*$")
"""A document the model's source ends on, its author still to come ("a report released on | Monday by ...")."""
_BY_AUTHOR = re.compile(r"\s*(?:[\w.]+\s+){0,3}?by\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w&'’-]*))*"
                        r"(?<!\sof)(?<!\sfor)(?<!\sand)(?<!\son)(?<!\sthe)")
"""The rest of the document's phrase: a time, then "by" and its author's capitalised name."""
AUTHOR_REACH = 80
"""Characters past the model's source within which the author's name ends."""


def source_edges(text: str, attribution: Attribution) -> Attribution:
    """No source where the model took a thing of the subject's for it ("her Las Vegas residency"); the source run on over its abbreviation's last dot, or taken out of the cue's opening name when
    it has none, or on over the rest of a name the cue opened with (``_name_split``), or none where the model
    took an aside's tail for it, and without an age set off after it; any other attribution as it is."""
    attribution = swapped_frame(text, attribution)  # "Another parent, Luis Ortega, said he supported ..."
    source = attribution.source
    if source is not None and _OWNED_NAME.fullmatch(text, source[0], source[1]) and _NOUN_NEXT.match(text, source[1]):
        return dataclasses.replace(attribution, source=None)  # "Adele postponed | her Las Vegas | residency, telling"
    if source is not None and over_initials(text, source) != source:  # "J.P. | Morgan analysts said"
        attribution = dataclasses.replace(attribution, source=over_initials(text, source))
        source = attribution.source
    moved = _listed_or_led(text, attribution, source) if source is not None else None
    if moved is not None:
        return dataclasses.replace(attribution, source=moved)
    aside = _ASIDE_OPENS.search(text, max(0, source[0] - ASIDE_REACH), source[0]) if source is not None else None
    if source is not None and aside is not None and _ASIDE_TAIL.match(text, source[0], source[1]):
        subject = _SUBJECT_BEFORE.search(text, max(0, aside.start() - ASIDE_REACH), aside.start())
        if subject is not None:  # "Former opener Sunil Gavaskar, commentating on Star Sports, described": Gavaskar
            return dataclasses.replace(attribution, source=subject.span(1))
    finite = not (text[attribution.cue[0] : attribution.cue[1]].split() or [""])[0].endswith("ing")
    if (source is not None and finite and _CAPITALISED.fullmatch(text, source[0], source[1])
            and text[source[1] : attribution.cue[0]].strip() == ","):
        apposed = _NAME_THEN_JOB_AT.search(text, max(0, source[0] - APPOSITION_REACH), source[0])
        if apposed is not None:  # "Daniel Morgan, a portfolio manager at Synovus | Trust, cautioned": Morgan
            return dataclasses.replace(attribution, source=apposed.span(1))
    if source is not None:
        aged = _AGE_AFTER.search(text, source[0], source[1])
        if aged is not None and aged.start() > source[0]:  # "The singer, 34, wrote": the singer
            source = (source[0], aged.start())
            attribution = dataclasses.replace(attribution, source=source)
        if text[source[1] : source[1] + 1] == "." and (_DOTTED_END.search(text, source[0], source[1])
                                                       or _ABBREVIATED_END.search(text, source[0], source[1])):
            return dataclasses.replace(attribution, source=(source[0], source[1] + 1))
        described = _DESCRIBED_NAME.match(text, source[1]) if _DESCRIPTION.fullmatch(text, source[0], source[1]) else None
        if described is not None and described.end(1) <= attribution.cue[0] and opens_sentence(text, source[0]):
            # "Rock legend | Dave Marsh has cancelled his tour, saying": the description stands for the name after it
            return dataclasses.replace(attribution, source=(source[0], described.end(1)))
        authored = _BY_AUTHOR.match(text, source[1]) if _DOCUMENT_CUT.search(text, source[0], source[1]) else None
        if authored is not None and authored.end() <= max(attribution.cue[0], attribution.content[0], source[1]) + AUTHOR_REACH:
            # "according to a report released on | Monday by Human Rights Watch": the model cut the author off
            return dataclasses.replace(attribution, source=(source[0], authored.end()))
        after = cut_author(text, source, _sentence_stop(text, source[1]))
        if after is not None and not attribution.content[0] <= source[1] < attribution.content[1]:
            return dataclasses.replace(attribution, source=after)  # "according to a poll by | IT services firm CDW"
        return _name_split(text, attribution, source)
    name = _NAME_THEN_VERB.match(text, attribution.cue[0], attribution.cue[1])
    if name is None or _VERB_FORMS.match(name.group(1).split()[0]) or name.end() >= attribution.cue[1]:
        return attribution
    return dataclasses.replace(attribution, source=name.span(1), cue=(name.end(), attribution.cue[1]))


_DESCRIPTION = re.compile(r"[A-Z][a-z]+(?:\s+[a-z]+){1,2}")
"""A source of a sentence's capitalised first word and lower-case words only ("Rock legend", "Folk singer"): a
description, with no name of its own."""
_DESCRIBED_NAME = re.compile(r"\s+([A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2})\s+[a-z]")
"""The person's name right after such a description, before the sentence's lower-case verb ("Dave Marsh has")."""


_AGE_AFTER = re.compile(r",\s*\d{1,3}\s*,?$")
"""An age set off after the source ("The singer, 34"): the description before it is what the resolver reads."""
_ENDS_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*$")
"""A source whose last word is capitalised: a name the cue may go on with."""


def _name_split(text: str, attribution: Attribution, source: tuple[int, int]) -> Attribution:
    """ "Bus Union secretary Toby | Warnes told 2GB that ...": a cue that opens with the rest of the
    name its source ends with takes it back into the source (the model split a name it did not know,
    and the cue's content was read as no one's statement)."""
    if text[source[1] : attribution.cue[0]].strip() or not _ENDS_CAPITALISED.search(text, source[0], source[1]):
        return attribution
    name = _NAME_THEN_VERB.match(text, attribution.cue[0], attribution.cue[1])
    if name is None or _VERB_FORMS.match(name.group(1).split()[0]) or name.end() >= attribution.cue[1]:
        return attribution
    return dataclasses.replace(attribution, source=(source[0], name.end(1)), cue=(name.end(), attribution.cue[1]))


def _sentence_stop(text: str, at: int) -> int:
    """Where the sentence that runs on at ``at`` ends (a full stop, a question or a line's end)."""
    found = re.compile(r"[.!?](?:\s|$)|\n").search(text, at)
    return found.start() if found is not None else len(text)
