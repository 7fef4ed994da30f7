"""How much an actor matters to its story: the weights of ``assemble.assemble_actors``' salience.

Salience counts mentions, plus these weights for being named across articles, stating positions
and being named where news names its subject (headline, lead). Set by hand, each with its reason.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from brief.actors.furniture_words import dateline_end
from brief.actors.gazetteer import is_country
from brief.actors.grouping import Group
from brief.actors.groups import GROUP_FACTOR
from brief.actors.likeness_compounds import without_likenesses
from brief.actors.mentions import Mention
from brief.actors.roles import is_role_word
from brief.actors.source_words import GROUP
from brief.actors.word_case import plain_word, prose_lowercase
from brief.text.phrases import has_phrase, phrase_spans

ARTICLE_WEIGHT = 3.0
"""Salience per article that names an actor, counted in mentions (set by hand): named across a
story's articles says more than named often in one."""
POSITION_WEIGHT = 2.0
"""Salience per position an actor states, in mentions (set by hand): who says something is a party.
Fitted on the read golds (bench/salience_fit.py) it came out at 1.25 (A+C 189 -> 190/202, E+dev
217 -> 219/232, each fitted on the other), but on the held-out halves it lost a subject check and
gained none (B 95/111 and F 50/60 unchanged, D 75 -> 74/96), so the hand-set weight stays."""
PLACE_FACTOR = 0.5
"""A place other than a country weighs half (set by hand): a city is where things happen; a country
is usually a party to them. Not a place the story is about (``minor_place``)."""
TITLE_WEIGHT = 8.0
"""What naming an actor in an article's headline adds to its salience, per article: as much as
eight more mentions. The story's subject is often named once in full and then by surname or
description ("the former mayor"), which mentions alone undercount: on the 42 dev pages Andrew
Fahie, in his own headline, ranked 7th, New York 10th, the Wikimedia Foundation 6th; 5 lifted
all three into the top five, and 8 also puts a subject above an official quoted four times
(tests/test_actors_local.py) with the same dev-page checks passing (265/293 at 5 and at 8)."""
LEAD_WEIGHT = 2.0
"""Likewise for being named in an article's first two sentences, where news names its subject."""
DEK_WEIGHT = 2.0
"""Likewise for being named in the page's own headline lines above its first sentence (its <h1> and
dek, ``page_headlines.headline_lines``), per article, beside the title's weight. Not the title's 8: on the
Daily Mail page of the 42 the dek names four people and countries, and at 8 (or 3) its co-subject
Joe Wicks and the United States rise above Liz Truss, whom the blind gold has in the top five; at 2
Boris Johnson (named in it, never in the title) rises from 5th to 4th and no dev-page check drops.
Two-letter names ("US", "UK") are left out, as the title's check leaves them."""
LEAD_OPENER_WEIGHT = 6.0
"""Likewise for opening the lead: the first party named in an article's first sentence, as its subject
(``lead_openers``). Set on the other-sites pages: at 6 and 8 Coty ("Beauty company Coty is breaking out")
rises above two analysts quoted below into the top three, AirAsia above Indonesia in the story of its
crash, and no gold check drops on the 42 dev pages or half C; at 4 nothing moves."""
MAX_OPENER_WORDS = 4
"""Most words before the lead's subject: a short description ("Beauty company", "The Dunmere-based")."""
_NOT_A_DESCRIPTION = frozenset(
    "in on at of from to for with by after before during about over under into near since as than that "
    "is are was were has have had said says will would".split())
"""Words that make what follows them a modifier or an object, not the sentence's subject."""
LEAD_SENTENCES = 2
"""The lead: news names its subject in an article's first two sentences."""


_SMALL_WORDS = frozenset("of the and for de la du von van".split())
"""Words an organisation's initials leave out ("Federal Bureau of Investigation" -> "FBI")."""
_SUFFIXES = frozenset("Jr Sr II III IV".split())
"""What follows a surname ("Patrick W. Carlineo Jr."): a headline names him "Carlineo"."""
MIN_LEAD_NAME_WORDS = 2
"""Shortest name of a body that, named in the headline and the lead, lists it though named once: one
capitalised word in both ("The Bachelor" over a lead on the show) is too often a title or a product,
unless it is no common word (``_lead_name``)."""
MIN_INITIALS = 3
"""Shortest acronym read as an organisation's name in a headline: two letters ("US", "PM") are too often
something else."""


def short_names(group: Group) -> set[str]:
    """The shorter names a headline may use for the actor: a person's surname, which headlines use alone
    ("Saraki ... Drag IGP Idris to Court" over "Bukola Saraki" and "Ibrahim Idris" in the text); an
    organisation's initials ("CPD arrests six" over "the Columbus Police Department")."""
    names: set[str] = set()
    for m in group.mentions:
        words = [w for w in m.name.split() if w.rstrip(".") not in _SUFFIXES]
        if m.demonym or len(words) < 2:
            continue
        if m.kind == "person" and words[-1][:1].isupper():
            names.add(words[-1].rstrip("."))
        elif m.kind == "organization":
            initials = "".join(w[0] for w in words if w.lower() not in _SMALL_WORDS)
            if len(initials) >= MIN_INITIALS and initials.isalpha() and initials.isupper():
                names.add(initials)
    return names


