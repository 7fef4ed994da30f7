"""Local news shapes (session 42, on articles written for these tests): a street named short after its full name
("Elm Street ... on Elm") is no actor and leaves the residents on it their words; people "on" or "at" a place
speak for themselves; a source after "according to" whose title the cue model cut at its full stop ("Sgt. X",
"Lt. X of the fire service") reports the clause before the cue; an abbreviated alderman's title ("Ald.") neither
ends a sentence nor keeps the quotation before it from its speaker."""

from __future__ import annotations

from written import actors_of, holders, report_of

from brief.text.segment import sentences


def test_a_street_named_short_is_no_actor_and_its_residents_speak() -> None:
    text = (
        "Crash closes busy junction\n\n"
        "A van and a bus collided at the corner of Larch Street and Denholm Avenue on Monday, police said. "
        "Crews cleared the junction of Larch and Denholm by noon.\n\n"
        "Residents on Denholm said the corner had been dangerous for years."
    )
    report = report_of(text)
    names = {a.name for a in actors_of(report)}
    assert "Denholm" not in names and "Larch" not in names, names
    assert holders(report, "dangerous for years") == ["residents"]


def test_a_name_that_is_also_a_person_is_kept_beside_the_street() -> None:
    text = (
        "Library named for teacher\n\n"
        "The new library on Denholm Avenue opened on Monday. Retired teacher Grace Denholm, after whom the avenue "
        "was named, cut the ribbon. Denholm said she was proud of the town."
    )
    report = report_of(text)
    assert holders(report, "proud of the town") == ["Grace Denholm"]


def test_shoppers_at_a_mall_speak_for_themselves() -> None:
    text = (
        "Holiday rush\n\n"
        "Shoppers at Harrowgate Mall said the car park was full by nine in the morning. "
        "The centre's manager said extra staff had been hired."
    )
    report = report_of(text)
    assert holders(report, "car park was full") == ["shoppers"]
    assert "Harrowgate Mall" not in {a.name for a in actors_of(report)}


def test_according_to_an_abbreviated_title_reports_the_clause_before() -> None:
    text = (
        "Warehouse fire\n\n"
        "Firefighters reached the depot just after 11 p.m., according to Sgt. Nadia Orlov, a county spokeswoman. "
        "The roof fell in before dawn, according to Lt. Ben Achter of the regional fire service."
    )
    report = report_of(text)
    assert holders(report, "Firefighters reached the depot") == ["Nadia Orlov"]
    assert holders(report, "The roof fell in before dawn") == ["Ben Achter"]


def test_an_aldermans_abbreviated_title_keeps_the_quotation_with_its_speaker() -> None:
    text = (
        "Budget vote\n\n"
        '"We cannot keep closing libraries," Ald. Teodora Vance said Tuesday. '
        '"I will vote against this plan."'
    )
    assert len(sentences(text.split("\n\n")[1])) == 2
    report = report_of(text)
    assert holders(report, "keep closing libraries") == ["Teodora Vance"]


def test_a_subject_pronoun_taken_into_the_cue_opens_what_was_said() -> None:
    text = (
        "Growers split on emissions plan\n\n"
        "The Dairy Council said it supported a \"sensible route\" to cleaner farms, while a few herders in the hills "
        "cheered the decision."
    )
    report = report_of(text)
    lines = [(p.cue, p.text) for a in actors_of(report) for p in a.positions]
    assert any(cue == "said" and text.startswith("it supported a") for cue, text in lines), lines


def test_when_it_was_said_before_a_colon_is_no_part_of_the_quotation() -> None:
    text = (
        "Driver jailed\n\n"
        "Sergeant Ola Brennan, of the county police, said afterwards: \"We hope this sends a clear message to drivers.\""
    )
    report = report_of(text)
    lines = [p.text for a in actors_of(report) for p in a.positions]
    assert any(line.startswith('"We hope this sends') for line in lines), lines


def test_a_match_reports_clubs_named_by_their_last_word_are_its_subjects() -> None:
    text = (
        "Late double lifts Ashcombe\n\n"
        "Ashcombe Town beat Dunmere Rovers 2-1 at Quarry Park on Saturday with two late goals from Tomasz Wren.\n\n"
        "Rovers had led at the break through a header from Colm Duffy. Town manager Ellis Shaw said his side "
        "never stopped believing.\n\n"
        "Rovers boss Nina Falk said the winner should not have stood. The result lifts Town to fourth, while "
        "Rovers drop to 12th."
    )
    report = report_of(text)
    top = [a.name for a in actors_of(report)][:4]
    assert "Ashcombe Town" in top and "Dunmere Rovers" in top, top


