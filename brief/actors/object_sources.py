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
  ("Ada and Ben said" has both names in one run, which ends on the cue, not on "and");
- a clause, or a preposition's object, that ends on a name before a participle cue ("Reyes met Ellery on
  Monday, saying", "Reyes sought a meeting with coach Tom Ellery claiming he was unhappy"): the participle
  shares the clause's subject, as a coordinated verb does; a proper name takes no participle of its own as
  a modifier, where a common noun may ("arrested a man claiming to be a doctor" keeps the man).

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
_OBJECT_PREPOSITIONS = frozenset("to for at in on into over under after before than against".split())
"""Prepositions whose object a participle cue after it does not take as its subject ("wrote to Mayor X saying"):
not "of", "from" or "by", whose object may be the one speaking ("a letter from X saying"), nor "with", which may
open a clause with a subject of its own ("approved the plan with Mayor X saying": ``absolute_speakers``)."""
_MEETING_WORDS = frozenset("meeting meetings meet met meets talks talk talked talking spoke speak speaks speaking "
                           "session interview conversation discussion discussions audience appointment chat".split())
"""Words of meeting and talking whose "with" takes the one met as its object ("sought a meeting with coach X
claiming", "met with X saying"): after them "with" opens no clause of its own."""
_NAME_SHAPES = ("Xx", "X")
"""Shapes of a name's last token ("Ellery", "UN"): an object ending on one is a named object."""
_PREPOSITIONS = frozenset("by at to for in on with from into of over under than after before".split())
"""Words a noun phrase after which is a preposition's object ("cut rates by a quarter point and said"):
never the subject a coordinated cue shares."""


def object_source(doc: Doc, c0: int, src: tuple[int, int] | None, c1: int | None = None) -> tuple[int, int] | None:
    """The tagger's source, or None when it is a verb's object before a coordinated cue: it ends on a
    possessive whose noun a comma closes before the cue ("..., Todd Boehly's expensively assembled side,
    and said"), or right on the "and" before the cue ("beat Coco Gauff, the defending champion, 6-4 6-3
    and said"). "Pama's lawyer said", with no comma between, keeps it: the lawyer is the possessive's noun
    and the speaker. A source with no letter (an amount's number) is no one's."""
    if src is not None and not any(ch.isalpha() for k in range(*src) for ch in doc.raw[k]):
        return None  # "cut its price target to €9 from €13, saying": a number is no one
    if src is not None and c1 is not None and src[1] <= c0 and _participle_after_object(doc, c0, c1, src):
        verb = _subject_verb(doc, src)
        return (src[0], verb) if verb is not None else None
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


def _participle_after_object(doc: Doc, c0: int, c1: int, src: tuple[int, int]) -> bool:
    """Whether a participle cue follows a source that is a named object: a clause's ("Reyes met coach Tom Ellery")
    or a preposition's right before the cue ("with coach Tom Ellery claiming"); not a preposition's inside the
    subject, a clause before the cue ("representatives for the US defended the decision, saying": theirs)."""
    if not doc.words[c1 - 1].endswith("ing") or doc.shapes[src[1] - 1] not in _NAME_SHAPES:
        return False
    before = doc.words[src[0] - 1] if src[0] > 0 else ""
    met = before == "with" and src[0] > 1 and doc.words[src[0] - 2] in _MEETING_WORDS
    next_to_cue = all(doc.raw[k] == "," for k in range(src[1], c0))
    return (before in _OBJECT_PREPOSITIONS or met) and next_to_cue or _subject_verb(doc, src) is not None


def _subject_verb(doc: Doc, src: tuple[int, int]) -> int | None:
    """Where a source that is a clause has its verb: after a capitalised run or a subject pronoun that opens it
    ("Judge Amanda Pike sentenced Darren Cole", "she described ..."), a lexical verb in the past, then more words;
    None for a source with no such verb ("the chief executive of Acme")."""
    k = src[0]
    while k < src[1] and doc.shapes[k] in _NAME_SHAPES:
        k += 1
    if k == src[0] and doc.words[k] in _SUBJECT_PRONOUNS:
        k += 1  # "she described dancing with Tom Reyes but said": she
    return k if src[0] < k < src[1] - 1 and simple_past(doc.raw[k]) else None
