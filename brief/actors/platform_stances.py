"""A stance taken through a platform: "took to Twitter to attack ...", "using his Facebook page to criticise ...".

Why: the cue tagger learned stance verbs as main verbs ("X criticised Y"); after "to" and a platform, the verb is
the purpose of using it and went untagged, so what a speaker attacked on their own account (often a quoted phrase,
"criticise “dumb judges”") was no one's position, or was left inside another frame ("also seemed to accept that
..., using his page to criticise ...") that the writer's judgement then dropped. The platform tells the act of
saying: the verb after it is a cue, whoever speaks.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution
from brief.actors.attribution.document import Doc
from brief.actors.cues import lemma

STANCE_VERBS = frozenset(lemma(w) for w in """criticise criticize attack slam blast denounce condemn mock praise accuse
urge demand warn defend reject dismiss berate ridicule lambast lambaste decry deride""".split())
"""Verbs of a stance taken on someone or something, which a platform is used "to" take."""
PLATFORMS = frozenset("""platform account page feed channel twitter x facebook instagram tiktok telegram threads
bluesky youtube linkedin weibo blog column podcast website""".split())
"""The last word of what is used or taken to ("his Truth Social platform", "Twitter", "her Instagram account")."""
_USE = frozenset("use uses used using take takes took taking".split())
"""Verbs of taking to or using a platform ("took to X", "using his page")."""
FRAME_WORDS = 6
"""Most tokens from "using" / "took to" to the platform's last word ("using his official Truth Social platform")."""


def platform_cues(doc: Doc, cues: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cue spans of the untagged stance verbs after "to" and a platform used or taken to (see the module's
    docstring). Not inside a quotation."""
    tagged = {k for c0, c1 in cues for k in range(c0, c1)}
    found: list[tuple[int, int]] = []
    for s0, s1 in doc.sent_bounds:
        for k in range(s0, s1 - 3):
            if doc.words[k] not in _USE or doc.inq[k] or doc.shapes[k] != "x":
                continue
            for j in range(k + 1, min(s1 - 2, k + 1 + FRAME_WORDS)):
                if doc.raw[j] in (",", ";", ":", ".", "(", "—", "–") or doc.qopen[j]:
                    break
                verb = j + 2
                if (doc.words[j] in PLATFORMS and doc.words[j + 1] == "to" and doc.lemmas[verb] in STANCE_VERBS
                        and doc.shapes[verb] == "x" and verb not in tagged):
                    found.append((verb, verb + 1))
                    break
    return found


_PLATFORM_TO = re.compile(r"\b(?:platform|account|page|feed|channel|social\s+media|blog|column|podcast|website|"
                          r"Twitter|X|Facebook|Instagram|TikTok|Telegram|Threads|Bluesky|YouTube|LinkedIn|Weibo)\s+to\s+$", re.I)
"""A platform and the "to" right before a stance verb (as ``PLATFORMS``, in the text's own case)."""


def platform_sources(text: str, found: Sequence[Attribution]) -> list[Attribution]:
    """``found`` with each platform stance that has no source (see the module's docstring) given the source of the
    frame whose content holds it: "X also seemed to accept ..., using his page to criticise ...": X criticised."""
    out = list(found)
    for k, a in enumerate(found):
        if a.source is not None or not _PLATFORM_TO.search(text, max(0, a.cue[0] - 40), a.cue[0]):
            continue
        frame = next((b for b in found if b.source is not None and b.sentence == a.sentence
                      and b.content[0] < a.cue[0] < b.content[1]), None)
        if frame is not None:
            out[k] = dataclasses.replace(a, source=frame.source)
    return out
