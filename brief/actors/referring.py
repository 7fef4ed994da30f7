"""Descriptions that refer back to someone already named: "the former mayor" and "the Prime
Minister" to the one person named with that title, "the trust" to "the Citizens' Independent
Transportation Trust". A story's subject is often named once in full, then so: each such
description counts as a mention of them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from brief.actors.admitted_callings import admitted_calling
from brief.actors.body_kinds import COMPANY_NOUNS, governs
from brief.actors.body_reference import (
    DESCRIBED_KINDS,
    body_of_kind,
    body_referred,
    company_followed,
    is_body,
)
from brief.actors.body_voices import VOICED_BODIES
from brief.actors.called_people import called_as
from brief.actors.calling_conflicts import not_ruled_out, written_roles
from brief.actors.compound_titles import compound_family, other_office
from brief.actors.driven_by import named_driver
from brief.actors.gazetteer import TITLES
from brief.actors.head_of_body import body_first
from brief.actors.job_nouns import PRIVATE_CALLINGS
from brief.actors.leader_offices import leader_office, unnamed_leader
from brief.actors.member_descriptions import party_member
from brief.actors.mentions import Mention
from brief.actors.office_holding import office_holder, out_of_office
from brief.actors.offices import OFFICE, office_words
from brief.actors.opening_subject import opens_sentence
from brief.actors.owned_roles import owner_of_unnamed
from brief.actors.quoted_people import outside_quotations
from brief.actors.roles import TITLE_MODIFIERS
from brief.actors.seat_descriptions import unnamed_seat
from brief.actors.source_words import (
    BODY_WORDS,
    KIN,
    ORG_NOUNS,
    PLACE_NOUNS,
    RELATIVES,
    ROLE_FAMILIES,
    TRADE_HEADS,
    TRADE_NOUNS,
    diplomatic_role,
)
from brief.actors.stated_ages import stated_age
from brief.actors.union_bodies import association_union
from brief.actors.voice_roles import SERVING
from brief.text.lexicon import PERSON_TITLES, TITLE_ABBREVIATIONS

if TYPE_CHECKING:
    from brief.actors.mention_index import MentionIndex

# (?=[Tt]) changes no match: the scan skips to a T rather than try \b everywhere (a quarter faster)
_DESCRIPTION = re.compile(
    r"(?=[Tt])\b[Tt]he\s+((?:(?:former|ex-|late|embattled|disgraced|veteran|longtime|outgoing|incoming|new|then-|"
    r"acting|interim|deputy|assistant|senior|chief|prime)\s*)*)([a-z]+)\b(?!\s+(?:of|for)\b)"
)


def described_people(text: str, block: tuple[int, int], mentions: MentionIndex) -> list[tuple[Mention, tuple[int, int], str]]:
    """ "the former mayor", "the superintendent": a title with "the" and no name refers back to the
    person last named with that title, and counts as a mention of them (the subject of a story is
    often named once in full, then so). "the mayor of Dunmere" names an office, not a person, and
    is left alone."""
    out = []
    for match in _DESCRIPTION.finditer(text, block[0], block[1]):
        title = match.group(2)
        if title not in TITLES and title not in ROLE_FAMILIES or title in TITLE_MODIFIERS:  # "the state said" is no State Sen.'s
            continue
        family = ROLE_FAMILIES.get(title, frozenset({title}))
        before = mentions.before(match.start())
        holder = title_holder(before, family, match.group().lower().split())
        if holder is not None and owner_of_unnamed(text, holder.end, match.start(), family | {title}, before) == (True, None):
            continue  # "A senior administration official ... The official said": the unnamed one, not the holder
        if holder is not None:
            out.append((holder, match.span(), " ".join(match.group().split())))
    for match in OFFICE.finditer(text, block[0], block[1]):
        holder = office_holder(mentions.before(match.start()), office_words(match.group()))
        if holder is not None:  # "the Prime Minister", "the PM": of the one person named so
            out.append((holder, match.span(), "the " + match.group(1)))
    return out


# (?=[Tt]) changes no match: the scan skips to a T rather than try \b everywhere (a quarter faster)
_BODY_DESCRIPTION = re.compile(r"(?=[Tt])\b[Tt]he\s+([a-z]+)\b(?!\s+(?:of|for)\b)")


_SINGULAR_S = ("ss", "us", "is", "ics", "news")
"""Endings of singular nouns in -s ("the press", "the campus", "the analysis", "the politics", "the news")."""


def described_bodies(text: str, block: tuple[int, int], mentions: MentionIndex) -> list[tuple[Mention, tuple[int, int], str]]:
    """ "the trust", "the hospital": the last word of an organisation's name, written in lower case
    with "the", refers back to the organisation named so earlier (a story's subject is often named
    once in full, "the Citizens' Independent Transportation Trust", then so ten times), and so does
    "the company" or its trade ("the airline") to the company the text follows, if one
    (``body_reference.company_followed``): in a round-up the latest named is only a guess. "the
    hospital of the city" names another, and is left alone."""
    out = []
    for match in _BODY_DESCRIPTION.finditer(text, block[0], block[1]):
        noun = match.group(1)
        if noun.endswith("s") and not noun.endswith(_SINGULAR_S):
            continue  # "the district needed the homes" after "Corbett Homes": the things the body is named for
        if noun in TITLES and noun not in TITLE_MODIFIERS:
            continue  # "the president's sister" after "the Office of the Vice President": a person's title
        before = mentions.before(match.start())
        apposed = _APPOSED_NAME.match(text, match.end()) if noun in COMPANY_NOUNS | BODY_WORDS | ORG_NOUNS else None
        named = [m for m in mentions.within(apposed.span("name")) if m.start == apposed.start("name")] if apposed else []
        body = named[0] if named and named[0].kind == "organization" else body_named(before, noun)
        if body is None and noun in COMPANY_NOUNS:
            body = company_followed(text, before, noun)  # "the company", "the airline": the one the text follows
        if body is None:
            continue
        end = match.end()
        head = _HEAD_AFTER.match(text, end, block[1])
        if head is not None and head.group(1) in _PHRASE_HEADS:
            end = head.end()  # "the health system" after "Allina Health": the phrase and its head are the body
        out.append((body, (match.start(), end), " ".join(text[match.start() : end].lower().split())))
    return out


