"""What a text says of a product that it says of no agent: its price and its parts.

A review or a buying guide names a laptop, a phone or a gadget by a capitalised name, which the tagger
types a person or a body; the price and the parts after the name show it is a thing bought and used.
"""

from __future__ import annotations

import re

# What a product costs, right after its name: "the Vantor ($299)", "X costs $1,299", "X retails for £80",
# "X starts at $999". Not "sold for" or "for $": a company is sold and bought for money too.
_PRICED_AFTER = re.compile(r"^\s*(?:\(\s*(?:from\s+)?[$£€]\s?\d|,?\s+(?:which\s+)?(?:costs?|retails?|retailed|"
                           r"(?:is|are|was|were)\s+priced|starts|started|starting)\s+(?:at\s+|for\s+)?"
                           r"(?:(?:about|around|just|only|under)\s+)?[$£€]\s?\d)")
# A product's parts, after its name or its possessive: "the Tessel's screen", "X battery life", "X's
# hinge". A body has a screen test or a battery plant, so only where the part ends the phrase.
_PART_AFTER = re.compile(r"^(?:['’]s)?\s+(?:screen|display|battery|keyboard|trackpad|touchscreen|hinge|"
                         r"charger|processor|firmware)(?:\s+life)?(?=\s*[,.;:)]|\s+(?:is|was|has|had|and|of|in|"
                         r"on|with|to|that|which)\b)")


def priced_or_parted(after: str) -> bool:
    """ "X ($299)", "X costs $1,299", "X's screen is": what the text says of a product, not of who acts."""
    return bool(_PRICED_AFTER.match(after) or _PART_AFTER.match(after))
