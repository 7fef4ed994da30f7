"""Names whose own shape or setting says they name a thing: a storm, a market's measure or bond, a product's
model, a quoted title.

The tagger types "Hurricane Delia" a person (a given name after a capitalised word, as in "Judge
Delia"), "Dow Jones Industrial Average" an organisation (capitalised words ending in a noun) and a
game's or a show's title an organisation or a person wherever the page writes it bare ("Ashes of
Marrow is a triumph"). What each is shows in the name or on the page: a storm is named by its kind
of weather before a given name, an index by the measure its name ends with (both things, dropped with
their short forms), and a work by the quotation marks its page sets its title in once (a review's
headline, "the song 'Midnight Rain'": a medium, listed only where someone's words are put under it).
A name that acts anywhere on the page ("the Nasdaq said", "'Maria' told reporters") stays an agent.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from brief.actors.gender import first_names
from brief.actors.mentions import Mention
from brief.actors.phrasing import is_noun
from brief.text.phrases import phrase_spans

STORM_WORDS = frozenset("Hurricane Typhoon Cyclone Storm Superstorm Tempest Blizzard".split())
"""The kinds of storm a weather service names and the press writes before the name ("Hurricane Ida",
"Typhoon Hagibis", "Storm Ciara", "Tropical Storm Delia"): the name is the storm's, not a person's."""

WEATHER_WORDS = frozenset("rain rainfall winds gusts flooding floods flooded snow snowfall landfall forecasters forecast "
                          "downpours blizzard hail tornado".split())
"""What a storm's page writes of its weather when it never calls it "the storm" ("Storm Elvira flooded the town ...
the rain, forecasters said"): a profile of someone named Storm has not two of these."""
MIN_WEATHER_WORDS = 2
"""Weather words a page must write for a storm's name before it to be a storm's when "storm" is never written lower case."""

MEASURE_HEADS = frozenset("Index Indices Indexes Average Averages Composite".split())
"""Head nouns of a measure's name ("Dow Jones Industrial Average", "S&P 500 Index", "Nasdaq Composite",
"Consumer Price Index"): a number a market or an agency reports, never who acts; a body's name ends in
a word for people or for an institution (``thinghood.body_shaped``)."""

BOND_NAMES = frozenset("Treasuries Bunds Gilts JGBs BTPs OATs Bonos".split())
"""Government bonds the markets press names by their issuer, in the plural ("Treasuries fell with European
debt", "Bunds rallied"): securities whose price moves, never the finance ministry that sells them (which
is written in the singular, "the Treasury said")."""

VESSEL_PREFIXES = frozenset("MV RMS HMS USS INS HMCS HMAS HMNZS".split())
"""The letters written before a ship's name ("MV Lord of Carrick", "HMS Duncan", "USS Ford"): a vessel, which
sails and breaks down but never speaks; the owner or the navy does ("the company said" is not the ship's). Not
"MS", which is a person's initials too ("MS Dhoni")."""
_VESSEL_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(VESSEL_PREFIXES))})\s+$")
"""A ship's letters right before a name the tagger cut them from ("MV [Lord of Carrick]")."""
VESSEL_REACH = 7
"""Characters read before a name for a ship's letters: the letters and their space."""

_MODEL_CODE = re.compile(r"[A-Z]|[A-Z]{0,2}\d{1,4}[A-Za-z]{0,2}")
"""The code that makes a common noun a product's model name ("Model Y", "Model 3", "Galaxy S24", "Pixel 8a"):
a capital alone, or a number with letters about it."""
_MODEL_AFTER = re.compile(rf"[ \t]+(?:{_MODEL_CODE.pattern})\b")
"""A model's code after a common noun the tagger typed alone ("Model | S")."""

