"""A pet named after its owner's word for it: "his dog Pepper", "their cat Miso", "her horse Blue Fern". The text
says the name is an animal's; the tagger read it as a body or a person, and a death notice listed "Pepper
(organization)" among its actors.

Why by the words before the name, not by a table of pet names: any word can name a pet, and a pet is only known by
what the text calls it. An owner's word ("his", "her", "their", "my", "our", "the family's") and an animal's noun
right before the name say it; "the dog" alone does not ("the dog Pepper" is as often a headline's verb-less
caption), nor does a word ending in one ("watchdog Ofcom").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mentions import Mention

_ANIMALS = ("dog|dogs|cat|cats|puppy|kitten|horse|pony|parrot|rabbit|hamster|tortoise|spaniel|terrier|labrador|"
            "retriever|poodle|collie|beagle|dachshund|greyhound|pug|mare|stallion|gelding")
"""The nouns of a kept animal, species and the dog breeds news names most, that an owner's word puts before its
name."""
_PET_BEFORE = re.compile(rf"(?<![\w'’-])(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Tt]he\s+family['’]s)\s+"
                         rf"(?:(?:new|pet|beloved|old|elderly|rescue|late|young)\s+)?(?:{_ANIMALS})\s+$")
"""An owner's word, a word of what the animal is to them at most, and the animal's noun, right before the name."""
_REACH = 60
"""Characters read back from a name for the owner's words before it."""


def pets_dropped(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions less the names the text gives a pet (see the module's docstring), where no person's longer name
    holds the same word ("Pepper" the dog beside "Ana Pepper")."""
    pets = {m.name for m in mentions if _PET_BEFORE.search(text, max(0, m.start - _REACH), m.start)}
    held = {w for m in mentions if m.kind == "person" and m.name not in pets for w in m.name.split()}
    dropped = {name for name in pets if not set(name.split()) & held}
    return [m for m in mentions if m.name not in dropped] if dropped else list(mentions)
