"""Entity mentions in an article: who and what is named where, with the roles the text gives.

The tagger finds names; this module turns its labels into mentions with character offsets,
maps demonyms ("Israeli troops") to their country, drops what is not an actor (dates, weekdays,
sentence-initial common words) and gives each person the title written beside the name
(``roles.read_role``).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from brief.actors import (
    area_words,
    courtesies,
    devolved_bodies,
    kinds,
    line_openings,
    mention_context,
    name_words,
    national_forces,
    opening_words,
    possessive_firms,
    spaced_initials,
    staff_firms,
    word_case,
    writers,
)
from brief.actors.bilou import entities
from brief.actors.body_endings import ORGANIZATION_ENDINGS, ending_alone_left, plural_ending_alone
from brief.actors.chamber_names import chamber_words
from brief.actors.company_things import with_company_things
from brief.actors.country_bodies import country_body
from brief.actors.demonym_bodies import bare_demonym_body
from brief.actors.gazetteer import MONTHS_DAYS, demonym_country, is_country, phrase_table
from brief.actors.gender import first_names
from brief.actors.kin_words import KIN_BEFORE as _KIN_BEFORE
from brief.actors.known_names import (
    CLAUSE_OPENERS,
    KINDS,
    capital_run,
    club_word,
    common_word,
    is_name,
    known_names,
    maker,
    untagged_repeats,
)
from brief.actors.mention_context import CONTEXT_AFTER
from brief.actors.ner import tag_sentences
from brief.actors.office_owners import with_office_owners
from brief.actors.opening_names import opening_names
from brief.actors.page_headlines import headline_lines, in_teaser, is_title
from brief.actors.people_openings import people_plural_alone
from brief.actors.place_context import firm_named
from brief.actors.plural_bodies import plural_body
from brief.actors.plural_openings import opening_common_plural
from brief.actors.product_signs import named_as_thing, ship_name
from brief.actors.reporting_forms import reporting_form
from brief.actors.roles import HONORIFICS, read_role
from brief.actors.source_words import GROUP
from brief.actors.tagged_spans import NICKNAMED, glue_demonyms, join_split_names, mended
from brief.actors.word_case import day_paper, named_day, opening_verb, plain_word, shouted_common_tail, written_within
from brief.model import Article, Sentence
from brief.text.lexicon import PERSON_TITLES
from brief.text.tokens import token_spans

_COUNTRY_ALIASES = {
    "US": "United States", "U.S.": "United States", "USA": "United States", "U.S.A.": "United States",
    "America": "United States", "the United States": "United States", "UK": "United Kingdom",
    "U.K.": "United Kingdom", "Britain": "United Kingdom", "Great Britain": "United Kingdom",
    "UN": "United Nations", "U.N.": "United Nations", "EU": "European Union", "E.U.": "European Union",
}


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    """A name in the text: where it stands, what kind it is, and the role written beside it."""

    article: int
    sentence: int
    start: int
    end: int
    name: str  # the name as normalised for grouping ("Blinken", "United States")
    surface: str  # the text as written
    kind: str  # person / organization / place
    role: str = ""
    demonym: bool = False
    after: str = ""  # the word before the name, lower-cased ("in" Kuala Lumpur)
    medium: bool = False  # a platform, product or work ("on Twitter", "the Android app", "the film X")
    kin: bool = False  # introduced as someone's relative ("his wife, Mary Brel")
    thing: bool = False  # the text says it is a thing ("Aguachile is usually a ... dish")
    headline: bool = False  # in the page's own headline or dek, its first line ("... plea to Boris Johnson to ...")
    writer: bool = False  # the page's own writer ("Our correspondent X", "X can be reached at"): no actor, wherever named
    pronoun: str = ""  # "he"/"she" said of the name right after it ("Anderson said he"): its gender, as written


# A generation written after a surname ("Jr.", ", Sr"): not part of the name that "Kennedy" alone stands
# for (group 1 says which). Not a regnal numeral ("John Paul II"), which is part of a name.
GENERATION = re.compile(r"(?<=[a-z])(?:,\s*|\s+)(Jr|Sr|Jnr|Snr)\.?$")


def normalise(name: str) -> str:
    """One spelling per name: curly apostrophes, possessives, leading articles and spacing folded."""
    name = name.replace("’", "'").strip(" \"'“”‘’.,;:()[]")
    name = re.sub(r"\s+", " ", name)
    name = re.sub(r"(?:'s|')$", "", name).strip()
    name = re.sub(r"^(?:the|The) ", "", name)
    name = GENERATION.sub("", name)  # "James P. Kennedy Jr.": "Kennedy" is his surname, not "Jr"
    # "U.S." lost its last full stop to the strip above: "U.S" is the United States too
    return _COUNTRY_ALIASES.get(name, _COUNTRY_ALIASES.get(f"{name}.", name))


def tokenize(article: Article, sentences: tuple[Sentence, ...]) -> list[list[Token]]:
    """Each sentence's tokens with offsets into the article text."""
    out = []
    for s in sentences:
        out.append([Token(s.text[a:b], s.start + a, s.start + b) for a, b in token_spans(s.text)])
    return out