# Plural nouns of made things and works, before a list of names ("skis like the Mordecai and Magnum Opus",
# ``thinghood``) or counted in a page's title ("The 7 best budgeting apps"): what each name listed is. Not
# "companies", "platforms" or "places", which name agents and places, which other rules type.
LISTED_KINDS = ("skis|snowboards|bikes|cars|trucks|vehicles|models|phones|smartphones|laptops|tablets|computers|"
                "cameras|headsets|consoles|devices|gadgets|watches|shoes|sneakers|shirts|games|titles|movies|films|"
                "shows|series|books|novels|albums|songs|tracks|dishes|drinks|cocktails|wines|beers|drugs|medicines|"
                "vaccines")
# A title that counts things of a kind: "The 7 best budgeting apps of 2024", "10 games to play this
# summer", "Five cheap laptops we love" (up to three words between the number and the noun); apps and tools
# too, which a list in prose ("apps like TikTok") names with the companies that make them.
_COUNTED_TITLE = re.compile(rf"\b(?:\d{{1,3}}|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\s+"
                            rf"(?:[\w'’-]+\s+){{0,3}}(?:{LISTED_KINDS}|apps|tools|podcasts|browsers|extensions|plugins|toys|gifts)\b", re.I)
# A line holding a number and the name alone, as a ranked list's entry is set ("2. Tallyo", "3) Tallyo:
# best for couples"): the name is one of the things the title counts.
_RANKED_LINE = r"(?m)^[ \t]*\d{{1,3}}[.):][ \t]*{name}[ \t]*(?:[:–—-][^\n]*)?$"


def ranked_items(text: str, title: str, by_name: dict[tuple[str, str], list[Mention]],
                 acts: Callable[[str, int, int], bool]) -> set[str]:
    """The names a page whose ``title`` counts things ("The 7 best budgeting apps") sets as a numbered
    entry of its list, that never act: media, listed only where someone's words are put under them. A
    list of people ("The 10 most powerful people in tech") counts no kind of thing, so keeps its names."""
    if not title or not _COUNTED_TITLE.search(title):
        return set()
    return {name for (name, _), ms in by_name.items()
            if re.search(_RANKED_LINE.format(name=re.escape(name)), text) and _never_acts(text, name, ms, acts)}


# A quotation holding nothing but the name (an article before it allowed, a comma or a full stop inside
# the closing mark as American style sets it): "Review: 'Ashes of Marrow' is ...", "the song “Midnight
# Rain”". A quoted title holding more words ("'Kestra Rising'") is another name's, not this one's.
_OPEN_BEFORE = re.compile(r"(?:^|[\s(\[:—–-])[“‘\"'](?:The\s+|A\s+|An\s+)?$")
_CLOSE_AFTER = re.compile(r"^[,.!?]?[”’\"'](?![\w])")
QUOTE_REACH = 6
"""Characters read before a name for its opening mark: the mark and "The "."""


def _quoted_alone(text: str, start: int, end: int) -> bool:
    """ "'Ashes of Marrow'": the name is the whole of a quotation, as a work's title is set."""
    return bool(_OPEN_BEFORE.search(text, max(0, start - QUOTE_REACH), start) and _CLOSE_AFTER.match(text[end : end + 3]))


def _quoted_title(name: str, kind: str, spans: Sequence[tuple[int, int]], text: str) -> bool:
    """A title the page sets in quotation marks at least once. Not a one-word person's name, which a
    page quotes as a pseudonym ("'Maria', who asked that her surname not be used") or a nickname."""
    if kind == "person" and " " not in name:
        return False
    return any(_quoted_alone(text, s, e) for s, e in spans)


def _storms_name(word: str) -> bool:
    """ "Delia", "Ida", "Hagibis": a given name or a word no dictionary holds, as storms are named; not a
    body's common noun ("National Hurricane Center", "Storm Water Authority")."""
    return word[:1].isupper() and (word in first_names() or not is_noun(word.lower()))


# A storm's kind written right before a name the tagger cut short ("Hurricane [Delia]").
_STORM_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(STORM_WORDS))})\s+$")
STORM_REACH = 15
"""Characters read before a name for the storm's kind: one word and its space."""


