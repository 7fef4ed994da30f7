"""The actor groups made so far, looked up by the short forms that may name them again.

Why a module of its own: grouping (brief/actors/grouping.py) asks it, for every short name, which
fuller name it belongs to ("Blinken" -> "Antony Blinken", "PLO" -> its full name, "BVI" -> "British
Virgin Islands"); the lookups are buckets, not scans, so grouping stays linear in the mentions.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from brief.actors.gazetteer import is_country
from brief.actors.short_forms import MIN_QUALIFIED_ACRONYM, acronym, acronyms
from brief.actors.spelling_variants import unaccented, without_article

if TYPE_CHECKING:
    from brief.actors.grouping import Group


GENERATION_KEYS = frozenset({"Jr.", "Sr."})
"""The generation closing a person's key only where the story names a father and son alike
(``brief.actors.generations_apart``): the surname before it is the one a short mention matches."""


PATRONYMIC_LINKS = frozenset("bin binti bint ibn".split())
"""Words joining a Malay or Arab person's own name to their father's ("Siti Aminah binti Abdullah"): the person
is called by their own name, the words before it ("Siti Aminah said"), never by the father's."""


SURNAME_PARTICLES = frozenset("de la del van der von den di da dos du le ter ten".split())
"""Words that open a surname of several ("De La Rosa", "van der Berg"): such a surname of three words names its
bearer alone, as one of one or two words does ("De La Rosa said" of Alano De La Rosa)."""


def particled_surname(words: tuple[str, ...] | list[str]) -> bool:
    """Whether three words are a surname opened by two particles ("De La Rosa", "van der Berg")."""
    return len(words) == 3 and all(w.lower() in SURNAME_PARTICLES for w in words[:2]) and words[2][:1].isupper()


