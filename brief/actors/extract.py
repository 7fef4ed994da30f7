"""The actors of a story: who is named across the articles, ranked, each with their positions."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from brief.actors import inverted, trailing_sources
from brief.actors.absolute_speakers import before_with_clause, set_off_speaker, with_subject
from brief.actors.anonymous_frames import named_inside
from brief.actors.apposed_after_source import name_after_fronted_source
from brief.actors.apposed_subject import owner_in_content, past_apposition
from brief.actors.article_mentions import article_mentions
from brief.actors.attribution import Attribution, find_attributions
from brief.actors.audience_aside import audience_in_aside, audience_only
from brief.actors.block_offsets import blocks_of, shifted
from brief.actors.bracketed_statements import within_bracket
from brief.actors.chain import SpeakerChain, overlaps
from brief.actors.clause_spans import (
    clause_before_set_off_cue,
    content_text,
    not_asserted,
    object_gap,
    set_off_cue,
    subject_before_set_off_cue,
    through_colon,
    through_dashes,
    through_participle,
    through_relative_aside,
    through_verbless_comma,
)
from brief.actors.clause_stops import clause_ends
from brief.actors.connected_bodies import body_cut_at_start
from brief.actors.content_case import sentence_case
from brief.actors.content_ends import (
    answer_after_frame,
    before_coordinated_cue,
    clause_after_saying,
    pronoun_that,
    subject_read_as_content,
)
from brief.actors.content_frames import (
    before_next_deed,
    before_outer_frame,
    content_before_medium,
    object_before_participle,
)
from brief.actors.content_media import medium_after_object
from brief.actors.content_starts import expletive_left_out, medium_left_out, quotation_after_when, tally_left_out
from brief.actors.coordinated_names import list_before_cut_name
from brief.actors.coordinated_predicates import coordinated_predicates
from brief.actors.cue_edges import modal_cue, negated_cue, tidy_cue
from brief.actors.cue_gaps import cue_gap
from brief.actors.cue_idioms import pronoun_object
from brief.actors.cue_verbs import unfamiliar_deed
from brief.actors.dateline_colons import dateline_colon, dateline_out_of_content
from brief.actors.deal_parties import deal_parties
from brief.actors.describing import source_phrase
from brief.actors.force_staff import force_of_staff
from brief.actors.framed_positions import add_framed
from brief.actors.fronted_clause_participles import main_clause_participle
from brief.actors.furniture_words import LISTED, past_dateline, source_past_dateline
from brief.actors.gap_subjects import relative_subject, subject_filled
from brief.actors.gerunds_after_in import gerund_shares_subject
from brief.actors.group_members import group_member
from brief.actors.groups import described_body, described_group, people_noun
from brief.actors.headline_sources import headline_statements
from brief.actors.inner_cues import aside_in_frame, frames_another_cue, quoted_by_another, source_before_inner_cue
from brief.actors.interposed_names import leader_of_company, member_before_bracket
from brief.actors.interview_answers import interview_answers, own_voice
from brief.actors.inverted_reports import subject_after_verb
from brief.actors.issued_saying import sent_by, thing_issued_saying
from brief.actors.its_officers import its_officer
from brief.actors.joint_signers import document_aside
from brief.actors.joint_speakers import co_speakers
from brief.actors.labelled_descriptions import labelled_descriptions
from brief.actors.labelled_turns import unnamed_turns
from brief.actors.lead_descriptions import lead_named_later
from brief.actors.letters import letters_own_words, opens_in_first_person, signed_letters, writer_of
from brief.actors.medium_participles import verb_after_medium
from brief.actors.mention_index import MentionIndex, add_found
from brief.actors.mentions import Mention
from brief.actors.name_cues import cue_in_name
from brief.actors.named_after import named_after
from brief.actors.narrator import narrators_own_words, voiced_mentions
from brief.actors.nested_clauses import outer_first
from brief.actors.no_statement import states_nothing
from brief.actors.object_subjects import shared_subjects
from brief.actors.object_times import time_after_object
from brief.actors.office_holders import named_holders
from brief.actors.opening_subject import joined_source, participle_subject
from brief.actors.passive_agents import agent_of_passive
from brief.actors.phrasing import summary_line
from brief.actors.place_bodies import body_of_place
from brief.actors.positions import resolve_source, within
from brief.actors.possessed_bodies import own_possessed_body, possessed_body
from brief.actors.post_authors import post_author
from brief.actors.publisher_voice import publisher_speaks
from brief.actors.quote_before import before_next_frame, quote_before_cue
from brief.actors.quoted_passages import unwrapped
from brief.actors.quoting_outlets import outlet_agent
from brief.actors.referring import described_bodies, described_people
from brief.actors.relative_contents import relative_content
from brief.actors.relative_main_verbs import main_verbs_after_relatives
from brief.actors.relative_subject import subject_before_dashed_relative, subject_with_relative
from brief.actors.relayed_turns import spoken_turns
from brief.actors.resumed import frame_left_out, resumed_quotation
from brief.actors.said_clause_names import said_clause_content
from brief.actors.self_described import described_later
from brief.actors.self_named import names_itself
from brief.actors.shared_participles import before_shared_participle
from brief.actors.short_positions import noun_clause, short_stance
from brief.actors.signed import signed_quotes
from brief.actors.single_quotes import as_double
from brief.actors.source_descriptions import source_description
from brief.actors.source_edges import source_edges
from brief.actors.speakers import (
    MIN_POSITION_WORDS,
    introduced_later,
    missed_speaker,
    reported_within,
    unnamed_people,
)
from brief.actors.statements import (
    adverb_then_verb,
    closed_source,
    conditional_cue,
    content_after_fronted,
    content_around_participle,
    gapped_content,
    in_its_sentence,
    outlet_then_verb,
    subordinate_content,
)
from brief.actors.subordinate_asides import aside_in_subordinate
from brief.actors.telephone_calls import call_made
from brief.actors.their_unions import their_union
from brief.actors.time_subjects import subject_before_time
from brief.actors.titled_sources import name_after_title, titles_listed_before
from brief.actors.trailing_according import content_before_trailing_source
from brief.actors.trailing_participle import content_after_trailing_participle
from brief.actors.transcript_headings import transcript_quotations
from brief.actors.tweets import signed_posts, without_links
from brief.actors.voiced_lists import co_refusers
from brief.actors.vox_pop import signed_answers
from brief.actors.whole_quotes import partly_quoted
from brief.model import Article, Position, Sentence
from brief.text.quotes import doubled_as_curly
from brief.text.unclosed_quotes import closed_before_frames

ENGLISH = "en"


@dataclass(frozen=True)
class ArticleActors:
    """What reading one article for its actors yields: its mentions, and its positions and
    descriptions keyed to mentions. The per-article result that crosses the process pool and is
    kept in the article cache (brief.parallel, brief.cache); ``assemble.assemble_actors`` reads them."""

    mentions: tuple[Mention, ...]
    positions: tuple[tuple[Mention, Position], ...] = ()
    descriptions: tuple[tuple[Mention, str], ...] = ()


def nothing_found() -> ArticleActors:
    """The reading of an article whose reading failed (brief.parallel warns about it)."""
    return ArticleActors(())


def read_article(article: Article, sentences: Sequence[Sentence]) -> ArticleActors:
    """One article's mentions and positions: the per-article half, which brief.parallel spreads over cores.

    An article not in English yields none: the tagger and the cue model learned English, and on
    German or French pages they listed common nouns ("Uhr", "Seit") as people. The loader's
    warning says so, so the empty list is not silent.
    """
    if article.language != ENGLISH:
        return ArticleActors(())
    curly = closed_before_frames(doubled_as_curly(article.text))  # same offsets; '"A, X said, "B"': A closed
    if curly != article.text:  # the sentences read the same marks ("''It's anti-reform.''" opens a quotation)
        sentences = [dataclasses.replace(s, text=curly[s.start : s.end]) for s in sentences]  # a sentence: its span
    article = dataclasses.replace(article, text=curly)
    lowercase = lru_cache(maxsize=1)(lambda: set(re.findall(r"\b[a-z]+\b", article.text)))
    blocks = blocks_of(article.text, sentences)
    if len(blocks) == 1:
        return _read_block(article, sentences, (0, len(article.text)), lowercase)
    parts = [_read_block(article, block, span, lowercase) for span, block in blocks]
    return ArticleActors(tuple(m for p in parts for m in p.mentions), tuple(x for p in parts for x in p.positions),
                         tuple(x for p in parts for x in p.descriptions))


def _in_sentence(attribution: Attribution, sentences: Sequence[Sentence]) -> bool:
    """Whether the cue lies in its sentence (the one the attribution model found it at or after): the
    text between and after the story's sentences is what the loader set aside (a subscription pitch,
    a caption's credit, a list of links)."""
    k = attribution.sentence
    return 0 <= k < len(sentences) and sentences[k].start <= attribution.cue[0] < sentences[k].end