def _shaped_as_thing(name: str, kind: str, spans: Sequence[tuple[int, int]], text: str, prose: frozenset[str]) -> bool:
    """ "Hurricane Delia", "Tropical Storm Delia", "Dow Jones Industrial Average", "Treasuries", "MV Lord of
    Carrick", "Model Y": a storm's, a measure's, a bond's, a ship's or a product model's name by its own words (a
    word of the kind right before the storm's name, in the name or before it; a measure's head noun last). A storm's
    page also writes its kind as a common noun ("a Category 2 storm", "the hurricane", in ``prose``) or its
    weather; a profile of someone named Storm or Tempest need not."""
    if kind == "place":
        return False
    words = name.split()
    if name in BOND_NAMES or len(words) > 1 and words[-1] in MEASURE_HEADS:
        return True
    if _ship(words, spans, text) or _product_model(words, kind, spans, text):
        return True
    kind_before = len(words) > 1 and words[-2] in STORM_WORDS or any(
        _STORM_BEFORE.search(text, max(0, s - STORM_REACH), s) for s, _ in spans)
    return kind_before and _storms_name(words[-1]) and (any(w.lower() in prose for w in STORM_WORDS) or len(WEATHER_WORDS & prose) >= MIN_WEATHER_WORDS)


def _ship(words: Sequence[str], spans: Sequence[tuple[int, int]], text: str) -> bool:
    """ "MV Lord of Carrick", "the MV | Lord of Carrick": a ship by its letters, in the name or before it at every
    writing (the tagger may cut them off)."""
    return (len(words) > 1 and words[0] in VESSEL_PREFIXES
            or bool(spans) and all(_VESSEL_BEFORE.search(text, max(0, s - VESSEL_REACH), s) for s, _ in spans))


def _product_model(words: Sequence[str], kind: str, spans: Sequence[tuple[int, int]], text: str) -> bool:
    """ "Model Y", "Galaxy S24", "Pixel 8": a common noun and a model's code; or the noun alone where every writing
    has its code after it ("Model | S", the tagger leaving the code out), unless the tagger read a person (a given
    name before an initial, "Victor | N. Burton")."""
    if not is_noun(words[0].lower()):
        return False
    if len(words) == 2:
        return _MODEL_CODE.fullmatch(words[1]) is not None
    return (len(words) == 1 and kind != "person" and bool(spans)
            and all(_MODEL_AFTER.match(text, end) for _, end in spans))


def _never_acts(text: str, name: str, ms: list[Mention], acts: Callable[[str, int, int], bool]) -> bool:
    """No role, kin word or pronoun of its own, and no writing of the name as who acts ("X said")."""
    return (not any(m.role or m.kin or m.pronoun for m in ms)
            and not any(acts(text, s, e) for s, e in phrase_spans(text, name)))


def storms_and_measures(text: str, by_name: dict[tuple[str, str], list[Mention]],
                        acts: Callable[[str, int, int], bool], prose: frozenset[str]) -> set[str]:
    """The names shaped as a storm's or a measure's (``_shaped_as_thing``; ``prose``: the words the page
    writes in lower case) that never act (``acts``: "X said", "according to X"), and a storm's name written
    alone ("Delia is expected to ...") where it never acts: things."""
    out = {name for (name, kind), ms in by_name.items()
           if _shaped_as_thing(name, kind, list(phrase_spans(text, name)), text, prose)
           and _never_acts(text, name, ms, acts)}
    # the storm's own name written alone ("Delia is expected to make landfall"), where it never acts
    alone = {name.split()[-1] for name in out if name.split()[-1] not in MEASURE_HEADS}
    return out | {name for (name, _), ms in by_name.items() if name in alone and _never_acts(text, name, ms, acts)}