class NameIndex:
    """The groups made so far, looked up by name suffix and acronym.

    Why: scanning every earlier group for each name made grouping quadratic (minutes at thousands
    of articles); the buckets keep the groups in creation order, so the picks are the same.
    """

    def __init__(self) -> None:
        self.by_suffix: dict[tuple[str, ...], list[Group]] = defaultdict(list)  # people only
        self.by_first: dict[str, list[Group]] = defaultdict(list)  # people only
        self.by_middle: dict[str, list[Group]] = defaultdict(list)  # people only
        self.by_ends: dict[tuple[str, str], list[Group]] = defaultdict(list)  # people of three words or more
        self.by_own: dict[tuple[str, ...], list[Group]] = defaultdict(list)  # people named "X bin Y": by their X
        self.by_acronym: dict[str, list[Group]] = defaultdict(list)  # organisations only
        self.by_place_initials: dict[str, list[Group]] = defaultdict(list)  # places of three words or more

    def add(self, group: Group, surfaces: Iterable[str] = ()) -> None:
        """Index a new group; an organisation also by the acronyms of its names as written
        ("SDK" for "Showa Denko K.K.", whose key drops the legal suffix)."""
        words = tuple(group.key.split())
        if group.kind == "person":
            words = tuple(unaccented(group.key).split())  # "Lopez Obrador" of "Andrés Manuel López Obrador"
            if len(words) > 2 and words[-1] in GENERATION_KEYS:
                words = words[:-1]  # "Carlos Sousa Jr." kept apart from his father (generations_apart): still a "Sousa"
            for k in range(1, min(2, len(words) - 1) + 1):  # a name of k <= 2 words may attach
                self.by_suffix[words[-k:]].append(group)
            if len(words) >= 4 and particled_surname(words[-3:]):
                self.by_suffix[words[-3:]].append(group)  # "De La Rosa" of "Alano De La Rosa"
            if len(words) > 1 and without_article(words[-1]) != words[-1]:
                self.by_suffix[(without_article(words[-1]),)].append(group)  # "Sharaa" of "Ahmed al-Sharaa"
            if len(words) > 1:
                self.by_first[words[0]].append(group)
            for inner in dict.fromkeys(words[1:-1]):  # "Camille Etienne Gbedey", later "Etienne said";
                if inner[:1].isupper():  # "Lula" of "Luiz Inácio Lula da Silva" (not its "da")
                    self.by_middle[inner].append(group)
            if len(words) >= 3:
                self.by_ends[(words[0], words[-1])].append(group)  # "Andrew Alturo Fahie", later "Andrew Fahie"
            own = next((i for i, w in enumerate(words) if i and w in PATRONYMIC_LINKS), 0)
            if own > 1:
                self.by_own[words[:own]].append(group)  # "Siti Aminah binti Abdullah", later "Siti Aminah"
        elif group.kind == "organization":
            for initials in dict.fromkeys([*acronyms(group.key), *(a for s in sorted(surfaces) for a in acronyms(s))]):
                self.by_acronym[initials].append(group)
        elif group.kind == "place" and len(words) >= MIN_QUALIFIED_ACRONYM:
            self.by_place_initials[acronym(group.key)].append(group)  # "BVI" for "British Virgin Islands"

    def bearers(self, kind: str, name: str) -> list[Group]:
        """Every fuller name of a person that ends with this short one ("Brel": Tomas and Anton Brel)."""
        words = tuple(unaccented(name).split())
        return list(self.by_suffix.get(words, [])) if kind == "person" and (len(words) <= 2 or particled_surname(words)) else []

    def attach(self, kind: str, name: str) -> Group | None:
        """The group a short name belongs to: "Blinken" -> "Antony Blinken", "PLO" -> its full name."""
        words = name.split()
        if kind == "person" and (len(words) <= 2 or particled_surname(words)):
            words = unaccented(name).split()
            # "Blinken" -> "Antony Blinken"; "Abu Zuhri" -> "Sami Abu Zuhri": a longer name ending so.
            fits = self.by_suffix.get(tuple(words), [])
            if len(fits) == 1 or (fits and len(fits[0].mentions) > 2 * max(len(g.mentions) for g in fits[1:])):
                return fits[0]
            # "Anwar" -> "Anwar Ibrahim", "Mahathir" -> "Mahathir Mohamad": where the given name is
            # the short form, it is the first word of just one fuller name and the last of none.
            firsts = self.by_first.get(words[0], []) if len(words) == 1 and not fits else []
            if len(firsts) == 1:
                return firsts[0]
            # "Etienne" -> "Camille Etienne Gbedey", "Lula" -> "Luiz Inácio Lula da Silva": a second family
            # name or a name of use, alone, where it is an inner word of just one name and begins or ends none.
            middles = self.by_middle.get(words[0], []) if len(words) == 1 and not fits and not firsts else []
            if len(middles) == 1:
                return middles[0]
            # "Andrew Fahie" -> "Andrew Alturo Fahie": the same given name and surname without the
            # middle name, where just one fuller name begins and ends so.
            ends = self.by_ends.get((words[0], words[1]), []) if len(words) == 2 and not fits else []
            if len(ends) == 1:
                return ends[0]
            own = self.by_own.get(tuple(words), []) if not fits else []
            if len(own) == 1:
                return own[0]
        if kind == "organization" and len(words) == 1 and (name.isupper() and len(name) >= 2 or _written_as_word(name)):
            fits = self.by_acronym.get(name.replace(".", "").upper(), [])  # "Nato", "Nepra": initials written as a word
            if len(fits) == 1:
                return fits[0]
        if kind == "place" and _initials_of_a_body(name):
            # "an update from the OHA" after "the Onondaga Historical Association": the tagger may read
            # a body's initials as a place; they are the body's, where they spell just one body's name
            # and no place's of the story ("UAE" for the "United Arab Emirates")
            fits = self.by_acronym.get(name.replace(".", "").upper(), [])
            if len(fits) == 1 and not self.by_place_initials.get(name.replace(".", "").upper()):
                return fits[0]
        if kind != "person" and len(words) == 1 and name.isupper() and not self.by_acronym.get(name.replace(".", "")):
            # "the people of the BVI" in a story naming the British Virgin Islands: the place by its
            # initials, unless a body of the story has them
            places = self.by_place_initials.get(name.replace(".", ""), [])
            if len(places) == 1:
                return places[0]
        return None


def _initials_of_a_body(name: str) -> bool:
    """Capitals that may be a body's initials though tagged a place: three letters or more (two, "US" or
    "UK", name too many things) and no country's own initials ("UAE", "DRC"), or initials written as a
    word ("Nepra")."""
    letters = name.replace(".", "")
    return (len(letters) >= MIN_QUALIFIED_ACRONYM and letters.isalpha() and letters.isupper() or _written_as_word(name)) and (
        not is_country(name))


MIN_WORD_INITIALS = 4
"""Letters of initials written as a word, a capital and lower case ("Nato", "Unicef", "Nepra", as British and
South Asian papers write them): three ("Fed", "Met") spell too many short forms of other kinds."""


def _written_as_word(name: str) -> bool:
    """ "Nato", "Nepra": a body's initials written with one capital, read against the story's bodies' initials."""
    return len(name) >= MIN_WORD_INITIALS and name.isalpha() and name[0].isupper() and name[1:].islower()
