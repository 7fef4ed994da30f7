"""An organisation's short forms that grouping by whole words misses: news names a body in full once and
then by a clipped word ("the Fed" of the Federal Reserve), by its first word ("JPMorgan" of JPMorgan
Chase) or by the initials of a compound ("VW" of Volkswagen, "HP" of Hewlett-Packard). Each is one
actor with the full name; left apart, the story's subject is split in two and ranks below its parts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from brief.actors.bracketed_initials import join_bracketed_initials
from brief.actors.gazetteer import demonym_country, is_country, phrase_table
from brief.actors.kinds import ORGANIZATION_ENDINGS, team_word
from brief.actors.ner import model
from brief.actors.word_case import plain_word

if TYPE_CHECKING:
    from brief.actors.grouping import Group
    from brief.actors.mentions import Mention

MIN_CLIPPED = 3
"""Shortest clipped word read as a body's name ("Fed"): two letters begin too many words."""
MIN_COMPOUND = 8
"""Shortest one-word name whose two initials may be its parts' ("Volkswagen", "VW"): a shorter word is
rarely a compound, and two capitals match the letters of too many short names."""
MAX_SHORT_RATIO = 3
"""Most mentions of the short form per mention of the full name: a body named in full once is shortened
a few times after ("Editas Medicine", then "Editas" five times); a name used seven times as often as the
longer one it opens is an actor of its own, the longer one its product ("Apple" 14 times, "Apple TV" twice)."""
CLUB_ENDINGS = frozenset("United City Town Rovers Wanderers Athletic Albion County".split())
"""The word after its town that a football club is called by alone ("United" of Manchester United, "City",
"Rovers"): common words, so not read as a name of their own (``_never_lower``), but where the story names
just one body ending so, the word alone is that club ("United have won four of their last five")."""


_DERIVING_ENDINGS = ("al", "ial", "ional", "ary", "ian", "ic", "ical", "ese", "ish")
"""Endings that make an adjective of a noun ("Congress-ional", "Parliament-ary", "Constitution-al"): a word that opens
a body's first word so is the noun itself, a body of its own ("Congress" beside the Congressional Budget Office), not
a clipping ("Fed" of Federal, "Met" of Metropolitan stop inside the word's stem)."""


def derived_from(short: str, word: str) -> bool:
    """Whether ``word`` is ``short`` with an adjective's ending ("Congressional" of "Congress")."""
    return word.startswith(short) and word[len(short) :] in _DERIVING_ENDINGS


def club_short_name(word: str, mentions: Sequence[Mention]) -> bool:
    """ "United said ..." after "Manchester United": a club's word alone, where the story names just one body
    ending with it, is that club (the tagger, which reads "United" as a common word, left it untagged)."""
    return word in CLUB_ENDINGS and len({m.name for m in mentions if m.kind == "organization"
                                         and " " in m.name and m.name.split()[-1] == word}) == 1


_WHERE = frozenset("in to from into near at across around".split())
MAX_WHERE_SHARE = 2
"""A short form is a place, not a body, when more than 1/MAX_WHERE_SHARE of its mentions follow a word of
where ("in Tarn"). Only the word before is read, so "in Quellmark's favour" counts as where too: one such
mention of two must not make the body's short form a place (a quarter did)."""


