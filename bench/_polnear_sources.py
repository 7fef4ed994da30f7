"""How bench/positions_polnear.py reads a gold source span: named, a description, a pronoun or none, and
whether an actor of brief's is the named source (the rules are in positions_polnear's docstring)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

WORD = re.compile(r"\w+")
_TOKEN = re.compile(r"[^\W\d_][\w’'.\-]*|\d[\w.\-]*")
_PAREN = re.compile(r"\([^)]*\)")
_LIST = re.compile(r"(,|\s(?:and|&)\s)")
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
_ACRONYM = re.compile(r"\(([A-Z][A-Z.&]+)\)")
_PARTY = re.compile(r"[RDI]-[A-Z]")  # "R-Wis.": party and state after a lawmaker's name

PRONOUNS = frozenset(
    "i me my mine we us our ours you your yours he him his she her hers it its they them their theirs "
    "who whom whose which that this these those one each both all some others himself herself themselves itself".split()
)
"""A source made of these words alone is a pronoun: PolNeAR does not say whom it stands for."""
DETERMINERS = frozenset("the a an".split())
TITLES = frozenset(
    "mr mrs ms miss dr sen sens senator senators rep reps representative gov governor president vice former "
    "gen general attorney secretary speaker chairman chairwoman chair chief judge justice rev prof professor "
    "lt col sgt capt adm mayor prime minister leader sir dame lord lady commissioner ambassador deputy "
    "first st jr sr ii iii".split()
)
"""Words a name is introduced with ("Sen.", "Attorney General", "President") or closed with ("Jr."): left out
when names are compared."""
CONNECTORS = frozenset("of for on de del da la le van von der den du al bin ibn".split())
"""Lower-case words inside one proper name ("Association of Flight Attendants", "Commission on ...")."""
FOLLOWERS = frozenset(
    "of on in at for from to by with who whom whose which that and or but all both each alone also too as "
    "himself herself itself themselves said says".split()
)
"""Lower-case words that may follow a name that heads its phrase; any other ("campaign", "spokesman") makes it a modifier."""
COMPLEMENT = frozenset("of by for from at with in on to about against toward towards under over led including".split())
"""A name after these words is a complement ("a spokeswoman for Hillary Clinton"), not the source."""
QUANTIFIERS = frozenset("some many most few several other others fellow".split())
"""Before a plural name ("some Democrats"), a part of the group speaks: a description."""

def words(text: str) -> list[str]:
    """Lower-cased word runs: what two texts are compared on."""
    return WORD.findall(text.lower())


@dataclass(frozen=True)
class Name:
    """A proper name heading a source: its words (lower-cased; titles and connectors left out) and its key,
    the last word before any connector ("cummings" in "Elijah Cummings of Maryland")."""

    words: tuple[str, ...]
    key: str


@dataclass(frozen=True)
class Source:
    """A gold source as the bench reads it: its kind and, when named, the names that head it."""

    kind: str  # "named" | "pronoun" | "description" | "none"
    names: tuple[Name, ...] = ()


def _name(tokens: Sequence[str]) -> Name | None:
    """A name from its tokens, or None when only titles and determiners are left ("the President")."""
    kept: list[str] = []
    key = ""
    for token in tokens:
        if token.lower() in CONNECTORS:
            key = key or (kept[-1] if kept else "")
            continue
        kept += [w for w in words(token) if w not in TITLES and w not in DETERMINERS]
    return Name(tuple(kept), key or kept[-1]) if kept else None


def _heads(tokens: Sequence[str], first: bool, common: Callable[[int], bool]) -> list[Name]:
    """The proper names heading one part of a source (the source is cut at commas and "and");
    ``common(i)``: token i is capitalized only as a headline's or a sentence's opening word."""
    def cap(i: int) -> bool:
        t = tokens[i]
        return t[0].isupper() and not common(i) and t.lower() not in PRONOUNS and not _PARTY.match(t)

    out: list[Name] = []
    i = 0
    while i < len(tokens):
        if not cap(i):
            i += 1
            continue
        start = i
        while i < len(tokens) and (cap(i) or (tokens[i].lower() in CONNECTORS and i + 1 < len(tokens) and cap(i + 1))):
            i += 1
            if _POSSESSIVE.search(tokens[i - 1]):
                break  # "Donald Trump's presidential campaign": the name stops at its possessive
        before = [t.lower() for t in tokens[:start] if t.lower() not in DETERMINERS and t.lower() not in ("both", "either")]
        modifier = i < len(tokens) and (bool(_POSSESSIVE.search(tokens[i - 1]))
                                        or (not cap(i) and tokens[i].lower() not in FOLLOWERS))
        complement = bool(before) and before[-1] in COMPLEMENT
        subset = bool(before) and before[-1] in QUANTIFIERS and tokens[i - 1].endswith("s")  # "some Democrats"
        name = _name([_POSSESSIVE.sub("", t) for t in tokens[start:i]])
        if name and not (modifier or complement or subset) and (first or start == 0):
            out.append(name)
    return out


def read_source(text: str, common: Callable[[str, bool], bool] = lambda word, opening: False) -> Source:
    """Classify a gold source span's text; ``common(word, opening)``: whether a capitalized word is a
    common word the article also writes in lower case, asked for the span's opening word (``opening``)
    and, in a headline, for every word."""
    if not text.strip():
        return Source("none")
    plain = words(text)
    if plain and all(w in PRONOUNS for w in plain):
        return Source("pronoun")
    names: list[Name] = []
    offset = 0
    pieces = _LIST.split(_PAREN.sub(" ", text))  # parts, and the separators between them
    for n in range(0, len(pieces), 2):
        tokens = _TOKEN.findall(pieces[n])
        if not tokens:
            continue
        if offset:
            capital = tokens[0][0].isupper()
            named_by_comma = not names and n == 2 and pieces[1] == ","  # "Apple's chief executive, Tim Cook,"
            if not capital or not (names or named_by_comma):
                break  # "Craig Bryan, head of ...": an appositive; "Recent polls in X and Y": no list of names
        names += _heads(tokens, not offset, lambda i, tokens=tokens, at=offset: common(tokens[i], at + i == 0))
        offset += len(tokens)
    if names:  # "Alliance to Reclaim Our Schools (AROS)": the initials in brackets name it too
        names += [Name(tuple(words(a)), words(a)[-1]) for a in _ACRONYM.findall(text)]
    return Source("named", tuple(dict.fromkeys(names))) if names else Source("description")


def same_name(head: Name, name: Name) -> bool:
    """Whether a source's name and an actor's name are one: the source's words are all the actor's, or
    the actor's are all the source's and keep its key ("Obama" ~ "Barack Obama", "Donald J. Trump" ~
    "Donald Trump", "Elijah Cummings of Maryland" ~ "Elijah Cummings"; "New York" is not "New York Times")."""
    h, n = set(head.words), set(name.words)
    if not h or not n:
        return False
    return h <= n or (n <= h and head.key in n)


def holds_name(names: Iterable[str], source: Source) -> bool:
    """Whether an actor with these names (its name and aliases) is the named source."""
    own = [x for x in (_name(_TOKEN.findall(n)) for n in names) if x is not None]
    return any(same_name(head, name) for head in source.names for name in own)
