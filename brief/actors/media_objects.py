""" “I want to thank everyone ...,” he began the post; “...,” she captioned the photo: a quotation's frame whose
verb takes the medium the words went out in as its object.

Why: a frame that closes a quotation is read as an attribution whatever its verb, when the clause ends right
after the verb (``framing.closing_frame``). A verb that takes the post, video or caption itself as its object
still frames the quotation: the object says where the words stand, not another thing done. Only a short noun
phrase (a determiner, at most ``MOST_MODIFIERS`` words, a medium's noun) that ends the clause.
"""

from __future__ import annotations

from collections.abc import Collection

from brief.actors.attribution import Doc

_DETERMINERS = frozenset("the her his their its a an this that my our".split())
"""Words that open the medium's noun phrase ("the post", "her caption")."""
MEDIA = frozenset("post posts video message caption tweet thread note statement clip reel story announcement "
                  "email update photo picture upload livestream stream".split())
"""Nouns of what words are posted or published in, which a frame's verb may take as its object."""
MOST_MODIFIERS = 2
"""Words between the determiner and the noun ("her long Instagram post"): more is a phrase of its own."""


def medium_object(doc: Doc, k: int, ends: Collection[str]) -> bool:
    """Whether tokens from ``k`` are the medium's noun phrase (see the module's docstring), followed by one of
    ``ends`` (the frame's end) or the paragraph's."""
    n = len(doc.words)
    if k >= n or doc.words[k] not in _DETERMINERS:
        return False
    for j in range(k + 1, min(n, k + MOST_MODIFIERS + 2)):
        if doc.para[j] != doc.para[k] or not doc.raw[j][:1].isalnum():
            return False
        if doc.words[j] in MEDIA:
            return j + 1 >= n or doc.words[j + 1] in ends or doc.para[j + 1] != doc.para[j]
    return False