def _lowercase_vocabulary(texts: list[list[str]]) -> set[str]:
    return {word for words in texts for word in words if word.islower()}


def find_mentions(article: Article, sentences: tuple[Sentence, ...]) -> list[Mention]:
    """Every actor-like mention in the article, in text order."""
    heads = [(a, b) for a, b in headline_lines(article.text, sentences) if not is_title(article.text[a:b], article.title)]
    if heads:  # the sentence splitter leaves headlines out; their names are the story's subject
        sentences = (*(Sentence(article.id, sentences[0].index, a, b, article.text[a:b]) for a, b in heads), *sentences)
    tokens = tokenize(article, sentences)
    texts = [[t.text for t in sent] for sent in tokens]  # each sentence's words, read by every step below
    labels = tag_sentences(texts)
    lowercase = _lowercase_vocabulary(texts)
    mentions: list[Mention] = []
    found = join_split_names(texts, [list(entities(words, tags)) for words, tags in zip(texts, labels)])  # "Lust | for | Youth"
    glued = [glue_demonyms(article.text, words, spans) for words, spans in zip(texts, found)]
    # the title counts as one opening where the sentences leave it out (a text file's first line is one of them)
    title = "" if any(is_title(s.text, article.title) for s in sentences) else article.title
    found = with_company_things(texts, opening_names(texts, [mended(words, spans) for words, (spans, _) in zip(texts, glued)], lowercase, title), lowercase)
    found = with_office_owners(texts, found)  # "The Information Commissioner's Office" tagged "Office"
    known = known_names(tokens, found, lowercase, article.text, article.title)

    def plain(word: str) -> bool:
        return plain_word(word, lowercase)

    for s_index, (sent, tags) in enumerate(zip(tokens, labels)):
        if in_teaser(article.text, sentences[s_index]):
            continue
        words = texts[s_index]
        covered: set[int] = set()
        named_with = glued[s_index][1]
        for a, b, label in found[s_index]:
            if demonym_country(" ".join(words[a:b])):
                continue  # "Philippine" tagged as a name: the country, through the demonym below
            covered.update(range(a, b))
            if label == NICKNAMED:
                mentions.append(_nicknamed_person(article, sentences[s_index].index, sent, a, b))
                continue
            if (label not in KINDS or club_word(words[a:b], label, known)) and not (b < len(sent) and capital_run(sent, b, covered)):
                label = known.get(tuple(words[a:b]), label)  # "for OpenAI" read as a misc. name: named elsewhere
            mention = _entity_mention(article, sentences[s_index].index, sent, a, b, label, lowercase, words)
            made_by = maker(words, a, b, known) if mention is None else 0
            if made_by:  # "the Nvidia GeForce RTX 3080": no actor, but its maker is named
                mention = _entity_mention(article, sentences[s_index].index, sent, a, a + made_by, "ORG", lowercase, words)
            if mention:
                mentions.append(mention)
        mentions.extend(_courtesy_names(article, sentences[s_index].index, sent, covered))
        for a, b, label in [*untagged_repeats(sent, covered, known),
                            *((a, b, "ORG") for a, b in staff_firms.staff_houses(words, covered, plain))]:
            covered.update(range(a, b))  # a name written before, untagged; "Barclays economists": the bank
            mention = _entity_mention(article, sentences[s_index].index, sent, a, b, label, lowercase, words)
            if mention:
                mentions.append(mention)
        for i, token in enumerate(sent):
            if not token.text[:1].isupper() or i in covered and labels_type(tags[i]) not in ("MISC", ""):
                continue  # demonyms are capitalised
            if i in named_with:
                continue  # "Japanese" of the "Japanese Red Cross Kobe Hospital": part of its name
            first = i
            country = None
            if i > 0 and (i - 1 not in covered or labels_type(tags[i - 1]) in ("MISC", "")):
                country = demonym_country(f"{sent[i - 1].text} {token.text}")  # "South Korean", not "Korean"
                first = i - 1
            if country is None:
                country, first = demonym_country(token.text), i
            force = (national_forces.force_after(words, i) or devolved_bodies.body_after(words, i)) if country else 0
            if force:  # "The Nigerian Army admitted": the army named as a body, its own voice
                end = sent[i + force].end
                mentions.append(Mention(article.id, sentences[s_index].index, sent[first].start, end,
                                        devolved_bodies.proper(normalise(article.text[sent[first].start : end])),
                                        article.text[sent[first].start : end], "organization"))
                covered.update(range(first, i + force + 1))
            elif country:  # "American said" after "American Airlines": the airline (``demonym_bodies``)
                surface = article.text[sent[first].start : token.end]
                body = bare_demonym_body(words, i, known) if first == i else None
                mentions.append(Mention(article.id, sentences[s_index].index, sent[first].start, token.end,
                                        normalise(body), surface, "organization") if body else
                                Mention(article.id, sentences[s_index].index, sent[first].start, token.end,
                                        country, surface, "place", demonym=True))
    if heads:
        mentions = [dataclasses.replace(m, headline=True) if m.end <= heads[-1][1] else m for m in mentions]
    return mentions


