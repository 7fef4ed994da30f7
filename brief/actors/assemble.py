"""The cross-article half of the actors: every article's mentions grouped into actors, ranked by
salience, each with its positions; news outlets kept apart as channels.

A module of its own so that reading one article (``extract.read_article``, cached per article) and
assembling a story's actors from those readings (per story, never cached) are apart.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence

from brief.actors.capital_states import join_capital_states
from brief.actors.compiled_figures import compiled_by
from brief.actors.country_bodies import country_body
from brief.actors.dateline_wires import dateline_wire
from brief.actors.demonym_sides import drop_demonym_sides
from brief.actors.extract import ArticleActors
from brief.actors.gazetteer import phrase_table
from brief.actors.generations_apart import generations_apart
from brief.actors.grouping import Group, group_mentions
from brief.actors.groups import GROUP_OFTEN
from brief.actors.headline import named_by_office
from brief.actors.headline_full_names import headline_full_name
from brief.actors.headline_given_names import join_headline_given_names
from brief.actors.headline_only import headline_only
from brief.actors.headline_writings import WRITTEN_OFTEN, own_titles, unmentioned_writings
from brief.actors.outlet_reference import NEWS_AGENCIES
from brief.actors.personhood import known_place
from brief.actors.plural_holders import plural_line, plural_name
from brief.actors.postal_services import postal_service
from brief.actors.salience import (
    Evidence,
    evidence,
    headline_subject,
    in_headline,
    lead_openers,
    owning_headline_name,
    salience,
)
from brief.actors.setting_places import mere_setting
from brief.actors.short_leads import lead_party, short_articles
from brief.actors.source_words import GROUP
from brief.actors.trade_bodies import trade_body
from brief.actors.unread_full_names import unread_full_name
from brief.actors.voices_after_bodies import voices_after_bodies
from brief.ingest.titles import is_outlet
from brief.model import Actor, Article, Position

MAX_ACTORS = 40
"""Actors listed per story: a long story names a hundred people and places in passing; past the
first forty by salience they are rarely ones a reader looks for. A named party that said something
is one, wherever it ranks (``_listed``)."""
MIN_PREFIX_WORDS = 4
"""A wording that another one begins with is the same position only when it has this many words:
"We will" begins many different things said."""
_MEDIA_NAME = re.compile(
    r"\b(?:News|Press|Radio|Television|TV|Times|Post|Herald|Tribune|Journal|Gazette|Daily|Broadcasting|Mail)\b"
)
_MEDIA_LAST = re.compile(rf"{_MEDIA_NAME.pattern}$")
"""A place the tagger saw in "a Mail on Sunday poll": a name that ends like a paper's is one."""
_PRESS_OFFICE = re.compile(r"\b(?:Press|News|Media)\s+(?:Office|Team|Unit)$")
"""A body's own office for the press ("the Garda Press Office said", "the university's News Office"): it speaks for
the body, and reports no news."""
_MEDIA_CONTEXT = re.compile(
    r"\b(?:news agency|agency|newspaper|daily|broadcaster|television|TV|radio|channel|outlet|news site|"
    r"website|magazine|told|according to|reported by|quoted by|spoke to|spoke with|talked to|speaking to|"
    r"speaking with|talking to|interview with)\s*$",
    re.I,
)

_NEWSROOM_AFTER = re.compile(
    r"\s+(?:has|have|had)\s+(?:learned|learnt|obtained|confirmed|seen|revealed)\b|\s+(?:can|could)\s+(?:exclusively\s+)?"
    r"(?:reveal|confirm|report)\b|\s+(?:understands|exclusively|first)\b"
)
"""What a newsroom says of its own scoop after its name ("Page Six has learned", "The Post can reveal"):
the page's publisher so named is how the story reached us, as in "told Axios"."""


def _publisher_as_channel(group: Group, name: str, texts: Mapping[int, str],
                          sites: Mapping[int, tuple[str, ...]]) -> bool:
    """The page's own publisher named as where someone spoke ("told Axios", "speaking with Kaieteur
    News" on their own sites) or as the newsroom with a scoop ("Page Six has learned"): the channel, never a party. A publisher the text names otherwise is
    the subject of its own release (Rutgers, the Wikimedia Foundation on theirs) and stays one."""
    own = [m for m in group.mentions if is_outlet(name, sites.get(m.article, ())) or is_outlet(m.surface, sites.get(m.article, ()))]
    return bool(own) and all(_MEDIA_CONTEXT.search(texts[m.article][max(0, m.start - 30) : m.start])
                             or _NEWSROOM_AFTER.match(texts[m.article], m.end) for m in own)


