"""Sources the source tagger took from a verb's object, before a cue coordinated after it: "Emma Stone won
praise for her role in Poor Things, Yorgos Lanthimos's surreal fantasy, and said she was grateful", "Aryna
Sabalenka beat Coco Gauff, the defending champion, 6-4 6-3 and said she felt relaxed". The tagger takes the
nearest run to the left of the cue; two runs there are never the subject:

- a name with "'s" whose noun a comma closes before the cue (an apposition or an object: the name owns
  the noun, and the noun is not the cue's subject either);
- a clause, its subject's name and its verb's object ("Rishi Sunak met Emmanuel Macron", then "at the Elysee
  and said"): the subject is the name before the verb;
- a preposition's object ("cut interest rates by a quarter point and said");
- a run that ends right on the "and" (or "but") before the cue: a verb after "and" shares its subject
  with the verb before it, which opens the clause, and the run right before "and" is that verb's object
  ("Ada and Ben said" has both names in one run, which ends on the cue, not on "and").

The cue then has no source of its own, and the rules for a cue without one (the subject its sentence opens
with, ``sentence_subjects.coordinated_subject``) find the speaker. Why in the tokens (``attribution.Doc``):
the content is chosen from the source, so the source has to be right before the content is ("Emma Stone
won praise ..." was given as what Lanthimos said).
"""

from __future__ import annotations

from brief.actors.attribution.document import Doc
from brief.actors.phrasing import simple_past

_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")
"""How a possessive token ends ("Lanthimos's", "Boehly’s", "the players'")."""
_JOINING = frozenset({"and", "but"})
"""Words that join a second verb to the first's subject ("beat Gauff and said", "lost but insisted")."""
_SUBJECT_PRONOUNS = frozenset("he she they we i".split())
"""Pronouns that open a source as its clause's subject ("she described dancing with X but said")."""
_PREPOSITIONS = frozenset("by at to for in on with from into of over under than after before".split())
"""Words a noun phrase after which is a preposition's object ("cut rates by a quarter point and said"):
never the subject a coordinated cue shares."""


def object_source(doc: Doc, c0: int, src: tuple[int, int] | None) -> tuple[int, int] | None:
    """The tagger's source, or None when it is a verb's object before a coordinated cue: it ends on a
    possessive whose noun a comma closes before the cue ("..., Todd Boehly's expensively assembled side,
    and said"), or right on the "and" before the cue ("beat Coco Gauff, the defending champion, 6-4 6-3
    and said"). "Pama's lawyer said", with no comma between, keeps it: the lawyer is the possessive's noun
    and the speaker. A source with no letter (an amount's number) is no one's."""
    if src is not None and not any(ch.isalpha() for k in range(*src) for ch in doc.raw[k]):
        return None  # "cut its price target to €9 from €13, saying": a number is no one
    if src is None or src[1] >= c0:
        return src
    if src[1] == c0 - 1 and doc.words[c0 - 1] in _JOINING:
        return None
    if doc.words[c0 - 1] in _JOINING:
        if src[0] > 0 and doc.words[src[0] - 1] in _PREPOSITIONS or doc.words[src[0]] in _PREPOSITIONS:
            return None  # "The Federal Reserve cut interest rates by a quarter point and said": the Fed; the
            # tagger's run may take the preposition in ("made his debut | for Rovers | on Saturday and said")
        verb = _subject_verb(doc, src)
        if verb is not None:
            return src[0], verb  # "Rishi Sunak met Emmanuel Macron at ... and said": Sunak
    if not doc.raw[src[1] - 1].endswith(_POSSESSIVE_ENDS):
        return src
    return None if any(doc.raw[k] == "," for k in range(src[1], c0)) else src


def _subject_verb(doc: Doc, src: tuple[int, int]) -> int | None:
    """Where a source that is a clause has its verb: after a capitalised run or a subject pronoun that opens it
    ("Judge Amanda Pike sentenced Darren Cole", "she described ..."), a lexical verb in the past, then more words;
    None for a source with no such verb ("the chief executive of Acme")."""
    k = src[0]
    while k < src[1] and doc.shapes[k] in ("Xx", "X"):
        k += 1
    if k == src[0] and doc.words[k] in _SUBJECT_PRONOUNS:
        k += 1  # "she described dancing with Tom Reyes but said": she
    return k if src[0] < k < src[1] - 1 and simple_past(doc.raw[k]) else None