_APPOSED_NAME = re.compile(r",\s+(?P<name>[A-Z][^,]{0,60}),")
"""A name set off in commas right after a description of a body ("The manufacturer, Embraer, said"): the body it
describes, not one named before (not after "the meantime")."""


def phrase_body(before: list[Mention], words: list[str]) -> Mention | None:
    """The body "the health system" names as a source: the latest whose name ends in the phrase's first word."""
    return body_named(before, words[1]) if len(words) == 3 and words[2] in _PHRASE_HEADS else None


_HEAD_AFTER = re.compile(r"[ \t]+([a-z]+)\b")
_PHRASE_HEADS = ORG_NOUNS | BODY_WORDS | frozenset({"system", "group"})
"""Heads of a phrase whose first word is a body's last ("the health system", "the energy group", "the rail
operator"): the phrase names that body too; left at "the health", the body's description would stop short of its
head, and the source "the health system said" would match nothing."""


def body_named(before: list[Mention], noun: str) -> Mention | None:
    """The latest body (see ``is_body``) of two or more words whose name ends with ``noun`` ("the
    Justice Department"), or holds it before what it is of or for ("the Ministry of Defence", "the Department for
    Education", "the Idaho State Department of Agriculture": ``_NAMED_OF``), so "the ministry said" is that body
    speaking."""
    for m in reversed(before):
        if noun not in m.name.lower():
            continue  # the noun must be one of the name's words: most names are passed over without splitting them
        words = [w.lower() for w in m.name.split()]
        if words and words[0] == "the":
            words = words[1:]
        if is_body(m) and len(words) >= 2 and (words[-1] == noun or any(
                w == noun and words[k + 1] in _NAMED_OF for k, w in enumerate(words[:-1]))):
            return m  # "the department" of "the Idaho State Department of Agriculture" too
    return None


