"""The first read made cheaper (session 57, helper speed78): rules that looked at every sentence or every other
attribution for each attribution now look only where a match can be, with the same actors and positions. Every
article here is written for these tests."""

from __future__ import annotations

from written import actor_named, holders, report_of

from brief.actors.attribution import Attribution
from brief.actors.mentions import Mention
from brief.actors.spoken_sentences import sentence_speakers
from brief.model import Sentence

_HARBOUR = (
    "Harbour plan approved after long debate\n\n"
    "Councillor Mara Quill said on Monday that the new harbour wall would be finished before the winter storms. "
    "\"We have waited eleven years for this wall,\" she said. \"The fishermen of Eastbrook will finally sleep at night.\"\n\n"
    "\"Nobody in this town believed it would happen,\" Quill said. \"Now the money is in the bank and the stone is "
    "on the quay.\"\n\n"
    "The Eastbrook Port Authority said the vote ended eleven years of delay for the town's fishing boats, with its "
    "chief engineer, Tomas Berrow, saying the first blocks would be laid in March.\n\n"
    "The deputy mayor Ilse Varga told reporters today, according to the town hall's press office."
)


def test_a_quotation_that_goes_on_without_a_cue_is_its_speakers() -> None:
    report = report_of(_HARBOUR)
    assert holders(report, "finally sleep at night") == ["Mara Quill"]  # the sentence after hers, no cue of its own
    assert holders(report, "stone is on the quay") == ["Mara Quill"]


def test_a_set_off_with_clause_is_its_own_speakers_statement() -> None:
    report = report_of(_HARBOUR)
    assert holders(report, "laid in March") == ["Tomas Berrow"]
    assert actor_named(report, "Tomas Berrow").role == "Eastbrook Port Authority's chief engineer"
    assert holders(report, "years of delay") == ["Eastbrook Port Authority"]  # cut before ", with its chief"


def test_a_report_of_telling_reporters_holds_no_position() -> None:
    report = report_of(_HARBOUR)
    assert holders(report, "reporters today") == []  # "told reporters today, according to ...": a frame, no claim


def _said(start: int, end: int, sentence: int) -> Attribution:
    """An attribution whose cue is the last word of [start, end) and whose content is the rest."""
    return Attribution(cue=(end - 5, end), source=(start, start + 4), content=(start + 5, end - 6), sentence=sentence,
                       quote=False)


def test_each_sentences_speaker() -> None:
    text = "Mara wants a wall said. Tomas wants the boats said. Ilse wants quiet said."
    spans = [(0, 23), (24, 51), (52, 74)]
    sentences = [Sentence(1, k, a, b, text[a:b]) for k, (a, b) in enumerate(spans)]
    people = [Mention(article=1, sentence=k, start=a, end=a + 4, name=name, surface=name, kind="person")
              for k, (name, (a, _)) in enumerate(zip(("Mara", "Tomas", "Ilse"), spans))]
    resolved = [(_said(a, b, k), m) for k, ((a, b), m) in enumerate(zip(spans, people))]
    assert {k: m.name for k, m in sentence_speakers(sentences, resolved).items()} == {0: "Mara", 1: "Tomas", 2: "Ilse"}
