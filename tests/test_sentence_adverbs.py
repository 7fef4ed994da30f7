"""A sentence adverb that opens sentences before a comma ("Ironically, ...") is no name, though the tagger
took it for one (texts written for these tests); given names in -ly stay."""

from __future__ import annotations

from written import actors_of, report_of

from brief.actors.name_words import sentence_adverb


def test_an_opening_adverb_is_not_listed() -> None:
    text = ("Singer returns to stage\n\nIronically, the award came a year after Dana Wirth quit. "
            "Ironically, she had said she would never sing again. Wirth said she was grateful.")
    names = {a.name for a in actors_of(report_of(text))}
    assert "Dana Wirth" in names, names
    assert "Ironically" not in names, names


def test_adverbs_and_names_in_ly() -> None:
    assert sentence_adverb("Inevitably", ",")
    assert sentence_adverb("Curiously", ",")
    assert not sentence_adverb("Inevitably", "said")  # no comma: read as written
    assert not any(sentence_adverb(n, ",") for n in ("Emily", "Lily", "Kimberly", "Beverly", "Connolly", "Italy"))
