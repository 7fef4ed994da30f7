"""Whether a cue the model found states nothing: an action ("blocks a shot"), a verb of manner or of doing to
a document, the writer's judgement of the subject ("seems to have left"), a noun read as a verb ("ahead of
the Los Angeles show"), a fronted clause alone. ``brief.actors.extract`` skips these before it asks who
spoke; the tests live with each rule's own module.
"""

from __future__ import annotations

from brief.actors.agreed_deeds import agreed_deed
from brief.actors.attempted_sayings import attempted_saying
from brief.actors.attribution import Attribution
from brief.actors.bulleted_labels import bulleted_label
from brief.actors.caused_insights import caused_insight
from brief.actors.caused_reactions import caused_reaction
from brief.actors.cited_by_tails import cited_by_tail
from brief.actors.content_ends import fronted_clause_only
from brief.actors.content_frames import source_inside_content
from brief.actors.coordinated_passives import passive_second_predicate
from brief.actors.cue_idioms import (
    deed_sense,
    eponym_naming,
    noun_after_name,
    speech_act_alone,
    tells_truth_or_lies,
    writers_verdict,
)
from brief.actors.cue_shapes import shows_no_statement
from brief.actors.cue_verbs import action_cue, hollow_cue, issued_thing
from brief.actors.cut_subordinates import frame_read_as_content, fronted_subordinate_only
from brief.actors.emergency_calls import answered_call
from brief.actors.faced_calls import faced_call
from brief.actors.felt_by_object import feeling_in_object, felt_by_agent, liking_of_doing
from brief.actors.gerund_subjects import gerund_subject
from brief.actors.held_not_said import had_not_said, seen_as
from brief.actors.idiom_deeds import idiom_deed
from brief.actors.idle_cues import idle_cue
from brief.actors.imperatives import imperative_cue
from brief.actors.inferred_signs import inferred_sign
from brief.actors.joint_signers import done_to_document
from brief.actors.lone_officials import anonymity_asked
from brief.actors.manner_cues import manner_cue
from brief.actors.modifier_nouns import modifier_noun_cue
from brief.actors.other_senses import other_sense
from brief.actors.owned_nouns import owned_noun_cue
from brief.actors.passive_agents import turned_passive
from brief.actors.patronage import funded_support
from brief.actors.perceived import perceived
from brief.actors.phrasal_deeds import struck_with_particle
from brief.actors.quantified_nouns import quantified_noun_cue
from brief.actors.quoted_glosses import hedged_inference
from brief.actors.raising import empty_cue, raised_cue
from brief.actors.recipients import addressee_only
from brief.actors.results_deeds import posted_results
from brief.actors.spoken_about import spoken_about
from brief.actors.statements import not_a_statement, what_clause
from brief.actors.subject_nouns import subject_noun_cue
from brief.actors.unveiled import unveiled_thing
from brief.actors.with_plans import plan_in_with_phrase


def states_nothing(text: str, cue: str, attribution: Attribution) -> bool:
    """Whether the attribution gives no position, whoever its source: ``cue`` is its cue's words, spaced."""
    return (not_a_statement(text, cue, attribution.cue[0]) and not turned_passive(text, attribution)
            and not attempted_saying(text, attribution) or addressee_only(text, attribution)  # "sought to assure X that"
            or what_clause(text, attribution) or action_cue(text, attribution)
            or hollow_cue(text, attribution) or manner_cue(text, attribution)
            or issued_thing(text, attribution) or raised_cue(text, attribution) or done_to_document(text, attribution)
            or empty_cue(text, attribution) or shows_no_statement(text, attribution)
            or fronted_clause_only(text, attribution) or source_inside_content(attribution)
            or fronted_subordinate_only(text, attribution) or frame_read_as_content(text, attribution)  # "said that when X met Y, | he said ..."
            or noun_after_name(text, attribution) or tells_truth_or_lies(text, attribution) or writers_verdict(text, attribution)
            or speech_act_alone(text, attribution) or subject_noun_cue(text, attribution)
            or answered_call(text, attribution) or caused_reaction(text, attribution)
            or faced_call(text, attribution) or perceived(text, attribution)
            or agreed_deed(text, attribution) or modifier_noun_cue(text, attribution)
            or caused_insight(text, attribution) or imperative_cue(text, attribution)
            or had_not_said(text, attribution) or seen_as(text, attribution) or unveiled_thing(text, attribution)
            or funded_support(text, attribution)  # "has supported more than 60 art exhibitions"
            or inferred_sign(text, attribution)  # "Voters turned out in record numbers, suggesting that ..."
            or idle_cue(text, attribution)  # "As Sherlock would say", "called in threats", "filed a lawsuit against"
            or feeling_in_object(text, attribution) or liking_of_doing(text, attribution)  # "worried him", "relishes being"
            or felt_by_agent(text, attribution)  # "was most impressed by the striker"
            or struck_with_particle(text, attribution) or plan_in_with_phrase(text, attribution)  # "knocked down", "with plans for"
            or quantified_noun_cue(text, attribution) or owned_noun_cue(text, attribution)  # "some worry", "its forecast"
            or gerund_subject(text, attribution)  # "although blasting for the new pier is common"
            or bulleted_label(text, attribution)  # "- Navigation Roadblocks: Stores force you ..."
            or anonymity_asked(text, attribution)  # "..., the people said, asking not to be identified"
            or posted_results(text, attribution)  # "posted adjusted operating profit of 1.2 billion pounds"
            or cited_by_tail(text, attribution)  # "..., Ramon Estrella said, as cited by local radio"
            or passive_second_predicate(text, attribution)  # "was jailed and ordered to pay compensation"
            or other_sense(text, attribution)  # "going on to record wins", "a report titled", "called elections"
            or eponym_naming(text, attribution)  # "Mercury, named after the Roman god Mercurius, is"
            or deed_sense(text, attribution)  # "denied Kevin Davies a free shot", "hit back to equalise"
            or idiom_deed(text, attribution) or hedged_inference(text, attribution)
            or spoken_about(text, attribution))  # "Test results for X showed", "a voice resembling that of X": not X's  # "declared a state of emergency", "welcomed a baby girl"