def _is_media(group: Group, name: str, texts: Mapping[int, str]) -> bool:
    if name in NEWS_AGENCIES or any(dateline_wire(texts[a], name) for a in {m.article for m in group.mentions}):
        return True  # "New Delhi, Jan 13 (IANS): ...": a wire, though no list holds it
    if any(m.surface in NEWS_AGENCIES for m in group.mentions) and not _named_in_full(group, name):
        return True  # "Bloomberg" alone is the agency; "Michael Bloomberg", then "Bloomberg", is the man;
        # "the Armed Forces of the Philippines (AFP)", then "AFP", the army
    if group.kind == "place" and (_MEDIA_LAST.search(name) or _cited_as_report(group, name, texts)):
        return True
    if group.kind != "organization":
        return False
    if (_MEDIA_NAME.search(name) and not postal_service(name) and not _PRESS_OFFICE.search(name)  # "Canada Post", "Royal Mail": a paper only as cited
            and not trade_body(name)):  # "Alliance of Motion Picture and Television Producers": the trade's body
        return True  # "Middle East News Agency", "The Jerusalem Post"
    hits = sum(1 for m in group.mentions if _MEDIA_CONTEXT.search(texts[m.article][max(0, m.start - 30) : m.start])
               and not _FIELD_AGENCY.search(texts[m.article], max(0, m.start - 30), m.start)
               and not compiled_by(texts[m.article], m)  # "according to Deloitte estimates": the firm's
               and not (_CITED.search(texts[m.article], max(0, m.start - 30), m.start)
                        and (_SOURCE_OF_RECORD.search(name) or country_body(name.split()))))
    return hits > len(group.mentions) / 2


_FIELD_AGENCY = re.compile(r"\b(?!(?:news|press|wire|state|official|national|the|an?|its|their)\b)[a-z]+\s+agency\s*$")
"""An agency of a field, not of news ("Spain's weather agency AEMET", "the space agency", "the environment
agency"): a public body, which ``_MEDIA_CONTEXT``'s "agency" alone would make an outlet."""
_CITED = re.compile(r"\baccording to\s*$", re.I)
_SOURCE_OF_RECORD = re.compile(
    r"\b(?:Police|Department|Ministry|Office|Bureau|Statistics|Council|Court|Commission|Authority|Authorities|"
    r"Institute|University|Bank|Government|Survey|Census|Board|Hospital|Global|Ratings|Analytics|Intelligence|"
    r"Research|Economics|Power|Energy|Grid|Water|Electric|Electricity|Gas|Utilities|Rail|Railways?|Airlines?|Airways|"
    r"Group|Holdings|Ltd|Inc|PLC|Corp|Corporation|Company|Network|Elections|Fire|Rescue|Services?|Administration|"
    r"Agency|Patrol|Sheriff|Guard|Army|Navy|Military|Command|Forces?|Association|Federation|Foundation|Union|"
    r"Organi[sz]ation|Cent(?:er|re)|Lab|Laboratory|Society|Protection|Enforcement|Prevention)\b", re.I)
"""A body cited for a fact ("according to D.C. police", "according to Statistics Canada"): a source of
record, not an outlet, though "according to" also cites papers ("according to TechCrunch"); so is a firm of
ratings or market data ("according to S&P Global", "according to Fitch Ratings"), a utility, carrier or company
whose name says so, counting its own customers or flights ("according to National Grid", "according to Oklahoma
Gas & Electric", "according to American Airlines", "according to Acme Holdings"), an election authority
("according to Elections Ontario"), or a public service, force or association ("according to Cal Fire", "according to
the Coast Guard", "according to the Brewers Association"), and a national body named for its field and its country
("according to Cricket Australia": ``country_body``; an outlet's name says it is one, "Radio Australia")."""


_REPORT_CITED = re.compile(r"\b(?:according to(?: (?:a|an|the) (?:new |recent )?(?:report|story|article) (?:from|by|in))?"
                           r"|reported by)\s*$", re.I)
"""Where a text cites whose reporting it relies on ("According to a report from The Information,", "reported by
Semafor")."""
REPORT_REACH = 40
"""Characters read before a name for ``_REPORT_CITED`` ("according to a recent report from ")."""


def _cited_as_report(group: Group, name: str, texts: Mapping[int, str]) -> bool:
    """A "place" the gazetteer does not know, cited at every mention as the source of a report ("a report from The
    Information", "according to Semafor"): an outlet the tagger took for a place, for a place reports nothing."""
    return not known_place(name) and all(
        _REPORT_CITED.search(texts[m.article], max(0, m.start - REPORT_REACH), m.start) for m in group.mentions)


def _named_in_full(group: Group, name: str) -> bool:
    """A person the text names with a given name and a surname ("Michael Bloomberg"): whose surname
    written alone is his, not the news agency's that shares it. An outlet has no given name. Or a body whose full
    name says it is a public force or service ("Armed Forces of the Philippines", then "AFP"): the agency's initials
    are the body's own there."""
    return len(name.split()) >= 2 and (group.kind == "person" or group.kind == "organization"
                                       and bool(_SOURCE_OF_RECORD.search(name)))