def acronym(name: str) -> str:
    """The capitals that begin a name's words: "British Virgin Islands" -> "BVI"."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def acronyms(name: str) -> list[str]:
    """The initials of a name, and of the name after a leading country or demonym: the
    "United States Drug Enforcement Agency" is the "DEA", the "US Federal Reserve" the "FR"."""
    words = name.split()
    out = [acronym(name)]
    for k in range(1, min(3, len(words) - 1) + 1):
        head = " ".join(words[:k])
        if is_country(head) or demonym_country(head) or head in _COUNTRY_INITIALS:
            rest = acronym(" ".join(words[k:]))
            if len(rest) >= MIN_QUALIFIED_ACRONYM:
                out.append(rest)
    if len(words) >= MIN_CLIPPED_WORDS and len(words[0]) > 2 and words[0].isalpha():
        # "Lagos State Building Control Agency": the "LASBCA", the first word's first two letters (Nigerian
        # agencies' way: "LASTMA", "LAWMA", "NAFDAC")
        out.append(words[0][:2].upper() + acronym(" ".join(words[1:])))
    if len(words) >= MIN_CLIPPED_WORDS and len(words[-1]) > CLIPPED_LAST_LETTERS and words[-1].isalpha():
        # "National Aerospace Services Company": the "NASCOM", its last word cut to a syllable ("NASSCOM" of the
        # "National Association of Software and Services Companies")
        out.append(acronym(" ".join(words[:-1])) + words[-1][:CLIPPED_LAST_LETTERS].upper())
    if " and " in name:  # "Centers for Disease Control and Prevention": the "CDC", its added remit left out
        out.extend(a for a in acronyms(name[: name.index(" and ")]) if len(a) >= MIN_QUALIFIED_ACRONYM)
    if len(words) > MIN_QUALIFIED_ACRONYM and (words[-1] in _LEGAL_FORMS or words[-2] == "of"):
        # "Nigerian National Petroleum Company Limited": the "NNPC", its legal form left out; "Life
        # Insurance Corporation of India": the "LIC", its country left out
        short = " ".join(words[:-1] if words[-1] in _LEGAL_FORMS else words[:-2])
        out.extend(a for a in acronyms(short) if len(a) >= MIN_QUALIFIED_ACRONYM and a not in out)
    return out


MIN_CLIPPED_WORDS = 3
"""Words of a name whose initials may take two letters of its first ("LASBCA"): of two ("LAgos State")
the letters spell too many other things."""
CLIPPED_LAST_LETTERS = 3
"""Letters of a name's last word that close its initials in a clipped acronym ("COM" of "Company", "Command"):
the syllable such short forms keep."""
_LEGAL_FORMS = frozenset("Limited Ltd Inc Plc PLC LLC Corp".split())
"""A company's legal form closing its name, which its initials leave out ("NNPC" of "... Company Limited")."""


_COUNTRY_INITIALS = frozenset({"US", "U.S.", "UK", "U.K.", "EU"})
MIN_QUALIFIED_ACRONYM = 3
"""Two letters left after a country ("British Broadcasting Corporation" -> "BC") name too many
things to stand for the body; three ("DEA") are specific."""


def _fuller(key: str, fits: list[Group]) -> Group | None:
    """The one body the short form stands for: the shortest of the fitting names when every other
    begins with it ("Federal Reserve" before "Federal Reserve Bank of Kansas City"), else none."""
    if not fits:
        return None
    first = min(fits, key=lambda g: (len(g.key), g.key))
    if all(g is first or g.key.startswith(first.key + " ") for g in fits):
        return first
    return None