def _nicknamed_person(article: Article, sentence: int, sent: list[Token], a: int, b: int) -> Mention:
    """The person `Renaldo “Peewee” Gilkes`, named Renaldo Gilkes (the nickname is how, not who)."""
    surface = article.text[sent[a].start : sent[b - 1].end]
    before = sent[a - 1].text.lower() if a > 0 else ""
    return Mention(article.id, sentence, sent[a].start, sent[b - 1].end, normalise(f"{sent[a].text} {sent[b - 1].text}"),
                   surface, "person", read_role(article.text, sent, a, b), after=before)


_PARTICLES = frozenset("de des du della di da van von der den ter bin binti bint ibn al el la le dela delos".split())
_NAME_PARTICLES = _PARTICLES | frozenset("del dos das do y e ben st ten".split())
"""Lower-case words a person's name may hold ("Bill de Blasio", "Juan del Castillo", "Erik ten Hag"): any other
lower-case word in a span tagged as one person is a verb or a link between two names."""
_COURTESIES = frozenset("mr mrs ms miss dr prof".split())


def _courtesy_names(article: Article, sentence: int, sent: list[Token], covered: set[int]) -> list[Mention]:
    """ "Soon after Ms. Price was elected": a capitalised word after a courtesy title is a person's
    name, even one the tagger read as a common word ("Price", "Green")."""
    out = []
    for i, token in enumerate(sent[:-1]):
        if token.text.lower().rstrip(".") not in _COURTESIES or i + 1 in covered:
            continue
        j = i + 1
        while j < len(sent) and j not in covered and sent[j].text[:1].isupper() and sent[j].text.replace("-", "").isalpha():
            j += 1
        if j == i + 1 or sent[j - 1].text.lower() in MONTHS_DAYS:
            continue
        covered.update(range(i + 1, j))
        start, end = sent[i + 1].start, sent[j - 1].end
        surface = article.text[start:end]
        out.append(Mention(article.id, sentence, start, end, normalise(surface), surface, "person", after=token.text.lower()))
    return out


def texts_of(sent: list[Token]) -> list[str]:
    """A sentence's tokens as written."""
    return [t.text for t in sent]


def labels_type(label: str) -> str:
    return label.split("-", 1)[1] if "-" in label else ""


