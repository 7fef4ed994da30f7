"""Cues that say nothing where they stand, gathered for ``brief.actors.no_statement``: a saying the writer
lends someone ("As Sherlock would say"), a verb of saying in its sense of a deed ("called in threats",
"lists RTX 3080s", "did not address her supporters", "called the chamber to order", "wrote six novels", "attacked X outside a bar", "invited X into a meeting", "urged
him on", "claimed the top spot", "concluded its hearing", "decided to tell its story"), a gerund that is an object's
reason to be blamed ("scolded the cast for, in his eyes, insulting X"), a legal action brought ("filed a lawsuit against"), a
passive aside after a name ("X, backed by the union's executive, said"), a saying not yet done ("have yet to
tell"), a name a group gave itself ("Googlers, they called themselves") or a thing's name after a relative pronoun
("what Apple is calling “spatial” photos"), or a study's task for its people ("asked five people to perform"), an announcement still to come ("will announce a new strategy") or others committed to a course, a
statement described by a relative clause ("issued a statement that seemed to ..."), or a deed its complement or
object shows ("did so", "supported X by intervening", "attacked Iran in February", "declared the
gifts", "raised private funds", "posted the fastest half century"), a claim or writings as the subject ("the
lawsuit seeks damages", "his correspondence suggests affection"), or a bodily sense ("blasting the bowlers out of
the park", "complained of chest pains"), or a sense its clause shows ("a service, called a Vigil,", "talks with the
mayor at his residence", "responded with an open letter", "the reason X has invoked to ...")."""

from __future__ import annotations

from brief.actors.attended_plans import planned_attendance
from brief.actors.attribution import Attribution
from brief.actors.bodily_senses import bodily_sense
from brief.actors.court_senses import admitted_in_court
from brief.actors.deed_complements import deed_complement
from brief.actors.deed_objects import deed_object
from brief.actors.deed_senses import (
    addressed_only,
    appointed,
    called_for_help,
    called_in,
    called_to_order,
    claimed_prize,
    concluded_event,
    invited_in,
    listed_goods,
    physical_attack,
    questioned_witness,
    urged_on,
)
from brief.actors.deed_verbs import deed_verb
from brief.actors.described_statements import described_statement
from brief.actors.flourishes import lent_saying
from brief.actors.found_states import found_in_state
from brief.actors.handed_objects import handed_over
from brief.actors.intended_deeds import intended_deed
from brief.actors.left_posts import left_post
from brief.actors.legal_actions import legal_action
from brief.actors.object_deeds import object_deed
from brief.actors.passive_asides import passive_aside
from brief.actors.pronounced_names import pronounced_name
from brief.actors.quoting_asides import quoting_informants
from brief.actors.reason_gerunds import reason_gerund
from brief.actors.refused_acts import refused_act
from brief.actors.scored_objects import scored_object
from brief.actors.shown_signs import signs_shown
from brief.actors.sport_senses import sport_sense
from brief.actors.study_tasks import asked_study_task
from brief.actors.thing_subjects import thing_subject
from brief.actors.topic_subjects import subject_before_topic
from brief.actors.unanswered import ignored_questions
from brief.actors.unsaid_cues import named_by_relative, named_themselves, not_yet_said
from brief.actors.writer_accounts import writer_account
from brief.actors.written_works import written_work


def idle_cue(text: str, attribution: Attribution) -> bool:
    """Whether the cue is a borrowed flourish or a deed: no position, whoever its source."""
    return (lent_saying(text, attribution) or called_in(text, attribution) or listed_goods(text, attribution)
            or addressed_only(text, attribution) or questioned_witness(text, attribution) or appointed(text, attribution)
            or legal_action(text, attribution) or passive_aside(text, attribution) or called_to_order(text, attribution)
            or written_work(text, attribution) or not_yet_said(text, attribution) or named_themselves(text, attribution)
            or physical_attack(text, attribution) or invited_in(text, attribution) or urged_on(text, attribution)
            or claimed_prize(text, attribution) or concluded_event(text, attribution) or intended_deed(text, attribution)
            or reason_gerund(text, attribution) or named_by_relative(text, attribution)
            or asked_study_task(text, attribution) or object_deed(text, attribution)
            or described_statement(text, attribution) or deed_complement(text, attribution)
            or deed_object(text, attribution) or scored_object(text, attribution) or thing_subject(text, attribution)
            or bodily_sense(text, attribution) or deed_verb(text, attribution) or sense_deed(text, attribution))


def sense_deed(text: str, attribution: Attribution) -> bool:
    """Whether the cue's object or particle shows it a deed: a post left, signs shown, evidence admitted in court,
    a thing handed over, questions ignored, an order or a move refused, someone found in a state, a sport's
    sense, a name's sound, a helper called for, a plan to attend, the writer's account of a mind (a guessed intent,
    a vouched knowledge, others' expectation), a subject read as what was said "about" a topic, the
    unnamed informants an outlet is "quoting"."""
    return (left_post(text, attribution) or signs_shown(text, attribution) or admitted_in_court(text, attribution)
            or handed_over(text, attribution) or ignored_questions(text, attribution) or refused_act(text, attribution)
            or found_in_state(text, attribution) or sport_sense(text, attribution)
            or pronounced_name(text, attribution) or called_for_help(text, attribution)
            or planned_attendance(text, attribution) or writer_account(text, attribution)
            or subject_before_topic(text, attribution) or quoting_informants(text, attribution))
