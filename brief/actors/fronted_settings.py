"""A phrase of where or how something was said, set before its speaker: "In an interview with the
BBC, union organiser Dev Kapoor said tech workers needed ...", "At a rally in Leeds, X said ...",
"Speaking to reporters on Monday, X said ...". The cue model, which learned "interview" and
"statement" as words near a content, takes the phrase for what was said; what was said follows the
cue (``brief.actors.statements.content_after_fronted`` moves it there).
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution

_SETTING = re.compile(
    r"(?:(?:in|at|during|on|via)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:interviews?|statements?|posts?|tweets?|messages?|letters?|speech|address|comments|remarks|e-?mails?|videos?|"
    r"podcast|briefing|conference|rally|op-ed|column|blog|broadcast|appearance|hearing|sermon|memo)\b"
    r"|(?:speaking|talking|writing|appearing)\s)", re.I)
"""The setting's opening: a medium or an occasion of speaking after a preposition, or a participle of
speaking; never what was said."""
FRONTED_SETTING_MAX_WORDS = 12
"""Words of such a setting ("In a lengthy interview with the Sunday Times on Saturday" is 10); a
longer content is a clause of its own."""
_COMMA_THEN = re.compile(r"\s*,\s*")


def fronted_setting(text: str, attribution: Attribution) -> bool:
    """Whether the content the model found before the cue is such a setting, set off by a comma right
    before the source (or the cue)."""
    start, end = attribution.content
    content = text[start:end].strip()
    source_start = attribution.source[0] if attribution.source else attribution.cue[0]
    return (end <= attribution.cue[0] and len(content.split()) <= FRONTED_SETTING_MAX_WORDS
            and _SETTING.match(content) is not None and _COMMA_THEN.fullmatch(text, end, source_start) is not None)
