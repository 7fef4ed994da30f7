"""The narrator of a text written in the first person, who names themself once: the story's subject.

A speech or a column says who speaks once ("this is Joe Biden and I'm here filling in", "My name
is Dana Kerr, and I ...") and then says "I" for the rest; a company's own piece says "At Home Depot,
we first realized we needed ..." and then "we". Mentions alone count the narrator once, below
every party they mention twice, though every sentence in their voice is about them. Each of the
narrator's sentences in their own voice counts as one more mention of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mentions import Mention
from brief.actors.speakers import Continued
from brief.model import Sentence

_INTRODUCES_PERSON = re.compile(r"(?:\b[Tt]his is|\bI am|\bI[’']m|\b[Mm]y name is)\s+$")
"""What stands before a person who names themself ("this is Joe Biden", "My name is Dana Kerr")."""
_INTRODUCES_BODY = re.compile(r"(?:^|[\n.!?]\s*|\b[Hh]ere\s+)[Aa]t\s+(?:the\s+)?$|\b[Ww]e\s+at\s+(?:the\s+)?$")
"""What stands before a body that speaks as "we" ("At Home Depot, we", "We at the Trust")."""
_PERSON_GOES_ON = re.compile(r"\s*(?:,\s*)?(?:and\s+)?I\b|\s*[,.;!]")
"""What follows the person's name in their own introduction: ", and I'm", " and I", or its end."""
_BODY_GOES_ON = re.compile(r",?\s+we\b")
"""What follows the body's name in its own voice: ", we first realized"."""
SINGULAR = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b")
"""A person's own voice."""
PLURAL = re.compile(r"\b(?:[Ww]e|[Uu]s|[Oo]ur|[Oo]urs|[Oo]urselves)\b")
"""A body's own voice ("we", "our customers"), and a person's speaking for those they lead ("Our plan")."""
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
"""Quoted words are someone else's voice, not the narrator's."""
_LABELLED = re.compile(r"^[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,4}:\s")
"""A transcript's turn ("Joe: ...", "THE PRESIDENT: ..."): each turn's "I" is its label's, not one narrator's.
Every word of a label is capitalised: "And I’m here with a simple message: ..." is the narrator's sentence."""
MIN_VOICED_SENTENCES = 3
"""Fewest sentences in the narrator's voice, besides their introduction, to read the text as theirs: a
news story quotes one "I'm John Smith" in passing; a speech or a column says "I" throughout."""
_LOOK_BEHIND = 20
"""Characters before a name searched for its introduction ("My name is " is 11)."""


def narrator(text: str, mentions: Sequence[Mention]) -> Mention | None:
    """The first mention of a person who introduces themself, or of a body that speaks as "we"."""
    for m in mentions:
        if m.demonym or m.kind not in ("person", "organization"):
            continue
        before, after = text[max(0, m.start - _LOOK_BEHIND) : m.start], text[m.end : m.end + _LOOK_BEHIND]
        if m.kind == "person":
            introduced = _INTRODUCES_PERSON.search(before) and _PERSON_GOES_ON.match(after)
        else:
            introduced = _INTRODUCES_BODY.search(before) and _BODY_GOES_ON.match(after)
        # the voice last: it reads the line up to the name, the whole text before it where lines are long
        if introduced and _in_own_voice(text, m.start):
            return m
    return None


def _in_own_voice(text: str, position: int) -> bool:
    """Whether a place in the text is in the writer's voice: in no quotation and no transcript turn ("He
    said, "I'm Jack." And I said, "I'm Jim."" introduces two people the narrator met)."""
    line = text[text.rfind("\n", 0, position) + 1 : position]
    return not _LABELLED.match(line) and line.count("“") == line.count("”") and line.count('"') % 2 == 0


def _own_voice(text: str, sentence: Sentence, voice: re.Pattern[str]) -> re.Match[str] | None:
    """The sentence's first word in the narrator's voice, outside quotation marks and transcript turns."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    if _LABELLED.match(text[line_start : sentence.end]):
        return None
    unquoted = _QUOTED.sub(lambda q: " " * len(q.group()), text[sentence.start : sentence.end])
    return voice.search(unquoted)


def voiced_mentions(text: str, sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> list[Mention]:
    """One mention of the narrator per sentence in their own voice (none if the text is not theirs), at
    its first such word. Its name and surface are the narrator's, so it counts toward them and adds no
    alias ("I" is no name of theirs)."""
    found = narrator(text, mentions)
    if found is None:
        return []
    voice = SINGULAR if found.kind == "person" else PLURAL
    out: list[Mention] = []
    for s in sentences:
        if s.start <= found.start < s.end:
            continue  # the introduction counts as the name's own mention
        word = _own_voice(text, s, voice)
        if word is not None:
            start = s.start + word.start()
            out.append(Mention(found.article, s.index, start, s.start + word.end(), found.name, found.surface,
                               found.kind))
    return out if len(out) >= MIN_VOICED_SENTENCES else []


def narrators_own_words(text: str, sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> list[Continued]:
    """What the narrator states: from their introduction on, each sentence in their own voice ("I'm here
    with a simple message", "Our plan is no give-away"), which no cue frames and no name opens. The
    page's own summary before the introduction ("In this week's address, the Vice President laid
    out ...") is not theirs."""
    if not voiced_mentions(text, sentences, mentions):
        return []
    found = narrator(text, mentions)
    if found is None:
        return []
    voices = (SINGULAR, PLURAL) if found.kind == "person" else (PLURAL,)
    return [Continued(found, k, (s.start, s.end)) for k, s in enumerate(sentences)
            if s.end > found.start and any(_own_voice(text, s, v) for v in voices)]
