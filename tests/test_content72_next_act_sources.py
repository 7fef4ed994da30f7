"""The speaker's next act after "but" is a position of the speaker's own (brief.actors.next_act_sources): the
first content ends before "but said" / "but declined", and the second verb takes the first verb's subject, not a
noun inside the first content, on articles written for these tests."""

from __future__ import annotations

from written import cues_by

HEAD = "Harbour inquiry stalls\n\n"


def test_a_saying_after_but_is_the_first_speakers_own_position() -> None:
    cues = cues_by(HEAD + "Judge Miriam Okafor put off deciding whether the Harbour Trust could question Mayor Lena "
                          "Brandt but said the trust could come back later with that request.")
    judge = cues["Miriam Okafor"]
    assert ("said", "the trust could come back later with that request") in judge
    assert not any("come back" in text for name, said in cues.items() if name != "Miriam Okafor" for _, text in said)


def test_a_refusal_after_but_is_the_first_speakers_not_a_named_objects() -> None:
    cues = cues_by(HEAD + "Senator Paul Mercer has questioned in recent days whether Governor Ruth Dane has the "
                          "judgement to run the port, but declined to repeat the charge at the hearing.")
    senator = cues["Paul Mercer"]
    assert any("whether Governor Ruth Dane has the judgement" in text and "declined" not in text
               for _, text in senator)
    assert any(cue.startswith("declined") and "the charge at the hearing" in text for cue, text in senator)
    assert not any("the charge" in text for _, text in cues.get("Ruth Dane", []))
