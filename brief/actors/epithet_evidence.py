"""Whom an epithet with evidence in it stands for: "the American" is a person the text called American, "the
25-year-old" one it gave the age 25.

Why: an epithet goes to the person the text was just about (``epithets.centred_person``), which is right when the
text gives nothing to check; but a nationality or an age is something to check. "The match between American Ed Ross
and Soviet champion Ivan Petrov ... Gary Lenz covered the match for the wire ... The American then complained"
is Ross, whom the text called American, not Lenz, whom it was just about. So the centred person stands only if they
fit the epithet or no one named before does; else the latest person who fits it.
"""

from __future__ import annotations

import re

from brief.actors.calling_conflicts import not_ruled_out, past_calling
from brief.actors.epithets import NOUN_COUNTRIES
from brief.actors.gazetteer import DEMONYMS
from brief.actors.joined_callings import first_calling
from brief.actors.joined_subjects import unpaired_centre
from brief.actors.mentions import Mention
from brief.actors.referring import DESCRIBED_REACH
from brief.actors.sport_callings import PLAYING_CALLINGS

_AGED = re.compile(r"(\d{1,3})-year-old")
_BEFORE_NAME = re.compile(r"\b([A-Z][a-z]+)\s+(?:[a-z][\w-]*\s+){0,3}$")
"""A capitalised word, then at most three lower-case words (a role), right before the name: "American Bobby
Fischer", "French striker Nicolas Anelka"."""
_APPOSED_AFTER = re.compile(r",\s+(?:an?|the)\s+(?:(?:\d{1,3})-year-old\s+)?([A-Z][a-z]+)\b")
"""After the name, an apposition that opens with a nationality: ", an American", ", the 25-year-old Swiss"."""
_AGE_AFTER = re.compile(r",\s+(?:aged\s+)?(\d{1,3}),")
"""An age set off after the name: "Ana Ruiz, 25, ..."."""
_AGE_BEFORE = re.compile(r"(\d{1,3})-year-old\s+(?:[a-z][\w-]*\s+){0,3}$")
"""An age before the name: "25-year-old Ana Ruiz", "the 25-year-old striker Ana Ruiz"."""
REACH = 60
"""Characters either side of a name looked at for its nationality or age."""


def _country(word: str) -> str:
    return DEMONYMS.get(word) or NOUN_COUNTRIES.get(word, "")


def _evidence(words: list[str]) -> tuple[str, str]:
    """The country and the age an epithet's words give ("the 25-year-old Swiss": Switzerland, 25)."""
    country = next((c for w in words if (c := _country(w.rstrip(",")))), "")
    age = next((m.group(1) for w in words if (m := _AGED.fullmatch(w))), "")
    return country, age


def _nationality_beside(text: str, m: Mention) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The capitalised word that may be a nationality right before the name at ``m`` ("French striker Nicolas
    Anelka") and the one opening an apposition after it (", an American")."""
    return (_BEFORE_NAME.search(text[max(0, m.start - REACH) : m.start]),
            _APPOSED_AFTER.match(text[m.end : m.end + REACH]))


def _fits(text: str, m: Mention, country: str, age: str) -> bool:
    """Whether the text gives the person at ``m`` the country and the age the epithet gives (those it gives)."""
    if country and not any(found and _country(found.group(1)) == country for found in _nationality_beside(text, m)):
        return False
    if age:
        left, right = text[max(0, m.start - REACH) : m.start], text[m.end : m.end + REACH]
        ages = [found.group(1) for found in (_AGE_BEFORE.search(left), _AGE_AFTER.match(right)) if found]
        if age not in ages:
            return False
    return True


def fitting_epithet(text: str, words: list[str], before: list[Mention], centred: Mention | None) -> Mention | None:
    """The person the epithet ``words`` stands for: ``centred`` (whom the text was just about) unless the epithet
    gives a nationality or an age that ``centred`` is never given while a person named before is; then the
    latest such person, or when no one is given it and ``centred`` is given another, the latest person near who is
    not; a person ``centred``'s sentence names alone when ``centred`` is one of two joined (``joined_subjects``);
    when the epithet's calling rules ``centred`` out (``calling_conflicts``), a player's calling goes to the player
    that sentence names beside them, a leader's to no one."""
    words = first_calling(words)  # "the former England captain and Lions colossus": a captain
    if centred is None:
        return None
    calling = words[-1].rstrip(",")
    if not not_ruled_out(calling, [centred], before, past_calling(words)):
        # "The Bangladesh coach said" after "captain Mohammad Ashraful top-scored": not the captain, and no one;
        # "the captain said" after "fitness chief Dan Pryce ..., but Hale could ...": the player the sentence names
        return _player_beside(calling, before, centred)
    centred = unpaired_centre(text, before, centred)  # "A and B scored, and C hit the post. “...,” said the Dutchman": C
    country, age = _evidence(words)
    if not (country or age):
        return centred
    people = [m for m in before if m.kind == "person" and not m.demonym]
    if any(_fits(text, m, country, age) for m in people if m.name == centred.name):
        return centred
    fitting = next((m for m in reversed(people) if _fits(text, m, country, age)), None)
    if fitting is not None or not country or not _shown_other(text, people, centred.name, country):
        return fitting or centred
    near = [m for m in people if m.sentence >= centred.sentence - DESCRIBED_REACH]  # whom the text was just about
    return next((m for m in reversed(near) if not _shown_other(text, people, m.name, country)), None)


def _shown_other(text: str, people: list[Mention], name: str, country: str) -> bool:
    """Whether the text gives the person ``name`` a nationality other than ``country`` at one of their mentions
    ("Spanish forward Tomas Arbeloa" is no "Dutchman")."""
    for m in people:
        if m.name.split()[-1] == name.split()[-1]:  # "Arbeloa" is "Spanish forward Tomas Arbeloa" named before
            before, after = _nationality_beside(text, m)
            found = before or after
            if found and _country(found.group(1)) not in ("", country):
                return True
    return False


def _player_beside(calling: str, before: list[Mention], centred: Mention) -> Mention | None:
    """For a player's calling, the first other person the centred person's sentence names whom it does not rule out
    (a team names few staff, and a player is the one it goes on about); None for a leader's calling, or no such one."""
    if calling.lower() not in PLAYING_CALLINGS:
        return None
    others = [m for m in before if m.sentence == centred.sentence and m.kind == "person" and not m.demonym
              and m.name.split()[-1] != centred.name.split()[-1]]
    return next(iter(not_ruled_out(calling, others, before)), None)
