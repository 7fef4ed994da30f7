"""A quotation resumed after the writer's aside is the same speaker's (brief.actors.asides)."""

from collections.abc import Sequence

from written import line_sentences

from brief.actors.asides import quotations_after_asides
from brief.actors.attribution import Attribution
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.speakers import Continued

TEXT = ("“We drew the bridge a hundred times,” says Lena Ortiz. The engineer pauses over her coffee. "
        "“Every version failed the wind test. Then we tried steel cables.”\n\nThe council meets in May.")


def _speaker(text: str, name: str = "Lena Ortiz") -> tuple[Mention, list[tuple[Attribution, Mention]]]:
    at = text.index(name)
    mention = Mention(0, 0, at, at + len(name), name, name, "person")
    cue = text.index("says")
    attribution = Attribution(cue=(cue, cue + 4), source=(at, at + len(name)),
                              content=(0, text.index("” says") + 1), quote=True, sentence=0)
    return mention, [(attribution, mention)]


def _found(text: str, extra: Sequence[Mention] = ()) -> list[str]:
    mention, resolved = _speaker(text)
    index = MentionIndex([mention, *extra], text)
    cues = [a.cue for a, _ in resolved]
    out = quotations_after_asides(text, line_sentences(text), resolved, [], cues, index)
    return [f"{c.mention.name}: {text[c.span[0] : c.span[1]]}" for c in out]


def test_quotation_after_an_aside_is_the_speakers() -> None:
    assert _found(TEXT) == ["Lena Ortiz: “Every version failed the wind test. Then we tried steel cables.”"]


def test_aside_naming_another_person_stops_it() -> None:
    text = TEXT.replace("The engineer pauses over her coffee.", "Then Marco Diaz walks in.")
    at = text.index("Marco Diaz")
    other = Mention(0, 1, at, at + len("Marco Diaz"), "Marco Diaz", "Marco Diaz", "person")
    assert _found(text, [other]) == []


def test_two_asides_are_too_many() -> None:
    text = TEXT.replace("over her coffee.", "over her coffee. Outside, it rains.")
    assert _found(text) == []


def test_new_paragraph_is_not_crossed() -> None:
    text = TEXT.replace("coffee. “Every", "coffee.\n\n“Every")
    assert _found(text) == []


def test_phrase_quoted_in_the_writers_sentence_is_not_a_quotation() -> None:
    text = TEXT.replace("“Every version failed the wind test. Then we tried steel cables.”",
                        "“Wind tests” decide every bridge in the region.")
    assert _found(text) == []


def test_quotation_broken_by_a_dash_aside_keeps_its_words() -> None:
    text = TEXT.replace("Then we tried steel cables.”", "Then we tried steel cables” – a first for the city – “and it held.”")
    assert _found(text) == ["Lena Ortiz: “Every version failed the wind test. Then we tried steel cables”"]


def test_quotation_in_the_next_paragraph_goes_on_from_a_continued_one() -> None:
    text = ("“We drew the bridge a hundred times,” says Lena Ortiz. “None held.”\n\n"
            "“We will publish every drawing next spring.” The council meets in May.")
    mention, resolved = _speaker(text)
    sentences = line_sentences(text)
    after_frame = Continued(mention, 1, (sentences[1].start, sentences[1].end))  # “None held.”, found after the frame
    out = quotations_after_asides(text, sentences, resolved, [after_frame], [a.cue for a, _ in resolved],
                                  MentionIndex([mention], text))
    assert [text[c.span[0] : c.span[1]] for c in out] == ["“We will publish every drawing next spring.”"]


def test_next_paragraph_with_a_cue_is_left_to_the_model() -> None:
    text = ("“We drew the bridge a hundred times,” says Lena Ortiz. “None held.”\n\n"
            "“We will publish every drawing.” The mayor disagreed.")
    mention, resolved = _speaker(text)
    sentences = line_sentences(text)
    after_frame = Continued(mention, 1, (sentences[1].start, sentences[1].end))
    disagreed = (text.index("disagreed"), text.index("disagreed") + 9)
    out = quotations_after_asides(text, sentences, resolved, [after_frame], [resolved[0][0].cue, disagreed],
                                  MentionIndex([mention], text))
    assert out == []
