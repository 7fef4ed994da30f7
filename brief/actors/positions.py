"""From attributions to positions: whose words they are, and a one-line form fit for a list.

A source is written as a name ("Abu Zuhri"), a pronoun ("he"), a description ("the movement",
"the top US diplomat") or a group ("Israeli officials"); each is resolved to an actor here (the body
a common noun refers back to, in brief.actors.body_reference).
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.academic_staff import academics_of_university
from brief.actors.adjacent_subjects import name_before_cue
from brief.actors.apposed_holders import person_apposed_to_body
from brief.actors.apposed_names import apposed_to
from brief.actors.apposed_roles import apposed_role_words
from brief.actors.attribution import Attribution
from brief.actors.body_kinds import COMPANY_NOUNS, GENERIC_BODIES
from brief.actors.body_reference import body_described, body_referred, opening_body
from brief.actors.body_title_holders import another_bodys, holders_of_named_body
from brief.actors.body_titled_people import titled_after_inverted_source, titled_after_source
from brief.actors.cast_roles import PERFORMER_ROLES, plays_a_part
from brief.actors.city_bodies import CITY_NOUNS, city_referred
from brief.actors.clause_described import described_before_clause
from brief.actors.colon_datelines import colon_dateline
from brief.actors.compiled_figures import compiling_bodies
from brief.actors.described_parts import named_part
from brief.actors.describing import (
    after_head,
    describes_people,
    in_relative_clause,
    only_locates,
    owner_of_owner,
    place_qualifier,
    post_named,
    private_paper,
    public_of,
    source_phrase,
    unlisted_agent,
    unnamed_national,
)
from brief.actors.documents import document_author, quoted_document
from brief.actors.domestic_staff import domestic_staff
from brief.actors.epithet_evidence import fitting_epithet
from brief.actors.epithets import centred_person, epithet
from brief.actors.gazetteer import TITLES
from brief.actors.issued_documents import ISSUED, issuer
from brief.actors.joint_signers import first_coordinated
from brief.actors.kin_heads import kin_of_described
from brief.actors.kindred_documents import kindred_author
from brief.actors.last_speaker import Speaker
from brief.actors.listings import first_comma
from brief.actors.located_speakers import located_source
from brief.actors.lone_officials import lone_official, lone_worker
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.name_heads import (
    acted_for,
    before_noun,
    before_title,
    describes_head,
    leader_named,
    modifier,
    names_thing,
    sorts_people,
    speaking_head,
)
from brief.actors.nested_clauses import ACCORDING
from brief.actors.office_holding import office_holder
from brief.actors.office_of_holders import office_holder_of
from brief.actors.offices import office_words
from brief.actors.officials import officials_of
from brief.actors.opener_apposed_subjects import opener_apposed_subject
from brief.actors.opening_subject import opens_sentence
from brief.actors.opening_voices import opening_body_voice
from brief.actors.organ_voices import OWN_REMIT_HEADS, owner_only, phrase_noun
from brief.actors.outlet_reference import outlet_named
from brief.actors.owned_bodies import owned_body
from brief.actors.owned_roles import owner_of_unnamed
from brief.actors.place_bodies import officials_in_place, qualified_place
from brief.actors.place_governments import place_government
from brief.actors.placed_callings import placed_calling
from brief.actors.pronoun_sources import pronoun_alone
from brief.actors.pronoun_speakers import group_pronoun_speaker, latest_of_kind, person_pronoun_speaker, within
from brief.actors.publishing_venues import publishing_venue
from brief.actors.quoted_nicknames import nickname_subject
from brief.actors.recipients import addressed_source, received, recipients_only
from brief.actors.referring import (
    NAMED_KINDS,
    TITLE_EQUIVALENTS,
    body_named,
    campaign_of,
    described_person,
    holder_of_title_of,
    hyphened_role,
    is_campaign,
    named_of_kind,
    phrase_body,
    role_words,
    title_holder,
)
from brief.actors.roles import TITLE_MODIFIERS
from brief.actors.self_named_statements import self_named_opening
from brief.actors.sentence_subjects import (
    apposed_name_before,
    coordinated_subject,
    description_before_relative_clause,
    named_after_description,
    named_after_inverted_description,
    named_after_opening_description,
    named_between_description_and_cue,
    names_where,
    subject_before_apposition,
    subject_before_relative_clause,
)
from brief.actors.service_ranks import ranked_after_source
from brief.actors.sitting_bodies import callable_bodies
from brief.actors.source_words import (
    ADVERSARY_TITLES,
    GROUP_PRONOUNS,
    KIN,
    MEMBER_HEADS,
    NOT_SPEAKERS,
    ORG_NOUNS,
    OUTSIDERS,
    PERSON_PRONOUNS,
    PLACE_NOUNS,
    PRIVATE_PEOPLE,
    RELATIVES,
    ROLE_FAMILIES,
    SELF_SPEAKING,
    TRADE_HEADS,
    TRADE_NOUNS,
)
from brief.actors.styled_offices import office_before_styled_name
from brief.actors.title_scenes import someone_new
from brief.actors.unofficial_sources import close_to_named, named_tie
from brief.actors.voices import voice_speaker
from brief.actors.writers import in_byline


def resolve_source(text: str, attribution: Attribution, mentions: MentionIndex,
                   previous: Speaker | None) -> Mention | None:
    """The mention an attribution's source stands for, or None when it names no known actor."""
    if attribution.source is not None and (addressed_source(text, attribution, attribution.source)
                                           or recipients_only(text, attribution.source, mentions)):
        return None  # "The letter warns Mr Johnson: '...'": whom it warns, not who speaks
    found = office_holder_of(text, attribution, mentions, _resolve(text, attribution, mentions, previous)
                             or nickname_subject(text, attribution, mentions))  # '"Perry" said'; "the mayor of X": Mayor Y
    found = located_source(text, attribution, mentions, found)  # "party officials in Johor", "Plymouth MP": not the place
    if colon_dateline(text, attribution, found) or found is not None and publishing_venue(text, found):
        return None  # "Mumbai: Shares of ... fell": where the story was filed; "a study published in Science": where it appeared
    return first_coordinated(text, qualified_place(text, found, mentions), mentions, attribution.cue[1]) if found is not None else None


