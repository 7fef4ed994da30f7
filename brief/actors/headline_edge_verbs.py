"""A title-case headline's verb at a name's edge: "Rockets Use Fourth-Quarter Surge To Squash Knicks".

A headline gives every word a capital, so the tagger runs a verb before or after a name into it ("Squash
Knicks", "Rockets Use Fourth-Quarter", "Department of Homeland Security Resolves"); the name then stands apart
from the same side or body the story names in full. ``headline_verb_spans`` cuts a name at an inner verb in
"-s"; this reads the verb in any form and at either edge, and cuts it only where the body of the page shows the
cut: it writes the rest of the name and never the rest with the verb beside it. The cut name then joins the
body's full name ("Knicks" the "New York Knicks").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.gender import first_names
from brief.actors.mentions import Mention, normalise
from brief.actors.ner import model
from brief.actors.phrasing import verb_lemma

_WORD = re.compile(r"\S+")

_SMALL_WORDS = frozenset("a an the and or but of in on at to for by with as from into vs".split())
"""Words a title-case headline may leave in lower case ("Surge to Squash Knicks"), read past for its case."""

_EDGE_PUNCT = ".,:;'’\"“”()"
"""Marks around a headline's word, stripped before its case and its verb are read."""


def headline_edge_verbs_cut(text: str, mentions: Sequence[Mention], title: str = "") -> list[Mention]:
    """The mentions, each name in a title-case headline cut at a verb at its edge that the body never writes
    beside the rest of the name, where the body writes that rest as a name."""
    spans = _title_spans(text, title)
    if not spans:
        return list(mentions)
    body = _blanked(text, spans)
    out = []
    for m in mentions:
        span = next(((s, e) for s, e in spans if s <= m.start < e), None)
        if span is not None and m.kind in ("organization", "person"):
            m = _cut(text, body, m, span[1])
        out.append(m)
    return out


def _cut(text: str, body: str, m: Mention, title_end: int) -> Mention:
    """The mention cut at a headline verb: its first word dropped, or the words from an inner or last verb on."""
    words = list(_WORD.finditer(text, m.start, min(m.end, title_end)))
    if len(words) < 2:
        return m
    start, end = m.start, m.end
    if _verb(words[0].group()) and _body_shows(body, [w.group() for w in words[1:]], words[0].group(), before=True):
        start = words[1].start()
        words = words[1:]
    for i in range(1, len(words)):
        names = [w.group() for w in words[:i]]
        if _verb(words[i].group()) and _body_shows(body, names, words[i].group(), before=False):
            end = words[i - 1].end()
            break
    if (start, end) == (m.start, m.end):
        return m
    while end > start and text[end - 1] in _EDGE_PUNCT:
        end -= 1
    surface = text[start:end]
    return dataclasses.replace(m, start=start, end=end, surface=surface, name=normalise(surface))


def _verb(word: str) -> bool:
    """A capitalised word that is a dictionary verb's form, met by the tagger's case lexicon mostly in lower case
    (or never), and no given name: "Use", "Squash", "Resolves"."""
    word = word.strip(_EDGE_PUNCT)
    lower = word.lower()
    if not (word[:1].isupper() and word[1:].islower() and verb_lemma(lower) is not None
            and word not in first_names()):
        return False
    counts = model().lexicon.get(lower)
    return counts is None or counts[0] > counts[1]


def _body_shows(body: str, names: list[str], verb: str, before: bool) -> bool:
    """Whether the page's body writes the name's words as a name and never with the verb beside them."""
    name = " ".join(names).strip(_EDGE_PUNCT)
    if not name[:1].isupper():
        return False
    verb = verb.strip(_EDGE_PUNCT)
    full = f"{verb} {name}" if before else f"{name} {verb}"
    return _written(body, name) and not _written(body, full)


def _written(body: str, phrase: str) -> bool:
    """Whether the phrase is written in the body as whole words, in its case."""
    return re.search(rf"(?<![\w'’-]){re.escape(phrase)}(?![\w'’-])", body) is not None


def _title_spans(text: str, title: str) -> list[tuple[int, int]]:
    """Where the page's title, set in title case, is written in the text."""
    words = [w.strip(_EDGE_PUNCT) for w in title.split()]
    if len(words) < 2 or not all(w[:1].isupper() for w in words if w.isalpha() and w.lower() not in _SMALL_WORDS):
        return []
    out: list[tuple[int, int]] = []
    at = text.find(title)
    while at >= 0:
        out.append((at, at + len(title)))
        at = text.find(title, at + len(title))
    return out


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the title's writings blanked out: the body a name is looked up in."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
