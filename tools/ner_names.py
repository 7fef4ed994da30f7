"""Invented names for the NER trainer's name-swap augmentation (tools/train_ner.py).

Why: CoNLL 2003 is 1996 Reuters copy; its people and organisations are few and recur, so the
model partly memorises them.  Web news names performers, founders, start-ups and people from
everywhere.  Copies of training documents whose PER and ORG names are swapped for invented
ones teach the model the contexts ("X said", "leader X", "X, 34,", "founded X") instead.
Names are built from parts (given names, surname stems and endings of several traditions,
particles written lower case), so few invented names recur and none is worth memorising.
Deterministic: every choice comes from the ``random.Random`` the caller passes.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CENSUS = ROOT / "brief" / "actors" / "data" / "census_given_names.txt"

# Given names of several traditions (the census file is mostly US English ones).
_GIVEN_WORLD = (
    "Ada Adaeze Chinedu Chiamaka Emeka Ngozi Oluwaseun Tunde Yemi Kwame Kofi Ama Akosua Abena Yaw "
    "Wanjiru Njeri Otieno Achieng Thandiwe Sipho Lindiwe Thabo Bongani Zanele Amara Folake Ifeoma "
    "Priya Arjun Rahul Ananya Deepika Sanjay Kavita Rohit Anjali Vikram Sunita Raghav Meera Aditya "
    "Harpreet Gurpreet Imran Ayesha Farhan Nusrat Tahmina Shakib "
    "Wei Jing Xiaoming Mei Hiroshi Yuki Haruto Sakura Minjun Jiwoo Seojin Thanh Linh Duc Somchai "
    "Mohammed Ahmed Fatima Khalid Layla Omar Yasmin Tariq Nour Hassan Rania Karim Samir Leila "
    "Ioana Bogdan Agnieszka Krzysztof Dmitri Olena Taras Sven Astrid Lars Ingrid Mateus Joao "
    "Lucia Alejandro Camila Santiago Valentina Thiago Giulia Matteo Chiara Luca Elif Emre Zeynep"
).split()

# Surname stems and endings by tradition: stem + ending gives names no list holds.
_SURNAME_PARTS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("Ok", "Ad", "Ob", "Ol", "Eze", "Nw", "Ab", "Ogun", "Ade", "Ig"),
     ("onkwo", "eyemi", "afor", "uwole", "adike", "ebiyi", "ogu", "ike", "anya", "osun")),
    (("Mens", "Asa", "Bon", "Kuf", "Owus", "Agye", "Ot", "Kam", "Mut", "Ndl"),
     ("ah", "moah", "su", "uor", "ieno", "ovu", "ai", "ara", "wa", "ela")),
    (("Sharm", "Ver", "Red", "Kris", "Chand", "Bhat", "Agar", "Sriv", "Iyen", "Desh"),
     ("a", "ma", "dy", "hnan", "ra", "tacharya", "wal", "astava", "gar", "pande")),
    (("Tan", "Nak", "Yam", "Wat", "Kob", "Zh", "Hu", "Ch", "Ng", "Nguy"),
     ("aka", "amura", "ashita", "anabe", "ayashi", "ang", "ong", "en", "uyen", "oi")),
    (("Haddad", "Mans", "Khal", "Nass", "Ibr", "Sal", "Far", "Kar", "Hab", "Qur"),
     ("our", "il", "er", "ahim", "eh", "ah", "imi", "ibi", "eshi", "ani")),
    (("Kowal", "Nowak", "Lind", "Berg", "Holm", "Petr", "Vasil", "Kuz", "Moren", "Ferr"),
     ("ski", "owicz", "qvist", "strom", "gren", "enko", "iev", "netsov", "o", "eira")),
    (("Whit", "Hart", "Ash", "Brad", "Pem", "Thorn", "Kel", "Cal", "Fair", "Hollo"),
     ("ley", "well", "croft", "shaw", "berton", "ton", "ford", "ridge", "bairn", "way")),
)

# Lower-case particles before a surname, as written in the name ("Erik ten Hag").
_PARTICLES = ("van", "van der", "van den", "de", "de la", "ten", "von", "bin", "bint", "dos", "da", "del", "di", "le")
_HYPHEN_PREFIXES = ("al-", "el-", "Abu-", "Ben-")

# Pieces of invented organisation names (start-ups, apps, bands, clubs).
_ORG_HEADS = ("Pay", "Lum", "Nov", "Zen", "Flux", "Quant", "Bright", "Clear", "Swift", "Hive", "Kind",
              "Blue", "Octo", "Vox", "Nimb", "Terra", "Aero", "Snap", "True", "Cloud", "Grid", "Spark")
_ORG_TAILS = ("Wave", "io", "ify", "ly", "Stack", "Labs", "Base", "Hub", "Path", "Mint", "Loop",
              "Nest", "ora", "ix", "Works", "Pay", "Cart", "Dash", "Forge", "Line")
_PLAIN_WORDS = ("Home", "Summit", "Harbor", "Pioneer", "Liberty", "Granite", "Beacon", "Crown", "Delta",
                "Union", "Frontier", "Heritage", "Keystone", "Meridian", "Northstar", "Oak", "Pinnacle",
                "Riverside", "Sterling", "Trinity", "Atlas", "Vista", "Anchor", "Compass", "Evergreen")
_PLAIN_TAILS = ("Depot", "Mart", "Bank", "Motors", "Airways", "Foods", "Insurance", "Energy", "Pharma",
                "Telecom", "Power", "Rail", "Records", "Studios", "United", "City", "Rovers", "Athletic")
_PLACE_ENDS = ("ville", "burg", "ton", "field", "abad", "pur", "stad", "wick", "mouth", "dale", "gate")
_PLACE_HEADS = ("Port", "Lake", "New", "San", "Fort", "Mount", "North", "East")
_ORG_SUFFIX_WORDS = ("Technologies", "Labs", "Group", "Holdings", "Ventures", "Systems", "Foundation",
                     "Collective", "Capital", "Health", "Energy", "Media", "Partners", "Network")


@lru_cache(maxsize=1)
def census_given() -> tuple[str, ...]:
    """Given names of the census list (one per line: sex, tab, name; # comments)."""
    out = []
    for line in CENSUS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            out.append(line.split("\t")[-1].strip())
    return tuple(n for n in out if n.isalpha())


def given(rng: random.Random) -> str:
    """A given name: half of the time from the census list, else from other traditions."""
    return rng.choice(census_given()) if rng.random() < 0.5 else rng.choice(_GIVEN_WORLD)


def surname(rng: random.Random) -> list[str]:
    """Surname tokens: an invented stem+ending, sometimes with a lower-case particle before it
    ("ten", "van der") or an "al-" prefix glued on."""
    stems, ends = rng.choice(_SURNAME_PARTS)
    core = rng.choice(stems) + rng.choice(ends)
    r = rng.random()
    if r < PARTICLE_SHARE:
        return rng.choice(_PARTICLES).split() + [core]
    if r < PARTICLE_SHARE + HYPHEN_SHARE:
        return [rng.choice(_HYPHEN_PREFIXES) + core]
    return [core]


PARTICLE_SHARE = 0.12
"""Share of surnames with a lower-case particle: rare in CoNLL, common enough on the web (Dutch, Arabic, Iberian names)."""
HYPHEN_SHARE = 0.05
"""Share of surnames with a glued "al-" style prefix."""
STAGE_SHARE = 0.25
"""Share of one-word person names given a one-word invented name of any shape (stage names), not a surname."""


def stage_name(rng: random.Random) -> str:
    """A one-word performer's name: a given name of another tradition or an invented word."""
    if rng.random() < 0.5:
        return rng.choice(_GIVEN_WORLD)
    stems, ends = rng.choice(_SURNAME_PARTS)
    return rng.choice(stems) + rng.choice(ends)


def person(rng: random.Random, n_tokens: int) -> tuple[list[str], list[str]]:
    """(given-name tokens, surname tokens) for a person span of ``n_tokens`` in the original."""
    if n_tokens == 1:
        return [], surname(rng)
    first = [given(rng)]
    if n_tokens >= 3 and rng.random() < 0.5:
        first.append(given(rng) if rng.random() < 0.5 else given(rng)[0] + ".")
    return first, surname(rng)


def organisation(rng: random.Random) -> list[str]:
    """An invented organisation name: CamelCase ("PayWave"), one word ("Lumio"), "iThing", an
    acronym, plain words ("Summit Motors"), a surname and a company word, or a word plus a company
    word ("Lumio Labs")."""
    r = rng.random()
    head, tail = rng.choice(_ORG_HEADS), rng.choice(_ORG_TAILS)
    if r < 0.35:
        return [head + tail]
    if r < 0.55:
        return [head + tail.lower()]
    if r < 0.6:
        return ["i" + head + tail.lower()]
    if r < 0.7:
        return ["".join(rng.choice("ABCDEFGHJKLMNPRSTVWX") for _ in range(rng.randint(2, 4)))]
    if r < 0.8:
        return [rng.choice(_PLAIN_WORDS), rng.choice(_PLAIN_TAILS)]
    if r < 0.9:
        return [surname(rng)[-1], rng.choice(_PLAIN_TAILS + _ORG_SUFFIX_WORDS)]
    return [head + tail.lower(), rng.choice(_ORG_SUFFIX_WORDS)]


# Shapes of web-news organisations the CoNLL names lack (the balanced swap, ``WEB_PLAN``).
_CO_SUFFIXES = ("Inc.", "Inc", "Corp.", "Ltd", "Ltd.", "K.K.", "AG", "plc", "SA", "GmbH", "Co.", "LLC")
_SYLLABLES = ("va", "shi", "den", "ko", "mi", "ra", "no", "zu", "ta", "ke", "lo", "wa", "di", "vi", "ne",
              "sa", "to", "ri", "ha", "yo", "gu", "be", "fi", "qu", "xo")
_WEB_HEADS = ("N", "Z", "Qu", "V", "X", "Hu", "Sh", "K", "Tw", "Gr", "Fl", "Str", "Pl", "Br", "Sk")
_WEB_ENDS = ("idia", "awei", "illow", "ilio", "endo", "ara", "ex", "ify", "oom", "ster", "ix", "ova", "ento")
_INSTITUTION_WORDS = ("University", "College", "Institute", "Hospital", "Council", "Trust", "Board",
                      "Authority", "Commission", "Agency", "Party", "Union")
_PRODUCT_TAILS = ("Ultra", "Pro", "Max", "Plus", "Mini", "Air", "Lite", "Neo", "X", "One", "2", "3", "5", "Go")


def invented_word(rng: random.Random) -> str:
    """One invented capitalised word of a brand's shape: "Nvidia", "Huawei", "Showa", "Denko"."""
    if rng.random() < 0.5:
        return rng.choice(_WEB_HEADS) + rng.choice(_WEB_ENDS)
    word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3)))
    return word[0].upper() + word[1:]


