"""Cues whose place shows no statement follows: a preposition of topic after a verb of saying or thinking,
a participle that modifies a noun (brief.actors.cue_shapes), and a "that" or "whether" that is no clause
of the cue's own (brief.actors.cue_verbs.that_clause). Sentences written for these tests."""

from __future__ import annotations

from brief.actors.attribution import Attribution
from brief.actors.cue_shapes import attributive_participle, topic_only
from brief.actors.cue_verbs import action_cue, hollow_cue


def _attribution(text: str, cue: str, content: str, quote: bool = False) -> Attribution:
    c0 = text.index(cue)
    k0 = text.index(content, c0 + len(cue)) if content in text[c0 + len(cue):] else text.index(content)
    return Attribution((c0, c0 + len(cue)), (0, 5), (k0, k0 + len(content)), quote, 0)


def test_a_topic_after_a_verb_of_saying_or_thinking_is_no_position() -> None:
    for text, cue, content in [
        ("Once, the baker thought about opening a second shop.", "thought", "opening a second shop"),
        ("What diners say about your kitchen are passed on.", "say", "your kitchen are passed on"),
        ("Marlowe thinks for a second before answering.", "thinks", "a second before answering"),
    ]:
        assert topic_only(text, _attribution(text, cue, content)), text


def test_a_stance_or_a_clause_after_the_preposition_keeps_the_position() -> None:
    for text, cue, content in [
        ("The growers complained about the new tariff on pears.", "complained", "the new tariff on pears"),
        ("Dr Vance noted at the time, the drug carried a risk.", "noted", "the time, the drug carried a risk"),
        ("The ferry captain said the crossing was calm.", "said", "the crossing was calm"),
        ("The union called for a ban on night shifts.", "called", "a ban on night shifts"),
        ("The governor has said about 30 people have asked for the post.", "has said", "30 people have asked for the post"),
    ]:
        assert not topic_only(text, _attribution(text, cue, content)), text


def test_a_participle_that_modifies_a_noun_is_no_cue() -> None:
    for text, cue, content in [
        ("While Brindle's current expected lineup is thin, its fans wait.", "expected", "lineup is thin"),
        ("Its proposed timetable was dropped, the port said.", "proposed", "timetable was dropped"),
    ]:
        assert attributive_participle(text, _attribution(text, cue, content)), text
    for text, cue, content in [
        ("Brindle's investors ignored the warnings from the port.", "ignored", "the warnings from the port"),
        ("The mayor, angered, suggested that the fares rise.", "suggested", "that the fares rise"),
        ("The harbour's chief warned fishermen that storms were coming.", "warned", "fishermen that storms were coming"),
        ("The ferry company just this month announced it would cut fares.", "announced", "it would cut fares"),
        ("The statement noted they had warned the port before.", "noted", "they had warned the port before"),
    ]:
        assert not attributive_participle(text, _attribution(text, cue, content)), text


def test_a_that_or_whether_that_is_not_the_cues_own_is_no_sign_of_a_statement() -> None:
    """ "meeting to reconsider whether ...": the clause is the infinitive's; "all of that and then some": a
    pronoun; "trying to escape": an effort, like "striving to"."""
    for text, cue, content in [
        ("Engineers are meeting to reconsider whether the limit is too high.", "are meeting",
         "to reconsider whether the limit is too high"),
        ("The maker finally delivered all of that and then some with its new kettle.", "finally delivered",
         "all of that and then some with its new kettle"),
        ("The herders are trying to escape a warming valley.", "are trying", "to escape a warming valley"),
    ]:
        assert action_cue(text, _attribution(text, cue, content)), text
    for text, cue, content in [
        ("The board met and decided that the bridge would reopen.", "met", "and decided that the bridge would reopen"),
        ("The chief pledged to the trust in July that the office would track it.", "pledged",
         "to the trust in July that the office would track it"),
        ("The warden delivered a warning that the dam could fail.", "delivered", "a warning that the dam could fail"),
        ("The ranger tried to say that the trail was closed.", "tried", "to say that the trail was closed"),
    ]:
        assert not action_cue(text, _attribution(text, cue, content)), text


def test_a_pronoun_with_its_contracted_auxiliary_is_no_cue() -> None:
    text = "Once, the apprentice thought about sailing — but now, she’s not so sure."
    assert hollow_cue(text, _attribution(text, "she’s", "Once, the apprentice thought about sailing"))
    text = "The harbour will close, she’s said."
    assert not hollow_cue(text, _attribution(text, "she’s said", "The harbour will close"))


def test_a_modal_perfect_is_the_writers_guess_not_a_statement() -> None:
    from brief.actors.cue_shapes import conjectured_past

    for text, cue, content in [
        ("In hindsight the founder may have wanted to sell the mill sooner.", "may have wanted", "to sell the mill sooner"),
        ("He would have voted for the mayor, had he been old enough.", "would have voted for", "the mayor, had he been old enough"),
        ("The valley should not have voted him out so soon.", "should not have voted", "him out so soon"),
    ]:
        assert conjectured_past(text, _attribution(text, cue, content)), text
    for text, cue, content in [
        ("The miller may still believe the river will rise.", "may still believe", "the river will rise"),
        ("The miller has said the river will rise.", "has said", "the river will rise"),
        ("The ledgers would have more to say on the matter.", "would have more to say", "the matter"),
    ]:
        assert not conjectured_past(text, _attribution(text, cue, content)), text
