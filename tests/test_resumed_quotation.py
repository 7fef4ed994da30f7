"""A quotation broken by its cue keeps both parts (brief.actors.resumed)."""

import dataclasses

from brief.actors.attribution import Attribution
from brief.actors.clause_spans import content_text
from brief.actors.resumed import frame_left_out, quotation_after_frame, resumed_quotation

TEXT = ("“Each time the rule is waived,” Mayor Lund said, pointing at the budget, "
        "“the city pays for it twice over.” The council met later.")


def _first_part() -> Attribution:
    close = TEXT.index("” Mayor") + 1
    cue = TEXT.index("said")
    source = TEXT.index("Mayor Lund")
    return Attribution(cue=(cue, cue + 4), source=(source, source + len("Mayor Lund")),
                       content=(0, close), quote=True, sentence=0)


def test_resumed_part_joins_the_content() -> None:
    sentence_end = TEXT.index(" The council")
    attribution = resumed_quotation(TEXT, _first_part(), sentence_end)
    said = content_text(TEXT, attribution)
    assert "Each time the rule is waived" in said and "the city pays for it twice over" in said
    assert "said" not in said and "budget" not in said


def test_quotation_that_ends_its_sentence_stays() -> None:
    text = TEXT.replace("waived,”", "waived.”")
    attribution = _first_part()
    assert resumed_quotation(text, attribution, text.index(" The council")) == attribution


NEXT = ("“We waited for months before going public,” Ada Brennan wrote in a post on Friday. "
        "“The vendor never fixed the flaw. We had no other choice.” The firm did not reply.")


def _before_frame(text: str) -> Attribution:
    close = text.index("” Ada") + 1
    cue = text.index("wrote")
    source = text.index("Ada Brennan")
    return Attribution(cue=(cue, cue + 5), source=(source, source + len("Ada Brennan")),
                       content=(0, close), quote=True, sentence=0)


def test_quotation_after_the_frame_goes_on() -> None:
    sentence_end = NEXT.index(" “The vendor")
    span = quotation_after_frame(NEXT, _before_frame(NEXT), sentence_end)
    assert span is not None
    assert NEXT[span[0] : span[1]] == "“The vendor never fixed the flaw. We had no other choice.”"


def test_next_quotation_with_its_own_frame_is_not_found() -> None:
    text = NEXT.replace("no other choice.” The firm did not reply.", "no other choice,” her partner added.")
    assert quotation_after_frame(text, _before_frame(text), text.index(" “The vendor")) is None


def test_frame_with_a_title_in_quotes_is_not_crossed() -> None:
    text = NEXT.replace("in a post on Friday.", "in “Open Doors.”")
    assert quotation_after_frame(text, _before_frame(text), text.index(" “The vendor")) is None


def test_next_paragraph_is_not_joined() -> None:
    text = NEXT.replace("Friday. ", "Friday.\n\n")
    assert quotation_after_frame(text, _before_frame(text), text.index("\n\n“The vendor")) is None


def test_quotation_that_runs_to_the_paragraph_end_goes_on() -> None:
    text = NEXT.replace("no other choice.” The firm did not reply.", "no other choice.\n\nThe firm did not reply.")
    span = quotation_after_frame(text, _before_frame(text), text.index(" “The vendor"))
    assert span is not None and text[span[0] : span[1]].endswith("no other choice.")


def test_content_over_the_frame_to_the_next_mark_is_the_quotation_before() -> None:
    text = "“We waited,” said Ada Brennan, the firm's founder. “Then we spoke.”"
    cue = text.index("said")
    source = text.index("Ada Brennan")
    over = Attribution(cue=(cue, cue + 4), source=(source, text.index(".")),
                       content=(0, text.index("“Then") + 1), quote=True, sentence=0)
    assert frame_left_out(text, over).content == (0, text.index(" said"))
    words = dataclasses.replace(over, content=(0, text.index("spoke")))
    assert frame_left_out(text, words) == words  # words past the frame: left as it is


def test_a_title_right_after_the_cue_is_not_the_quotation_resumed() -> None:
    text = "“We knew it was coming,” she told “Sixty Minutes.” The show aired on Sunday."
    cue = text.index("told")
    source = text.index("she")
    first = Attribution(cue=(cue, cue + 4), source=(source, source + 3), content=(0, text.index(" she")),
                        quote=True, sentence=0)
    assert resumed_quotation(text, first, text.index(" The show")) == first
    text = "“We knew it was coming,” she says “and we were ready for all of it.” The show aired."
    first = dataclasses.replace(first, cue=(text.index("says"), text.index("says") + 4))
    resumed = resumed_quotation(text, first, text.index(" The show"))
    assert content_text(text, resumed).endswith("we were ready for all of it.”")


def test_a_paraphrase_set_off_before_its_frame_goes_on_with_the_quotation_after_it() -> None:
    text = ("None of the buyers were charged on Wednesday, Levy said, but “I want to emphasize this is an "
            "investigation that is just getting going.” The court meets in May.")

    def at(words: str) -> tuple[int, int]:
        start = text.index(words)
        return start, start + len(words)

    paraphrase = Attribution(cue=at("said"), source=at("Levy"), content=at("None of the buyers were charged on Wednesday"),
                             quote=False, sentence=0)
    resumed = resumed_quotation(text, paraphrase, text.index(" The court"))
    said = content_text(text, resumed)
    assert "were charged on Wednesday" in said and "just getting going" in said and "Levy" not in said
    titled = text.replace("“I want to emphasize this is an investigation that is just getting going.”", "“Dateline.”")
    title = dataclasses.replace(paraphrase, cue=(titled.index("said"), titled.index("said") + 4))
    assert resumed_quotation(titled, title, titled.index(" The court")) == title  # a title, not the quotation
    unset = "None of the buyers were charged on Wednesday as Levy said, but “I want to emphasize this now.”"
    plain = Attribution(cue=(unset.index("said"), unset.index("said") + 4), source=(unset.index("Levy"), unset.index("Levy") + 4),
                        content=(0, unset.index(" as Levy")), quote=False, sentence=0)
    assert resumed_quotation(unset, plain, len(unset)) == plain