def organisation_web(rng: random.Random) -> list[str]:
    """An invented organisation of web-news shapes, half the time, else ``organisation``'s:
    one brand word ("Nvidia"), two invented words ("Showa Denko"), a word and a company suffix
    ("X K.K.", "X Inc."), a clipped word before a surname ("Con Edison"), a one-word institution
    ("Rutgers") or "X University"."""
    r = rng.random()
    if r < 0.5:
        return organisation(rng)
    if r < 0.62:
        return [invented_word(rng)]
    if r < 0.7:
        return [invented_word(rng), invented_word(rng)]
    if r < 0.8:
        words = [invented_word(rng)] + ([invented_word(rng)] if rng.random() < 0.4 else [])
        return words + [rng.choice(_CO_SUFFIXES)]
    if r < 0.87:
        return [rng.choice(_ORG_HEADS + _PLAIN_WORDS)[:3], surname(rng)[-1]]
    if r < 0.94:
        return [surname(rng)[-1] + "s"]
    word = rng.choice((invented_word(rng), surname(rng)[-1]))
    return [word, rng.choice(_INSTITUTION_WORDS)] if rng.random() < 0.5 else [rng.choice(_INSTITUTION_WORDS[:3]), "of", word]


def product(rng: random.Random) -> list[str]:
    """An invented product name ("Chromecast Ultra", "Stadia Pro", "PayWave 3")."""
    head = rng.choice((invented_word(rng), rng.choice(_ORG_HEADS) + rng.choice(_ORG_TAILS).lower()))
    return [head, rng.choice(_PRODUCT_TAILS)] if rng.random() < 0.7 else [head]


