"""Cues whose place shows no statement follows: a preposition of topic after a verb of saying or thinking,
a participle that modifies a noun, a participle of causing a feeling or an effect after a comma
(brief.actors.cue_shapes), a participle read as an inverted frame (brief.actors.inverted), and a "that" or "whether" that is no clause
of the cue's own (brief.actors.cue_verbs.that_clause). Sentences written for these tests."""

from __future__ import annotations

from written import said_by

from brief.actors.attribution import Attribution
from brief.actors.cue_shapes import attributive_participle, effect_participle, topic_only
from brief.actors.cue_verbs import action_cue, hollow_cue
from brief.actors.inverted import participle_frame


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


def test_a_participle_of_causing_a_feeling_or_an_effect_after_a_comma_is_no_cue() -> None:
    """The clause before caused it; the reporter tells what followed, no one states it."""
    for text, cue, content in [
        ("Mayor Crane told the Gazette the fees were fair, alarming traders who fear a slump.", "alarming",
         "traders who fear a slump"),
        ("The council shut the fish market on Friday, prompting calls for a new site.", "prompting",
         "calls for a new site"),
        ("The harbourmaster kept the fees, sparking protests along the quay.", "sparking", "protests along the quay"),
        ("The port raised mooring fees, thereby angering fishermen in Porthallow.", "angering", "fishermen in Porthallow"),
        ("Crane announced a review, raising hopes among stallholders.", "raising hopes", "among stallholders"),
    ]:
        assert effect_participle(text, _attribution(text, cue, content)), text


def test_participles_of_saying_urging_or_accusing_and_a_clause_after_the_participle_stay_cues() -> None:
    for text, cue, content in [
        ("Councillor Ashby criticised the plan, saying it would hurt families.", "saying", "it would hurt families"),
        ("The union met on Tuesday, urging members to join a strike.", "urging", "members to join a strike"),
        ("Ashby wrote to the minister, accusing the port of ignoring the town.", "accusing", "the port of ignoring the town"),
        ("The warden wrote to the board, raising that the dam could fail.", "raising", "that the dam could fail"),
        ("Prices are alarming traders in Porthallow.", "alarming", "traders in Porthallow"),
        ("The harbour's sparking cables were replaced, the port said.", "said", "The harbour's sparking cables"),
    ]:
        assert not effect_participle(text, _attribution(text, cue, content)), text


def test_a_participle_after_a_comma_says_what_follows_it_not_the_clause_before() -> None:
    """The tagger read "..., saying X" as an inverted frame ("..., said X"): content before, source after."""
    text = "Councillor Ashby criticised the plan, saying it would hurt families."
    cue = text.index("saying")
    inverted = Attribution((cue, cue + 6), (cue + 7, len(text) - 1), (0, cue - 2), False, 0)
    fixed = participle_frame(text, inverted, len(text))
    assert fixed.source is None and text[fixed.content[0] : fixed.content[1]] == "it would hurt families"
    said = Attribution((17, 27), (0, 16), (28, cue - 2), False, 0)  # "criticised the plan": its own frame
    assert participle_frame(text, said, len(text)) == said


def test_participles_of_saying_and_urging_go_to_the_clauses_subject_with_what_follows_them() -> None:
    said = said_by(
        "Market row in Porthallow\n\n"
        "Councillor Ruth Ashby criticised the plan, saying it would hurt families. "
        "Ashby wrote to the minister, accusing the authority of ignoring the town. "
        "Trader Omar Pellow said the market would fail, urging shoppers to boycott the new stalls. "
        "Mayor Elwin Crane told the Gazette the fees were fair, alarming traders who fear a slump.\n"
    )
    assert said["Ruth Ashby"] == ["it would hurt families", "the authority of ignoring the town"], said
    assert "shoppers to boycott the new stalls" in said["Omar Pellow"], said
    assert not any("alarming" in t or "traders who fear" in t for t in said["Elwin Crane"]), said
