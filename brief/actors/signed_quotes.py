"""Quotations signed with a dash and a name: “Donald Trump scares me. ...” ― Ana Ortiz.

Readers' voices, testimonials, epigraphs and pull quotes are written as a paragraph that holds one
quotation and, after it, a dash and the speaker's name (an embedded post may go on with its link).
There is no verb for the cue model to find, and the name is often the only time the article names
the person, so the tagger may not know it; a reader sees plainly whose words they are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mentions import Mention, normalise
from brief.actors.positions import MentionIndex
from brief.actors.speakers import MAX_NAME_WORDS, Continued, plain_name
from brief.model import Sentence

_NAME_WORD = r"(?:[A-Z][^\W\d_]*(?:[-'’][A-Z]?[^\W\d_]+)*\.?)"
_SIGNED = re.compile(
    rf"^(?:[^\S\n]|[\-–—•*])*(?P<quote>[“\"”](?:(?![”\"][^\S\n]*(?:―|—|–|--))[^\n])*[”\"])[^\S\n]*(?:―|—|–|--)[^\S\n]*"
    rf"(?P<name>{_NAME_WORD}(?:[^\S\n]+{_NAME_WORD}){{0,{MAX_NAME_WORDS - 1}}})[^\S\n]*[.,]?"
    r"(?P<rest>[^\S\n]+(?:https?://|pic\.twitter\.com|\(@)[^\n]*)?[^\S\n]*$",
    re.MULTILINE,
)
"""A paragraph of one quotation, a dash and a name to its end, or to an embedded post's link."""
SIGNED_CUE = "said"
"""The cue a signed quotation is reported with."""


def signed_quotations(text: str, sentences: Sequence[Sentence], index: MentionIndex) -> list[Continued]:
    """Each quotation signed with a dash and a name, under that name: the actor the article names so
    (a person), or a person's name of two words or more the tagger missed. A name the article gives
    to a body or a place ("― Reuters") signs no one's words here."""
    out: list[Continued] = []
    for signed in _SIGNED.finditer(text):
        start, end = signed.span("name")
        words = signed.group("name").split()
        if signed.group("name").endswith(".") and len(words[-1]) > 2:
            end -= 1  # "― Carla Sanchez.": the full stop ends the line, not an initial
            words[-1] = words[-1][:-1]
        named = [m for m in index.within((start, end + 1)) if m.start == start and m.end >= end - 1]
        if named and (named[0].kind != "person" or named[0].demonym):
            continue
        if not named and (len(words) < 2 or not plain_name([w for w in words if len(w.rstrip('.')) > 1])):
            continue  # a single capitalised word, or "― The Editors": no one named
        quote = signed.span("quote")
        k = next((i for i, s in enumerate(sentences) if s.start < quote[1] and quote[0] < s.end), None)
        if k is None:
            continue  # a line the splitter left out of the article (a caption, a link)
        mention = named[0] if named else Mention(sentences[k].article, sentences[k].index, start, end,
                                                  normalise(" ".join(words)), text[start:end], "person")
        out.append(Continued(mention, k, quote, cue=SIGNED_CUE))
    return out
