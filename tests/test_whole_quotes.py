"""A quotation found with no cue is its speaker's to its closing mark, over paragraphs (brief.actors.whole_quotes)."""

from written import holders, line_sentences, report_of

from brief.actors.mentions import Mention
from brief.actors.speakers import Continued
from brief.actors.whole_quotes import whole_quotations

TEXT = ("When a reporter asked about the repairs, Ada Brennan said the following.\n\n"
        "“Well, we have the money. The bridge will open again in May, and nobody will pay more for it.\n\n"
        "“But the state must help us next year. We cannot do it alone.”\n\n"
        "The repairs start next week.")
SPEAKER = Mention(0, 0, TEXT.index("Ada"), TEXT.index("Ada") + 11, "Ada Brennan", "Ada Brennan", "person")


def _widened(text: str, cues: list[tuple[int, int]]) -> list[str]:
    sentences = line_sentences(text)
    first = next(k for k, s in enumerate(sentences) if s.text.startswith("“Well"))
    item = Continued(SPEAKER, first, (sentences[first].start, sentences[first].end))
    return [text[c.span[0] : c.span[1]] for c in whole_quotations(text, sentences, [item], cues, [])]


def test_a_quotation_runs_to_its_close_and_over_paragraphs() -> None:
    assert _widened(TEXT, []) == [
        "“Well, we have the money. The bridge will open again in May, and nobody will pay more for it.",
        "“But the state must help us next year. We cannot do it alone.”",
    ]


def test_a_paragraph_with_a_cue_of_its_own_is_left_to_the_model() -> None:
    text = TEXT.replace("We cannot do it alone.”", "We cannot do it alone,” the treasurer said.")
    said = (text.index("said."), text.index("said.") + 4)
    assert _widened(text, [said]) == [
        "“Well, we have the money. The bridge will open again in May, and nobody will pay more for it."]


def test_a_cue_inside_the_quotation_stops_the_widening() -> None:
    text = TEXT.replace("nobody will pay more for it.", "nobody will pay more, the mayor added.")
    added = (text.index("added"), text.index("added") + 5)
    assert _widened(text, [added]) == ["“Well, we have the money."]


def test_the_speakers_next_sentences_are_hers_in_a_report() -> None:
    report = report_of("The council voted on Monday to close the old bridge over the Dun river for repairs.\n\n" + TEXT)
    assert holders(report, "The bridge will open again in May") == ["Ada Brennan"]
    assert holders(report, "We cannot do it alone") == ["Ada Brennan"]