def voiced_referred(text: str, before: list[Mention], noun: str) -> Mention | None:
    """The body a voice of one ("a council spokesman", "a spokesperson for the academy", "a company
    statement") speaks for: the latest body whose name ends with the noun ("Sheffield City Council",
    ``body_named``), else, for a common noun of a kind (``VOICED_BODIES``), the latest of that kind
    named (``body_referred``), else the latest body named within ``VOICE_REACH`` sentences whose name
    holds the noun ("West Metro Fire Rescue ... fire officials said"); None for any other noun ("a
    family spokesman", "a joint statement")."""
    named = body_named(before, noun)
    if named is not None:
        return named
    if noun in _GOVERNING_VOICES:  # "agency officials said": the department or ministry, never a news agency
        governing = next((m for m in reversed(before) if is_body(m) and governs(m)), None)
        if governing is not None:
            return governing
    if noun in VOICED_BODIES | TRADE_NOUNS | TRADE_HEADS:
        return body_referred(text, before, noun)  # "a spokesperson for the supermarket": the one supermarket followed
    if noun in DESCRIBED_KINDS:
        return body_of_kind(text, before, noun)  # "a spokesman for the regulator": the body that regulates
    if not before:
        return None
    near = before[-1].sentence - VOICE_REACH
    return next((m for m in reversed(before) if m.sentence >= near and is_body(m) and noun in m.name.lower().split()), None)


_GOVERNING_VOICES = frozenset({"agency", "government", "ministry"})
"""A voice's nouns for any governing body ("agency officials" after "the Transportation Department")."""
VOICE_REACH = 3
"""Sentences back within which a body whose name holds a voice's noun was named ("fire officials"):
as for a description of a person, further back the voice is as likely another body's."""
_NAMED_OF = frozenset({"of", "for", "on"})
"""Words after the noun that opens a body's name and before its remit ("Ministry of Defence",
"Department for Education", "Commission on Human Rights"): the noun alone refers back to it."""


LAWYERS = frozenset({"lawyer", "attorney", "solicitor", "barrister", "counsel", "advocate"})
"""Names of one calling, which news varies between the first naming and the next reference."""
TITLE_EQUIVALENTS: dict[str, frozenset[str]] = {
    "minister": frozenset({"secretary"}), "secretary": frozenset({"minister"}),
    "representative": frozenset({"congressman", "congresswoman"}),
    "congressman": frozenset({"representative"}), "congresswoman": frozenset({"representative"}),
    "chair": frozenset({"chairman", "chairwoman"}), "chairman": frozenset({"chair"}), "chairwoman": frozenset({"chair"}),
    **{word: LAWYERS - {word} for word in LAWYERS},
    "boss": frozenset({"chief", "ceo", "chairman", "chairwoman", "chair", "director", "manager", "head", "founder", "owner"}),
}
"""Titles of one office written two ways: a cabinet secretary is "the minister" after ("the transport
secretary, Helen Marr" ... "the minister said"), as "Rep. Ada Quinn" is "the congresswoman", "defence
attorney Anna Price" is "the lawyer" and "its chief executive, Paul Robinson" is "the boss"."""


def role_words(m: Mention) -> set[str]:
    """The words of a person's role, lower case, each abbreviated title written out ("Sen." is a
    senator, so "the senator" goes back to "Sen. Ada Quinn")."""
    words = m.role.lower().replace("-", " ").split()
    cut = next((k for k in range(1, len(words)) if words[k] in ("for", "to") and words[k - 1] in SERVING), len(words))
    return {TITLE_ABBREVIATIONS.get(w.rstrip("."), w) for w in words[:cut]}


RANKS = frozenset({"prime", "deputy", "vice", "first", "chief", "assistant", "under"})
"""Words that set one office apart from others of its line of work: "the prime minister" is no health
minister, "the president" no deputy president, so a description and a role of the same title must agree
on them ("the boss" is still the chief executive)."""


