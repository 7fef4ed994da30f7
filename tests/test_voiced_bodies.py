"""A body's voice or description written with a common noun speaks for the body the article named:
"a council spokesman", "a spokesperson for the academy", "a company statement", "company officials",
"Police said", "the local authority", "the consumer watchdog", "the telecommunications giant", "the
brokerage" (brief.actors.body_reference, referring.voiced_referred, positions), on articles written
for these tests."""

from __future__ import annotations

from written import holders, report_of


def test_a_voice_by_the_last_word_of_a_bodys_name_speaks_for_it() -> None:
    report = report_of(
        "Depot approved despite objections\n\n"
        "Kellerby Borough Council has approved plans for a new bus depot on Mill Lane.\n\n"
        "A council spokesman said: \"The scheme went through the proper consultation process.\"\n\n"
        "Parents were angry. A spokesperson for the academy said: \"Our uniform policy is clear and fair.\"\n"
    )
    assert holders(report, "proper consultation process") == ["Kellerby Borough Council"]
    report = report_of(
        "Pupil sent home over skirt\n\n"
        "A girl was sent home from Harwood Academy for wearing a skirt judged too short.\n\n"
        "A spokesperson for the academy said: \"Our uniform policy is clear and applied fairly.\"\n"
    )
    assert holders(report, "uniform policy is clear") == ["Harwood Academy"]


def test_a_company_statement_and_company_officials_speak_for_the_company() -> None:
    report = report_of(
        "Bus operator wins depot contract\n\n"
        "Trentline, which will run the new depot, welcomed the decision. A company statement said the "
        "depot would \"secure 120 jobs for the next decade\".\n\n"
        "Company officials said the site would also host a repair shop \"in partnership with a local college\".\n"
    )
    assert holders(report, "secure 120 jobs") == ["Trentline"]
    assert holders(report, "in partnership with a local college") == ["Trentline"]


def test_a_voice_for_a_title_speaks_for_its_holder() -> None:
    report = report_of(
        "Carmaker to build plant\n\n"
        "Governor Ellen Marsh said the plant was the largest investment in the state's history.\n\n"
        "A spokesman for the governor said incentives worth $1.8 billion had been agreed with the company.\n"
    )
    assert holders(report, "incentives worth $1.8 billion") == ["Ellen Marsh"]


def test_a_noun_naming_no_body_stays_unresolved() -> None:
    report = report_of(
        "Singer's tour cancelled\n\n"
        "The singer Ada Frey cancelled her tour of Norway on Monday.\n\n"
        "A family spokesman said she was \"resting at home and recovering well\".\n"
    )
    assert "Norway" not in holders(report, "resting at home")


def test_police_written_bare_is_the_force_named() -> None:
    report = report_of(
        "Man charged after shop fire\n\n"
        "A man has been charged with arson after a fire at a shop in Dunmere, Northshire Police said.\n\n"
        "Police said the family living above the shop \"were lucky to escape with their lives\".\n"
    )
    assert holders(report, "lucky to escape with their lives") == ["Northshire Police"]


def test_a_description_by_kind_or_trade_goes_back_to_the_body() -> None:
    report = report_of(
        "Building declared unsafe\n\n"
        "Kellerby Council said it would help the family find a home. The local authority said the "
        "building was \"structurally unsafe\".\n"
    )
    assert holders(report, "structurally unsafe") == ["Kellerby Council"]
    report = report_of(
        "Telco fined over broadband speeds\n\n"
        "Brightwave Telecom has been fined $50 million after a court found it misled customers about broadband speeds.\n\n"
        "In a statement, the telecommunications giant said it was \"deeply sorry\" for the harm caused.\n"
    )
    assert holders(report, "deeply sorry") == ["Brightwave Telecom"]


