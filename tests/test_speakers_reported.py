"""Speakers named where the tagger does not look for them (issue 11), on articles written for these tests:
"Name, who confirmed that ..." is Name; "“...,” reveals Surname" is Surname; an outlet that quotes
someone "as saying" reports their words, it does not speak them."""

from __future__ import annotations

from written import holders, report_of

from brief.actors.attribution import Attribution
from brief.actors.inverted import quoted_as_saying, source_after_cue


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def test_who_after_a_name_and_a_comma_is_that_person() -> None:
    report = report_of(
        "The town of Dunmere will close its last public pool in June.\n\n"
        "On Monday I wrote to the council for an explanation. On Tuesday I got a reply from Marta Koval, "
        "who confirmed that the pool would close because the roof could no longer be repaired.\n\n"
        "Residents have started a petition to keep it open."
    )
    assert holders(report, "roof could no longer be repaired") == ["Marta Koval"]


def test_who_before_the_words_of_the_writer_takes_none_of_them() -> None:
    report = report_of(
        "The Dunmere players want to stage their comedy in Kessel next spring, and the show got a little help "
        "from Teodor Vance, who tweeted about the event. Vance is the town's best-known actor.\n\n"
        "Tickets go on sale in March."
    )
    assert holders(report, "a little help") == []


def test_a_bare_surname_after_a_rare_cue_is_the_speaker() -> None:
    text = "“The trick was to build one team that makes it all,” reveals Groene, who runs the studio."
    quote = _span(text, "“The trick was to build one team that makes it all,”")
    found = source_after_cue(text, Attribution(_span(text, "reveals"), None, quote, True, 0))
    assert found.source is not None and text[found.source[0] : found.source[1]] == "Groene"


def test_a_weekday_after_the_cue_is_no_speaker() -> None:
    text = "“We will rebuild the bridge,” announced Tuesday."
    quote = _span(text, "“We will rebuild the bridge,”")
    found = source_after_cue(text, Attribution(_span(text, "announced"), None, quote, True, 0))
    assert found.source is None


def test_an_outlet_quoting_someone_as_saying_gives_the_words_to_them() -> None:
    text = "“I don't regret it,” local newspapers quote Orlov as saying."
    attribution = Attribution(_span(text, "quote"), _span(text, "local newspapers"),
                              _span(text, "“I don't regret it,”"), True, 0)
    found = quoted_as_saying(text, attribution)
    assert found.source is not None and text[found.source[0] : found.source[1]] == "Orlov"
    cited = text.replace("quote", "cite")
    other = Attribution(_span(cited, "cite"), _span(cited, "local newspapers"), _span(cited, "“I don't regret it,”"), True, 0)
    assert quoted_as_saying(cited, other) == other  # another cue stays as it was


def test_a_quotation_that_goes_on_keeps_all_its_sentences_and_its_next_paragraph() -> None:
    report = report_of(
        "The Dunmere council voted on Monday to close the riverside library.\n\n"
        "“We had no other choice,” said Marta Koval, the council's leader.\n\n"
        "“The roof leaks. The boiler is forty years old. Nobody wants to pay for either of them.\n\n"
        "“So we will move the books to the town hall by the spring.”\n\n"
        "Residents have started a petition to keep the library open."
    )
    assert holders(report, "The boiler is forty years old") == ["Marta Koval"]
    assert holders(report, "move the books to the town hall") == ["Marta Koval"]