def title_holder(before: list[Mention], family: frozenset[str], words: list[str]) -> Mention | None:
    """The person a description ("the International Trade Secretary") refers back to: of those whose
    role is in that line of work, the one whose role shares most of its words (Liz Truss, International
    Trade Secretary, not George Eustice, Environment Secretary), the latest on a tie."""
    if words[-1:] and words[-1] in PLACE_NOUNS:
        return None  # "the state" is a place, not "state Senator Carl Brenning" again
    family = compound_family(family, words)  # "the press secretary": a spokesman too
    best: Mention | None = None
    best_shared = 0
    seen: set[str] = set()
    for m in reversed(before):
        role = role_words(m)
        if (m.kind != "person" or not (diplomatic_role(role) if words[-1:] == ["diplomat"] else family & role) or m.name in seen
                or words[-1:] and words[-1] in role and (RANKS & role) != (RANKS & set(words))):
            continue  # "the prime minister" is not Health Minister Ada Quinn, "the president" no Deputy President
        if out_of_office(role, words):
            continue  # "the prime minister" is not David Cameron, "former prime minister": someone in office now;
            # "the Home Secretary" is not Chris Philp, "shadow home secretary": the opposition's spokesman for it
        if other_office(role, family, words):
            continue  # "secretary general Ada Okonkwo" of a union is no "minister", no "press secretary"
        seen.add(m.name)
        shared = len(role & set(words))
        if best is None or shared > best_shared:
            best, best_shared = m, shared
    return best


NAMED_KINDS: dict[str, frozenset[str]] = {
    "party": frozenset("party congress front movement alliance league bloc coalition".split()),
    "union": frozenset("union federation confederation congress guild teamsters workers".split()),
    "campaign": frozenset(),
}
"""Bodies of a kind a name says ("the National Union of Nurses", "the Labour Party", "the African
National Congress", "the UMNO party", "the Vance Campaign"): "the union" is one the article names
so, never the last company, league or chamber named, and "the campaign" never the last body named."""

_NAMED_FOR_SOMEONE = frozenset({"campaign"})
"""Kinds named after whom they serve: in "the Vance campaign" the name before the noun is the
candidate's (which the tagger may read as a body), not the campaign's own, as "UMNO" is in "the
ruling UMNO party"."""


MIN_KIND_NAME_WORDS = 3
"""A name says its kind by a word other than the noun itself only when it is this long: "the African
National Congress" is a party, "Congress" or "the Freedom Front" may be anything."""


def _of_kind(m: Mention, noun: str) -> bool:
    words = m.name.lower().split()
    return noun in words[1:] or (len(words) >= MIN_KIND_NAME_WORDS and bool(NAMED_KINDS[noun] & set(words))) or (
        noun == "union" and _workers_association(words))


def _workers_association(words: list[str]) -> bool:
    """ "Minnesota Nurses Association", "the Professional Footballers' Association": an association named for the
    workers it has as members is their union (not "the American Medical Association" nor "the National
    Association of Manufacturers", named for a field or the firms it groups)."""
    if len(words) < 2 or words[-1] != "association":
        return False
    members = words[-2].rstrip("'’")
    return members.endswith("s") and not members.endswith(_SINGULAR_S)  # not "the Press Association"


def named_of_kind(text: str, before: list[Mention], noun: str) -> Mention | None:
    """The latest organisation whose name says it is of the noun's kind (or its initials: "the
    ANC" for "the African National Congress"), or that the text writes with the noun after it ("the
    ruling UMNO party") or brings in with the noun before it ("the rail union Tracklink"); None when
    the article names no such body."""
    bodies = [m for m in before if m.kind == "organization" and not m.demonym]
    initials = {"".join(w[0] for w in m.name.split() if w[0].isupper()) for m in bodies if _of_kind(m, noun)}
    for m in reversed(bodies):
        if (_of_kind(m, noun) or m.name in initials
                or noun not in _NAMED_FOR_SOMEONE and (re.match(rf"\s+{noun}\b", text[m.end : m.end + len(noun) + 2], re.I)
                                                       or re.search(rf"\b{noun}\s+$", text[max(0, m.start - len(noun) - 3) : m.start], re.I))):
            return m
    return association_union(text, bodies) if noun == "union" else None  # "The British Medical Association ..."