_KIN_OF = re.compile(rf"\b(?i:{'|'.join(sorted(KIN | RELATIVES | OUTSIDERS))})\s+of\s+(?:[a-z-]+\s+){{0,3}}$")
"""Someone's kin named after "of" ("the parents of local woman Laura Stevens said"): they speak for
themselves, as after a possessive ("Pinochet's family"), not the person whose kin they are; so do
outsiders ("Critics of the studio's recent films have said": OUTSIDERS), whatever the case."""


def _resolve(text: str, attribution: Attribution, mentions: MentionIndex, last: Speaker | None) -> Mention | None:
    previous = last.mention if last else None
    spoke = last.sentence if last else -1
    described = description_before_relative_clause(text, attribution.cue[0])
    if described is not None and (attribution.source is None or attribution.source[0] >= described[0]):
        # "The German automaker, which has focused on ..., says": the description, not "its scandal" (nor "The Welshman, who")
        attribution = dataclasses.replace(attribution, source=described)
    phrase = source_phrase(text, attribution)
    if phrase is None or attribution.source is None:
        return ((attribution.source and person_apposed_to_body(text, attribution.source, mentions))  # "The Baale of X, Chief Y"
                or subject_before_apposition(text, attribution.cue[0], mentions)
                or opener_apposed_subject(text, attribution.cue[0], mentions)  # "came after X, a former official at Y, alleged"
                or named_after_opening_description(text, attribution.cue[0], mentions)
                or apposed_name_before(text, attribution.cue[0], mentions)
                or coordinated_subject(text, attribution.cue[0], mentions) or name_before_cue(text, attribution.cue, mentions))
    if is_campaign(text[phrase[0] : phrase[1]]) and subject_before_relative_clause(
            text, phrase[0], attribution.cue[0], mentions.before(phrase[0])) is None:
        # "the campaign said": a campaign, or no one; not "the Commission, which regulates campaign finances, said"
        return campaign_of(text, phrase, mentions.within(phrase), mentions.mentions)
    apposed = (named_after_description(text, attribution.source, mentions)
               or named_after_inverted_description(text, attribution.source, attribution.cue[1], mentions)
               or named_after_opening_description(text, attribution.cue[0], mentions)
               or named_between_description_and_cue(text, attribution.source, attribution.cue[0], mentions)
               or person_apposed_to_body(text, attribution.source, mentions)  # "The Baale of Ikota, Chief X,"
               or titled_after_source(text, attribution.source, attribution.cue[0], mentions)  # "Rovers boss X was"
               or titled_after_inverted_source(text, attribution.source, attribution.cue[1], mentions)  # "said Real coach X"
               or ranked_after_source(text, attribution.source, mentions))  # "said Navy Capt. Jeff Davis"
    if apposed is not None:
        return apposed
    people = [m for m in mentions.within(attribution.source) if m.kind == "person"
              and not in_relative_clause(text, m, attribution.source[0]) and not only_locates(text, m, attribution.source[0])
              and not place_qualifier(text, m, mentions, attribution.source[0])
              and not _KIN_OF.search(text, attribution.source[0], m.start) and not received(text, attribution.source[0], m.start)
              and not close_to_named(text, attribution.source[0], m.start, True) and not office_before_styled_name(text, m, mentions)
              and not sorts_people(text, m, attribution.source[1], mentions)]  # "Trump advisers have urged him"
    if not people:  # "estimates Evan Sparks, CEO of ...": the source tagger cut the name
        people = [m for m in mentions.overlapping(attribution.source) if m.kind == "person" and not named_tie(text, m.start)]
    # "Maria Okafor, the union's general secretary"; "Pama's lawyer Bruce Peters", "a lawyer for Pama, Bruce Peters": the lawyer
    speakers = [m for m in people if not re.match(r"['’]s\b", text[m.end : m.end + 3]) and not acted_for(text, m, people)]
    # "The Dunmere coroner Ivo Marten": a name before a common noun modifies it; the coroner speaks
    heads = [m for m in speakers if not before_noun(text, m, attribution.source[1])
             and not before_title(text, m, attribution.source[1])]
    if voiced := heads or [m for m in speakers if not names_thing(text, m, attribution.source[1])]:
        return voiced[0]  # "a Pelosi spokesman": Pelosi; "the Harlow estates say": no one
    start, end = phrase
    words = pronoun_alone(re.findall(r"[\w'’-]*\w[\w'’-]*", text[start:end].lower()))  # no lone quote mark
    words = _HEAD_OF.sub("leader", " ".join(words)).split()  # "the head of state said": no state speaks
    if not words:
        return None
    before = named = mentions.before(start)
    ca, cb = attribution.content
    if attribution.quote and cb <= start:  # “At no time did X agree to ...,” the production company said: not X
        # (reported speech keeps them: "... at the Saint Alder Hospital, officials at the institution said")
        before = [m for m in before if not ca <= m.start < cb]
    subject = subject_before_relative_clause(text, start, attribution.cue[0], before) or apposed_to(text, (start, end), words, named)
    if subject is not None:
        return subject
    inside_people = [m for m in mentions.within((start, end)) if m.kind == "person"]
    if not inside_people and not set(words) & (PERSON_PRONOUNS | GROUP_PRONOUNS) and not ACCORDING.match(text, *attribution.cue):
        # (not "X, 58, is accused ..., according to an indictment": the document's words, never its subject's)
        subject = subject_before_apposition(text, attribution.cue[0], mentions)
        if subject is not None:
            return subject  # "Mr Parish, chairman of the ..., food and rural affairs committee, said"
    inside = mentions.within((start, end))
    head = words[-1]
    if head in NOT_SPEAKERS:
        return None  # "the baby, named after Olivia Marsh, cried": no statement, whoever is named
    place = place_government(words, before, text)
    if place is not None:
        return place  # "The islands' government urged": the islands named before, not the last ministry
    if kin_of_described(text, start, end):
        return None  # "The family of the actor said": the family speaks, not the actor its last word describes
    holder = office_holder(before, office_words(text[start:end])) or holder_of_title_of(text, (start, end), before)
    if holder is not None:
        return holder  # "The PM said": the one person named Prime Minister; "the mayor of Kessel": Mayor Cole
    family = ROLE_FAMILIES.get(head, frozenset({head}) if head in TITLES - TITLE_MODIFIERS else frozenset()) | TITLE_EQUIVALENTS.get(head, frozenset())
    if family and words[0] in ("the", "this", "that") and len(words) <= 6:
        # "the top US diplomat": the person of that line of work the article has named
        own, holders = holders_of_named_body(inside, hyphened_role(before, head), family | {head}, words)
        holder = own or title_holder(holders, family | set(head.split("-")), words)  # "the RSP leader": the RSP's
        if holder is not None:
            again, owner = owner_of_unnamed(text, holder.end, start, family | {head}, before)
            return owner if again and not another_bodys(inside, owner) else holder  # "... through his attorney.
            # “...,” the attorney said": his; not "a CPM leader ... The RSP leader said"
        if (len(words) == 2 and head not in ADVERSARY_TITLES and previous is not None and previous.kind == "person"
                and spoke >= attribution.sentence - TITLE_REACH
                and not any(role_words(m) for m in mentions.mentions if m.name.split()[-1] == previous.name.split()[-1])
                and _apposed_fits(text, mentions, previous, family | {head})
                and not someone_new(text, before, previous, start, words, family)):
            return previous  # "Ada Quinn said ... “...,” the minister said": the speaker given no role (at any mention)
    if (epithet(text[start:end])  # "The former Newcastle midfielder": the club's player, as "the England captain"
            and all(m.kind == "place" or m.demonym or (m.kind != "person" and modifier(text, m, end)) for m in inside)
            and (text[start] == "t" or opens_sentence(text, start))):  # not "told The Australian"
        person = fitting_epithet(text, text[start:end].split(), before, centred_person(  # "the American": one so called
            [m for m in before if not within(m, attribution.content) and not in_byline(text, m)], mentions, attribution.sentence, previous))
        if person is not None:
            return person  # "the Spaniard said", "The England captain said": whom the text was just about
    owned = _OWNED.search(text, start, end)
    if owned and (body := owned_body(before, inside, owned.group(1), owned.start())) is not None:
        return body  # "the CEO of California's grid operator": the operator, not California; not another's army
    inside = [m for m in inside if not _studied_place(text, m, start)]  # "the most comprehensive study of Antarctica"
    issued = [m for m in inside if _DOCUMENT_FROM.search(text, max(start, m.start - 40), m.start)
              and not describes_people(text, m) and not academics_of_university(text, m)]  # "researchers at the University of"
    issued += compiling_bodies(text, inside, end, attribution.cue)  # "a survey of Bolivian children": whom it asked
    if issued:  # ("according to Deloitte estimates": the firm that made them)
        return issued[0]  # "a criminal complaint affidavit from Homeland Security": its author, wherever
    comma = first_comma(text, start, end)  # not the one before a legal form ("Meridia Health, Inc.")
    first_part = [m for m in inside if (comma < 0 or m.end <= comma)  # "Hamas, whose envoys ... Qatar,"; not "officials in Kyiv"
                  and not (names_where(text, m) and not officials_in_place(text, m, (start, end), inside))
                  and not after_head(text, m, start) and not describes_people(text, m)
                  and not only_locates(text, m, start) and not received(text, start, m.start)
                  and not _KIN_OF.search(text, start, m.start) and not place_qualifier(text, m, mentions, start)
                  and not close_to_named(text, start, m.start, m.kind == "person")
                  and not owner_of_owner(text, m, end) and not post_named(text, m, end)
                  and not sorts_people(text, m, end, mentions)]  # "the Marine captain proposed"
    # "The Albert Quay spot said", "the Oakland Unified school board 'snafu' demonstrates": a name
    # that only describes a head noun which is no body nor person does not speak
    first_part = [m for m in first_part if not (modifier(text, m, end) and not speaking_head(text[m.end : end]))]
    if (held := named_part(text, (start, end), first_part, mentions.mentions, before)) is not None:
        return held  # "the Veyland ambassador said": Ambassador Marek Dunst; "the UN health agency": WHO; not the owner
    if head in MEMBER_HEADS and words[0] == "the" and not any(m.kind == "person" for m in inside):
        first_part = []  # "The Labour MP said": one member, the one just named, not her party
    if not first_part and not any(m.kind == "person" for m in inside):
        person = described_person(text, words, before, mentions, attribution.sentence, text[start:end])
        if person is not None and not someone_new(text, before, person, start, words):
            return person  # "the Facebook founder said": whom the story was just about
        if (person := described_before_clause(text, (start, end), attribution, before, mentions)) is not None:
            return person  # "“...,” says the mother of five", "says the woman who ...": whom the feature just named
    if head in KIN:  # "Pinochet's family issued a statement", "the Harbour Line captain's son said": the kin speak
        first_part = [m for m in first_part if not re.search(r"['’](?:s\b|\s)", text[m.end : end])]
    noun = phrase_noun(words, head)  # "Iowa voters should", "the EU's top court last week": voters, court
    if noun in SELF_SPEAKING or unlisted_agent(noun):
        # "a top US public health expert", "a California judge", "Iowa voters should": a country that
        # describes such a person is not a speaker (its officials, governor or envoy are: STATE_VOICES)
        first_part = [m for m in first_part
                      if not (m.kind == "place" and describes_head(text, m, end))]
        if not first_part and inside:  # "the Florida fan explained": whom the story was just about
            return placed_calling(text, (start, end), words, before, mentions, attribution.sentence)
    if noun in OUTSIDERS or domestic_staff(words, noun):  # "Google's investors ignored": people who deal with it, not it
        first_part = [m for m in first_part if not describes_head(text, m, end)]
        if not first_part and inside:
            return None
    if noun in OWN_REMIT_HEADS:
        # "the Indonesian search authority said", "a Texas court ruled": a body with its own remit
        # speaks, not the state the demonym or place before it names (its ministry would)
        kept = [m for m in first_part if not owner_only(text, m, end, noun)]
        if len(kept) < len(first_part) and not kept:
            return None
        first_part = kept
    traded = head in TRADE_HEADS and len(words) >= 3  # "the tech giant", "the IT major"
    if ((head in COMPANY_NOUNS or traded) and words[0] in ("the", "this", "that") and (first_part or head in TRADE_NOUNS or traded)
            and all(m.demonym or m.kind == "place" for m in first_part)):
        return _company_referred(text, before, head, attribution, start, mentions.before(start))  # "the German automaker": the company named, not Germany
    if "opposition" in words:  # "Kenya's opposition coalition", "the Kenyan opposition": not the state the place is
        first_part = [m for m in first_part if m.kind != "place"]
    if lone_official(text, (start, end), words, noun, first_part) or lone_worker(text, (start, end), words):
        return None  # "a senior Afghan economic official", "one EU diplomat", "one nurse at X": one person, not X
    if named := [m for m in first_part if not m.demonym]:
        return leader_named(text, (start, end), named[-1], mentions.mentions) or named[-1]  # "Israeli news agency Walla"
    if first_part and len({m.name for m in first_part}) == 1:
        if all(m.demonym for m in first_part) and (head in PRIVATE_PEOPLE or private_paper(words)
                                                   or public_of(text, first_part[-1], (start, end))
                                                   or unnamed_national(text, first_part[-1], (start, end),
                                                                        attribution.cue[0])):
            return None  # "a Thai newspaper" is not Thailand; "a Malaysian", "two Britons" are people
        return first_part[-1]  # "Israeli officials", "the Israeli negotiating team"
    if inside:
        return None  # "senior American and Israeli officials": several, no one actor
    if len(words) == 1 and head in PERSON_PRONOUNS:
        return person_pronoun_speaker(text, attribution, mentions, last, head, start, before)
    if words == ["it"] and _IMPRESSION.match(text, attribution.cue[1]):
        return None  # "It feels like his best plays come late": an impression, no one's position
    if len(words) == 1 and head in GROUP_PRONOUNS:
        return group_pronoun_speaker(text, attribution, mentions, last, head, start, before, lambda span: _resolve(
            text, dataclasses.replace(attribution, source=span), mentions, None))
    if quoted_document(" ".join(words)):
        # "“...,” the statement read": who gave it in the frame of their words, else its author as the
        # text brought it in ("a report from the World Bank ... the report said")
        if words[1] in ISSUED:
            return issuer(text, start, words[1], last) or document_author(text, start, words[1], before)
        author = document_author(text, start, words[1], before, last, attribution.sentence)
        if author is not None:
            return author  # else as before: "the review" may be a body named "... Review"
    body = kindred_author(text, start, words, before) or opening_body_voice(  # "... said the final declaration"
        text, words, attribution, before) or officials_of(  # "X has ..., an official said": X
        words, before, last, attribution.sentence, text[attribution.cue[0] : attribution.cue[1]], text, attribution.cue[0])
    if body is not None:
        return body  # "officials at the institution said"; "the officials said" again
    voice = voice_speaker(text, words, text[attribution.cue[0] : attribution.cue[1]], before, inside, mentions,
                          attribution.sentence)
    if voice is not None:
        return voice  # "a council spokesman", "a spokesman for the governor", "Police said"
    if words[0] in ("the", "this", "that") and len(words) <= 3:
        body = outlet_named(text, before, head) or body_named(before, head) or phrase_body(before, words)
        if body is not None:
            return body  # "the trust said": the Citizens' Independent Transportation Trust; "the health system said"
        closing = attribution.content if attribution.content[1] <= start else None  # "..., the club said"
        body = body_described(text, before, head, bare=len(words) == 2, closing=closing)
        if body is not None:
            return body  # "Harlow Rovers ... the club said"; "the Competition Authority ... the regulator said"
    if words[0] in ("the", "this", "that") and len(words) <= 5:
        if head in NAMED_KINDS:
            return named_of_kind(text, before, head)
        if head in ORG_NOUNS or head in GENERIC_BODIES or words[-2:] == ["think", "tank"]:
            noun = "organisation" if head not in ORG_NOUNS else head  # "the governing body", "the think tank"
            return _company_referred(text, before, noun, attribution, start, mentions.before(start))
        if head in PLACE_NOUNS:
            return city_referred(text, before) if head in CITY_NOUNS else latest_of_kind(before, "place")
    return None


