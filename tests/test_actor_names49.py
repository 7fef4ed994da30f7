"""Roles, names and kinds of actors in shapes news writes often and brief misread (session 48, names49), on
articles written for these tests: a party whip's title before "(D-Vt.)", a plural party's possessive before a
hyphened title, a lower-case office after a clause's conjunction, a description after a name whose closing comma
was left out."""

from __future__ import annotations

from written import actor_named, actors_of, report_of, said_lines

from brief.ingest.text import article_from_text

_WHIP = (
    "Senate panel stalls rail safety package\n\n"
    "WASHINGTON — A rail safety package stalled in committee on Wednesday after two senators raised objections.\n\n"
    "House Majority Whip Corinne Dalby (D-Vt.) said the delay would cost lives at level crossings.\n\n"
    "The committee will meet again next month."
)


def test_a_party_whip_keeps_the_title() -> None:
    assert actor_named(report_of(_WHIP), "Corinne Dalby").role == "House Majority Whip"


_GREENS = (
    "Opposition walks out of housing debate\n\n"
    "The opposition walked out of a late-night debate on housing rules on Thursday.\n\n"
    "The Greens' co-leader, Mereana Tuhoe, told reporters the rules had been written for developers.\n\n"
    "The Housing Minister, Alana Petrie, said the walkout was a stunt."
)


def test_a_plural_party_owns_a_hyphened_title() -> None:
    assert actor_named(report_of(_GREENS), "Mereana Tuhoe").role == "Greens' co-leader"


_COUNCIL = (
    "City council splits over tram extension\n\n"
    "The city council voted 7-6 on Tuesday to extend the tram line to the harbour.\n\n"
    "Supporters cheered, while council president Rosa Delgado warned that the budget would need cuts elsewhere.\n\n"
    "The works are due to start next spring, although union secretary Moana Blake said staff had not been consulted."
)


def test_a_lower_case_office_after_a_conjunction_keeps_its_field() -> None:
    report = report_of(_COUNCIL)
    assert actor_named(report, "Rosa Delgado").role == "council president"
    assert actor_named(report, "Moana Blake").role == "union secretary"


_CLINIC = (
    "Clinic waiting lists grow in northern towns\n\n"
    "Waiting lists at clinics in northern towns have grown by a third in a year, a health watchdog said.\n\n"
    "Dr. Priyanka Venn, the chief medical officer for the Northern Health Trust said staff shortages were the main "
    "cause.\n\n"
    '"We simply do not have enough nurses," Venn said.\n\n'
    "Professor Adeel Rahman, the director of the Lakeshore Policy Institute said the problem would worsen."
)


def test_a_description_missing_its_closing_comma_ends_at_the_verb() -> None:
    report = report_of(_CLINIC)
    assert actor_named(report, "Priyanka Venn").role == "chief medical officer for the Northern Health Trust"
    assert actor_named(report, "Adeel Rahman").role == "director of the Lakeshore Policy Institute"


_SPLIT = (
    "Fashion mogul Petra Lindqvist and husband Omar Sayed part ways\n\n"
    "Fashion designer Petra Lindqvist and her husband, the restaurateur Omar Sayed, have parted ways after twelve "
    "years.\n\n"
    "A friend of the couple told the Evening Courier on Friday that the split was amicable.\n\n"
    "Lindqvist, who founded the label Northlight, confirmed the news in a short post on Saturday.\n\n"
    '"We will always be a family," she wrote.'
)


def test_a_field_noun_opening_a_job_is_no_body() -> None:
    names = {a.name for a in actors_of(report_of(_SPLIT))}
    assert "Fashion" not in names
    assert "Petra Lindqvist" in names


_RESTLESS = (
    "Tory backbenchers warn Downing Street over planning reforms\n\n"
    "Restless Conservative MPs have warned the prime minister not to take their loyalty for granted as a vote on "
    "the rules approaches.\n\n"
    "Dozens of backbenchers are understood to have written to the chief whip.\n\n"
    "A Downing Street spokesman said the prime minister was listening."
)