_CAMPAIGN = re.compile(r"^(?:(?:the|this|that|a)\s+)?(?:[\w.-]+(?:['’]s)?\s+){0,3}campaigns?\s*$", re.I)
"""A source that is a campaign: "the campaign", "the Trump campaign", "Hillary Clinton's campaign";
not "Minyon Moore, a senior adviser to the Clinton campaign" (a person of it)."""


def is_campaign(phrase: str) -> bool:
    """Whether a source phrase is a campaign itself (see ``_CAMPAIGN``)."""
    return bool(_CAMPAIGN.match(phrase.strip())) and not re.search(r"\b(?:of|at|to|for|from|with|and)\b", phrase)


def campaign_of(text: str, span: tuple[int, int], inside: list[Mention], everyone: list[Mention]) -> Mention | None:
    """The campaign a source ending in "campaign" stands for, never the last body named nor the
    candidate: one named so ("the Vance Campaign"); someone's campaign ("the Vance campaign",
    "Vance's campaign") when the article names it as a body ("the Vance campaign"), else no one
    (the tagger may read "Vance" as a body); "the campaign", as "the union" does, the latest body
    named a campaign (``named_of_kind``), else no one."""
    inside = [m for m in inside if not m.demonym]
    named = [m for m in inside if "campaign" in m.name.lower().split()]
    if named:
        return named[-1]
    if inside:  # "Vance's campaign", "the Vance campaign": his campaign, when the article names it so
        own = {inside[-1].name, inside[-1].name.split()[-1]}
        return next((m for m in everyone if m.kind == "organization" and m.name.lower().endswith(" campaign")
                     and m.name.rsplit(" ", 1)[0] in own), None)
    if not re.match(r"(?:the|this|that)\s+(?:[a-z-]+\s+)*campaigns?\s*$", text[span[0] : span[1]], re.I):
        return None  # "a campaign" is none named
    return named_of_kind(text, [m for m in everyone if m.end <= span[0]], "campaign")


CALLINGS = frozenset(
    "mp lawmaker legislator politician congressman congresswoman senator candidate nominee founder co-founder "
    "cofounder creator filmmaker film-maker producer screenwriter writer author novelist poet journalist "
    "actor actress singer songwriter singer-songwriter rapper comedian musician composer artist painter "
    "photographer designer chef entrepreneur billionaire businessman businesswoman tycoon mogul star "
    "athlete footballer golfer boxer quarterback coach leftist libertarian hitmaker songstress crooner".split()
)
"""Callings a definite description names a person already named by ("the Conservative MP", "the 31-year-old
filmmaker", "the actress", "the 'Lanterns' hitmaker", a leaning: "the libertarian"): news varies the name so.
Not an office a court or a body has many of ("the judge", "the prosecutor", "the director"), nor a role in an
event ("the driver", "the victim"): those more often bring in someone new, unnamed."""
_FEMALE_CALLINGS = frozenset("actress congresswoman businesswoman songstress".split())
DESCRIBED_REACH = 3
"""Sentences back within which the person a calling goes back to was named: as for "he said", whom
the story was just about (the sentence before, or a short quotation between); further back, the
description is as likely someone new."""
DESCRIPTION_MAX_WORDS = 5
"""Words of "the 31-year-old Facebook co-founder": a longer phrase is a clause, no description."""
_DETERMINERS = frozenset({"the", "this", "that"})
RELATIONS = KIN | RELATIVES | frozenset("ex-fiance ex-fiancé ex-fiancee ex-fiancée ex-wife ex-husband".split())
"""Whom someone is named as the kin or partner of ("her ex-fiancé, Taylor Kinney")."""
_KIN_BEFORE = re.compile(rf"\b(?:his|her|their|[A-Z]\w*['’]s?)\s+(?:[a-z-]+\s+)?(?:{'|'.join(sorted(RELATIONS))}),?\s+$")
KIN_REACH = 40
"""Characters before a name read for "her mother, ", "Gaga's late aunt ": a possessive and a word or two."""