def _entity_mention(
    article: Article, sentence: int, sent: list[Token], a: int, b: int, label: str, lowercase: set[str],
    written: list[str] | None = None) -> Mention | None:  # written: the sentence's words (texts_of), when known
    words = (written := written if written is not None else texts_of(sent))[a:b]  # read by the tests below
    before = article.text[max(0, sent[a].start - 12) : sent[a].start]
    if label not in KINDS and not (label == "MISC" and chamber_words(words, before)):
        return None
    while words and words[-1] in ("'s", "’s", "'", "’", ".", ","):  # a trailing possessive or mark: not the name's
        words.pop()
        b -= 1
    def word_after() -> str:
        return sent[b].text if b < len(sent) else ""

    while shouted_common_tail(words, word_after(), lowercase):
        words.pop()  # "UK INSTITUTES have thrown their weight": the lead-in's capitals, not a name's
        b -= 1
    after = word_after()
    if word_case.shouted_lead(written, a, b, lowercase):
        return None  # "A GRIEVING mum has blasted": a tabloid's capitals
    if named_day(words, after, lowercase) or name_words.genre_alone(words, after):
        return None  # "Black Friday", "Cyber Monday": a day, the tagger kept its first word only; "Pop star X": a genre
    a, words, label = day_paper(texts_of(sent), a, words, label)  # "the Sunday | Courier": the paper, its day too
    if name_words.currency_before_amount(words, after) or name_words.clock_words(words):
        return None  # "pay Rs 300": an amount; "at 09:10 AM EST": a time
    # A capitalised common word glued to a name at a sentence start ("Despite Blinken") is not part of it.
    while (len(words) > 1 and opening_words.opens_sentence(written, a)
           and (common_word(words[0], lowercase) and not opening_words.opens_common_name(words, lowercase)
                or opening_verb(article.text, words))
           and not written_within(article.text, words[0], words[1]) and not country_body(words)
           and not plural_body(words) and not ending_alone_left(words) and words[0] not in area_words.COMPASS_WORDS):
        words.pop(0)  # but "the World Food Program" keeps its common words, and "New York state now has" its "New"
        a += 1
    if opening_words.opens_sentence(written, a) and name_words.trade_before(words):
        words.pop(0)  # "Lender Nationwide said": Nationwide, a lender
        a += 1
    if opening_words.opens_sentence(written, a) and (label == "PER" and plural_ending_alone(words)
                                                           or people_plural_alone(words)
                                                           or opening_common_plural(article.text, words, sent[b - 1].end)):
        return None  # "Games usually seek to ...": the things, as "Paintbucket Games" names one body; "Forecasters said"
    described = name_words.description_words(words)
    words, a = words[described:], a + described  # "San Francisco-based Lumio": Lumio, based where it says
    while len(words) > 1 and words[0].lower() in CLAUSE_OPENERS:
        words.pop(0)  # "Since Taylor", "Hey Twitter" mid-text (a title, a quote): the clause's word, not the name's
        a += 1
    if (len(words) == 1 and a > 0 and plain_word(words[0], lowercase) and opening_words.cut_first_word(sent[a - 1].text)
            and sent[a - 1].text.lower() not in name_words.TRADES | name_words.FORMER_WORDS):  # but "Chipmaker Arm" is Arm
        a -= 1  # "Best Buy" tagged "Buy": a name that is a common word lost the capitalised word before it
        words.insert(0, sent[a].text)
    elif label == "ORG" and len(words) > 1 and plain_word(words[0], lowercase):
        opened = opening_words.left_at_opening(written, a)
        a -= opened  # "Amnesty International Nigeria said" tagged "International Nigeria"; "Friends of | Rivers EU"
        words[:0] = [t.text for t in sent[a : a + opened]]
    while len(words) > 1 and words[0].lower().rstrip(".") in HONORIFICS and not is_country(" ".join(words)):
        words.pop(0)  # "Mr Yeaman" is Yeaman, who may be "Leon Yeaman" elsewhere; "Sri Lanka" stays whole
        a += 1
    if (chamber := chamber_words(words, before)):
        words, a, label = words[chamber:], a + chamber, "PER"  # "in the Lok Sabha | Rahul Gandhi": the office's chamber
    verb = next((i for i, w in enumerate(words) if i > 0 and w.isalpha() and w.islower() and w not in _NAME_PARTICLES), None)
    if label == "PER" and verb is not None:
        b -= len(words) - verb  # "Warren told Stumpf" tagged as one person: the name ends at the verb
        words = words[:verb]
    reported = next((i for i, w in enumerate(words) if i > 0 and reporting_form(w)), None)
    if reported is not None:
        b -= len(words) - reported  # "Trump told the Times" tagged as one body: the name ends at the cue
        words = words[:reported]
    while label == "PER" and b + 1 < len(sent) and sent[b].text in _PARTICLES and sent[b + 1].text[:1].isupper():
        words += [sent[b].text, sent[b + 1].text]  # "Laurence des Cars": the tagger stopped at "des"
        b += 2
    if label == "PER" and len(words) == 1 and a > 0 and name_words.particled_given(sent[a - 1].text):
        a -= 1  # "LeBron | James": the tagger left the given name with a capital inside untagged
        words.insert(0, sent[a].text)
    lead = spaced_initials.initials_before([t.text for t in sent[max(0, a - 4) : a]], words)
    if label != "LOC" and lead:
        a -= lead  # "M | K Stalin", "T K S | Elangovan": the tagger left out the initials
        words = [t.text for t in sent[a : a + lead]] + words
    if spaced_initials.initialled_person(words) or name_words.particled_person(words) and words[1] not in ORGANIZATION_ENDINGS:
        label = "PER"  # "T K S Elangovan", "LeBron James" (tagged a body at a sentence's opening)
    while (label == "ORG" and b + 1 < len(sent) and sent[b].text == "and" and ({"for", "of"} & set(words))
           and sent[b + 1].text[:1].isupper() and plain_word(sent[b + 1].text, lowercase)
           and (b + 2 == len(sent) or not sent[b + 2].text[:1].isupper())):
        words += [sent[b].text, sent[b + 1].text]  # "European Centre for Disease Prevention and Control"
        b += 2
    if ship_name([t.text for t in sent[max(0, a - 2) : a]], words):
        return None  # "HMS Queen Elizabeth", "the USS Carl Vinson": a vessel, no actor
    titled = False
    while courtesies.leading_title(words, label, [t.text for t in sent[max(0, a - 3) : a]]):
        words.pop(0)  # "Supt Peters", "Dr Etienne" (tagged an organisation): the person Peters, Etienne
        a += 1
        titled = True
    if courtesies.post_nominal(words):
        words.pop()  # "Priya Nair MLA" tagged a body: the person, her seat's letters after her name
        b -= 1
        titled = True
    if len(words) == 1 and words[0] in courtesies.POST_NOMINALS and a > 0 and sent[a - 1].text[:1].isupper():
        return None  # "Richard Wright KC" with "KC" tagged a body of its own: the letters after his name
    if titled and "of" in words[2:] and words[-1] != "of":
        b -= len(words) - words.index("of")  # "Det Insp Claire Boyd of West Midlands Police" tagged one body:
        words = words[: words.index("of")]  # the officer, whose force is named after her ("Lord Smith of X" stays)
    if not words or (len(words) == 1 and words[0].lower().rstrip(".") in kinds.HONORIFIC_NAMES):
        return None
    if courtesies.lone_title(words, sent[b].text if b < len(sent) else ""):
        return None  # "Ald." tagged alone before "Brendan Reilly"
    if writers.is_byline(words):
        return None  # "Tribune Staff Reporter": who wrote the page
    if name_words.adherents(words):
        return None  # "Sunni Muslims", "a Maronite Christian": believers, not an actor
    while len(words) > 2 and name_words.headline_verb(words[-1]):
        words.pop()  # "Clean Energy, Lindsey Graham Says": the headline's verb
        b -= 1
    if label == "PER" and name_words.leading_headline_verb(words, written):
        words, a = words[1:], a + 1  # "Hit Piece Exploits Trump Supporter": the headline's verb, then the name
    kind = KINDS[label]
    if name_words.members(words):
        if len(words) == 1:
            return None  # "Labour MPs said" with "MPs" tagged alone: the party's, as "Israeli officials" are Israel's
        kind = GROUP  # "a string of Tory MPs who said": several people described by their title, not a person
    if kind == "place" and b < len(sent) and kinds.team_after_city(article.text, sent[b].text, sent[b].start):
        words.append(sent[b].text)  # "the Boston Celtics", a team where the tagger read the city
        b += 1
        kind = "organization"
    if (not titled and label == "ORG" and a > 0 and sent[a - 1].text.lower() in PERSON_TITLES
            and name_words.title_opens_name(article.text, sent[a - 1].text, words)):
        a -= 1  # "General Electric" tagged "Electric": the company's name opens with a title's word
        words.insert(0, sent[a].text)
    elif a > 0 and sent[a - 1].text.lower() in name_words.BODY_TRADES:
        kind = "organization" if kind == "person" else kind  # "Regulator Ofgem", "drugmaker AstraZeneca": a body
    elif a > 0 and name_words.industry_major(sent[a - 1].text, words):
        kind = "organization" if kind == "person" else kind  # "IT major Infosys": the industry's big company
    elif titled or a > 0 and sent[a - 1].text.lower().rstrip(".") in PERSON_TITLES:
        kind = "person"  # "President Biden" is a person whatever the tagger thought
    before_words = [t.text.lower() for t in sent[max(0, a - 3) : a]]
    street = kinds.street_kind(words, before_words)
    if street is not None and firm_named(before_words):
        street, kind = None, "organization"  # "the developer, Northgate Crescent, said": a firm named for a road
    if street == "":
        return None  # "Road" alone: part of an address the tagger cut
    leading = article.text[max(0, sent[a].start - 40) : sent[a].start]
    if street or kinds.is_constituency(before_words) or kinds.after_age(leading):
        kind = "place"  # "Kingsway Drive"; "the MP for Dunmere North"; "Chad Hull, 37, Bulpitt"
    elif (kind == "place" and len(words) == 2 and words[-1] in kinds.STREET_OR_SURNAME and words[0] in first_names()
          and any(reporting_form(t.text) for t in sent[b : b + 2])):
        kind = "person"  # "its head of product, Mina Park, said": a given name, a surname that names streets too, a cue
    if kinds.quoted_title(article.text, sent[a].start, sent[b - 1].end):
        return None  # the film “Falling Waters”: a work, not an actor
    if kind != "person" and (b < len(sent) and kinds.model_number(sent[b].text)
                             or a > 0 and kinds.product_line_before(sent[a - 1].text)):
        return None  # "RTX 3080", "iPhone SE": a product and its model, not who acts
    if kinds.model_suffix(words, [t.text for t in sent[max(0, a - 2) : a]]):
        return None  # "Nimbus 7 Pro", "Galaxy S24 Ultra": the model's last word, cut from its product's name
    if (kind != "person" and b < len(sent) and sent[b].text.lower() in _PORTFOLIO_HOLDERS
            and all(plain_word(w, lowercase) for w in words)):
        return None  # "International Trade Secretary Liz Truss": the portfolio in her title
    if b < len(sent) and (kind == "person" and sent[b].text.lower() in _GOVERNMENT_WORDS
                          or kind == "organization" and len(words) == 1 and sent[b].text == "administration"):
        b += 1  # "the Biden administration" (either typed): the government, not the man ("a Labour administration": the party's)
        kind = "organization"
    if kind == "place" and b < len(sent) and sent[b].text == _FORCE_AFTER_PLACE and not is_country(" ".join(words)):
        b += 1  # "two Dallas police officers": the city's police force, a body that acts, not the city
        kind = "organization"
    surface = article.text[sent[a].start : sent[b - 1].end]
    name = normalise(surface)
    if kind == "organization" and sent[b - 1].text == _FORCE_AFTER_PLACE:
        name = f"{normalise(article.text[sent[a].start : sent[b - 2].end])} Police"  # as its own name spells it
    if name in METONYMS:
        kind = "organization"  # "the White House said": the institution speaks, not the building
    office = kinds.office_acronym(name, article.text, sent[a].start)  # "CMO", not the ticker of "(NASDAQ: CSCO)"
    if office:
        kind = "person"  # "The CMO told Stephen Donnelly": the office's holder
    if kind == "place" and " " in name and name.split()[-1] in kinds.ORGANIZATION_ENDINGS and (
            tuple(name.split()) not in phrase_table()):
        kind = "organization"  # "Cork University Hospital": a body, though it stands in a town
    if kind == "place" and country_body(name.split()):
        kind = "organization"  # "Cycling Ireland" tagged a place: the national body, named for what it runs
    if not street and kinds.institution_name(name.split()):
        kind = "organization"  # "Musée Guimet", "University of Leeds": never a person nor a place
    elif kind == "person" and not titled and kinds.organization_ending(name):
        kind = "organization"  # "Halvard Foods ... The company said": no person's name ends so (body_endings)
    if kind == "organization":
        name = kinds.strip_corporate(name)  # "Microsoft Corp" is Microsoft
    if (not is_name(name, line_openings.opens_line(written, a), lowercase) or line_openings.verdict(name, word_after())
            or kinds.is_degree(name) or kinds.mixed_script(name)):
        return None  # "Ph.D"; "Веlіzе" spelt with Cyrillic letters; "👋 Hi there"; a fact-check's "FACTS: False."
    if name_words.no_actor_word(name, leading, lambda w: plain_word(w, lowercase)):
        return None  # "Christmas", "Mom", "HAHAHAHA", "Likewise", "thank God": no name of anyone
    if opening_words.opens_sentence(written, a) and name_words.sentence_adverb(name, word_after()):
        return None  # "Ironically, the ..."
    role = read_role(article.text, sent, a, b) if kind == "person" else ""
    role = role or (name if office else "")
    before = sent[a - 1].text.lower() if a > 0 else ""
    if before == "to" and a > 1 and sent[a - 2].text.lower() == "according":
        before = "according to"  # a source cited ("according to National Grid"), not where one goes "to"
    start, end = sent[a].start, sent[b - 1].end
    retyped = mention_context.kind_in_context(article.text, start, end, name, kind, role, titled,
                                              lambda w: plain_word(w, lowercase))
    if retyped is None:
        return None
    kind, role = retyped
    if kind == "organization" and possessive_firms.named_in_possessive(article.text, name):
        name = f"{name}'s"  # "Moody's said": a firm named in the possessive, its "'s" its own
    before_text, after_text = article.text[max(0, start - 40) : start], article.text[end : end + 40]
    further = article.text[end : end + CONTEXT_AFTER]
    medium = kind != "place" and (kinds.product_context(before_text, after_text, kind == "person") or kinds.work_context(before_text, after_text))
    kin = kind == "person" and bool(_KIN_BEFORE.search(article.text[max(0, start - 30) : start]))
    thing = not role and (kinds.defined_as_thing(further) or named_as_thing(before_text, further))
    said = _SAID_PRONOUN.match(after_text) if kind == "person" else None
    writer = kind != "place" and writers.writer_context(article.text[max(0, start - WRITER_REACH) : start], after_text)
    return Mention(article.id, sentence, start, end, name, surface, kind, role, after=before, medium=medium, kin=kin,
                   thing=thing, pronoun=said.group(1).lower() if said else "", writer=writer)


WRITER_REACH = 100
"""Characters before a name read for a credit that lists it ("Reporting by Jane Roe, John Doe and "): a
credit's noun and a few names (writers.CREDITED_NAMES)."""


_SAID_PRONOUN = re.compile(r"\s+(?:said|says|added|told \w+)\s+(he|she)\b")
"""A pronoun right after the name's own speech verb is the name's ("Anderson said he had given up ...")."""


# Titles whose holder is named after a portfolio ("Trade Secretary", "Health Minister").
_PORTFOLIO_HOLDERS = frozenset("secretary minister commissioner czar tsar".split())
_FORCE_AFTER_PLACE = "police"
"""A town's or a state's police, written lower-case after its name ("Dallas police officers", "Kincaid police
said"): the force that acts and speaks, named by its place ("Dallas Police Department"). A country's is
left to the country ("UK police"), which speaks through its forces."""
_GOVERNMENT_WORDS = frozenset({"administration", "government", "cabinet", "campaign"})
# Seats of government that stand for the government in news ("the Kremlin said").
METONYMS = frozenset({"White House", "Kremlin", "Downing Street", "Pentagon", "Elysee", "Élysée", "Blue House", "Zhongnanhai"})