def place(rng: random.Random) -> list[str]:
    """An invented place name ("Okonkville", "Port Nakamura"), as small towns and regions are."""
    stems, _ = rng.choice(_SURNAME_PARTS)
    core = rng.choice(stems) + rng.choice(_PLACE_ENDS)
    return [rng.choice(_PLACE_HEADS), core] if rng.random() < 0.3 else [core]


_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
"""Last words of a person's name that stay as written ("Cal Ripken Jr."): they are no surname."""

_SUFFIXES_WRITTEN = ("Jr.", "Jr", "Sr.", "II", "III")
SUFFIX_SHARE = 0.04
"""Share of renamed full names given a "Jr." (CoNLL has three; US news has many, and a name that
loses its "Jr." loses its quotes)."""

ORG_SWAP_SHARE = 0.8
"""Share of a copy's organisations renamed. Why near all: had only people got unseen names, an
unseen capitalised name would come to mean a person (measured: Home Depot, Con Edison read as people).
The originals stay in the training data, so the model still knows the Bundesbank."""
LOC_SWAP_SHARE = 0.25
"""Share of a copy's places renamed: places are mostly known (gazetteer), but small towns are not."""


@dataclass(frozen=True)
class SwapPlan:
    """How much of each type a name-swapped copy renames, and which documents get one."""

    per_share: float = 1.0
    org_share: float = ORG_SWAP_SHARE
    loc_share: float = LOC_SWAP_SHARE
    misc_share: float = 0.0
    """Share of a copy's multi-word MISC spans (events, products, titles) renamed as products."""
    web_orgs: bool = False
    """Whether organisations get the web-news shapes of ``organisation_web``."""
    orgs_copied: bool = False
    """Whether a document naming an organisation but no person is copied too."""


