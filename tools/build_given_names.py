"""Build brief/actors/data/census_given_names.txt, the common given names of the 1990 US Census.

Usage: python tools/build_given_names.py [--out PATH] [--check]
Needs the ``names`` package (MIT; its first-name files are the US Census Bureau's 1990 frequency lists,
public domain) and lemminflect (the [bench] extra): build time only; brief never imports either.

Why: the hand-written list beside it (given_names.txt, ~530 names) missed most first names, so a singer
("Taylor Swift") or an actor ("Seth Rogen") the tagger typed an organisation had no sign of a person.
The census lists ~5,100 first names with their share of men and of women. Kept: a name of three letters
or more that is no English word (lemminflect knows no lemma for it: not "Will", "Rose", "Grant") and no
place nor the first word of one (the gazetteer: not "Israel", "India", "Hong" of Hong Kong, "Santa" of
Santa Barbara), no day's name (``CALENDAR_WORDS``: not "Sunday"), and no name the hand-written list already has (it wins). Each is marked m or f where
that sex bears at least ``GENDER_SHARE`` of it, else u (borne by both: "Taylor", "Jordan"), which says
a person but gives no gender vote.

Deterministic: sorted names, so rerunning reproduces the shipped file (``--check`` says whether it does).
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

from data_files import write_or_check  # tools/, the script's own folder

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "brief" / "actors" / "data" / "census_given_names.txt"

GENDER_SHARE = 0.9
"""Share of the bearers of one sex that makes a name that sex's: "Kim" (86% women) stays unmarked."""
MIN_LETTERS = 3
"""Two-letter census names ("Al", "Ed", "Jo", "In", "My") are words or initials as often as names."""
CALENDAR_WORDS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Easter",
                            "Christmas"})
"""Days and feasts the census lists as a few women's names ("Sunday", "Easter"): in news they name a day or a paper
("The Sunday Telegraph said", "the Easter Rising"), and a newspaper read as "Sunday Telegraph", a person, holds its
quotes. Months stay: "April", "June" are common given names."""
HEADER = """\
# Common given names of the 1990 US Census (public domain; read from the `names` package's files) that are
# no English word, no place and not in given_names.txt. Built by tools/build_given_names.py: do not edit.
# One a line: m, f, or u (borne by both), a tab, the name.
"""


def _census(filename: str) -> dict[str, float]:
    """Name -> percent of that sex's people bearing it, from one of the census files in ``names``."""
    text = resources.files("names").joinpath(filename).read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        parts = line.split()
        if parts:
            out[parts[0].title()] = float(parts[1])
    return out


def build() -> str:
    """The file's text."""
    import lemminflect
    import pycountry

    from brief.actors.gazetteer import phrase_table
    from brief.actors.gender import hand_given_names
    from brief.actors.personhood import known_place

    men, women = _census("dist.male.first"), _census("dist.female.first")
    table = phrase_table()
    place_heads = {key[0] for key, kind in table.items() if kind in ("CTRY", "PLACE") and len(key) > 1}
    for sub in pycountry.subdivisions:  # "Georgia", "Carolina" of North Carolina, "Santa" of Santa Fe
        place_heads.update({sub.name, sub.name.split()[0], sub.name.split()[-1]})
    hand = hand_given_names()
    lines = []
    for name in sorted(set(men) | set(women)):
        if (len(name) < MIN_LETTERS or name in hand or name in CALENDAR_WORDS or lemminflect.getAllLemmas(name.lower())
                or (name,) in table or name in place_heads or known_place(name)):
            continue
        man, woman = men.get(name, 0.0), women.get(name, 0.0)
        share = man / (man + woman)
        gender = "m" if share >= GENDER_SHARE else "f" if share <= 1 - GENDER_SHARE else "u"
        lines.append(f"{gender}\t{name}\n")
    return HEADER + "".join(lines)


def main(argv: list[str]) -> int:
    """Write the file, or with --check say whether the shipped one is what this builds."""
    return write_or_check(argv, __doc__ or "", OUT, build, HEADER)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