def _read_block(
    article: Article, sentences: Sequence[Sentence], block: tuple[int, int], lowercase: Callable[[], set[str]]
) -> ArticleActors:
    text = article.text
    mentions = article_mentions(article, sentences, lowercase)
    if not sentences:
        return ArticleActors(tuple(mentions))
    positions: list[tuple[Mention, Position]] = []
    descriptions: list[tuple[Mention, str]] = []
    offset = block[0]
    spans = [(s.start - offset, s.end - offset) for s in sentences]
    chain = SpeakerChain()
    index = MentionIndex(mentions, text)
    taken: list[tuple[int, int]] = []
    sourced: list[tuple[int, int]] = []
    cues: list[tuple[int, int]] = []
    letters = signed_letters(article.text, sentences, article.id)
    # an embedded post or a signed quotation is its signer's words, whole: a cue inside it
    # ("British people say words funny", "an MP3 of you saying") is no one else's statement
    signed = [*signed_posts(article.text, sentences, index), *signed_quotes(article.text, sentences, index),
              *transcript_quotations(article.text, sentences, index)]  # a speech in full under its heading
    # a passage quoted from another text is read without its outer marks: its own frame names the speaker
    read_as = as_double(unquoted := unwrapped(article.text[block[0] : block[1]], spans), article.title)
    # 'single' quotations are read as double ones, by the model and by every rule that shapes what it found;
    # a position's words are the article's own (the same text, mostly: then not read twice)
    marked = read_as if unquoted == article.text else as_double(article.text, article.title)
    found = shared_subjects(marked, coordinated_predicates(marked, main_verbs_after_relatives(  # "X, which disputes ..., claims"
        marked, [shifted(offset, a) for a in find_attributions(read_as, spans)])))
    labels = spoken_turns(article.text, sentences, index, found)  # "Rick: ...", less what a host relays of another
    turns = unnamed_turns(article.text, sentences, labels)  # an interviewer's "WALLACE: ..."
    spans_in_text = [(s.start, s.end) for s in sentences]
    found_cues = [a.cue for a in found]  # the cues every clause rule below reads, listed once an article
    stating: dict[int, tuple[int, int]] = {}  # the attributions that gave a position (by id): what they stated
    for found_here, holders in outer_first(marked, found, spans_in_text):
        if not _in_sentence(found_here, sentences):
            continue  # a cue in the page's furniture ("If you're seeing this message, ... log in"): no one's statement
        attribution = outlet_then_verb(marked, adverb_then_verb(marked, in_its_sentence(marked, found_here, sentences)))
        attribution = agent_of_passive(marked, gerund_shares_subject(marked, attribution), sentences)  # "The plan was rejected by X": X's stance
        attribution = modal_cue(marked, negated_cue(marked, clause_after_saying(marked, verb_after_medium(marked, tidy_cue(marked, attribution)))))
        attribution = before_next_frame(marked, attribution, found)  # “A,” said X. “B,” said Y: B is Y's
        attribution = source_before_inner_cue(marked, attribution, found)  # "The letter warns X: ...": not X
        if frames_another_cue(attribution, found) or aside_in_frame(marked, attribution, found) or quoted_by_another(marked, attribution, found):
            continue  # "Commenting on the appointment, X said: ...": the "said" frames the words
        attribution = before_with_clause(marked, before_coordinated_cue(marked, before_shared_participle(marked, attribution, found), found), found)  # "blamed X and said Y", "X, with Y saying Z": two
        attribution = before_next_deed(marked, before_outer_frame(marked, attribution, found), found)
        # "Oxfam and Save | the Children called"; "According to X's spokeswoman, | Emma Liu, the ..."; "The S.E.C|."
        attribution = source_edges(marked, name_after_fronted_source(marked, list_before_cut_name(
            marked, source_past_dateline(marked, attribution))))
        attribution = content_before_trailing_source(marked, attribution)  # "... in 1965 according to X, chairman of Y"
        attribution = quote_before_cue(marked, outlet_agent(marked, member_before_bracket(marked, closed_source(marked, titles_listed_before(marked, name_after_title(marked, attribution))))))  # "quoted as saying by Bild": not Bild
        attribution = inverted.quotation_alone(marked, inverted.source_after_cue(marked, attribution))
        attribution = inverted.apposed_relative(marked, inverted.quoted_as_saying(marked, attribution))
        attribution = audience_in_aside(marked, thing_issued_saying(marked, attribution))  # "X, speaking to the Echo, said": X
        cue = " ".join(marked[attribution.cue[0] : attribution.cue[1]].split())
        if dateline_colon(marked, attribution, index) or cue_in_name(marked, attribution, index):
            continue  # "New Delhi: AAP convener X said ...": a dateline; "Tan See Leng told": "See" is a name
        if states_nothing(marked, cue, attribution):
            continue  # "blocks a shot", "AirPods offer support", "released a letter from ...": an action, no statement;
            # "seems to have left ...", "has seemingly | changed policy": the writer's judgement of the subject
        if 0 <= attribution.sentence < len(sentences):
            if (conditional_cue(marked, attribution, sentences[attribution.sentence].start)
                    or pronoun_that(marked, attribution, sentences[attribution.sentence].end)):
                continue  # "if they expect to stay relevant": a condition; "said that before": no statement
            attribution = inverted.participle_frame(marked, set_off_speaker(marked, attribution, sentences[attribution.sentence].end),
                                           sentences[attribution.sentence].end)  # ", with its chief, Name, saying"
            attribution = resumed_quotation(marked, frame_left_out(marked, attribution), sentences[attribution.sentence].end)
            attribution = inverted.body_after_source(marked, inverted.bracketed_acronym(marked, attribution, sentences[attribution.sentence].start),
                                                     sentences[attribution.sentence].start)  # "..., said X of the museum, which ..."
            attribution = trailing_sources.clause_before_source(marked, leader_of_company(marked, attribution, sentences[attribution.sentence].start), sentences[attribution.sentence].start)
            attribution = subject_after_verb(marked, attribution, index, sentences[attribution.sentence])  # "..., announced the Bureau.", "..., said al-Kadhimi."
            attribution = content_after_fronted(marked, dateline_out_of_content(marked, attribution), sentences[attribution.sentence].end)
            attribution = answer_after_frame(marked, quotation_after_when(marked, medium_left_out(marked, expletive_left_out(marked, tally_left_out(marked, attribution)))),
                                             sentences[attribution.sentence].end)
            attribution = content_before_medium(marked, medium_after_object(marked, attribution), sentences[attribution.sentence].start)
            attribution = object_before_participle(marked, attribution, sentences[attribution.sentence].start)
            attribution = subject_read_as_content(marked, attribution, sentences[attribution.sentence].end)
            attribution = subject_with_relative(marked, attribution, spans_in_text[attribution.sentence])  # "X, whose son ..., said"
            attribution = subject_before_dashed_relative(marked, attribution, sentences[attribution.sentence].start)  # "X - which ... - said"
            attribution = aside_in_subordinate(marked, attribution, sentences[attribution.sentence].end)  # "after X, like Y, was"
            attribution = clause_ends(marked, attribution, sentences[attribution.sentence].start)  # "..., but Y questioned"
            attribution = content_around_participle(marked, attribution, sentences[attribution.sentence].end)
            attribution = content_after_trailing_participle(marked, attribution, sentences[attribution.sentence].end)
            attribution = subordinate_content(marked, attribution, sentences[attribution.sentence].start)
            attribution = through_dashes(marked, through_colon(marked, attribution, spans_in_text), spans_in_text)
            attribution = document_aside(marked, attribution, sentences[attribution.sentence].start)  # "The letter – ... – warns"
            attribution = set_off_cue(marked, attribution, sentences[attribution.sentence].end, sentences[attribution.sentence].start)
            attribution = through_participle(marked, attribution, sentences[attribution.sentence].end,
                                             found_cues)
            attribution = through_relative_aside(marked, attribution, sentences[attribution.sentence].end,
                                                 found_cues)
            attribution = through_verbless_comma(marked, attribution,
                                                 (sentences[attribution.sentence].start, sentences[attribution.sentence].end),
                                                 found_cues)
            attribution = relative_content(marked, joined_source(marked, attribution, found, spans_in_text))
            attribution = subject_before_set_off_cue(marked, attribution, sentences[attribution.sentence].start)
            attribution = main_clause_participle(marked, attribution, sentences[attribution.sentence].start)
            attribution = clause_before_set_off_cue(marked, attribution, sentences[attribution.sentence].start,
                                                    found_cues)
            attribution = time_after_object(marked, within_bracket(marked, subject_before_time(marked, attribution, sentences[attribution.sentence].start)))
        if call_made(marked, attribution):
            continue  # "called 911", "called Doerr and delivered ...": a telephone call, read on its content's final span
        cues.append(attribution.cue)
        if any(id(h) in stating and attribution.cue[0] < stating[id(h)][1] for h in holders):  # not in a cut-off tail
            continue  # "Tesco has recalled ..., the agency said": the agency's position, read first, holds it
        mention = (None if with_subject(marked, attribution) or sent_by(marked, attribution) else chain.participle_subject(cue, attribution)
                   ) or chain.conjoined_subject(marked, attribution) or chain.added_report(marked, attribution)  # "with Y saying"
        if mention is None:
            if chain.goes_on_unnamed(marked, attribution) or chain.same_as_unnamed(marked, attribution):
                continue  # "A phalanx of lawyers argued ... They also maintained", "the same official": no actor
            mention = resolve_source(marked, attribution, index, chain.last())
            if 0 <= attribution.sentence < len(sentences):  # "X, a spokesman for the Y Party, said": X, not Y
                mention = past_apposition(marked, attribution, index, mention, sentences[attribution.sentence], mentions)
                attribution = owner_in_content(marked, attribution, mention)  # "X, of Y, said Amazon's decision ..."
                start = sentences[attribution.sentence].start
                subject = None if mention is not None else participle_subject(
                    marked, attribution, index.within((start, attribution.cue[0])), start)
                if subject is not None:  # "Fernandes flew to Surabaya on Monday, saying ...": the clause's subject
                    if chain.goes_on_unnamed(marked, dataclasses.replace(attribution, source=subject)):
                        continue  # "A man described ... said ... he was chastised for writing an essay calling": his
                    subjected = dataclasses.replace(attribution, source=subject)
                    mention = resolve_source(marked, subjected, index, chain.last())
                    attribution = attribution if mention is not None else subjected  # "The Government hit back, saying"
            if mention is not None and 0 <= attribution.sentence < len(sentences):  # not another's "farmers' association"
                owning = own_possessed_body(marked, attribution, mention, sentences[attribution.sentence].index, people_noun)
                if owning is not mention:
                    mention = owning
                    add_found(mentions, index, owning)
            placed = body_of_place(marked, attribution, index, mention, article.id)
            if placed is not mention:  # None: "Germany's biggest union demanded", not the country
                mention = placed  # "the Inner Mongolia health commission said": the commission, not the region
                if mention is not None:
                    add_found(mentions, index, mention)
        label = next((x for x in labels if attribution.source and overlaps(attribution.source, x.label)), None)
        if label is not None:
            mention = label.mention  # "Nadia: I was ...": the label names its speaker, however the tagger typed it
            add_found(mentions, index, label.mention)
            attribution = dataclasses.replace(attribution, content=label.span)  # and the whole answer is theirs
        elif (any(x.span[0] <= attribution.cue[0] < x.span[1] for x in [*labels, *signed])
              or any(a <= attribution.cue[0] < b for a, b in turns)):
            continue  # "Rick: ... AMP pushed us to remove ...": the whole answer is Rick's, not AMP's
        outer = chain.outer()
        if mention is None and outer is not None and reported_within(marked, outer[0], attribution):
            # "Delgado said she and some neighbors worried that ...": Delgado reports the worry
            mention = outer[1]
            attribution = dataclasses.replace(attribution, cue=outer[0].cue, source=outer[0].source,
                                              content=(outer[0].content[0], attribution.content[1]))
            cue = " ".join(marked[attribution.cue[0] : attribution.cue[1]].split())
        inner = named_inside(marked, attribution, index) if mention is None else None
        if inner is not None:  # "Our sources say Lupita told cops it was taken": Lupita's words
            mention, attribution = inner
            cue = " ".join(marked[attribution.cue[0] : attribution.cue[1]].split())
        parties = deal_parties(marked, attribution, index) if mention is None else None  # "..., the companies said"
        mention = parties[0] if parties is not None else mention
        if mention is None and 0 <= attribution.sentence < len(sentences):
            owned = possessed_body(marked, attribution, article.id, sentences[attribution.sentence].index, people_noun)
            mention = (missed_speaker(marked, attribution, index, sentences[attribution.sentence], article.id)
                       or described_group(marked, attribution, index, article.id,
                                          sentences[attribution.sentence].index, found)
                       or described_body(marked, attribution, article.id, sentences[attribution.sentence].index)
                       or their_union(marked, attribution, article.id, sentences[attribution.sentence].index, people_noun)
                       or owned  # "The farmers' association rejected": no name written
                       or its_officer(marked, attribution, index, article.id, sentences[attribution.sentence].index)
                       or body_cut_at_start(attribution.source, index)
                       or post_author(marked, attribution, index, sentences, attribution.sentence)  # "The caption read:"
                       or group_member(marked, attribution, sentences, attribution.sentence, article.id)  # "One wrote:"
                       or force_of_staff(marked, attribution, index))  # "Deputies said": the sheriff's office
            if mention is not None:
                add_found(mentions, index, mention)
        if mention is None:
            mention = publisher_speaks(marked, attribution, index, article.source)
        # "Researchers predicted that ..." in a reader's letter: people the writer describes, not the writer
        writer = writer_of(letters, marked, attribution) if mention is None and not unnamed_people(marked, attribution) else None
        if writer is not None:
            mention = writer  # "I disagree with the notion that ...", signed "Herman Betchart"
            add_found(mentions, index, mention)
            if 0 <= attribution.sentence < len(sentences) and opens_in_first_person(sentences[attribution.sentence].text):
                continue  # the writer's sentence is listed whole, with its "I" (brief.actors.letters)
        if mention is not None and names_itself(marked, attribution, mention):
            taken.append(attribution.content)  # nor is a cue inside it read as another's ("... and ask them")
            mention = None  # "He suggested that Page meet ...": "he" is not Page
        if mention is None:
            chain.unresolved(marked, attribution, cue)
            continue
        chain.spoke(marked, attribution, mention)
        if (mention.kind != "person" and cue.split()[-1].lower() in ("quoted", "quotes", "quoting")
                and _QUOTED_AS.match(marked, attribution.content[0], attribution.content[1])):
            continue  # "An-Nahar quoted Prime Minister X as saying: ...": X's words, which X's own cue gives X
        stated = gapped_content(marked, attribution) or (attribution if relative_subject(marked, attribution) else None)
        if stated is None or object_gap(marked, attribution) or not_asserted(marked, attribution):
            taken.append(attribution.content)  # nor is it read again as a reporting clause
            continue  # "a risk which he argues would pose ...": a predicate, its subject outside
        if unfamiliar_deed(marked, attribution) or pronoun_object(marked, attribution):
            taken.append(attribution.content)  # nor is a participle after it read back into the deed
            continue  # "named the moons after ...": done, not said; "disclosed this in Abuja": said before
        between = cue_gap(marked, attribution) if stated is attribution else ""  # not "is that"
        attribution = past_dateline(marked, said_clause_content(marked, stated, mention))
        content = subject_filled(marked, attribution, without_links(content_text(article.text, attribution)))
        if ((len(content.split()) < MIN_POSITION_WORDS and not short_stance(cue, content) and not noun_clause(content))
                or any(overlaps(attribution.content, other) for other in taken)):
            continue  # "..., he further said, adding ...": one position, not two
        if LISTED.search(content) or LISTED.search(sentences[attribution.sentence].text):
            continue  # "oppose funding bill over ... | Senators call for ... |": headlines run in, no statement
        if audience_only(content):
            continue  # "told reporters in Beijing after the visit": to whom, not what
        taken.append(attribution.content)
        stating[id(found_here)] = attribution.content  # "..., as Moscow rejected the claim" cut off: not stated
        quote = (attribution.quote and not partly_quoted(content)) or (cue.strip() == ":" and own_voice(content))  # "Rick: I got into tech ..."
        worded = content if quote else sentence_case(content, lowercase, article.text)
        position = Position(
            cue=cue,
            text=content,
            summary=summary_line(cue, worded, quote, between, content_first=attribution.content[1] <= attribution.cue[0]),
            quote=quote,
            article=article.id,
            index=sentences[attribution.sentence].index,
        )
        positions.append((mention, position))
        for co_body in [parties[1]] if parties else co_speakers(marked, attribution, mention, index):  # "X and Y said"
            positions.append((co_body, position))
        source = source_phrase(article.text, attribution)
        original = attribution.source
        if source and original and not within(mention, original):
            described = source_description(" ".join(article.text[source[0] : source[1]].split()))
            if described is not None:
                descriptions.append((mention, described))  # "the top US diplomat"
                sourced.append(source)
    named_later = labels + introduced_later(article.text, chain.pending, chain.resolved, index)  # framed by a label, or by the lead
    named_later += lead_named_later(article.text, chain.unattributed, chain.resolved, index)  # "The director of a zoo ... admitted"
    named_later += named_holders(article.text, chain.offices, chain.resolved, index)  # "The firm's chief said ... X added"
    named_later += described_later(article.text, chain.unattributed, named_later, index)  # "the club said": Arsenal, "the ... club"
    named_later += named_after(article.text, chain.unattributed, named_later, index)  # a lead's "the rebels said", then "FARC"
    named_later += labelled_descriptions(article.text, article.id, chain.unattributed, named_later, index)  # "X: The co-director said"
    named_later += letters_own_words(article.text, sentences, letters, cues)
    named_later += signed_answers(article.text, sentences, index)  # a vox pop's answers, each signed below
    named_later += narrators_own_words(article.text, sentences, mentions)  # "this is Joe Biden and I'm here ..."
    named_later += interview_answers(article.text, sentences, mentions)  # "What did you read? | I read ..."
    add_framed(article, sentences, mentions, positions, index, chain.resolved, cues, named_later, signed, taken, lowercase)
    for mention, span, written in [*described_people(article.text, block, index),
                                   *described_bodies(article.text, block, index)]:
        if not any(overlaps(span, s) for s in sourced):
            descriptions.append((mention, written))  # "the former mayor", unless counted as a source
    voiced = voiced_mentions(article.text, sentences, mentions)  # "this is Joe Biden and I'm ...", then "I"
    if block[0] == 0:  # the headline's "X: ...", "X Says ...", read with the first block's names
        positions += headline_statements(article, sentences, index, positions, lowercase)
    return ArticleActors((*mentions, *voiced), (*positions, *co_refusers(article.text, sentences, index, positions)), tuple(descriptions))


_QUOTED_AS = re.compile(r"[^.;:\n]{0,80}?\bas\s+(?:saying|telling|stating|writing)\b")
"""What an outlet quoted someone as saying is the quoted person's, not the outlet's ("Punch quoted X as saying",
"X was quoted by Punch as saying": the content then opens on "as")."""
