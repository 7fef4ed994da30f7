"""What a speaker told an audience when the words stand before the speaker, and "told" is followed only by
whom they were told to.

Why: a lead often puts the statement first, then the speaker, "told" and its audience, and a participle adding
more: "Russia has no plans for talks, Kremlin spokesman Dmitry Peskov told reporters on Tuesday, adding that
...", or with a quotation, “We are behind,” Dana Lee told NBC's "Meet the Press," adding that .... Reading up
to the next cue ("adding"), the content rule took what stands between the two cues, the audience ("reporters
on Tuesday", "NBC's 'Meet the Press'"), for what was told, and the lead's statement, the story's news, went to
no one (a programme's quoted title even read as a quotation). What was told is the clause or the quotation
before the source, and the "adding" clause after the audience is the speaker's, not the newspaper's. So too
the statement a "said" was printed in ("Iran will respond, the foreign ministry said in a statement carried
by the state news agency IRNA on Sunday"), which the model took for what was said when a participle of
printing follows it, and the meeting it was said at when an agency relaying it follows ("X said at a meeting of
the commission, informs Anadolu Agency").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution

_TELL_CUE = re.compile(r"(?:told|tells|tell)", re.I)
"""The cue's text: a plain form of "tell" (not "told reporters that", whose cue the model marks alone too)."""
_PERFECT = r"(?:has\s+|had\s+)?"
"""An auxiliary a fronted lead's cue may carry ("has told reporters")."""
_TOLD = re.compile(_PERFECT + _TELL_CUE.pattern, re.I)
_SAID = re.compile(_PERFECT + r"(?:said|says)", re.I)
_SETTING = re.compile(
    r"(?:(?:in|on|via)\s+)?(?:(?:a|an|the|its|his|her|their)\s+)?(?:(?:joint|written|separate|brief|televised|video)\s+)?"
    r"(?:statement|interview|post|message|video|speech|address|communique|press\s+release)"
    r"\s+(?:carried|published|posted|released|issued|broadcast|aired|sent|emailed|quoted|reported)\s+(?:by|on|in)\b"
    r"[^,;:\"“”]{1,80}")
"""What a "said" was said in, as the whole of a content: "statement carried by the state news agency IRNA on
Sunday": where the words were printed, not the words."""
_GATHERING = re.compile(
    r"(?:at\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|conference|briefing|forum|summit|hearing|sitting|"
    r"rally|ceremony|debate|event)\b[^,;:\"“”]{0,80}")
"""Where a "said" was said, as the whole of a content: "said at a meeting of the budget commission in Ankava,
informs Anadolu Agency" (the agency relaying it after a comma): the setting, not the words."""
_AUDIENCE = re.compile(
    r"(?:reporters|journalists|the\s+press|the\s+media|media|correspondents|lawmakers|parliament|the\s+parliament|"
    r"a\s+(?:news|press)\s+conference|a\s+(?:news\s+|press\s+)?briefing|state\s+(?:media|television|TV)|"
    r"(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})"
    r"(?:\s+(?:on|in|at|late|early|during|after)\b[^,;:\"“”]{0,60})?[\s,]*")
"""An audience, and when or where it was told, as the whole of a content: "reporters on Tuesday", "Reuters",
"a news conference in Kyiv"."""
MIN_CLAUSE_WORDS = 4
"""Words of a clause that states something ("Talks have stalled,"); a shorter lead is a setting ("On Tuesday,")."""
_OPENERS = frozenset("in on at after before during while when as since speaking asked addressing writing "
                     "following despite with without for from amid".split())
"""First words of a fronted setting, not a statement: "In an interview with CNN, Smith told reporters"."""


def fronted_told(text: str, attributions: list[Attribution], sentence_spans: list[tuple[int, int]]) -> list[Attribution]:
    """The attributions with each "told <audience>" content that is only the audience, and each "said" content that
    is only the statement it was printed in ("said in a statement carried by ..."), replaced by the clause before
    its source (set off by a comma), when the sentence opens with it."""
    out: list[Attribution] = []
    for a in attributions:
        cue = text[a.cue[0] : a.cue[1]]
        if (a.source is not None and a.sentence < len(sentence_spans)
                and (_TOLD.fullmatch(cue) and _AUDIENCE.fullmatch(text, a.content[0], a.content[1])
                     or _SAID.fullmatch(cue) and (_SETTING.fullmatch(text, a.content[0], a.content[1])
                                                  or _GATHERING.fullmatch(text, a.content[0], a.content[1])))):
            start = sentence_spans[a.sentence][0]
            lead = text[start : a.source[0]].rstrip()
            words = lead.split()
            if (start < a.source[0] and lead.endswith(",") and len(words) >= MIN_CLAUSE_WORDS
                    and words[0].lower().strip("\"“") not in _OPENERS):
                end = start + len(lead) - 1
                out.append(dataclasses.replace(a, content=(start, end), quote=text[start] in "\"“"))
                continue
        out.append(a)
    return [a for a in out if not _relaying_agency(text, a, out)]


_RELAY_CUE = re.compile(r",\s+(?:informs|reports|reported|writes|wrote)$", re.I)
"""An inverted relay after a comma: "..., informs Anadolu Agency", whose subject is the agency after it."""
_AGENCY = re.compile(r"(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,5}\s*[.]?")
"""A content that is only the relaying agency's name ("Anadolu Agency.")."""