def described_person(text: str, words: list[str], before: list[Mention], mentions: MentionIndex,
                     sentence: int, written: str = "") -> Mention | None:
    """ "“...,” the actress says", "the Conservative MP said:": a description by calling, none of its
    words a name, goes back to the last person named within ``DESCRIBED_REACH`` sentences, as a
    pronoun would ("actress" to a woman); None when no such person was named so recently. So do an
    age ("the 34-year-old", never one the text gives another age) and a title written with its
    capital ("the President-elect": one office's holder, where ``title_holder`` found no one named
    with it; never one the text gives another role); "the officer" in lower case may be anyone. A source the
    tagger began a word early ("what was next the Facebook founder") keeps its description. One named
    as another's kin ("her mother, Cynthia Germanotta") is brought in for the one the story is about,
    whom the description names, so is passed over."""
    start = next((k for k, w in enumerate(words[:2]) if w in _DETERMINERS), None)
    # "the 34-year-old", "the 38-year-old nurse": an age, as head or before it, is only a person's
    aged = next((m for m in map(_AGE_HEAD.fullmatch, words[start or 0 :]) if m), None) if start is not None else None
    titled = words[-1] in PERSON_TITLES and bool(written.split()) and written.split()[-1][:1].isupper()
    if start is None or len(words) - start > DESCRIPTION_MAX_WORDS:
        return None
    if not titled and leader_office(words[start + 1 :]):  # "the prime minister said": the subject just named
        return unnamed_leader(text, words[start + 1 :], before, mentions, sentence, DESCRIBED_REACH)
    people = [m for m in before if mentions.personal(m) and not m.demonym and m.sentence >= sentence - DESCRIBED_REACH
              and not _KIN_BEFORE.search(text, max(0, m.start - KIN_REACH), m.start)]
    people = outside_quotations(text, people)  # "“... is Emilia.” The comedian then ...": the one quoted
    driver = named_driver(text, words[-1], people) if len(words) - start == 2 else None
    if driver is not None:
        return driver  # "a car driven by Ada Quinn ... the driver said": Quinn
    shared = _sharing_role(body_first(words[start + 1 :]), people)  # "the head of the alliance" too
    if shared is not None:
        return shared  # "the union leader" after "union general secretary Ama Boateng"
    formerly = len(words) > start + 2 and (words[start + 1] in _FORMERLY or words[start + 1].startswith("ex-"))
    if (words[-1] not in CALLINGS | PRIVATE_CALLINGS and aged is None and not titled and not _PARENT_OF.fullmatch(words[-1])
            and not formerly and not party_member(written) and not admitted_calling(words[start:])):
        return None
    if words[-1] in _FEMALE_CALLINGS:  # a woman the text shows to be one, else the one not shown a man
        people = mentions.genders.women(people)
    people = not_ruled_out(words[-1], people, mentions.mentions, formerly)  # "the coach" is no player the text named
    if titled and words[-1] not in CALLINGS:  # "the President-elect": never one the text gives another office
        roles = written_roles(mentions.mentions)
        seat = unnamed_seat(text, written)  # "The North Ferry MLA": only one named an MLA
        people = [m for m in people if not (seat or roles.get(m.name.split()[-1])) or words[-1] in roles.get(m.name.split()[-1], ())]
    if aged is not None:  # "the 34-year-old": never one the text gives another age
        people = [m for m in people if stated_age(text, m.name, mentions.mentions) in (None, int(aged.group(1)))]
    called = called_as(words[-1], people)  # "met with rapper X ..., according to the rapper": X, not the subject
    return called or (_subject_before_object(text, people, sentence) if people else None)