def assemble_actors(articles: Sequence[Article], found: Mapping[int, ArticleActors]) -> tuple[Actor, ...]:
    """The cross-article half: group every article's mentions into actors and rank them.

    ``found`` maps article ids to ``read_article`` results, in article order.
    """
    all_mentions = generations_apart([m for f in found.values() for m in f.mentions])  # "Carlos Sousa Jr." and "... Sr."
    groups = join_headline_given_names(group_mentions(all_mentions),
                                       {a.id: a.title for a in articles})  # "Selena" of a headline's "Selena Marquez"
    speakers = {(m.article, m.start, m.end) for f in found.values() for m, _ in f.positions}
    texts = {a.id: a.text for a in articles}
    groups = join_capital_states(groups, texts, speakers)  # "Washington said": the US
    groups = drop_demonym_sides(groups, texts)  # "the Americans" of two American owners named before: no state
    owner = {(m.article, m.start, m.end): g for g in groups for m in g.mentions}
    positions: dict[int, list[Position]] = {id(g): [] for g in groups}
    described: dict[int, list[str]] = {id(g): [] for g in groups}
    for f in found.values():
        for mention, position in f.positions:
            group = owner.get((mention.article, mention.start, mention.end))
            if group is not None:
                positions[id(group)].append(position)
        for mention, written in f.descriptions:
            group = owner.get((mention.article, mention.start, mention.end))
            if group is not None:
                described[id(group)].append(written)
    titles = {a.id: a.title for a in articles}
    sites = {a.id: a.site for a in articles}
    named = sorted((len(g.mentions) + len(described[id(g)]) for g in groups), reverse=True)
    ranked: list[tuple[tuple[int, int, float, str], Actor]] = []
    by_office = named_by_office(groups, titles)
    openers = lead_openers(groups, texts)
    names: dict[int, set[str]] = {}
    for m in (m for g in groups for m in g.mentions if not m.demonym):
        names.setdefault(m.article, set()).update((m.name, m.surface))
    taken = {g.name for g in groups if " " in g.key}  # the full names listed already
    briefs = short_articles(texts)
    for group in groups:
        # once: it counts every mention's name; "Achterberg" headlined as "Rowan Achterberg": the full name
        name = headline_full_name(group.name, group.kind, sorted({m.article for m in group.mentions}), titles, taken)
        name = unread_full_name(name, group.kind, sorted({m.article for m in group.mentions}), texts, taken)  # a caption's
        channel = _publisher_as_channel(group, name, texts, sites)
        outlet = channel or _is_media(group, name, texts)
        # a story about an outlet has it as its subject, unless it is the page's publisher named as the channel
        media = outlet and (channel or not in_headline(group, titles))
        said = _merge_repeats(sorted(positions[id(group)], key=lambda p: (p.article, p.index)))
        mentions = len(group.mentions) + len(described[id(group)])
        article_ids = tuple(sorted({m.article for m in group.mentions} | {p.article for p in said}))
        owning = owning_headline_name(group, titles, texts)
        unmentioned = unmentioned_writings(group, titles, texts, names)
        headlined = headline_subject(group, titles, texts) or owning > 0 or (
            unmentioned > 0 and mentions + unmentioned >= WRITTEN_OFTEN) or lead_party(group, briefs, texts)
        if not _worth_listing(group, mentions, len(article_ids), len(said), media, headlined):
            continue
        aliases = tuple(dict.fromkeys([*group.aliases, *described[id(group)], *([group.name] if name != group.name else [])]))
        role = "news outlet" if media and not group.role else group.role
        most_named = mentions == named[0] and (len(named) < 2 or named[1] < mentions)
        found_for = evidence(group, name, own_titles(group, titles, names), (mentions, len(article_ids), len(said)), by_office[id(group)],
                             openers[id(group)], owning, most_named, unmentioned)
        kind = "organization" if outlet else titled_kind(group)
        if kind == GROUP and plural_name(name):  # "loggers — claim ...", not "claims"
            said = [dataclasses.replace(p, summary=plural_line(p.summary)) for p in said]
        actor = Actor(name, kind, role, aliases, mentions, article_ids, 0, tuple(said))
        # a place only ever a setting or an adjective ranks after the actors that act, unless its headline names it
        setting = not found_for.titles and mere_setting(group, len(said), texts)
        if setting and not (found_for.leads or found_for.deks or most_named):
            continue  # a place only ever where things happen, named neither first nor most, is no party to the story
        ranked.append(((_tier(group.kind, media, len(said)), int(setting), -salience(found_for), name), actor))
    listed = {n for _, a in ranked for n in (a.name, *a.aliases)}
    for name, kind, article in headline_only(articles, listed):
        found_for = Evidence(1, 1, 0, titles=1, leads=0, deks=0, offices=0, openers=0, owned=0, minor_place=False,
                             group=False)  # named once, in its headline
        ranked.append(((0, 0, -salience(found_for), name), Actor(name, kind, "", (), 1, (article,), 0)))
    ranked.sort(key=lambda item: item[0])
    ranked = voices_after_bodies(ranked)  # "Kirk Roe, a meteorologist with the National Weather Service": after it
    return tuple(dataclasses.replace(a, salience=rank) for rank, (_, a) in enumerate(_listed(ranked), 1))


