"""Attribution extraction: who said / wants / rejects / threatens what.

Three stages, all without a parser or NLTK data (so it runs anywhere, fast):

1. *Cue tagger*: an averaged perceptron marks cue tokens ("said", "according to", "called on",
   "vowed") from lexical, quote-structure and rough subject/complement features (word classes
   beside the token, skipping auxiliaries; cue families from ``cues.py`` for rare words); adjacent
   cue tokens form one cue. Only words that are often cues (plus a hand seed list) and the words
   after a cue token are scored, which keeps it at a few thousand sentences per second. Runs of
   auxiliaries alone are dropped; auxiliaries, negation and "is" before a participle are attached
   and a trailing "in a statement" left out, as PolNeAR marks cues. Changes were chosen on a
   validation fifth of PolNeAR train (``bench/attribution_polnear.py --validation``), not on dev.
2. *Source tagger*: for each cue a second perceptron marks the tokens of the source noun phrase
   in a window around the cue (relative position, punctuation in between, word shape); the run
   nearest the cue wins. Sources are spans as written ("he", "the top US diplomat").
3. *Content*: rules over quote marks and clause structure pick the reported material before or
   after the cue, following quotes across sentences.

Weights are learned from PolNeAR train by ``tools/train_attribution.py`` and shipped as .npz arrays.
Tokenisation and sentence boundaries used for features are internal (fixed), because the
learned weights depend on them; the caller's sentence spans are used only for ``sentence``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from brief.actors.attribution.comment_requests import without_comment_requests
from brief.actors.attribution.content import _EDGE, _WHEN, _outside_cue, find_content
from brief.actors.attribution.decoding import (
    CUE_THRESHOLD,
    _idle,
    gated,
    grow_cue,
    past_medium,
    report_span,
    tag_cues,
    tag_source,
    walk_source,
)
from brief.actors.attribution.document import QUOTES, Doc, build_doc
from brief.actors.attribution.empty_frames import without_empty_frames
from brief.actors.attribution.features import _PREPS, build_prefix, cue_features, source_features
from brief.actors.attribution.weights import MODEL_PATH, Model, Perceptron, Weights, load_model, save_model

__all__ = [
    "CUE_THRESHOLD", "MODEL_PATH", "QUOTES", "_PREPS", "_WHEN", "Attribution", "Doc", "Model", "Perceptron",
    "Weights", "build_doc", "build_prefix", "cue_features", "find_attributions", "gated", "load_model",
    "save_model", "source_features", "walk_source",
]


@dataclass(frozen=True)
class Attribution:
    """One attribution: character spans into the article text.

    ``source`` is None when the text gives no source ("is expected to"); ``quote`` is True for
    direct quotes; ``sentence`` indexes the caller's sentence spans (the cue's sentence; the
    preceding one if the cue falls between spans, 0 if there are none).
    """

    cue: tuple[int, int]
    source: tuple[int, int] | None
    content: tuple[int, int]
    quote: bool
    sentence: int


def find_attributions(text: str, sentence_spans: list[tuple[int, int]]) -> list[Attribution]:
    """All attributions in ``text``, in text order.

    Any text is valid input; an exception here is a bug, and it is raised (the pipeline turns it
    into a warning for users, see ``brief.parallel.read_article``), never hidden as "no attributions".
    """
    from brief.actors import (
        framing,  # it reads this package's Doc: imported once the package is whole
    )
    from brief.actors.according_openers import opened_clauses
    from brief.actors.accused_participles import without_accused_participles
    from brief.actors.adding_clauses import fronted_before_said
    from brief.actors.addressee_contents import addressed_quotes, fronted_told
    from brief.actors.adverb_sources import adverb_source
    from brief.actors.apposed_descriptions import opening_descriptions
    from brief.actors.apposed_sources import apposed_source
    from brief.actors.as_frames_it import past_frame_it
    from brief.actors.body_stances import body_stance_cues
    from brief.actors.bracket_colons import without_bracket_colons
    from brief.actors.circumstance_quotes import circumstance_quotes
    from brief.actors.comparative_expectations import without_comparative_expectations
    from brief.actors.contrast_cues import contrast_cues
    from brief.actors.counsel_sides import without_counsel_sides
    from brief.actors.counted_objects import without_counted_objects
    from brief.actors.described_before_source import described_before_source
    from brief.actors.described_relatives import described_who
    from brief.actors.document_agents import document_agents
    from brief.actors.firm_ampersands import without_firm_ampersands
    from brief.actors.fronted_cue_names import fronted_cue_names
    from brief.actors.home_town_sources import with_home_town_sources
    from brief.actors.inserted_reports import inserted_reports
    from brief.actors.joined_cues import joined_cues
    from brief.actors.manner_frames import manner_cues
    from brief.actors.misplaced_contents import past_addressee_relative, said_before_reason
    from brief.actors.named_of_sources import with_named_of_sources
    from brief.actors.object_agents import subject_before_object_agent
    from brief.actors.object_sources import object_source
    from brief.actors.occasion_speeches import occasion_speakers
    from brief.actors.opinion_cues import opinion_cues
    from brief.actors.outer_frames import without_outer_frames
    from brief.actors.participle_objects import without_following_sources
    from brief.actors.participle_statements import with_fronted_participles
    from brief.actors.passive_namings import without_passive_namings
    from brief.actors.passive_relative_agents import without_passive_relative_agents
    from brief.actors.plain_cues import plain_cues, within_plain
    from brief.actors.platform_stances import platform_cues, platform_sources
    from brief.actors.plea_cues import plea_cues
    from brief.actors.prepositional_sources import without_prepositional_sources
    from brief.actors.quotation_first_frames import quotation_first_frames
    from brief.actors.quoted_as import quoted_as_saying
    from brief.actors.rare_saying_cues import rare_saying_cues
    from brief.actors.reduced_relatives import without_reduced_relatives
    from brief.actors.rejected_gerunds import rejected_gerunds
    from brief.actors.relative_sources import relative_source
    from brief.actors.relative_speakers import relative_speakers
    from brief.actors.relay_tails import without_relay_tails
    from brief.actors.reopened_quotes import before_next_quotation
    from brief.actors.reported_joins import reported_joins
    from brief.actors.role_noun_cues import without_role_nouns
    from brief.actors.roundup_glosses import without_glossed_headings
    from brief.actors.said_names import without_said_names
    from brief.actors.source_cues import with_cues_in_sources
    from brief.actors.split_cues import split_cues
    from brief.actors.subordinate_subjects import clause_source, outside_clause_source, without_subordinate_fronts
    from brief.actors.title_stops import without_title_stops
    from brief.actors.titled_appositions import titled_apposition
    from brief.actors.unclosed_appositions import unclosed_apposition
    from brief.actors.user_handles import handles_capitalised
    from brief.actors.with_group_participles import without_group_participles

    model = load_model()
    doc = build_doc(handles_capitalised(without_firm_ampersands(without_title_stops(without_bracket_colons(text)))))
    # "Ald. Pete Kowal said"; "Baird & Co."; "Brown (real name: X) wrote" (same offsets)
    if not doc.words:
        return []
    cues = [grow_cue(doc, c0, c1) for c0, c1 in split_cues(doc, tag_cues(doc, model)) if not _idle(doc, c0, c1)]
    tagged = {k for c0, c1 in cues for k in range(c0, c1)}
    closing = {k for k in framing.quote_closing_verbs(doc) if k not in tagged}  # the frame's, untagged
    plain = plain_cues(doc, cues) + plea_cues(doc, cues) + contrast_cues(doc, cues) + opinion_cues(doc, cues)
    plain += platform_cues(doc, cues)  # "took to Twitter to attack ...": the verb after a platform used
    plain += rare_saying_cues(doc, cues)  # "he professed that ...": a verb of saying the tagger never learned
    cues = sorted({*framing.closing_cues(doc, within_plain(cues, plain)), *((k, k + 1) for k in closing),
                   *body_stance_cues(doc, cues), *plain, *joined_cues(doc, cues), *manner_cues(doc, cues)})
    mask = [False] * len(doc.words)
    for c0, c1 in cues:
        for k in range(c0, c1):
            mask[k] = True
    pre = build_prefix(doc, mask)
    starts = [s for s, _ in sentence_spans]
    sources: list[tuple[int, int] | None] = []
    for c0, c1 in cues:
        src = tag_source(doc, pre, c0, c1, model)
        if src:
            a, b = src
            while b > a + 1 and doc.raw[b - 1] in _EDGE:
                b -= 1
            src = object_source(doc, c0, (a, b), c1)  # "..., Todd Boehly’s side, and said": not Boehly
        src = clause_source(doc, c0, adverb_source(doc, c0, c1, src))  # "..., after Russia vetoed the text": Russia
        src = outside_clause_source(doc, c0, src)  # "A woman ... while X was governor is now speaking out": not X
        src = relative_source(doc, c0, src)  # "Ann Lee, 71, whose son ..., said": Ann Lee, not "whose"
        src = described_who(doc, c0, src)  # "... on the designer, who insists": the designer
        src = apposed_source(doc, c0, src)  # "Its director, Dr. Ada Obi, appealed to": the name too
        src = unclosed_apposition(doc, c0, src)  # "Ann Obi, head of the Wing said": Ann Obi
        src = titled_apposition(doc, c0, src)  # 'Ann Obi, author of "The Road," alleges': Ann Obi
        sources.append(src)
    sources = [framing.inverted_source(doc, c0, c1, src) or framing.according_source(doc, c0, c1, src)
               or framing.opening_name(doc, c0) for (c0, c1), src in zip(cues, sources)]
    out: list[Attribution] = []
    for k, ((c0, c1), src) in enumerate(zip(cues, sources)):
        nxt = None
        if k + 1 < len(cues) and doc.sent[cues[k + 1][0]] == doc.sent[c0]:
            nxt = (cues[k + 1][0], cues[k + 1][1], sources[k + 1])
        framed = framing.quote_then_named_speaker(doc, c0) or (framing.closing_frame(doc, c0) if c0 in closing else None)
        content: tuple[int, int] | None
        if framed is not None:
            src, content = framed
        else:
            content = find_content(doc, c0, c1, src, nxt)
            own = framing.closing_frame(doc, c0) if c1 == c0 + 1 else None
            if own is not None and (content is None or content[1] <= own[1][0] or content[0] >= own[1][1]):
                src, content = own  # “...,” Trump told the Times, alarming critics ...: the quotation, not the clause after
        if content is None or content[1] <= content[0]:
            continue
        ca, cb = _outside_cue(doc, content, (c0, c1), src)
        ca = past_medium(doc, c1, ca, cb)  # "posted on | Twitter accusing ...": what was posted
        cb = before_next_quotation(doc, ca, cb, (c0, c1))  # '"A," X said Saturday. "B.': A, not the mark of B
        if any(doc.qopen[k] or doc.inq[k] for k in range(ca, cb)):
            cb = framing.quote_goes_on(doc, cb, mask)
        r0, r1 = report_span(doc, c0, c1)
        cue_span = (doc.spans[r0][0], doc.spans[r1 - 1][1])
        src_span = (doc.spans[src[0]][0], doc.spans[src[1] - 1][1]) if src else None
        quote = doc.qopen[ca] or (doc.inq[ca] and ca > 0 and doc.qopen[ca - 1])
        sent = max(0, bisect.bisect_right(starts, cue_span[0]) - 1) if starts else 0
        out.append(Attribution(cue_span, src_span, (doc.spans[ca][0], doc.spans[cb - 1][1]), quote, sent))
    out = [subject_before_object_agent(text, fronted_before_said(text, a, sentence_spans), sentence_spans)
           for a in without_outer_frames(text, out)]  # "X, he said, adding Y"; "rejected accusations by Y that ..."
    out = without_glossed_headings(text, out)  # "Bill Ballard: He teamed with ...": a round-up's heading and gloss
    out = without_subordinate_fronts(text, out)  # "A search was planned, before X told police where to look, Y said": not X's
    out = without_passive_relative_agents(text, out)  # "A woman who was hired by X said": the woman, not X
    out = without_relay_tails(text, out)  # "... 'fake news,' Al Sahil TV reported": not the outlet's clause
    out = fronted_told(text, said_before_reason(text, past_addressee_relative(text, out), sentence_spans), sentence_spans)
    # "X has no plans, Y told reporters, adding": X has no plans; "told the father of X, 17, who ..., that"; "..., police say, especially since"
    out = with_fronted_participles(text, out, sentence_spans)  # "Stressing that ..., Yuksel said, ...": his, both
    out = without_comment_requests(text, out)  # "Euronews has contacted the Commission for comment": no stance
    out = inserted_reports(text, out, sentence_spans)  # "X is exploring a sale, Bloomberg reports, citing ...": Bloomberg's
    out = quoted_as_saying(text, out, sentence_spans)  # "The Daily quoted X as saying ...": X's words
    out = addressed_quotes(text, out)  # "“...,” X told NBC's "Meet the Press," adding": the quotation
    out = without_reduced_relatives(text, rejected_gerunds(text, out))  # "ruled out supporting", "stopped discussing"; "an outbreak declared"
    out = without_counsel_sides(text, without_accused_participles(text, out))  # "in Ashby Court charged with"; ", defending,"
    out = described_before_source(text, relative_speakers(text, out))  # "“...,” Wiratmo, who ..., said"; ", the agency, BPBS said"
    out = without_empty_frames(text, out)  # "X told reporters today, according to the press office.": no claim
    out = without_counted_objects(text, document_agents(text, out, sentence_spans))  # "A statement by the group said"; "set two conditions ..., but said"
    out = with_home_town_sources(text, out)  # "Stacy Webb of Columbia, South Carolina says": Stacy Webb, not the state
    out = without_passive_namings(text, with_named_of_sources(text, out))  # "X of Fulton Pryce went so far as to";
    # "is often called the Switzerland of"
    out = without_prepositional_sources(text, without_said_names(text, out))  # "at the Arena, stating"; "bin Said, who"
    out = platform_sources(text, quotation_first_frames(text, out))  # "X seemed ..., using his page to criticise": X's;
    # '“...,” analysts at X wrote last week in a note — citing ...': the quotation
    out = without_group_participles(text, out)  # "..., with some calling her out, saying": theirs, not the source's
    out = without_following_sources(text, out)  # "..., saying Israel’s aid ban ...": the content's, no source
    out = opening_descriptions(text, out)  # "The 80-year-old, a member of X: “...”": the description's, not X's
    out = opened_clauses(text, out, sentence_spans)  # "Since May, according to X, the fares rose": the clause, not "Since May"
    out = circumstance_quotes(text, out)  # "said of the vote, “We had ...”": the quotation, not "the vote"
    out = with_cues_in_sources(text, out)  # "Voss claims both | admitted it": Voss claims "both admitted it"
    out = fronted_cue_names(text, out)  # "Said Davis: “...”" read as one cue: the verb, and Davis the source
    out = without_role_nouns(text, out)  # "The former Socceroos defender | was hoping": the noun is the source's
    out = occasion_speakers(text, out)  # "X used the occasion of her lecture to tell the world": X, not the lecture
    return past_frame_it(text, reported_joins(text, without_comparative_expectations(text, out)), sentence_spans)  # "higher than analysts had expected": a result; "said police were searching and expected": the police's
