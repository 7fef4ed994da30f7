"""A quotation broken by its cue keeps both parts (brief.actors.resumed)."""

from brief.actors.attribution import Attribution
from brief.actors.extract import content_text
from brief.actors.resumed import resumed_quotation

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
