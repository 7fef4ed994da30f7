"""A press release as wires carry it: a dateline with the wire between slashes, the company's legal
form and stock listing after its name, an apposition and "today announced"."""

from __future__ import annotations

from written import report_of, said_by

from brief.actors.furniture_words import dateline_end
from brief.text.segment import sentences

RELEASE = (
    "Meridia Health Completes Acquisition of CareLoop\n\n"
    "BOSTON, March 3, 2026 /PRNewswire/ -- Meridia Health, Inc. (NASDAQ: MRDH), a leading provider of home "
    "care software, today announced that it has completed its acquisition of CareLoop, a privately held "
    "scheduling platform for home health agencies.\n\n"
    "\"CareLoop's team has built something agencies genuinely love,\" said Sandra Whitcombe, President and "
    "Chief Executive Officer of Meridia Health.\n\n"
    "CareLoop co-founder Amir Haddad will join Meridia's executive team.\n\n"
    "\"Joining Meridia lets us reach ten times as many agencies,\" Haddad said.\n"
)


def test_the_company_that_today_announced_past_its_listing_and_apposition_holds_the_announcement() -> None:
    actors = said_by(RELEASE)
    assert any("completed its acquisition of CareLoop" in p for p in actors["Meridia Health"]), actors


def test_neither_the_ticker_nor_the_exchange_is_an_actor() -> None:
    actors = said_by(RELEASE)
    assert not {"MRDH", "NASDAQ"} & set(actors), list(actors)


def test_a_capitalised_participle_opening_a_quotation_is_no_part_of_a_name() -> None:
    """ "Joining Meridia lets us ...": no person "Joining Meridia"; the mentions count for the company."""
    actors = said_by(RELEASE)
    assert not any(name.startswith("Joining") for name in actors), list(actors)


def test_a_listing_after_the_legal_form_ends_no_sentence() -> None:
    text = "Shares of Acme Corp. (NYSE: ACM) fell 4% on Monday. Apple Inc. (AAPL) rose."
    assert list(sentences(text)) == ["Shares of Acme Corp. (NYSE: ACM) fell 4% on Monday.", "Apple Inc. (AAPL) rose."]


def test_press_release_datelines_are_furniture() -> None:
    for line, rest in [("BOSTON, March 3, 2026 /PRNewswire/ -- Meridia Health said", "Meridia Health said"),
                       ("SAN JOSE, Calif.--(BUSINESS WIRE)--Acme Corp said", "Acme Corp said"),
                       ("Smith said - no", "Smith said - no")]:
        assert line[dateline_end(line, 0, len(line)):] == rest


DATED_RELEASE = (
    "Corvane Foods to Buy Tidewell Dairy\n\n"
    "MILWAUKEE--(BUSINESS WIRE)--Oct. 14, 2025--Corvane Foods Inc. (NYSE: CVF) today announced an agreement to buy "
    "Tidewell Dairy, a family-owned creamery in Sheboygan, for $85 million in cash.\n\n"
    "The purchase adds three plants and about 400 workers to Corvane's dairy division.\n"
)


def test_a_release_date_after_the_wire_is_cut_with_the_dateline() -> None:
    """Older Business Wire copy dates the release between the wire and the lead, closed by the wire's dashes:
    the summary's first line starts at the company, not at "Oct. 14, 2025--"."""
    report = report_of(DATED_RELEASE)
    lead = report.sentences[1][0].text
    assert lead.startswith("Corvane Foods Inc."), lead
