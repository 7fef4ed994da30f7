"""Where an "As X noted ..." frame's report begins: "As the historian Amy Ruiz pointed out in the Review in 2012,
it is not hard to see why ..." reports the main clause after the comma, as "As Harlow reported, the line opens"
does. A setting may stand between the cue and the comma (where or when it was said: "in the Review in 2012",
"in a report last spring", "at the time"; not whom it was said to); the cue model reads that setting as what
was said, and the subordinate clause's cut (``statements.subordinate_content``) then kept it alone. Only a setting that opens
with a preposition or a time word and holds no verb is passed over: "As he told reporters, ..." or "as she
said it would, ..." are left as they are read."""

from __future__ import annotations

import re

from brief.text.lexicon import AUXILIARY_VERBS

_SETTING = re.compile(
    r"\s*(?:(?:in|on|at|during|via|last|earlier|this|that|back|once|years?|months?|decades?)\b"
    r"(?P<words>[^,;:“”\"()—–\n]{0,80}?))?,\s*", re.I)
"""The cue's setting, up to the comma that closes the frame: a preposition or a time word, then words with no
clause break (no quotation mark, bracket or dash); none at all when the comma follows the cue."""
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_NAME_GOES_ON = re.compile(r"[A-Z][\w'’-]*,")
"""A capitalised word and a comma after the setting's comma: the comma was a name's ("on his blog Think, Save,
Retire, ..."), not the frame's end."""
_VERB_ENDINGS = ("ed",)
"""A past form in the setting ("in a letter he signed") makes it a clause, not a setting."""


def framed_start(text: str, cue_end: int, content_start: int) -> int | None:
    """Where the report of an "As X <cue> [setting]," frame begins (past the comma), when the content the cue
    model read starts inside the setting or right after it; None when no comma closes a verbless setting
    there, or the content starts beyond it."""
    setting = _SETTING.match(text, cue_end)
    if setting is None or content_start > setting.end():
        return None
    words = setting.group("words") or ""
    if any(w.lower() in AUXILIARY_VERBS or (w.islower() and w.endswith(_VERB_ENDINGS)) for w in _WORD.findall(words)):
        return None  # "in a letter he signed", "in 2019 when he was mayor": a clause, left as read
    if _NAME_GOES_ON.match(text, setting.end()):
        return None
    return setting.end()