def test_a_trade_goes_back_to_the_body_brought_in_with_it() -> None:
    report = report_of(
        "Shares of Velkor slump after guidance cut\n\n"
        "Shares of Velkor fell 9 per cent after Velkor cut its revenue forecast. Velkor said clients "
        "were delaying projects.\n\n"
        "Mumbai-based brokerage Hallmark Securities Ltd said the cut was \"a big disappointment\". The brokerage said it "
        "expected \"further downgrades across the sector\".\n"
    )
    assert holders(report, "further downgrades across the sector") == ["Hallmark Securities"]


def test_a_company_named_group_is_what_the_carmaker_stands_for() -> None:
    report = report_of(
        "Carmaker to build EV plant\n\n"
        "Halden Motor Group said on Friday it would build an electric vehicle plant near Savannah.\n\n"
        "The South Korean carmaker said the plant would \"anchor our electric future in America\".\n"
    )
    assert holders(report, "anchor our electric future") == ["Halden Motor Group"]


def test_a_company_named_with_its_legal_suffix_is_what_the_company_stands_for() -> None:
    report = report_of(
        "Grocer profits rise\n\n"
        "Markwell Foods Plc reported a 12% rise in half-year profits on Wednesday as shoppers returned to its stores.\n\n"
        "The supermarket said sales of its premium range were up \"by double digits\".\n"
    )
    assert holders(report, "by double digits") == ["Markwell Foods Plc"]


def test_a_name_set_off_between_a_description_and_its_cue_speaks() -> None:
    report = report_of(
        "Champion eyes more gold\n\n"
        "Keely Hodgkinson won Olympic gold in Paris in August.\n\n"
        "Her coach, Trevor Painter, is convinced she can go faster next season.\n"
    )
    assert holders(report, "she can go faster next season") == ["Trevor Painter"]


def test_a_voice_for_a_person_speaks_for_them() -> None:
    report = report_of(
        "Singer cancels tour dates\n\n"
        "Pop star Dua Lipa has cancelled four dates of her European tour on medical advice.\n\n"
        "A representative for the singer said she was \"devastated to let her fans down\". Lipa's "
        "spokesperson added that all tickets would be \"refunded in full\".\n"
    )
    assert holders(report, "devastated to let her fans down") == ["Dua Lipa"]
    assert holders(report, "refunded in full") == ["Dua Lipa"]


def test_officials_of_a_body_holding_their_noun_speak_for_it() -> None:
    report = report_of(
        "Two hurt in apartment fire\n\n"
        "Two people were taken to hospital after a fire at an apartment complex early Sunday, the West "
        "Metro Fire Rescue said.\n\n"
        "Fire officials said the cause was \"still under investigation\".\n"
    )
    assert holders(report, "still under investigation") == ["West Metro Fire Rescue"]


def test_an_official_by_a_bodys_noun_speaks_for_it() -> None:
    report = report_of(
        "Airline chaos\n\n"
        "Flights were grounded across the country on Monday after an outage.\n\n"
        "The Transport Workers Union said staff had been left \"to face angry passengers alone\". A union "
        "official said the airline had \"cut too many corners\".\n"
    )
    assert holders(report, "cut too many corners") == ["Transport Workers Union"]


def test_agency_officials_are_the_governing_body_named_last() -> None:
    report = report_of(
        "Potholes multiply\n\n"
        "Potholes form when water seeps into cracks, said Joe Carbone, who works for the Transportation "
        "Department. Each year, agency officials said, it uses more than one million tons of asphalt.\n"
    )
    assert holders(report, "one million tons of asphalt") == ["Transportation Department"]


def test_an_official_statement_names_no_one() -> None:
    report = report_of(
        "Drug approved\n\n"
        "\"We are sending the medicine to our friends,\" Foreign Ministry spokesperson Anil Rao said.\n\n"
        "Last week, the Drug Agency issued an authorisation to permit the emergency use of the medicine, "
        "according to an official statement.\n"
    )
    assert "Anil Rao" not in holders(report, "issued an authorisation")
