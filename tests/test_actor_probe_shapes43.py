"""Shapes found by probing articles written in new styles (session 41, probes43), each on text written for these
tests:
- a place's ranked body whose noun a plural's possessive qualifies ("Norway's largest nurses' union rejected") is
  the union, left unnamed, not the place (place_bodies._RANKED);
- a name set beside a public body's noun ("Unmop, the UN peacekeeping force in Kavaria, said") is that body, though
  the tagger read a place, and not the place its apposition names (body_appositions._DESCRIBED_BODY_AFTER);
- a body named for two countries after its head ("the Law Society of England and Wales") is one body, not the
  second country (joined_bodies.bodies_of_two_places);
- a ministry named after a country's word ("the Qatari Ministry of Foreign Affairs") is one body, not its portfolio
  "Foreign Affairs" (connected_bodies.MINISTRY_HEADS);
- the Gulf's royal styles before a name ("His Highness Sheikh", "Minister Prince") are courtesies, not the role
  (roles.HONORIFICS, roles.ADDRESS_TITLES);
- a body's short form in mixed case, bracketed after its name ("the Oregon Department of Highways (OrDOH)") and then
  used alone ("An OrDOH spokesperson said"), is the body (bracketed_short_forms);
- an office of a see set off before its holder's style and name ("The Bishop of Leeds, the Rt Rev Ilse Marden,
  said") is the holder speaking, not the office (styled_offices, read by positions and apposed_subject).
"""

from __future__ import annotations

from written import actor_named, holders, report_of


def test_a_ranked_union_with_a_plural_possessive_is_not_the_place() -> None:
    text = ("Nurses reject pay offer in Norway\n\n"
            "OSLO - Norway's largest nurses' union on Tuesday rejected the health board's pay offer, "
            "raising the prospect of a strike before the holidays.\n\n"
            "Health Minister Ilse Brandvold said the offer was generous.\n")
    assert "Norway" not in holders(report_of(text), "pay offer")


def test_a_name_beside_a_peacekeeping_force_is_the_force() -> None:
    text = ("Shelling near border post\n\n"
            "Shells landed near a border post in Kavaria on Sunday, officials said.\n\n"
            "UNMOP, the UN peacekeeping force in southern Kavaria, said it had protested to both armies.\n")
    report = report_of(text)
    assert holders(report, "protested to both armies") == ["UNMOP"]


def test_a_body_named_for_two_countries_is_one_body() -> None:
    text = ("Lawyers attack legal aid cuts\n\n"
            "The government plans to cut legal aid fees by a tenth from April.\n\n"
            "The Law Society of England and Wales said the cuts would leave defendants without lawyers.\n")
    assert holders(report_of(text), "without lawyers") == ["Law Society of England and Wales"]


def test_a_bank_and_a_country_stay_two() -> None:
    text = ("Rates held\n\n"
            "The Bank of England and France kept their rates on hold on Thursday.\n\n"
            "The Bank of England said inflation was falling.\n")
    assert holders(report_of(text), "inflation was falling") == ["Bank of England"]


def test_a_ministry_after_a_countrys_word_is_one_body() -> None:
    text = ("Gulf states back talks\n\n"
            "Talks between the two sides resumed in Doha on Monday.\n\n"
            "The Qatari Ministry of Foreign Affairs said the talks would continue until a deal was reached.\n")
    assert holders(report_of(text), "talks would continue") == ["Qatari Ministry of Foreign Affairs"]


def test_royal_styles_are_no_role() -> None:
    text = ("Emirate opens new port\n\n"
            "His Highness Sheikh Rashid bin Saif Al Qasimi, Crown Prince of Umm Zafar, opened the port on Tuesday.\n\n"
            "Sheikh Rashid said the port would create 3,000 jobs.\n\n"
            "Energy Minister Prince Faisal bin Turki said the port would also export gas.\n")
    report = report_of(text)
    assert actor_named(report, "Rashid bin Saif Al Qasimi").role == "Crown Prince of Umm Zafar"
    assert actor_named(report, "Prince Faisal bin Turki").role == "Energy Minister"
    styled = text.replace(", Crown Prince of Umm Zafar,", "")
    assert actor_named(report_of(styled), "Rashid bin Saif Al Qasimi").role == "Sheikh"


def test_a_bracketed_mixed_case_short_form_is_the_body() -> None:
    text = ("Cyclist killed at junction\n\n"
            "A cyclist was killed at a junction in Salem on Friday. Council member Rosa Imhof called on the Oregon "
            "Department of Highways (OrDOH) to redesign the junction.\n\n"
            "An OrDOH spokesperson said the agency would review the junction's signals.\n")
    report = report_of(text)
    assert holders(report, "review the junction") == ["Oregon Department of Highways"]


def test_an_office_before_a_styled_holder_is_the_holder() -> None:
    text = ("Clergy pay review backed\n\n"
            "The synod voted on Tuesday to review how clergy are paid.\n\n"
            "The Bishop of Leeds, the Rt Rev Ilse Marden, said many curates were living on the edge.\n")
    assert holders(report_of(text), "living on the edge") == ["Ilse Marden"]