def _names_alone(short: str, title: str) -> bool:
    """A short name in the headline as a name of its own: not the end of a longer one ("Ascom North
    America" is not named by "... in North America"); a title or an acronym may stand before it ("Rep.
    Omar", "IGP Idris")."""
    for start, _ in phrase_spans(title, short):
        before = title[:start].split()
        word = before[-1].strip("'‘“\"(") if before else ""
        if not word[:1].isupper() or word.endswith(".") or word.isupper() or is_role_word(word):
            return True
    return False


def in_other_case(title: str, name: str) -> bool:
    """The headline writes the name in another case, each word still capitalised: "Nasa" over "NASA" in
    the text, a headline set in capitals ("TESLA RECALLS ...")."""
    return any(title[s : s + 1].isupper() for s, _ in phrase_spans(title.casefold(), name.casefold()))


def headlines_naming(group: Group, titles: Mapping[int, str]) -> int:
    """How many of its articles name the actor in their headline (their title): by a name it has in the
    text, or by a short name (``short_names``)."""
    names = list(dict.fromkeys(n for m in group.mentions if not m.demonym for n in (m.name, m.surface) if len(n) > 2))  # each once
    short = [n for n in short_names(group) if len(n) > 2]
    in_title = 0
    for article in {m.article for m in group.mentions}:
        title = without_likenesses(titles.get(article, ""))  # "Super-Earth Found ...": no Earth
        if title and (any(has_phrase(title, n) or in_other_case(title, n) for n in names)
                      or any(_names_alone(n, title) for n in short)):
            in_title += 1
    return in_title


_WHERE = frozenset("to in into from at across for of on near over via through around inside outside".split())
"""Prepositions that make a place in a headline where something happens ("flight to India"), not a party."""


def _acting_place(name: str, title: str) -> bool:
    """A place the headline names as a party ("as Wales punches ticket"), not after a preposition ("a
    flight to India", "launched in France")."""
    for start, _ in phrase_spans(title, name):
        before = title[:start].split()
        if not before or before[-1].lower() not in _WHERE:
            return True
    return False


def headline_subject(group: Group, titles: Mapping[int, str], texts: Mapping[int, str] | None = None) -> bool:
    """Whether an actor named once in the text is worth listing because its headline names it too: a
    person (by name or surname), a country named as a party, or an organisation by its initials ("CPD
    arrests six") or by the name its lead gives it ("Echoes of the past: the Hotel Dunmere ghost walk" over
    "The Dunmere Society leads groups through the Hotel Dunmere"): the headline and the lead agree on
    the subject. Other kinds named once and in the headline are too often the tagger's reading of its
    other capitalised words (a road, a game's title, a city typed as a company) to list on that alone."""
    if group.kind == "person":
        return headlines_naming(group, titles) > 0
    if group.kind == "place" and is_country(group.name):
        return any(_acting_place(n, titles.get(m.article, "")) for m in group.mentions for n in (m.name, m.surface))
    if group.kind != "organization":
        return False
    short = short_names(group)  # once: it reads every mention of the group (per mention, quadratic in them)
    return any(_names_alone(n, titles.get(m.article, "")) for m in group.mentions for n in short) or any(
        m.sentence < LEAD_SENTENCES and _in_title(titles.get(m.article, ""), m.surface)
        for m in group.mentions if not m.demonym and _lead_name(m.surface, (texts or {}).get(m.article)))


def _in_title(title: str, name: str) -> bool:
    return has_phrase(title, name) or in_other_case(title, name)


def _lead_name(surface: str, text: str | None) -> bool:
    """A name in the headline and the lead that says the story is about the body: of several words, or
    one word the article never writes as a common word nor after "the" (a show's or a work's title, "The
    Bachelor", "the Galaxy"), and the tagger's training text mostly capitalises ("Zomato", "Coty"); not two
    letters ("SE" of a phone's model)."""
    words = surface.split()
    if len(words) >= MIN_LEAD_NAME_WORDS:
        return True
    if (text is None or len(words) != 1 or len(words[0]) < MIN_INITIALS or not words[0][:1].isupper()
            or plain_word(words[0], prose_lowercase(text))):
        return False
    return not any(text[max(0, s - 4) : s].lower() == "the " for s, _ in phrase_spans(text, words[0]))


_OWNED = re.compile(r"[’']s\s+((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)")
"""What a name owns, written after its possessive: "Sony's PlayStation VR"."""