PEOPLE_PLAN = SwapPlan()
"""ner6's swap (session 28): every person renamed, 80 % of organisations; copies of documents naming a person."""
WEB_PLAN = SwapPlan(per_share=0.5, org_share=1.0, loc_share=0.25, misc_share=0.5, web_orgs=True, orgs_copied=True)
"""The balanced swap: unseen words as often organisations (and products) as people. Why: with
people only renamed, the pipeline read unseen organisation and product names ("Showa Denko K.K.",
"Nvidia", "Chromecast Ultra") as people (ner6, session 28). Half of the people keep their names."""
PLANS = {"people": PEOPLE_PLAN, "web": WEB_PLAN}


def _cased(new: list[str], old: list[str]) -> list[str]:
    """``new`` written in ``old``'s case style (ALL-CAPS headlines stay all caps)."""
    if all(t.isupper() and len(t) > 1 for t in old if t[:1].isalpha()) and any(t[:1].isalpha() for t in old):
        return [t.upper() for t in new]
    return new


def swap_doc(doc: list[tuple[list[str], list[str]]], spans: list[list[tuple[int, int, str]]],
             rng: random.Random, plan: SwapPlan = PEOPLE_PLAN) -> list[tuple[list[str], list[str]]]:
    """A copy of ``doc`` (sentences of tokens and IOB labels; ``spans``: each sentence's entity
    chunks) with its people, and most of its organisations and some of its places, renamed consistently through the
    document: a person's surname alone later gets the same new surname (why: the second pass
    reads how a word was tagged elsewhere in the document)."""
    surnames: dict[str, list[str] | None] = {}
    givens: dict[str, list[str]] = {}
    orgs: dict[tuple[str, ...], list[str] | None] = {}
    places: dict[tuple[str, ...], list[str] | None] = {}
    products: dict[tuple[str, ...], list[str] | None] = {}
    suffixed: dict[str, list[str]] = {}
    out = []
    for (toks, labs), chunk in zip(doc, spans):
        new_toks: list[str] = []
        new_labs: list[str] = []
        at = 0
        for s, e, typ in sorted(chunk):
            new_toks += toks[at:s]
            new_labs += labs[at:s]
            old = toks[s:e]
            name: list[str] | None = None
            if typ == "PER":
                tail = old[-1:] if len(old) > 1 and old[-1].lower().rstrip(".") in _NAME_SUFFIXES else []
                old = old[: len(old) - len(tail)]
                key = old[-1].lower()
                if key not in surnames and plan.per_share < 1.0 and rng.random() >= plan.per_share:
                    surnames[key] = None  # this person keeps the name (the rng is not drawn at share 1)
                if key not in surnames:
                    if len(old) == 1 and rng.random() < STAGE_SHARE:
                        surnames[key] = [stage_name(rng)]
                    else:
                        surnames[key] = person(rng, len(old))[1]
                first: list[str] = []
                kept = surnames[key]
                if kept is None:
                    name = None
                    old = old + tail
                elif len(old) > 1:
                    gkey = " ".join(old[:-1]).lower()
                    if gkey not in givens:
                        givens[gkey] = person(rng, len(old))[0]
                    first = givens[gkey]
                if first and key not in suffixed:  # decided once per person, at the first full name
                    suffixed[key] = [rng.choice(_SUFFIXES_WRITTEN)] if rng.random() < SUFFIX_SHARE else []
                if kept is not None:
                    name = first + kept + (tail or (suffixed[key] if first else []))
                    old = old + tail
            elif typ == "ORG":
                okey = tuple(t.lower() for t in old)
                if okey not in orgs:
                    make = organisation_web if plan.web_orgs else organisation
                    orgs[okey] = make(rng) if rng.random() < plan.org_share else None
                name = orgs[okey]
            elif typ == "LOC":
                lkey = tuple(t.lower() for t in old)
                if lkey not in places:
                    places[lkey] = place(rng) if rng.random() < plan.loc_share else None
                name = places[lkey]
            elif typ == "MISC" and plan.misc_share > 0 and len(old) > 1:
                mkey = tuple(t.lower() for t in old)
                if mkey not in products:
                    products[mkey] = product(rng) if rng.random() < plan.misc_share else None
                name = products[mkey]
            name = _cased(name, old) if name else old
            new_toks += name
            new_labs += ["B-" + typ] + ["I-" + typ] * (len(name) - 1)
            at = e
        new_toks += toks[at:]
        new_labs += labs[at:]
        out.append((new_toks, new_labs))
    return out
