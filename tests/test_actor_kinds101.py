"""The top five's kinds and entries (session 62, kinds101): a broadcaster's own correspondent, a craft named after
its class noun, a thing "dubbed" a name, on articles written for these tests."""

from __future__ import annotations

from written import actors_of, kinds_of, report_of


def test_a_broadcasters_correspondent_filing_from_a_city_is_no_actor() -> None:
    text = (
        "Council backs new water law\n\n"
        "The council of Veltria on Tuesday passed a law to share the river's water between its provinces. "
        "Governor Ana Mirelle said the law would end years of quarrels. "
        "The BBC's Tomas Ferrow in Veltria says the law is seen as a test of the governor's reforms. "
        "Farmers' leader Jon Bastide said the farmers would wait and see."
    )
    kinds = kinds_of(text)
    assert "Tomas Ferrow" not in kinds
    assert kinds.get("Ana Mirelle") == "person"


def test_an_official_of_a_body_named_by_its_office_keeps_his_place() -> None:
    text = (
        "Aid reaches Veltria\n\n"
        "The UN's envoy in Veltria, Tomas Ferrow, said the first convoy had arrived. "
        "Governor Ana Mirelle said the roads would stay open."
    )
    assert kinds_of(text).get("Tomas Ferrow") == "person"


def test_a_craft_named_after_its_class_noun_is_no_body() -> None:
    text = (
        "Launch may slip a week\n\n"
        "The space shuttle Endora's flight to repair a weather satellite is likely to be put off by seven days, "
        "the space agency said on Monday. Flight director Mara Quent said engineers wanted to swap a faulty valve. "
        "A Thursday launch of Endora had been planned. Endora will carry five astronauts and a robot arm."
    )
    kinds = kinds_of(text)
    assert "Endora" not in kinds
    assert kinds.get("Mara Quent") == "person"


def test_a_thing_dubbed_a_name_is_no_body() -> None:
    text = (
        "Vaccine holds virus at bay in monkeys\n\n"
        "A lab-made molecule, dubbed Veximune, keeps the virus in check without side effects, according to a study "
        "led by Dr. Ravi Tolland. Veximune works on more cells than rival drugs do, Tolland said. "
        "Eight of the nine monkeys treated with Veximune stayed healthy for a year."
    )
    kinds = kinds_of(text)
    assert "Veximune" not in kinds
    assert kinds.get("Ravi Tolland") == "person"


def test_a_group_dubbed_a_name_stays_a_body() -> None:
    text = (
        "New rebel group claims attack\n\n"
        "A new rebel group, dubbed the Northern Front, said it had attacked the army post. "
        "The Northern Front said more attacks would follow. Defence minister Ola Reyes said the army would respond."
    )
    assert kinds_of(text).get("Northern Front") == "organization"


def test_a_nicknames_clipped_tail_is_the_same_club() -> None:
    text = (
        "Rugby: Goldfinches name new captain\n\n"
        "The Goldfinches named lock Dan Velde as their captain on Monday. Goldfinches coach Piet Marais said Velde "
        "had earned it. \"The Finches need a leader,\" Marais said. The Finches play their first test in Auckland next week."
    )
    kinds = kinds_of(text)
    assert kinds.get("Goldfinches") == "organization"
    assert "Finches" not in kinds


def test_a_club_whose_name_ends_another_clubs_name_stays_its_own() -> None:
    text = (
        "Basketball: Hornets sign guard the Nets released\n\n"
        "The Hornets signed guard Jay Mott on Monday, a week after the Nets released him. The Hornets said Mott "
        "would join the team in Denver. The Nets said in a statement that they wished him well."
    )
    kinds = kinds_of(text)
    assert kinds.get("Hornets") == "organization" and kinds.get("Nets") == "organization"


def test_a_nickname_is_not_joined_to_a_role_town_when_another_town_is_a_club() -> None:
    text = (
        "Tulsa names Dale Ormond head coach\n\n"
        "Tulsa has hired defensive coordinator Dale Ormond as head coach, the school said on Friday. Ormond was "
        "picked ahead of interim coach Rick Tamsin and Oregon offensive coordinator Lyle Brant.\n\n"
        "Ormond ran the Tigers' defence for three years. Tulsa officials wanted someone who knew the players, and "
        "the Tigers finished 10-2 this season. Tulsa (10-2) meets Boise State in a bowl game on Dec. 20."
    )
    names = {a.name: (a.kind, a.aliases) for a in actors_of(report_of(text))}
    assert "Oregon" not in names.get("Tigers", ("", ()))[1]


def test_a_demonym_standing_for_the_runner_is_no_mention_of_the_country() -> None:
    text = (
        "Kiprono wins in Boston\n\n"
        "Amos Kiprono won the city marathon on Sunday in two hours and seven minutes. "
        "The Kenyan, however, said the wind had cost him the course record. "
        "Race director Ellen Marsh said the Kenyan would be invited back next year."
    )
    kinds = kinds_of(text)
    assert kinds.get("Amos Kiprono") == "person"
    assert "Kenya" not in kinds


def test_a_town_whose_managers_job_and_fans_are_written_is_its_club() -> None:
    text = (
        "Varley's days are numbered\n\n"
        "Tom Varley has won two of his last 14 games at Hull. Ray Dunmore was asked on Sunday if he wanted the Hull job "
        "and would not answer. Few doubt that a new manager at Hull will be named before May, and the Hull fans "
        "have already turned on Varley, former captain Eric Lane said."
    )
    assert kinds_of(text).get("Hull") == "organization"


def test_a_service_written_once_with_a_brands_inner_capital_is_no_place() -> None:
    text = (
        "Weekly roundup #12\n\n"
        "Three things happened this week. First, some big news from Gitvale.\n\n"
        "GitVale drops its prices\n\n"
        "Small teams can keep as many private projects at Gitvale as they like, without paying."
    )
    assert kinds_of(text).get("Gitvale") == "organization"