def owning_headline_name(group: Group, titles: Mapping[int, str], texts: Mapping[int, str]) -> int:
    """How many of its articles' headlines name what the actor owns, not the actor: "These are the 8
    coolest PlayStation VR games" over "Sony's PlayStation VR is extremely comfortable". The maker of
    the headline's product is a party to the story as the headline's own names are; an actor its
    headline names already is left to ``headlines_naming``."""
    if group.kind == "place" or headlines_naming(group, titles):
        return 0  # "Italy's Amalfi Coast": a region of a country, not its product
    found = 0
    for article in {m.article for m in group.mentions}:
        title, text = titles.get(article, ""), texts.get(article, "")
        owned = (_OWNED.match(text, m.end) for m in group.mentions if m.article == article and not m.demonym)
        if any(match and has_phrase(title, match.group(1)) for match in owned):
            found += 1
    return found


def in_headline(group: Group, titles: Mapping[int, str]) -> bool:
    """Whether any of its articles names the actor in its headline (a story about an outlet)."""
    return headlines_naming(group, titles) > 0


def _opens_sentence(text: str, m: Mention) -> bool:
    """Whether the name is its sentence's subject, read from what stands before it: at most a short
    description ("Beauty company Coty is breaking out"), with no preposition or verb that would make it
    a modifier ("in a heated City Council race") and no comma that would make it a fronted phrase."""
    line = text.rfind("\n", 0, m.start) + 1
    opening = text[min(dateline_end(text, line, m.end), m.start) : m.start]
    words = opening.split()
    return (len(words) <= MAX_OPENER_WORDS and "," not in opening
            and not any(w.lower() in _NOT_A_DESCRIPTION for w in words))


def lead_openers(groups: Sequence[Group], texts: Mapping[int, str]) -> Counter[int]:
    """Per group (by id), how many articles' leads it opens: the party its article's first paragraph
    opens with, as the subject of its first sentence, which is who news writes the story about ("Beauty
    company Coty is breaking out" over analysts quoted below). A place or a demonym is where, not who."""
    first: dict[int, tuple[int, int]] = {}
    for g in groups:
        for m in g.mentions:
            if m.headline or m.demonym or m.kind == "place" or m.sentence != 0:
                continue
            if m.article not in first or m.start < first[m.article][0]:
                first[m.article] = (m.start, id(g) if _opens_sentence(texts.get(m.article, ""), m) else 0)
    return Counter(owner for _, owner in first.values() if owner)


@dataclass(frozen=True)
class Evidence:
    """What an actor's salience is read from: how often and where the story names it. Apart from
    the weights so that ``bench/salience_fit.py`` can record it per actor and try other weights."""

    mentions: int  # named or described
    articles: int  # articles that name it or report its positions
    positions: int  # positions it states
    titles: int  # articles whose headline names it (``headlines_naming``)
    leads: int  # articles whose first two sentences name it
    deks: int  # articles whose headline lines above the text name it
    offices: int  # headlines that name it by its office (``headline.named_by_office``)
    openers: int  # leads it opens as their subject (``lead_openers``)
    owned: int  # headlines naming what it owns (``owning_headline_name``)
    minor_place: bool  # a place other than a country
    group: bool  # a group of people ("analysts")
    written: int = 0  # writings of its headline's name beyond its mentions (``headline_writings``)


def minor_place(group: Group, name: str, titles: int, leads: int, most_named: bool) -> bool:
    """A place other than a country, where things happen, unless the story shows it is about the place:
    named in its headline and its lead ("Cork moves to level 3" over "Cork will move to ..."), or named
    more often than any other actor (a state named 15 times in a story of its coal, its people quoted
    as experts)."""
    return group.kind == "place" and not is_country(name) and not (titles and leads) and not most_named


def evidence(group: Group, name: str, titles: Mapping[int, str], counts: tuple[int, int, int], offices: int,
             openers: int, owned: int, most_named: bool = False, written: int = 0) -> Evidence:
    """The actor's evidence; ``name`` is ``group.name`` (worked out once by the caller: it counts every
    mention's name), ``counts`` are its mentions, articles and positions; ``most_named``: named more
    often than any other actor of its story; ``written``: writings of its headline's name that are not
    its mentions (``headline_writings.unmentioned_writings``)."""
    mentions, articles, positions = counts
    in_titles = headlines_naming(group, titles)
    leads = len({m.article for m in group.mentions if m.sentence < LEAD_SENTENCES and not m.demonym})
    return Evidence(
        mentions, articles, positions,
        titles=in_titles, leads=leads,
        deks=len({m.article for m in group.mentions if m.headline and not m.demonym and len(m.surface) > 2}),
        offices=offices, openers=openers, owned=owned,
        minor_place=minor_place(group, name, in_titles, leads, most_named),
        group=group.kind == GROUP, written=written)


def salience(e: Evidence) -> float:
    """Mentions, articles and positions (halved for a place other than a country, scaled for a group),
    plus the story's framing: named in headlines, in the lead, opening the lead."""
    score = e.mentions + e.written + ARTICLE_WEIGHT * e.articles + POSITION_WEIGHT * e.positions
    if e.minor_place:
        score *= PLACE_FACTOR
    if e.group:
        score *= GROUP_FACTOR
    return (score + TITLE_WEIGHT * (e.titles + e.offices + e.owned) + LEAD_WEIGHT * e.leads + DEK_WEIGHT * e.deks
            + LEAD_OPENER_WEIGHT * e.openers)