_HEAD_OF = re.compile(r"\bhead of (?:state|government)\b")
"""A leader named by office ("the head of state"): the leader, not a place its last word would name."""
TITLE_REACH = 1
"""Sentences back within which the last speaker, given no role, is the one "the minister" stands for
(the sentence before: further back, the title as likely brings in someone new)."""


def _company_referred(text: str, before: list[Mention], head: str, attribution: Attribution, start: int,
                      named: list[Mention]) -> Mention | None:
    """The body "the company" (or "the Swedish company", "the airline") refers back to: in a frame that
    closes its sentence, the body what it said opens with, even inside its quotation (of ``named``, every mention
    before it); else the latest named (``body_referred``)."""
    closing = attribution.content[1] <= start  # "..., the company said"
    before = callable_bodies(before, head, text)  # "Smith said ... the council voted": not Smith
    return (closing and (opening_body(text, before, head, attribution.content)
                         or self_named_opening(text, named, head, attribution.content))) or body_referred(text, before, head, start)


_IMPRESSION = re.compile(r"\s+(?:(?:\w+ly|again|still)\s+)?(?:like|as\s+if|as\s+though)\b", re.I)
"""A cue followed by "like" or "as if": with "it" before it ("it feels like", "it looks as if") the
"it" is the situation, not a body that said or thinks anything; an adverb may stand between ("it
feels again like an extension of the world")."""
_OWNED = re.compile(r"['’]s\s+(?:[a-z-]+\s+)*?([a-z]+)\s*$")
"""A possessive before the head ("California's grid operator"): the head is the body, if named."""

