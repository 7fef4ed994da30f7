"""Embedded posts: a paragraph signed on the next line "— Digital Foundry (@digitalfoundry) November
18, 2019" is that account's words. News pages quote posts this way everywhere; the text of the post
has no cue of its own, so the cue model cannot give it to anyone.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.mention_index import MentionIndex
from brief.actors.speakers import Continued
from brief.model import Sentence
from brief.text.posts import POST_LINK, POST_SIGNATURE

_SIGNATURE = re.compile(rf"(?:^|(?<=[.!?\"”’…]))[ \t]*{POST_SIGNATURE}[ \t]*"
                        r"(?:[A-Z][a-z]+\.?[ \t]+\d{1,2},?[ \t]+\d{4})?[ \t]*$", re.MULTILINE)
"""A post's signature line: a dash, the account's name, its handle in brackets, the date; or the same run on
after the post's last words, where a page's embed was flattened into one line ("... in America.— Name (@x) ...")."""
_LINKS = re.compile(rf"(?:\s*{POST_LINK})+\s*$")
POSTED_CUE = "posted"
"""The cue a signed post is listed with."""


def signed_posts(text: str, sentences: Sequence[Sentence], index: MentionIndex) -> list[Continued]:
    """Each post before a signature line, under the actor the signature names (an actor the article
    names, under the same name; an account it never names is left out, as no actor)."""
    out: list[Continued] = []
    for signature in _SIGNATURE.finditer(text):
        named = " ".join(signature.group("name").split())
        known = next((m for m in index.mentions if m.name == named or m.surface == named
                      or m.kind == "person" and " " in m.name and named.endswith(" " + m.name)), None)  # "Senator Ada Quinn"
        if known is None:
            continue
        body_end = len(text[: signature.start()].rstrip())  # the paragraph right above the signature
        start = text.rfind("\n", 0, body_end) + 1
        body_end = start + len(without_links(text[start:body_end]))
        k = next((i for i, s in enumerate(sentences) if s.start < body_end and start < s.end), None)
        if k is None and text[start:body_end].strip() and "\n" not in text[start : signature.start()]:  # a post run into its signature's
            k = next((i for i in range(len(sentences) - 1, -1, -1) if sentences[i].start < start), None)  # line: furniture
        if k is None or body_end <= start:
            continue
        where = dataclasses.replace(known, sentence=sentences[k].index, start=signature.start("name"),
                                    end=signature.start("name") + len(signature.group("name").rstrip()),
                                    surface=signature.group("name").rstrip())
        out.append(Continued(where, k, (start, body_end), cue=POSTED_CUE))
    return out


def without_links(content: str) -> str:
    """What was said, without the links an embedded post ends with ("... he's smart
    pic.twitter.com/..."): an address is no one's words, and a position of links alone is none."""
    return _LINKS.sub("", content)
