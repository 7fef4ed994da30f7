"""An indefinite article the tagger took into a body's name: "Update, 4:15 p.m.: An Orbit spokesperson said"
gave a body "An Orbit" beside the Orbit the story is about.

Why: a live page's run-in stamp ("Update:", "4:15 p.m.:") leaves the sentence's first word in mid-line, where
the tagger reads a capitalised "A" or "An" before a name as the name's first word; the statement then went to a
second, misnamed body. The article is cut only where the text names the rest alone elsewhere ("Orbit"): a body
whose name opens with the word ("An Post", "A24") is never written without it.
"""

from __future__ import annotations

import dataclasses

from brief.actors.mentions import Mention, normalise

_ARTICLES = ("A ", "An ")


def articles_cut(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each body's that opens with "A"/"An" and a name the text names alone elsewhere cut to that name."""
    names = {m.name for m in mentions}
    out = []
    for m in mentions:
        surface = text[m.start : m.end]
        article = next((a for a in _ARTICLES if surface.startswith(a)), None)
        rest = normalise(surface[len(article) :]) if article else ""
        if article is None or m.kind != "organization" or rest not in names or not rest[:1].isupper():
            out.append(m)
            continue
        start = m.start + len(article)
        out.append(dataclasses.replace(m, start=start, surface=text[start : m.end], name=rest))
    return out