_DOCUMENT_FROM = re.compile(
    r"\b(?:statement|statements|report|reports|affidavit|complaint|letter|filing|filings|study|analysis|data|"
    r"documents?|memo|release|survey|ruling|order|figures|estimates?|records|testimony|email|e-mail|papers?)\s+"
    r"(?:from|by|of|(?:issued|released|published)(?:\s+on)?(?:\s+\w+day)?\s+by)\s+(?:the\s+)?$"
    r"|\b(?:team|teams|researchers|scientists|lab|laboratory)\s+(?:at|from|of)\s+(?:the\s+)?$"
    r"|\b(?:pilot|trial|study|survey|review|audit|programme|program|project|scheme|experiment|poll|analysis)s?,?\s+"
    r"(?:run|led|conducted|carried\s+out|done|operated)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_STUDY_OF = re.compile(r"\b(?:study|studies|survey|surveys|analysis|analyses|data|figures|records|estimates?)\s+of\s+"
                       r"(?:the\s+)?$", re.IGNORECASE)
"""A place after a study's noun and "of" is what the study is about ("the most comprehensive study of Antarctica
confirms"), not its author, as a body after "a report of" may be."""


def _studied_place(text: str, mention: Mention, start: int) -> bool:
    """Whether the mention is a place a study in the source phrase is of: its topic, not its author."""
    return mention.kind == "place" and _STUDY_OF.search(text, max(start, mention.start - 40), mention.start) is not None
"""What a body issues: the name after "a report from" wrote it, though "from" is also where
someone comes from ("a man from Gaza"); the body whose researchers did the work ("a paper from a
team at UMass Amherst found") speaks for it; so does the one that ran a study ("Britain's pilot,
run by the cyber centre, found": the centre, not the country the study was for)."""


def _apposed_fits(text: str, mentions: MentionIndex, person: Mention, family: frozenset[str]) -> bool:
    """ "Redrock's chief executive, Tom Avery, said ... the minister said": not Avery, whose role
    beside his name is another; "Ada Quinn, the health minister," or no role written: may be."""
    roles = apposed_role_words(text, mentions.mentions, person.name)
    if not family & PERFORMER_ROLES and plays_a_part(text, person.name):
        return False  # "Mara Fenn, who plays a widow, said ... the director said": another of the film
    return not roles or bool(roles & family)
