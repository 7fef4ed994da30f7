"""A made thing shown to the public, not said: "Audi has revealed the second production model in its e-tron
range", "the studio unveiled a trailer for the sequel"; and goods recalled from sale ("is recalling about 2 million
cans of infant formula"), which "recall" as remembering ("recalled that ...") is not.

Why: "reveal" and "unveil" report a statement when what is revealed is information ("revealed that ...",
"revealed a surge of cases", "revealed a new philosophy"), and a deed when it is a product, a design or a
model brought out (the position gold's "deed": "has revealed the second production model"). The object's head
noun tells them apart: a noun of a made thing, before any "that"-clause or quotation.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.object_heads import WORD, object_phrase
from brief.actors.phrasing import verb_lemma

_MADE_THINGS = frozenset(
    "model models car cars vehicle vehicles phone phones smartphone smartphones prototype "
    "prototypes device devices console consoles robot robots app apps chip chips processor processors design "
    "designs logo logos trailer trailers poster posters lineup line-up edition editions version versions product "
    "products sedan suv truck trucks laptop laptops tablet tablets headset headsets camera cameras rocket rockets "
    "aircraft jet jets drone drones engine engines watch watches game games album albums cover artwork squad squads "
    "roster remote remotes".split())
"""Head nouns of things made and brought out (a product, a model, a design, a work): what is unveiled, not said.
A squad or roster is a team picked and named, as a lineup is; a remote is a made thing, and so is a "remote
control" (``_MADE_AFTER``). Not "algorithm": researchers who reveal one report a
result, which the actor gold keeps as the lab's words."""
_MADE_AFTER = {"control": "remote", "controls": "remote"}
"""Heads that name a made thing only after a word of their own ("a universal remote control"; "new controls on
exports" are a policy)."""
_TRADEMARKS = frozenset({"R", "TM"})
"""A trademark's sign written out in a name ("Harmony(R) One"): no word of the object."""
_NAMED_CONCEPT = "Concept"
"""A model's name ending in "Concept" ("the LC Convertible Concept"): a concept car or design, made and shown; the
lower-case "concept" ("revealed a new concept of policing") is an idea, and stays a statement."""
_REVEALING = frozenset("reveal unveil".split())
_OBJECT_END = re.compile(r"\s+(?:in|of|for|from|with|at|on|capable|that|which|to|called|named|dubbed|since|after|"
                         r"before)\b|[,.;:“\"—–]|\((?!R\)|TM\))")
"""Where the object's noun phrase ends: a preposition ("his first squad since taking the job"), a relative or a
participle after its head, a mark (not a trademark's "(R)" inside a name)."""
_SAID_INSIDE = re.compile(r"\b(?:said|says|saying|told|tells)\b", re.I)
OBJECT_WORDS = 7
"""Words of the object's noun phrase up to its head ("the second production model", "the Harmony One advanced
universal remote control"); a longer run is a clause."""


def unveiled_thing(text: str, attribution: Attribution) -> bool:
    """Whether the cue reveals or unveils a made thing, or recalls goods (see the module's docstring)."""
    words = WORD.findall(text, *attribution.cue)
    if not words or attribution.quote:
        return False
    verb = verb_lemma(words[-1].lower())
    if verb == "recall":
        return _recalled_goods(text, attribution)
    if verb not in _REVEALING:
        return False
    if _SAID_INSIDE.search(text, *attribution.content):
        return False  # "unveiled its next processors, which it said would ship in the autumn": a statement with it
    phrase = [w for w in WORD.findall(object_phrase(text, attribution, _OBJECT_END)) if w not in _TRADEMARKS]
    if not 0 < len(phrase) <= OBJECT_WORDS:
        return False
    head = phrase[-1].lower()
    made_after = _MADE_AFTER.get(head)
    return (head in _MADE_THINGS or phrase[-1] == _NAMED_CONCEPT
            or (made_after is not None and len(phrase) > 1 and phrase[-2].lower() == made_after))


_GOODS = frozenset("cars vehicles trucks models products devices phones laptops chargers batteries airbags seats strollers "
                   "cribs cans jars bottles packages packs bags boxes units pounds tons batches lots items doses tablets "
                   "toys formula meat beef chicken".split())
"""Heads of what a maker recalls from sale ("is recalling about 2 million cans of infant formula")."""
_GOODS_END = re.compile(r"\s+(?:in|of|for|from|with|at|on|over|after|because|due|that|which|to|as)\b|(?<!\d)[,.]|[,.](?!\d)|[;:(“\"—–]")
"""Where the recalled goods' noun phrase ends: as ``_OBJECT_END``, less a comma or point inside a number ("50,000")."""
_AMOUNT = re.compile(r"\d{1,3}(?:,\d{3})+|\b(?:million|thousand|hundreds|thousands|millions|billion)\b|\b\d+\s+[a-z]+s\b")
"""An amount of goods ("50,000", "2 million", "400 units"); not a year ("recalled the 1990 final")."""


def _recalled_goods(text: str, attribution: Attribution) -> bool:
    """ "X is recalling about 2 million cans": a recall of goods, a deed; "recalled that ...", "recalled the day
    ...", "recalled his first match" remember and tell."""
    phrase = object_phrase(text, attribution, _GOODS_END)
    words = WORD.findall(phrase)
    return 0 < len(words) <= OBJECT_WORDS and (words[-1].lower() in _GOODS or bool(_AMOUNT.search(phrase)))