def test_a_profit_posted_is_no_statement() -> None:
    text = (
        "Grid operator profit slides\n\n"
        "Kestrel Power said it would keep its dividend unchanged. The Scottish company, which runs ferries to 30 "
        "islands, posted adjusted operating profit of 300 million pounds for 2025, below the 320 million analysts had "
        "expected, according to a company-compiled consensus."
    )
    report = report_of(text)
    assert holders(report, "operating profit of 300 million") == []
    assert holders(report, "keep its dividend unchanged") == ["Kestrel Power"]


def test_told_reporters_then_a_clause_leaves_the_audience_out() -> None:
    text = (
        "Budget talks stall\n\n"
        "The governor has not decided whether to sign the bill. Spokeswoman Dana Reyes told reporters the governor "
        "wanted \"a fairer deal for renters, not for landlords.\""
    )
    report = report_of(text)
    lines = [p.text for a in actors_of(report) if a.name == "Dana Reyes" for p in a.positions]
    assert lines and lines[0].startswith("the governor wanted"), lines


def test_congress_is_not_a_clipping_of_the_congressional_budget_office() -> None:
    text = (
        "Subsidies debate\n\n"
        "The Congressional Budget Office estimated that ending the subsidies would leave 3 million more people "
        "uninsured. Hospitals have urged Congress to act before the summer recess. Congress has not scheduled a vote."
    )
    report = report_of(text)
    office = [a for a in actors_of(report) if a.name == "Congressional Budget Office"]
    assert office and "Congress" not in office[0].aliases, office


def test_a_utility_named_for_two_trades_is_one_company() -> None:
    text = (
        "Utilities brace for storm\n\n"
        "Harlan Gas and Electric said it had moved crews to the coast. Harlan Gas and Electric also said outages "
        "could last two days."
    )
    report = report_of(text)
    names = {a.name for a in actors_of(report)}
    assert "Harlan Gas and Electric" in names and "Electric" not in names, names


def test_residents_of_a_community_the_tagger_left_out_of_the_source_speak() -> None:
    text = (
        "Demolition notice\n\n"
        "The state government has ordered traders to leave the market within a week. But residents of the "
        "Ijora-Oloye community accused the government of ignoring their petition."
    )
    report = report_of(text)
    assert holders(report, "ignoring their petition") == ["residents"]


def test_a_bridge_is_a_place_not_an_actor() -> None:
    text = (
        "Bridge closed\n\n"
        "Engineers closed the Eko Harbour Bridge on Sunday after cracks were found. The works ministry said the "
        "Eko Harbour Bridge would reopen in March."
    )
    report = report_of(text)
    assert "Eko Harbour Bridge" not in {a.name for a in actors_of(report)}


def test_a_seat_title_before_initials_is_a_role() -> None:
    text = (
        "Assembly row\n\n"
        "JD(S) MLA HT Manjunath said his party would take the matter to court. Manjunath said the bill was rushed."
    )
    report = report_of(text)
    assert holders(report, "take the matter to court") == ["HT Manjunath"]


def test_a_city_named_by_its_bridge_stays_a_place() -> None:
    text = (
        "Bridge reopens\n\n"
        "London Bridge reopened on Monday after repairs. London said the works had finished early, and Pennsylvania "
        "officials praised the crews who also repaved Pennsylvania Avenue."
    )
    report = report_of(text)
    names = {a.name for a in actors_of(report)}
    assert "London" in names, names


def test_put_it_simply_keeps_its_object_in_the_cue() -> None:
    text = (
        "Blackouts explained\n\n"
        "The head of the state's grid operator put it simply: Wind farms \"are not the cause\" of the outages."
    )
    report = report_of(text)
    lines = [(p.cue, p.text) for a in actors_of(report) for p in a.positions]
    assert not any(text.startswith("it simply") for _, text in lines), lines


def test_people_named_as_an_object_before_the_source_do_not_speak() -> None:
    text = (
        "Court hearing\n\n"
        "A 36-year-old part-time volunteer who served a year in a Thai prison for abusing boys in an orphanage "
        "pleaded not guilty on Monday in a Salem courtroom to a rarely used federal charge of misconduct abroad."
    )
    report = report_of(text)
    assert "boys" not in {a.name for a in actors_of(report)}


def test_a_pull_quote_is_read_where_the_article_frames_it() -> None:
    text = (
        "Students and the election\n\n"
        "Many conservative students at city campuses refused to give their full names to reporters.\n\n"
        "“On this campus, everybody says we should listen, but when you say something different, you are on your own.”\n\n"
        "Marcus, a third-year engineering student, said the mood had soured since the vote.\n\n"
        "“On this campus, everybody says we should listen, but when you say something different, you are on your own,” "
        "he said."
    )
    report = report_of(text)
    assert holders(report, "On this campus, everybody says") == ["Marcus"]
