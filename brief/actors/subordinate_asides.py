"""Where what was said ends when it runs into a subordinate clause whose subject an aside sets off: "Australia will
argue the term does not insult a person's descent | after Hogg, like Harbhajan, was charged under section 3."

Why: the attribution model reads a name and a comma-set aside before a verb ("Hogg, like Harbhajan, was charged")
as a source and its cue, the shape of "..., Hogg, the captain, said", so it ended the content at the aside's first
comma: "... after Hogg, like Harbhajan", a clause cut before its verb. Where the content's last clause opens with
a subordinator ("after", "when", "because" ...), holds no verb before the aside's comma, and a finite verb follows
the aside's closing comma, the content ends before the subordinator: the clause the model split is the writer's
setting of the statement (when, why it was made), as the judged sample read it, and what was said stands whole.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.content_ends import finite_word
from brief.actors.statements import trimmed_end

_SUBORDINATOR = re.compile(r"\b(?:after|before|when|while|because|since|until|although|though|unless|once)\s+")
"""Words that open a subordinate clause inside what was said ("the ferry was late after ...")."""
_CLOSING_VERB = re.compile(r"\s*,\s*(?P<verb>[a-z][\w'’-]*)\b")
"""After the content: the aside's closing comma and the subordinate clause's verb ("..., was charged")."""
_QUOTE_MARK = re.compile("[\"“”]")
_WORD = re.compile(r"[\w'’-]+")
MIN_KEPT_WORDS = 3
"""Words of the content left before the subordinator: a clause ("the ferry was late"), not "it" alone."""
MAX_SUBJECT_WORDS = 4
"""Words between the subordinator and the aside's comma: the clause's subject ("Hogg", "the harbour pilot")."""


def aside_in_subordinate(text: str, attribution: Attribution, sentence_end: int) -> Attribution:
    """The attribution with its unquoted content, after its cue, ended before a subordinate clause it was cut
    inside at the subject's aside (see the module); any other is returned as it is."""
    start, end = attribution.content
    if attribution.quote or attribution.source is None or start < attribution.cue[1] or end >= sentence_end:
        return attribution
    closing = _CLOSING_VERB.match(text, end, sentence_end)
    if closing is None or not finite_word(closing.group("verb")):
        return attribution
    opener = next(reversed(list(_SUBORDINATOR.finditer(text, start, end))), None)  # the content's last clause
    if opener is None or "," not in text[opener.end() : end] or _QUOTE_MARK.search(text, opener.end(), end):
        return attribution
    subject = _WORD.findall(text[opener.end() : text.index(",", opener.end(), end)])
    if not subject or len(subject) > MAX_SUBJECT_WORDS or any(finite_word(w) for w in subject):
        return attribution  # a clause with its verb before the comma ("after the ferry sank, ...")
    new_end = trimmed_end(text, start, opener.start())
    words = _WORD.findall(text, start, new_end)
    return dataclasses.replace(attribution, content=(start, new_end)) if len(words) >= MIN_KEPT_WORDS else attribution