def _listed(ranked: list[tuple[tuple[int, int, float, str], Actor]]) -> list[tuple[tuple[int, int, float, str], Actor]]:
    """The first ``MAX_ACTORS``, and past them every named party that said something: a long page
    (a transcript, a hearing, a round-up of reactions) quotes more people than the list holds, and
    what a speaker said is what a reader opens the list for; cutting them lost their words with the
    forty names passed in the text kept. Outlets and seldom-heard groups (the later tiers) stay cut."""
    return [*ranked[:MAX_ACTORS], *(item for item in ranked[MAX_ACTORS:] if item[0][0] == 0 and item[1].positions)]


def titled_kind(group: Group) -> str:
    """The actor's kind, where a title settles it: "President Trump" once, then "Trump" ten times, which
    the tagger (trained on 1996 wire copy, where a bare surname was often a firm's) typed an organisation
    and the majority of mentions kept so. A body bears no personal title: a name the text gives one is
    a person's, in all its mentions (one name, one sense in a story)."""
    if group.kind == "organization" and any(m.kind == "person" and m.role and not m.demonym for m in group.mentions):
        return "person"
    return group.kind


def _tier(kind: str, media: bool, positions: int) -> int:
    """Actors are ranked in tiers, each by salience: the named parties, then the outlets that
    reported (the channel, not a party), then groups that spoke less than ``GROUP_OFTEN`` times
    ("two loggers", "analysts": voices in the story, listed if room is left)."""
    if kind == GROUP and positions < GROUP_OFTEN:
        return 2
    return int(media)


def _merge_repeats(said: list[Position]) -> list[Position]:
    """One position per thing said, citing every article that reports it: articles of one story
    repeat the same quote ("We have no part in this tension" [3][4][5]). The fullest wording is
    kept; a wording that another one begins with is the same position cut shorter. A quotation is
    keyed by its words alone: a page that repeats it (a standfirst or pull quote, then the body) may
    cue it "says" once and "adds" the next time, and those are one thing said. Reported speech keeps
    its cue in the key ("denies it settled" is not "says it settled")."""
    keys = [" ".join(re.findall(r"\w+", (p.text if p.quote else p.summary).casefold())) for p in said]
    groups: list[list[int]] = []
    root = ""
    for i in sorted(range(len(said)), key=lambda i: (keys[i], i)):  # a wording sorts before its longer forms
        key = keys[i]
        if groups and (key == root or (len(root.split()) >= MIN_PREFIX_WORDS and key.startswith(root + " "))):
            groups[-1].append(i)
        else:
            groups.append([i])
            root = key
    kept: dict[int, Position] = {}
    for group in groups:
        best = max(group, key=lambda i: (len(keys[i]), -i))
        others = sorted({said[i].article for i in group} - {said[best].article})
        kept[best] = dataclasses.replace(said[best], also=tuple(others))
    return [kept[i] for i in sorted(kept)]  # ``said``'s order: by article and sentence, then as found


def _region(name: str) -> bool:
    """A continent or region of the gazetteer ("Asia", "Europe"), not a country."""
    return phrase_table().get(tuple(name.split())) == "PLACE"


def _worth_listing(group: Group, mentions: int, articles: int, positions: int, media: bool, headlined: bool) -> bool:
    """One passing mention is noise; what is named twice, in two articles, in a headline or says something
    counts: the story's subject is often named once in the text and once in its headline ("Saraki ... Drag
    IGP Idris to Court" over "the Inspector-General of Police, Ibrahim Idris").
    A news outlet counts only for what it reports: the page's publisher or an outlet someone spoke
    to is how the story reached us, not a party to it."""
    if all(m.demonym for m in group.mentions) and (mentions < 2 or _region(group.key)) and not positions:
        return False  # one "Israeli" in passing; "Asian women": a continent as an origin, not a party
    if 2 * sum(m.medium for m in group.mentions) >= len(group.mentions) and not positions:
        return False  # "posted on Twitter", "the Android app": a medium or a product, not a party
    if media:
        return positions > 0  # "told KXAN", "join The Haitian Times": the channel, unless it reports something
    return positions > 0 or mentions >= 2 or articles >= 2 or headlined
