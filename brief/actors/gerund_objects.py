"""A gerund whose object is a titled name: "accused of messaging Commissioner Lydia Brandt", "after meeting
President X", "for insulting Judge Y".

Why: a lower-case word in "-ing" right before a title may name the office's field ("managing director", "chief
operating officer", "housing minister"), so the walk back over a role's words took the gerund in too and gave the
person the role "messaging Commissioner". After a preposition or a clause's conjunction and before a title written
with a capital, the "-ing" word is the verb of what was done to the person, not part of what the person is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from brief.actors.mentions import Token

GERUND_OPENERS = frozenset("of by after before for from without about while when since on in at against".split())
"""Words that a gerund follows as their object or clause ("accused of messaging", "after meeting", "while visiting")."""


def gerund_before_title(sent: list[Token], k: int) -> bool:
    """Whether ``sent[k]`` is a lower-case "-ing" word after a preposition or conjunction (``GERUND_OPENERS``) and
    before a capitalised title: the gerund of a deed done to the titled person, no field of the title."""
    word = sent[k].text
    return (word.endswith("ing") and word.islower() and k >= 1 and sent[k - 1].text.lower() in GERUND_OPENERS
            and k + 1 < len(sent) and sent[k + 1].text[:1].isupper())


PARTICIPLE_LINKS = GERUND_OPENERS | frozenset("to beside alongside with the a an his her their its".split())
"""Words after which an "-ing" word opening an aside is the clause's verb ("speaking after the minister", "standing
beside the president"), where a title's field is followed by its noun ("acting director", "managing editor")."""


def participle_aside(words: list[Token]) -> bool:
    """Whether the aside after a name opens with a participle and its preposition or object ("Yilmaz, speaking
    after the minister, said"): what the person was doing, no description of them, though it may end in a title."""
    return (len(words) > 1 and words[0].text.endswith("ing") and words[0].text.islower()
            and words[1].text.lower() in PARTICIPLE_LINKS)