def _relaying_agency(text: str, a: Attribution, attributions: Sequence[Attribution]) -> bool:
    """Whether ``a`` is an agency's inverted relay of a "said" before it in its sentence ("X said at a meeting of
    the commission, informs Anadolu Agency"): its content only the agency's name, read as what the speaker
    informed; the speaker's words are the said's."""
    return (_RELAY_CUE.search(text, max(0, a.cue[0] - 3), a.cue[1]) is not None
            and _AGENCY.fullmatch(text, a.content[0], a.content[1]) is not None
            and any(o is not a and o.sentence == a.sentence and o.cue[1] < a.cue[0] and _SAID.fullmatch(text, *o.cue)
                    for o in attributions))


_WORD = r"(?:[A-Z][\w.&'’-]*|[0-9][\w'’]*|programme|program|show|radio|television|podcast|newspaper)"
_ADDRESSEE = re.compile(
    rf"(?:the\s+|a\s+)?(?:{_WORD}|reporters|journalists)(?:\s+{_WORD})*"
    r"(?:\s+[\"“][^\"“”\n]{1,60}[\"”])?"
    r"(?:\s+(?:on|this|last|late|early)\s+(?:[A-Z]\w+|morning|afternoon|evening|night|week))?"
    r"(?:\s+(?:on|at|in|during)\s+(?:the|a|an|its|his|her|their)\s+[^,;:\"“”\n]{1,60}?)?"
    r"[\s,.;:]*"
)
"""The whole content is an addressee: a capitalised name (possessive allowed: "NBC's", "BBC Radio 4's Today
programme"), "reporters", an optional quoted programme title, a day ("on Sunday") and where it was told ("on the
sidelines of the Science Congress", "in an interview")."""
_GOES_ON = re.compile(r",?\s+(?:adding|saying)\b")
"""Where the addressee ends inside a content that runs on: "..., adding that ..."."""
_QUOTE_BEFORE = re.compile(r"[,?!]\s*[\"”'’](?=[^\"“”'’\n,;]*$)")
"""A quotation's closing mark after a comma, with only the speaker (no quote mark, comma or new paragraph)
between it and the cue: "“...,” Dana Lee told", "“...,” air force coordinator S.B. Lani told"; single marks too
("'...,' research chief V.K. Sarin told": after a comma a single mark closes, an apostrophe comes before it)."""
_SINGLE_OPENING = re.compile(r"(?:^|(?<=[\s(\[]))['‘](?=[^\W\d_])")
"""A single quotation mark that opens: at a line's start or after a space or bracket, a letter right after it (not
the apostrophe of "don't" or "the players' union")."""
SPEAKER_REACH = 100
"""Characters before the cue searched for the quotation's close: a speaker with a description ("Defence Research
and Development Organisation (DRDO) chief controller V.K. Sarin")."""
QUOTE_MIN_WORDS = 3
"""Words a quotation before the speaker needs to be taken as what was told (not a scare-quoted word)."""


def addressed_quotes(text: str, found: Sequence[Attribution]) -> list[Attribution]:
    """``found`` with each "told"+addressee-only attribution given the quotation that opens its sentence,
    and the "adding" after it given its speaker."""
    out = list(found)
    for k, a in enumerate(found):
        if a.source is None or a.quote or not _TELL_CUE.fullmatch(text, a.cue[0], a.cue[1]):
            continue
        body = text[a.content[0]:a.content[1]]
        stop = _GOES_ON.search(body)
        if not _ADDRESSEE.fullmatch(body[: stop.start()] if stop else body):
            continue
        said = _quotation_before(text, a.cue[0])
        if said is not None:
            out[k] = dataclasses.replace(a, content=said, quote=True)
        addressee_end = a.content[0] + (stop.start() if stop else len(body))
        for j in range(k + 1, len(found)):
            b = found[j]
            if b.sentence != a.sentence:
                break
            if b.source and a.cue[1] <= b.source[0] and b.source[1] <= addressee_end:
                out[j] = dataclasses.replace(b, source=a.source)  # "told the Times, adding": not the Times
    return out


def _quotation_before(text: str, cue_start: int) -> tuple[int, int] | None:
    """The span of the quotation (marks included) that closes with a comma a few words before the cue, in
    the same paragraph: "“...,” air force coordinator S.B. Lani told AFP"."""
    head = text[max(0, cue_start - SPEAKER_REACH):cue_start]
    found = _QUOTE_BEFORE.search(head)
    if found is None:
        return None
    end = cue_start - len(head) + found.end()
    mark = text[end - 1]
    if mark in "'’":
        paragraph = text.rfind("\n", 0, end - 1) + 1
        openings = [m.start() for m in _SINGLE_OPENING.finditer(text, paragraph, end - 1)]
        opening = openings[-1] if openings else -1
    else:
        opening = text.rfind("“" if mark == "”" else '"', 0, end - 1)
    if opening < 0 or "\n" in text[opening:end] or len(text[opening:end].split()) < QUOTE_MIN_WORDS:
        return None
    return opening, end
