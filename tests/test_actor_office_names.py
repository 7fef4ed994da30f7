"""Bodies' whole names where the tagger read only a part (an "and", a lower-case word, "Office of the"), clergy
titles and a courtesy title before a name the tagger read as a place (session 36), on articles written for
these tests."""

from __future__ import annotations

from written import holders, kinds_of, report_of


def test_a_body_whose_name_joins_nouns_with_and_and_holds_a_lower_case_word_is_named_whole() -> None:
    text = (
        "Regulator seizes fake slimming pens\n\n"
        "The Medicines and Healthcare products Regulatory Agency said it had seized 4,000 fake pens this year. "
        "Pharmacists said demand had soared."
    )
    assert holders(report_of(text), "seized 4,000 fake pens") == ["Medicines and Healthcare products Regulatory Agency"]


def test_a_council_named_for_two_compass_regions_is_named_whole() -> None:
    text = (
        "Town to shut leisure centre\n\n"
        "Mid and East Antrim Borough Council said it would close the pool in March. "
        "Swimmers said they would protest."
    )
    assert holders(report_of(text), "close the pool") == ["Mid and East Antrim Borough Council"]


def test_an_office_of_a_commissioner_speaks_not_the_country_in_its_name() -> None:
    text = (
        "Retailer breach under review\n\n"
        "The Office of the Australian Information Commissioner said it was examining the breach at Kestrel Mart. "
        "Kestrel Mart said it had told customers."
    )
    assert holders(report_of(text), "examining the breach") == ["Office of the Australian Information Commissioner"]
    assert "Australia" not in kinds_of(text)


def test_a_prosecutors_office_for_a_district_speaks_not_the_district() -> None:
    text = (
        "Two charged over lottery scam\n\n"
        "The U.S. Attorney's Office for the Western District of New York said two men had been charged with wire fraud. "
        "Lawyers for the men declined to comment."
    )
    assert holders(report_of(text), "charged with wire fraud") == [
        "U.S. Attorney's Office for the Western District of New York"]


def test_a_directorate_is_no_army_a_later_the_army_refers_back_to() -> None:
    text = (
        "Accounts frozen in money-laundering probe\n\n"
        "In Delhi, the Enforcement Directorate said it had frozen the accounts of two exporters. "
        "The army said it was not involved in the inquiry."
    )
    assert "Enforcement Directorate" not in holders(report_of(text), "not involved in the inquiry")


def test_a_pastor_named_with_his_title_is_a_person() -> None:
    text = (
        "Faith leaders urge calm after attack\n\n"
        "Pastor Joel Rivers said the church would stay open. "
        "Imam Yusuf Karim said the mosque would open its doors to neighbours."
    )
    kinds = kinds_of(text)
    assert kinds.get("Joel Rivers") == "person"
    assert kinds["Yusuf Karim"] == "person"


def test_a_name_after_a_courtesy_title_is_a_person_though_its_surname_is_a_place_word() -> None:
    text = (
        "Regulator warns over online jabs\n\n"
        "Regulators have warned shoppers against buying weight-loss jabs online. "
        '"These products can cause serious harm," said Dr Alison Cave, the agency\'s chief safety officer.'
    )
    assert kinds_of(text).get("Alison Cave") == "person"
    assert holders(report_of(text), "serious harm") == ["Alison Cave"]


def test_a_developer_named_with_a_roads_word_is_a_company_that_speaks() -> None:
    text = (
        "Homes plan for old mill site\n\n"
        "The developer, Ashgrove Crescent, said it would build 300 homes on the site. "
        "Neighbours said the roads could not cope."
    )
    assert holders(report_of(text), "build 300 homes") == ["Ashgrove Crescent"]
