"""A named subject, a relative clause that is a cue of its own, and then the sentence's main verb of saying: "Zango,
which disputes the characterisation of its software as adware, claims these figures are way off the mark".

Why: the attribution model reads the relative clause's verb ("disputes") as the cue, with "which" for its source,
and runs its content on through the closing comma over the main verb ("claims") and everything after it: the main
statement is never a cue of its own, the name never speaks, and a bare "It said" in the next sentence goes back to
the body that spoke before (Fortinet), not to the one that just did. Here the relative clause's content ends at
the comma that closes it, the main verb after that comma becomes a cue of its own, and both are the name's.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution

_RELATIVE_SOURCE = re.compile(r"(?:which|who)", re.I)
"""A source that is only a relative pronoun ("which disputes ..."): the cue is a relative clause's."""
_ANTECEDENT = re.compile(r"(?P<name>(?:[A-Z][\w&'’.-]*\s+){0,4}[A-Z][\w&'’.-]*),\s*$")
"""A capitalised name and the comma that opens the relative clause after it ("Zango, ")."""
_MAIN_VERBS = ("claims|claimed|says|said|insists|insisted|maintains|maintained|argues|argued|contends|contended|"
               "denies|denied|warns|warned|counters|countered|believes|believed")
_MAIN_VERB = re.compile(rf",\s+(?P<verb>{_MAIN_VERBS})\s+(?=\S)")
"""The comma that closes the relative clause and the main clause's verb of saying right after it (no subject
between: the name before the relative clause is its subject)."""
NAME_REACH = 60
"""Characters before the relative pronoun read for its antecedent's name."""


def main_verbs_after_relatives(text: str, found: Sequence[Attribution]) -> list[Attribution]:
    """The attributions, each relative clause's cue whose content runs over the main verb split in two: the
    relative clause's (its content to the closing comma) and the main verb's (a cue of its own, the content
    after it), both with the antecedent's name for their source. A main verb another attribution already reads
    as a cue is left as it is."""
    cues = [a.cue[0] for a in found]
    out: list[Attribution] = []
    for a in found:
        split = _split(text, a, cues)
        out.extend(split if split is not None else (a,))
    return out


def _split(text: str, a: Attribution, cues: Sequence[int]) -> tuple[Attribution, Attribution] | None:
    if a.quote or a.source is None or not _RELATIVE_SOURCE.fullmatch(text, *a.source) or a.content[0] < a.cue[1]:
        return None
    named = _ANTECEDENT.search(text, max(0, a.source[0] - NAME_REACH), a.source[0])
    if named is None:
        return None
    main = _MAIN_VERB.search(text, a.content[0], a.content[1])
    if main is None or "\n" in text[a.source[0] : main.start()] or any(main.start() < c < a.content[1] for c in cues):
        return None
    source = named.span("name")
    relative = dataclasses.replace(a, source=source, content=(a.content[0], main.start()))
    stated = Attribution(cue=main.span("verb"), source=source, content=(main.end(), a.content[1]), quote=False,
                         sentence=a.sentence)
    return relative, stated