def _subject_before_object(text: str, people: list[Mention], sentence: int) -> Mention:
    """The last person named, unless the object of their sentence whose subject is another ("Thatcher entertained
    Pinochet at her home, the ex-prime minister's office said"; "Ada Vail denied texting Bea Crowe. “...,” the
    reality star said": the description is of the subject, whom the sentence is about, not the one acted on)."""
    latest = people[-1]
    if opens_sentence(text, latest.start):
        return latest
    opener = next((m for m in people if m.sentence == latest.sentence and opens_sentence(text, m.start)), None)
    return opener if opener is not None and opener.name != latest.name else latest


_FORMERLY = frozenset({"former", "ex"})
"""A description by what someone was ("the former engineer", "the ex-Google manager"): only a person the
text has named has a past the writer knows; someone new is brought in as "a former employee"."""
_PARENT_OF = re.compile(r"(?:mum|mom|mother|dad|father|grandmother|grandfather|gran|grandma|grandad|grandpa)-of-[a-z]+")
"""A parent described by their children ("the mum-of-three", "the father-of-two"): as a calling is,
the person the story was just about."""
_ROLE_PLAIN = frozenset("a an the of for and in at to on his her their its former new top senior chief general deputy "
                        "acting interim local national state".split())
"""Words of a role that say nothing of whose it is: shared, they tie a description to no one."""


def _sharing_role(words: list[str], people: list[Mention]) -> Mention | None:
    """The latest of ``people`` whose role shares a telling word with a description headed by a
    title ("the union leader" and "union general secretary Ama Boateng", "the transport chief" and
    "the transport secretary, Helen Marr"): news names someone with their role, then varies it."""
    if len(words) < 2 or words[-1] not in TITLES:
        return None
    telling = set(words[:-1]) - _ROLE_PLAIN
    for m in reversed(people):
        if m.kind == "person" and telling & role_words(m):
            return m
    return None


_AGE_HEAD = re.compile(r"(\d{1,3})-year-old")
"""An age alone as a description's head ("the 34-year-old said"): news so varies the name of the
person it is writing about, as it does with a calling; only a person has an age."""


_TITLE_OF = re.compile(r"(?:the|its|their)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)\s+(?:of|for|at)\s+(?:the\s+)?"
                       r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
"""A title and the place or body it is held in: "the mayor of Kessel", "the chairwoman of the Farmers Union"."""
_SENTENCE_EDGE = re.compile(r"[.!?\n]")
SENTENCE_REACH = 400
"""Characters back from a mention searched for the mark that ends the sentence before (a long sentence)."""


def holder_of_title_of(text: str, phrase: tuple[int, int], before: list[Mention]) -> Mention | None:
    """ "“...,” the mayor of Kessel told reporters": the one person named before with that title
    (Mayor Ann Cole), whom a sentence naming her also ties to that place or body, speaks; not the
    place. None when no one or several hold the title, or when no sentence ties the holder to the
    place: "the president of Acme" is not President Biden named before."""
    match = _TITLE_OF.match(text, phrase[0], phrase[1])
    if match is None or match.group(1).lower() not in TITLES:
        return None
    title = match.group(1).lower()
    family = ROLE_FAMILIES.get(title, frozenset({title}))
    holders = {m.name for m in before if m.kind == "person" and family & set(m.role.lower().replace("-", " ").split())}
    if len(holders) != 1:
        return None
    held_in = match.group(2)
    tied = [m for m in before if m.name in holders and held_in in _sentence_around(text, m)]
    return tied[-1] if tied else None


def _sentence_around(text: str, m: Mention) -> str:
    """The sentence a mention stands in, by the marks that end sentences around it."""
    lo = max(0, m.start - SENTENCE_REACH)
    start = max((e.end() for e in _SENTENCE_EDGE.finditer(text, lo, m.start)), default=lo)
    end = _SENTENCE_EDGE.search(text, m.end)
    return text[start : end.start() if end else len(text)]


def hyphened_role(before: list[Mention], head: str) -> list[Mention]:
    """For a title written with a hyphen ("the president-elect"), those whose role has all its
    words ("President-elect Ada Quinn": a role is read word by word), not the sitting president."""
    parts = set(head.split("-"))
    if len(parts) < 2:
        return before
    return [m for m in before if parts <= set(m.role.lower().replace("-", " ").split())]