def test_an_adjective_opening_a_sentence_is_no_body() -> None:
    names = {a.name for a in actors_of(report_of(_RESTLESS))}
    assert "Restless" not in names
    assert "Conservative MPs" in names


_FURIOUS = (
    "Backbenchers warn ministers over planning\n\n"
    "Conservative MPs have warned the prime minister not to take their loyalty for granted.\n\n"
    "Furious Tory backbenchers said the plan was dead.\n\n"
    "Restless Labour councillors said the budget was unfair.\n\n"
    "The Treasury declined to comment."
)


def test_a_group_is_named_without_the_adjective_describing_it() -> None:
    names = {a.name for a in actors_of(report_of(_FURIOUS))}
    assert {"Tory backbenchers", "Labour councillors"} <= names


_WIRE = (
    "Rice exports likely fell in May, says trade minister\n"
    "Jun 3, 2026\n"
    "Kellport [Ostrava], June 3 : Ostrava's rice exports for May, which will be published next week, probably fell "
    "by a fifth, Trade Minister Dalia Renn said on Tuesday.\n"
    '"The drought in the south has cut the harvest, and the figures will show it," Renn told reporters after a '
    "cabinet meeting.\n"
    "Exports rose by 4 per cent in April."
)


def test_a_wire_dateline_with_its_country_in_square_brackets_is_no_ones_words() -> None:
    said = said_lines(actor_named(report_of(_WIRE), "Dalia Renn"))
    assert "rice exports for May" in said
    assert "Kellport" not in said


def test_a_lone_bar_after_the_byline_is_no_title() -> None:
    text = (
        "By Mira Kasturi\n|\n"
        "Dharwad, May 9: Opposition members walked out of the city council on Friday after the mayor refused to "
        "debate new parking fees.\n\n"
        "Mayor Sunil Rane said the fees would fund two new bus routes.\n"
    )
    assert article_from_text(text, 1, "live.txt").title.startswith("Opposition members walked out")


_CAPSULE = (
    "Second Test: Harlow v Dunmere\n"
    "Coverage: Live text commentary on Radio Harlow and the club website\n\n"
    "Harlow captain Eddie Vance says he is not worried by the heavy defeat in the first Test and will not change his "
    "approach.\n\n"
    "The 29-year-old was out for a duck twice as Harlow lost by nine wickets.\n\n"
    "But Vance told Seaboard Sport he did not feel under pressure before the match at Kelby, which starts on Friday.\n\n"
    '"I am focused on scoring runs and leading the side," he said. "People are entitled to their opinions."\n'
)


def test_a_text_whose_first_line_is_a_labelled_headline_is_titled_by_it() -> None:
    assert article_from_text(_CAPSULE, 1, "test.txt").title == "Second Test: Harlow v Dunmere"
    names = {a.name for a in actors_of(report_of(_CAPSULE))}  # the coverage note under it is no headline either:
    assert "Harlow" in names  # its station ("Radio Harlow") took the team's mentions


_PRESSER = (
    "Team Principals press conference – Kelmont\n\n"
    "TEAM REPRESENTATIVES: Marta VOLKOV (Aurion), Peter HALLORAN (Redline), Owen PRESCOTT (Tessla Racing)\n\n"
    "Q: Marta, your car was quick on Friday. Can you keep that pace?\n\n"
    "Marta VOLKOV: I hope so. The drivers are happy with the balance and the engineers have done a very good job.\n\n"
    "Q: Owen, the budget rules are being changed. What is your view?\n\n"
    "Owen PRESCOTT: We accept a budget limit, but we oppose any change in the middle of a season. The teams agreed "
    "on these rules and they should stay as they are.\n\n"
    "Q: Peter, will you bring upgrades?\n\n"
    "Peter HALLORAN: Yes, a new front wing arrives next week. We expect a step forward."
)


def test_a_speaker_label_with_a_surname_in_capitals_names_the_whole_person() -> None:
    assert "budget limit" in said_lines(actor_named(report_of(_PRESSER), "Owen PRESCOTT"))
