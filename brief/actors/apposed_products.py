"""A name the text sets beside a product's or a work's noun ("their new luxury sedan, the Genesis,"): a thing.

Why: a car, a phone, a spacecraft or a film is written like a body ("the Genesis", "Shine"), and a verb of will
after it ("the Genesis promises Mercedes luxury for Toyota money") reads as a body acting, so the thing stayed
listed, a position under it. What the text says the name is outweighs that verb: the noun of a product or a
work set right before it ("the documentary Shine A Light", "its new sedan, the Genesis,") or apposed after it
("the Genesis, a rear-wheel-drive sedan,"), or a thing's noun before a verb of naming ("a DNA construct, dubbed
Veximune,"). Only names typed bodies, and none the text gives a role.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention
from brief.text.phrases import phrase_spans

PRODUCT_NOUNS = ("sedan|coupe|hatchback|convertible|roadster|minivan|SUV|pickup|supercar|car|phone|smartphone|handset|"
                 "tablet|laptop|console|spacecraft|probe|satellite|rover|telescope|airliner|documentary|film|movie|"
                 "album|novel|sitcom|miniseries|shuttle|orbiter|spaceship|warship|submarine|yacht|frigate|tanker|"
                 "freighter")
"""Nouns of made things a body never is: vehicles, devices, craft and works ("the carmaker", "the studio" are bodies;
"the space shuttle Endora" is a craft, whatever its mission does)."""
NAMED_THINGS = ("construct|vaccine|drug|compound|molecule|protein|gene|device|gadget|machine|robot|system|technology|"
                "software|algorithm|prototype|weapon|missile|rocket|bomb|virus|malware|worm|strain|variant|engine|"
                "vehicle|aircraft|plane|jet|drone|vessel|ship|boat|chip|processor|tool|method|technique|material")
"""Nouns of made or found things that a coined name follows ("a DNA construct, dubbed Veximune,"): only with a verb of
naming after them, since alone some are bodies' words too ("the system", "the machine" of a party)."""
REACH = 60
"""Characters read before and after a name for its product's noun and a few describing words."""
MAX_MODIFIERS = 4
"""Words describing the noun in an apposition after the name: "a rear-wheel-drive luxury sport sedan"."""

_NOUN_BEFORE = re.compile(rf"\b(?:{PRODUCT_NOUNS})s?(?:,\s+(?:the|its|their)|\s+(?:called|named))?\s+$")
_NAMED_BEFORE = re.compile(rf"\b(?:{PRODUCT_NOUNS}|{NAMED_THINGS})s?,?\s+(?:dubbed|nicknamed|code-?named|christened)\s+"
                           r"(?:the\s+)?$", re.I)
_NOUN_AFTER = re.compile(rf"^,\s+(?:an?|the|its|their)\s+(?:[\w$-]+\s+){{0,{MAX_MODIFIERS}}}(?:{PRODUCT_NOUNS})\b")
# "a rover NASA plans to fly", "the film Spielberg directed": a name after the noun that a lower-case word follows
# is a clause's subject, not the thing's name (which a comma, a stop or its title's next word follows)
_CLAUSE_AFTER = re.compile(r"^\s+[a-z]")


def apposed_products(text: str, by_name: dict[tuple[str, str], list[Mention]]) -> set[str]:
    """The names (typed bodies, none given a role) the text sets beside a product's or a work's noun."""
    found: set[str] = set()
    for (name, kind), ms in by_name.items():
        if kind != "organization" or any(m.role or m.kin or m.pronoun for m in ms):
            continue
        for s, e in phrase_spans(text, name):
            before, after = text[max(0, s - REACH) : s], text[e : e + REACH]
            if ((_NOUN_BEFORE.search(before) or _NAMED_BEFORE.search(before)) and not _CLAUSE_AFTER.match(after)
                    or _NOUN_AFTER.match(after)):
                found.add(name)
                break
    return found
