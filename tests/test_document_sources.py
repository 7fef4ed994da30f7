"""A document quoted by its noun alone ("the report said") speaks for the author the text named where
it brought the document in (brief.actors.documents.document_author)."""

from __future__ import annotations

from written import holders, report_of, tagged_mentions

from brief.actors.documents import document_author, quoted_document


def _author(text: str, names: dict[str, str]) -> str | None:
    start = text.rindex("the report") if "the report" in text else text.rindex("the statement")
    noun = text[start:].split()[1]
    before = [m for m in tagged_mentions(text, names) if m.end <= start]
    found = document_author(text, start, noun, before)
    return found.name if found is not None else None


def test_author_after_from_or_by() -> None:
    text = ("Farm incomes fell by a third, according to a 2019 report from the Harlow Institute. "
            "Most of the loss came from feed prices, the report said.")
    assert _author(text, {"Harlow Institute": "organization"}) == "Harlow Institute"


def test_author_after_a_participle_and_when() -> None:
    text = ("A report released on Tuesday by the Dunmere Water Board found leaks in every district. "
            "Repairs will take a decade, the report said.")
    assert _author(text, {"Dunmere Water Board": "organization"}) == "Dunmere Water Board"


def test_author_as_the_subject_of_issuing_or_saying_in_it() -> None:
    issued = ("Calder Records issued a statement on Monday. “We never blocked the tour,” the statement said.")
    assert _author(issued, {"Calder Records": "organization"}) == "Calder Records"
    said_in = ("The Varna Port Authority said in a new report that cargo fell. Exports suffered most, the report said.")
    assert _author(said_in, {"Varna Port Authority": "organization"}) == "Varna Port Authority"


def test_a_cited_document_is_not_the_citers() -> None:
    text = ("Senator Ada Quinn cited a report on rail safety. Crossings are the worst danger, the report said.")
    assert _author(text, {"Ada Quinn": "person"}) is None


def test_a_new_document_with_no_author_stops_the_search() -> None:
    text = ("The Harlow Institute published a report on wages in May. Police later found a report in the car. "
            "It was unsigned, the report said.")
    assert _author(text, {"Harlow Institute": "organization"}) is None


def test_only_a_noun_alone_is_a_quoted_document() -> None:
    assert quoted_document("the report") and quoted_document("The statement")
    assert not quoted_document("a report") and not quoted_document("the annual report")


def test_the_reports_words_go_to_its_author() -> None:
    text = ("Rivers across the region are drying earlier each year, according to a 2021 report from the "
            "Orlen River Trust.\n\nThe trust has monitored the rivers for decades.\n\n"
            "Summer flows have halved since 1990 in the upper valleys, the report said.")
    assert holders(report_of(text), "Summer flows have halved since 1990") == ["Orlen River Trust"]


def test_author_of_a_seed_cue_whose_crude_stem_differs_from_the_seed() -> None:
    noted = ("The Varna Port Authority noted in a new report that cargo fell. Exports suffered most, the report said.")
    assert _author(noted, {"Varna Port Authority": "organization"}) == "Varna Port Authority"
    argued = ("The Calder Farmers Union argued in its annual report that feed cost too much. "
              "Prices doubled, the report said.")
    assert _author(argued, {"Calder Farmers Union": "organization"}) == "Calder Farmers Union"