def quoted_titles(text: str, by_name: dict[tuple[str, str], list[Mention]],
                  acts: Callable[[str, int, int], bool]) -> set[str]:
    """The names the page sets once as a whole quotation (``_quoted_title``) that never act: media,
    listed only where someone's words are put under them (a name quoted as a nickname or a slogan
    can still be who speaks, by a cue the tagger reads another way)."""
    return {name for (name, kind), ms in by_name.items()
            if _quoted_title(name, kind, list(phrase_spans(text, name)), text) and _never_acts(text, name, ms, acts)}


def last_words_of(media: set[str], by_name: dict[tuple[str, str], list[Mention]], text: str,
                  acts: Callable[[str, int, int], bool]) -> set[tuple[str, str]]:
    """The one-word names that end a name of several words the page speaks of as a thing (``media``: "the
    Pixel Fold" ... "The Fold runs Android 13", "the Kindle Paperwhite" ... "the Paperwhite"), that never
    act: the thing's short form, as a person's surname is the person's. Not a place ("Bay" of "the Bay Area
    app"), and not the first word, which is often the maker's ("Apple" of "the Apple Pencil")."""
    ends = {name.split()[-1] for name in media if " " in name}
    return {(name, kind) for (name, kind), ms in by_name.items()
            if name in ends and kind != "place" and _never_acts(text, name, ms, acts)}


# A name and a technology's initials joined in one list: "with Dolby Atmos and HDR support", "HDMI, Dolby Vision
# or USB", "VR, Quest Link and ...". Each member of such a list is what the initials are, a feature or a standard:
# a body listed beside "HDR" would be named with other bodies, a person with people.
_JOINED_TERM_AFTER = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)([A-Za-z][\w.+-]*)")
_JOINED_TERM_BEFORE = re.compile(r"(?<![\w.+-])([A-Za-z][\w.+-]*)(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)$")
JOIN_REACH = 20
"""Characters read before a name for the term and the comma or "and" that join it to the name."""


def listed_with_terms(text: str, spans: Sequence[tuple[int, int]], term: Callable[[str], bool]) -> bool:
    """Whether one writing of the name is joined by a comma, "and" or "or" to a technology's initials
    (``term``: tech_terms.technical_term) right before or after it."""
    for start, end in spans:
        after = _JOINED_TERM_AFTER.match(text, end)
        before = _JOINED_TERM_BEFORE.search(text, max(0, start - JOIN_REACH), start)
        if after and term(after.group(1)) or before and term(before.group(1)):
            return True
    return False


CRAFT_ENDINGS = frozenset("Telescope Rover Probe Lander Orbiter Spacecraft".split())
"""Last words of a craft's name ("James Webb Space Telescope", "Perseverance Rover"): a thing, however named."""
_CRAFT_FILLERS = frozenset("Space Solar Deep Mars Lunar".split())
"""Words of a craft's name that say where it works, never its short form ("Space" of "Hubble Space Telescope")."""


def craft_short_names(by_name: dict[tuple[str, str], list[Mention]], text: str,
                      acts: Callable[[str, int, int], bool]) -> set[tuple[str, str]]:
    """The one-word names that are a word of a craft's name ("Webb" of "the James Webb Space Telescope",
    "Hubble" of "the Hubble Space Telescope") and never act: the craft's short form ("Webb observed the
    planet"), no person's surname, though a person gave it. Its possessive is a craft's too ("Webb's
    instruments"), no sign of a body that employs."""
    words = {w for name, _ in by_name if " " in name and name.split()[-1] in CRAFT_ENDINGS
             for w in name.split()[:-1] if w not in _CRAFT_FILLERS}
    return {(name, kind) for (name, kind), ms in by_name.items()
            if name in words and kind != "place" and not any(m.role or m.kin or m.pronoun for m in ms)
            and not any(acts(text, s, e) and text[e : e + 2] not in ("'s", "’s") for s, e in phrase_spans(text, name))}