def _compound_initials(acronym: str, word: str) -> bool:
    """ "VW" of "Volkswagen", "HP" of "Hewlett-Packard": two capitals that are the word's first letter and
    the first of a hyphenated part, or a letter in the latter half of a long compound word."""
    if len(acronym) != 2 or not word[:1] == acronym[0]:
        return False
    parts = word.split("-")
    if len(parts) == 2 and all(p[:1].isupper() for p in parts):
        return parts[1][0] == acronym[1]
    return len(word) >= MIN_COMPOUND and word.isalpha() and acronym[1].lower() in word[len(word) // 2 :].lower()


def _standalone(g: Group, surnames: set[str]) -> bool:
    """A one-word organisation that may be a short form: no country, demonym, person's surname or
    ("Trump" of the Trump Organization is the man), and rarely where something happens."""
    key = g.key
    return (g.kind == "organization" and " " not in key and bool(g.mentions) and key not in surnames
            and not is_country(key) and not demonym_country(key)
            and MAX_WHERE_SHARE * sum(m.after in _WHERE for m in g.mentions) <= len(g.mentions))


def introduced_first(full: Group, short: Group) -> bool:
    """News names a body in full before it shortens it ("JPMorgan Chase ... JPMorgan paid"): every
    mention of the short form follows the full name in its article. A maker named before its product
    ("Google ... Google Stadia", "Apple ... Apple TV") is not the product's short form. A headline is
    written short before the story names anyone in full ("While Taylor is good for break-ups" over a story
    of Taylor Swift), so the headline's mentions do not count, but the story must shorten the name too."""
    first: dict[int, int] = {}
    for m in full.mentions:
        first[m.article] = min(first.get(m.article, m.start), m.start)
    story = [m for m in short.mentions if not m.headline]
    return bool(story) and all(m.article in first and (m.headline or first[m.article] < m.start)
                               for m in short.mentions)


def _mostly_medium(g: Group) -> bool:
    """Most of a group's mentions are of a product, platform or work (``Mention.medium``)."""
    return 2 * sum(m.medium for m in g.mentions) >= len(g.mentions)


def _maker_of(short: Group, full: Group) -> bool:
    """ "Tesla says" on a page about the Tesla Model Y: the one word that opens a product's name is its
    maker, which acts, not a short form of the product. Where the text speaks of the fuller name as a
    thing (mostly a medium) and of the one word as no thing, they are two: a company and what it makes."""
    return _mostly_medium(full) and not _mostly_medium(short)


def _team_name(full: str, short: str) -> bool:
    """ "Bruins" of the Boston Bruins: a team's plural name after its city's, which a sports story writes in full
    once or twice and alone all through, however many times as often (the ratio keeps a maker apart from its
    product, "Apple" from "Apple TV"; a plural only a name is written with is no maker's name)."""
    words = full.split()
    return len(words) == 2 and words[1] == short and team_word(short)


def _never_lower(word: str) -> bool:
    """A word the tagger's training text never writes in lower case ("Rogen", "Cardinals"): the last word
    of a two-word name that is only ever a name. "House" (of the White House, but also the chamber) and
    "Swift" are common words too, and alone may be another actor."""
    counts = model().lexicon.get(word.lower())
    return (counts is None or counts[0] == 0) and not plain_word(word, set())


def _undotted(name: str) -> str:
    return name.replace(".", "").replace(" ", "").lower()


def _join_dotted_spellings(groups: dict[tuple[str, str], Group]) -> None:
    """ "J.P. Morgan" in a story that writes "JPMorgan" for the bank: a name written with initials that
    spells, without its full stops and spaces, an organisation's name in the text is that organisation,
    however the tagger typed it (the initials read as a person's)."""
    bodies: dict[str, list[Group]] = defaultdict(list)
    for g in groups.values():
        if g.kind == "organization" and g.mentions and "." not in g.key:
            bodies[_undotted(g.key)].append(g)
    for g in list(groups.values()):
        fits = bodies.get(_undotted(g.key), []) if "." in g.key and g.mentions else []
        if len(fits) == 1 and fits[0] is not g:
            fits[0].mentions.extend(g.mentions)
            g.mentions.clear()


FORCE = "Police"
"""The last word of a place's police force as ``mentions`` names it ("Dallas Police", of "Dallas police
officers"), which the text also names in full ("Dallas Police Department", "Kent Police Service")."""


def _join_to_the_one(g: Group, bodies: list[Group], rest_fits: Callable[[str], bool]) -> None:
    """Move ``g``'s mentions to the one body whose name is ``g``'s and more words that ``rest_fits``, if
    exactly one is; with two or none, which one is meant is unknown and ``g`` stays."""
    fits = [b for b in bodies if b is not g and b.mentions and b.key.startswith(g.key + " ")
            and rest_fits(b.key[len(g.key) + 1 :])]
    if len(fits) == 1:
        fits[0].mentions.extend(g.mentions)
        g.mentions.clear()


def _join_forces(bodies: list[Group]) -> None:
    """Join a place's police ("Dallas Police") to the one fuller body its name opens ("Dallas Police
    Department"): the same force, named by its place and in full."""
    for g in bodies:
        if g.key.split()[-1] == FORCE and g.mentions:
            _join_to_the_one(g, bodies, lambda rest: True)


MAX_PLACE_INITIALS = 4
"""Longest all-capital word read as a place's initials closing a chapter's name ("NYC", "UK", "NSW")."""


def _place_word(word: str) -> bool:
    """A place closing a body's name: a place or country of the gazetteer, or a place's initials."""
    return phrase_table().get((word,)) in ("PLACE", "CTRY") or (
        word.isupper() and word.isalpha() and len(word) <= MAX_PLACE_INITIALS)


def _join_chapters(bodies: list[Group]) -> None:
    """Join a body of two or more words ("Justice League") to the one body named as it and a place
    ("Justice League NYC", "Amnesty International UK"): its chapter there, which news then names by
    the body's name alone, one actor for the reader."""
    for g in bodies:
        if g.mentions:
            _join_to_the_one(g, bodies, lambda rest: " " not in rest and _place_word(rest))


def join_short_forms(groups: dict[tuple[str, str], Group]) -> None:
    """Join a one-word organisation to the one fuller organisation it is a short form of: a clipped
    first word ("Fed": Federal Reserve), the first word ("JPMorgan": JPMorgan Chase), or a compound's
    initials ("VW": Volkswagen); or the last word of one two-word name ("Chase" of JPMorgan Chase; "Swift"
    of "Taylor Swift" where the tagger typed both a body). The fuller name keeps the actor's name; the short one becomes an alias."""
    _join_dotted_spellings(groups)
    join_bracketed_initials(groups)  # "NHS Trust (UHNM)": the text names the initials
    bodies = [g for g in groups.values() if g.kind == "organization" and g.mentions]
    several = [g for g in bodies if " " in g.key]
    surnames = {g.key.split()[-1] for g in groups.values() if g.kind == "person" and " " in g.key and g.mentions}
    by_first: dict[str, list[Group]] = defaultdict(list)
    by_last: dict[str, list[Group]] = defaultdict(list)  # "Taylor Swift" typed a body: "Swift" is hers
    for g in several:
        by_first[g.key.split()[0]].append(g)
        words = g.key.split()
        if len(words) == 2 and words[1] not in ORGANIZATION_ENDINGS:
            by_last[words[1]].append(g)
    _join_forces(several)
    _join_chapters(several)
    for g in bodies:
        if not _standalone(g, surnames):
            continue
        key = g.key
        if key.isupper():
            fits = [b for b in bodies if b is not g and " " not in b.key and _compound_initials(key, b.key)]
            target = fits[0] if len(fits) == 1 else None
        else:
            target = None if plain_word(key, set()) else _fuller(key, by_first.get(key, []))  # "National"
            if target is None and len(key) >= MIN_CLIPPED:
                clipped = [b for b in several if b.key.split()[0].startswith(key) and b.key.split()[0] != key
                           and not derived_from(key, b.key.split()[0])]  # "Congress": not the Congressional Budget Office
                target = _fuller(key, clipped)
            if target is None and (_never_lower(key) or key in CLUB_ENDINGS) and len(by_last.get(key, [])) == 1:
                target = by_last[key][0]
        if (target is not None and target.mentions
                and (len(g.mentions) <= MAX_SHORT_RATIO * len(target.mentions) or _team_name(target.key, key))
                and introduced_first(target, g) and not _maker_of(g, target)):
            target.mentions.extend(g.mentions)
            g.mentions.clear()
