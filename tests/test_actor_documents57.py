"""Documents, posts and handles that carry a quotation (session 50, helper documents57), on articles written for
these tests."""

from __future__ import annotations

from written import holders, report_of

NOTE = (
    "Warehouse robots move from pilots to full fleets\n\n"
    "Logistics companies are buying warehouse robots in far larger numbers than a year ago, according to figures "
    "from suppliers.\n\n"
    "Sales of mobile picking robots rose by a third in the first half, the trade group Materials Handling Forum "
    "said on Tuesday.\n\n"
    "“Operators should plan for fleets of hundreds of machines rather than a few dozen on trial,” analysts at "
    "Harwick Strategy Partners wrote last week in a note — citing surveys showing that most large warehouses "
    "expect to run robots around the clock by 2028.\n\n"
    "Dunmore Freight, which runs eleven depots in the north, said it had ordered 300 robots from a Danish maker."
)


def test_a_quotation_before_its_writers_and_a_frame_that_runs_on_is_theirs() -> None:
    assert holders(report_of(NOTE), "plan for fleets of hundreds") == ["Harwick Strategy Partners"]


FORUM = (
    "Forum posts show teacher's growing anger before school board walkout\n\n"
    "A series of posts on an online teaching forum, written under the handle quillfern42, traces the frustration of "
    "a science teacher who led Monday's walkout at Bramwell High School, according to colleagues who recognised the "
    "account.\n\n"
    "The account joined the forum in 2019. On May 3, 2021, quillfern42 asked other members how to apply for a "
    "classroom grant. The following month they posted asking for help with a broken laboratory: “Our fume hood has "
    "been dead since March and nobody answers my emails.”\n\n"
    "“Nobody on that board has set foot in a lab in twenty years,” quillfern42 posted. “They cut first and ask "
    "questions never.”\n\n"
    "In June 2023, quillfern42 wrote, “I will stay until my students finish their exams, and not one day more.”\n\n"
    "The Bramwell school board said it had increased laboratory spending in each of the past three years."
)


def test_a_handle_the_text_shows_posting_is_the_writer_of_its_posts() -> None:
    report = report_of(FORUM)
    assert holders(report, "set foot in a lab") == ["quillfern42"]
    assert holders(report, "until my students finish") == ["quillfern42"]


def test_they_after_a_handle_is_the_user_it_names() -> None:
    assert holders(report_of(FORUM), "fume hood has been dead") == ["quillfern42"]



def test_they_after_a_named_lead_and_her_colleagues_is_the_lead() -> None:
    text = (
        "Senators press port authority over cargo scanner delays\n\n"
        "A group of senators on the transport committee has written to the Port Authority of Calder demanding an "
        "explanation for months of delays in installing new cargo scanners.\n\n"
        "The scanners were promised for the spring, but only two of the nine machines are working, according to the "
        "authority's own figures.\n\n"
        "Senator Ada Vance and her colleagues asked for a full timetable no later than June 12 and for a public hearing "
        "before the summer recess.\n\n"
        '"Every week these machines sit idle is another week in which containers pass through Calder unchecked," they '
        'wrote. "The public deserves to know who is responsible."\n\n'
        "The Port Authority of Calder said it would reply to the senators in due course."
    )
    assert holders(report_of(text), "machines sit idle") == ["Ada Vance"]


def test_the_report_never_named_before_is_the_body_that_spoke_just_before() -> None:
    text = (
        "Think tank warns on state-run health data schemes\n\n"
        "Governments that pool their citizens' health records into national databases risk exposing the most "
        "vulnerable patients, researchers warned this week.\n\n"
        "In May, the Corlander Institute outlined ways in which a central health database could be misused by "
        "officials seeking to track migrants and political opponents.\n\n"
        "At a more practical level, the report says, patients with rare conditions are the easiest to identify even "
        "when their names are removed, because so few people share their diagnosis.\n\n"
        "Health ministers from four countries are due to discuss a shared database at a meeting in Lisbon next month."
    )
    assert holders(report_of(text), "rare conditions") == ["Corlander Institute"]


def test_a_state_that_stayed_away_but_rejected_in_a_submission_holds_the_rejection() -> None:
    text = (
        "Court hears challenge over river dam\n\n"
        "The hearings at the tribunal in Geneva heard from delegates of twelve countries, including Norway, Peru and "
        "Kenya.\n\n"
        "Karvenia did not attend the hearings, but, in a written submission to the tribunal on 3 March, rejected the "
        'questions put to the tribunal as "plainly partial and unfair".'
    )
    assert holders(report_of(text), "plainly partial") == ["Karvenia"]


PLATFORM = (
    "Mayor faces backlash over stadium plan\n\n"
    "The mayor of Carrowmore, Lida Brennick, has faced growing criticism over her plan to sell the city's football "
    "stadium to a property developer.\n\n"
    "Councillor Tomas Wren also seemed to accept that the council would approve the sale next week, using his "
    'Facebook page to criticise "spineless councillors and their developer friends" and residents who had stayed '
    "silent.\n\n"
    'Brennick took to Twitter to attack "the armchair critics who never built anything".'
)


def test_a_stance_taken_to_a_platform_is_its_subjects() -> None:
    assert holders(report_of(PLATFORM), "armchair critics") == ["Lida Brennick"]


def test_a_stance_on_a_platform_inside_another_frame_is_the_frames_subjects() -> None:
    assert holders(report_of(PLATFORM), "spineless councillors") == ["Tomas Wren"]
