"""What a speaker told an audience, written before them: "Russia has no plans for talks, Kremlin spokesman Dmitry
Peskov told reporters on Tuesday, adding that ...".

Why: wire leads put the statement first, then the speaker, "told reporters" and a participle adding more. Reading
up to the next cue ("adding"), the content rule took what stands between the two cues, the audience ("reporters
on Tuesday"), for what was told, and the lead's statement, the story's news, went to no one. Without the
participle the same sentence reads right. An audience alone after "told" is no statement: what was told is the
clause before the source, set off from it by a comma. So too the statement a "said" was printed in ("Iran will
respond, the foreign ministry said in a statement carried by the state news agency IRNA on Sunday"), which the
model took for what was said when a participle of printing follows it.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution

_TOLD = re.compile(r"(?:has\s+|had\s+)?(?:told|tells|tell)", re.I)
_SAID = re.compile(r"(?:has\s+|had\s+)?(?:said|says)", re.I)
_SETTING = re.compile(
    r"(?:(?:in|on|via)\s+)?(?:(?:a|an|the|its|his|her|their)\s+)?(?:(?:joint|written|separate|brief|televised|video)\s+)?"
    r"(?:statement|interview|post|message|video|speech|address|communique|press\s+release)"
    r"\s+(?:carried|published|posted|released|issued|broadcast|aired|sent|emailed|quoted|reported)\s+(?:by|on|in)\b"
    r"[^,;:\"“”]{1,80}")
"""What a "said" was said in, as the whole of a content: "statement carried by the state news agency IRNA on
Sunday": where the words were printed, not the words."""
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
                     or _SAID.fullmatch(cue) and _SETTING.fullmatch(text, a.content[0], a.content[1]))):
            start = sentence_spans[a.sentence][0]
            lead = text[start : a.source[0]].rstrip()
            words = lead.split()
            if (start < a.source[0] and lead.endswith(",") and len(words) >= MIN_CLAUSE_WORDS
                    and words[0].lower().strip("\"“") not in _OPENERS):
                end = start + len(lead) - 1
                out.append(dataclasses.replace(a, content=(start, end), quote=text[start] in "\"“"))
                continue
        out.append(a)
    return out
