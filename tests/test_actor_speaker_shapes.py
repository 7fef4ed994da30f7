"""Who holds a position in shapes real news writes (session 37, speakers26): a person's allies, an
area's officials at a sentence's opening, a devolved government, a study run by a named body, and
officials after a hacking group; on articles written for these tests."""

from __future__ import annotations

from written import actor_named, actors_of, holders, report_of


def test_a_persons_allies_are_not_the_person() -> None:
    text = (
        "Ferry contract row splits island council\n\n"
        "Councillor Agnes Morrow, who leads the transport committee, has asked for the ferry contract to be "
        "put out to tender again. "
        "Morrow's allies argue that the current operator has missed too many sailings to keep the deal. "
        "The operator, Skerry Lines, said its record was better than any rival's over the past five years. "
        "Morrow said she would raise the matter at the full council meeting next week."
    )
    report = report_of(text)
    assert holders(report, "missed too many sailings") != ["Agnes Morrow"]
    assert holders(report, "raise the matter") == ["Agnes Morrow"]


def test_supporters_of_a_leader_do_not_speak_as_the_leader() -> None:
    text = (
        "Party leader faces confidence vote\n\n"
        "Senator Paulo Brandt will face a vote of confidence from his party's members on Thursday. "
        "Brandt's supporters say that the vote was called by a small faction angry at his tax plans. "
        "Brandt said he expected to win comfortably."
    )
    report = report_of(text)
    assert holders(report, "called by a small faction") != ["Paulo Brandt"]


def test_parish_officials_at_a_sentence_opening_are_the_parish_named_before() -> None:
    text = (
        "Flooding closes roads across rural parish\n\n"
        "Two days of heavy rain flooded much of Vermilion Parish, Louisiana, closing roads and three schools. "
        "Parish officials said at least 60 homes had taken on water and that crews would work overnight. "
        "In neighbouring Orange County, Texas, the damage was lighter. "
        "County officials said two bridges remained closed as a precaution. "
        "Sheriff Wade Thibault said his deputies had pulled five drivers from stranded cars."
    )
    report = report_of(text)
    assert holders(report, "60 homes had taken on water") == ["Vermilion Parish"]
    assert holders(report, "two bridges remained closed") == ["Orange County"]


def test_the_scottish_government_is_not_the_united_kingdom() -> None:
    text = (
        "Ministers order review of council cyber defences\n\n"
        "Several councils were hit by ransomware attacks last year. "
        "The Scottish government said it would review how councils protect their computer systems. "
        "The Welsh Government said it had already begun a similar review in Cardiff and Swansea."
    )
    report = report_of(text)
    assert holders(report, "how councils protect") == ["Scottish Government"]
    assert holders(report, "a similar review") == ["Welsh Government"]
    assert actor_named(report, "Scottish Government").kind == "organization"


def test_a_study_run_by_a_named_body_is_that_bodys_finding() -> None:
    text = (
        "Councils lack offline backups, study finds\n\n"
        "Local councils remain exposed to ransomware, according to new research. "
        "Canada's national pilot, run by the Digital Resilience Institute, found that most councils kept no "
        "offline copies of their records. "
        "The institute's director, Hana Petrov, said the results were worrying."
    )
    report = report_of(text)
    assert holders(report, "kept no offline copies") == ["Digital Resilience Institute"]


def test_officials_after_a_hacking_group_spoke_are_not_the_group() -> None:
    text = (
        "Hackers claim attack on port billing system\n\n"
        "A hacking group known as Copperhead Collective has claimed responsibility for an attack that halted "
        "billing at the Harbourside Port Authority for four days. "
        "Copperhead Collective said in a post online that it had copied the records of shipping firms. "
        "Officials said there was no sign that cargo handling had been disrupted."
    )
    report = report_of(text)
    assert holders(report, "cargo handling had been disrupted") != ["Copperhead Collective"]


def test_a_council_is_not_initials_that_hold_no_letter_of_a_council() -> None:
    text = (
        "Bus lanes to be extended across town\n\n"
        "Bus lanes will be added to four more roads in Denholm next year. "
        "The plan follows a study by TRG, a transport consultancy, which found that buses were late on one "
        "journey in three. TRG said the new lanes would save passengers about six minutes a trip. "
        "The town council said it would pay for the work from its roads budget. "
        "Councillor Priya Nandra said drivers had been consulted."
    )
    report = report_of(text)
    assert "TRG" not in holders(report, "from its roads budget")


def test_she_after_a_woman_set_off_after_his_relation_is_that_woman() -> None:
    text = (
        "Fisherman backs harbour dredging\n\n"
        "Peregrine Quarrington, a fisherman for forty years, has backed the plan to dredge the harbour at Corran. "
        "Quarrington said the silt had made the harbour unusable at low tide. "
        "His neighbour, Elspeth Marr, disagreed. "
        '"The dredging will ruin the oyster beds for a generation," she said.'
    )
    report = report_of(text)
    assert holders(report, "ruin the oyster beds") == ["Elspeth Marr"]


def test_a_title_set_off_after_a_name_is_that_person_later() -> None:
    text = (
        "Royal opens new lifeboat station\n\n"
        "Prince Aldric, the Earl of Stowmoor, opened the new lifeboat station at Penhallow on Friday. "
        "Prince Aldric said the crews had saved more than 300 lives since the old station was built. "
        "Station manager Kerensa Pollard said the new boat could reach ships twice as fast. "
        "The Earl of Stowmoor said he would return next summer to see the crews train."
    )
    report = report_of(text)
    assert holders(report, "return next summer") == ["Prince Aldric"]
    assert holders(report, "saved more than 300 lives") == ["Prince Aldric"]


def test_a_title_the_text_never_ties_to_a_name_stays_its_own_person() -> None:
    text = (
        "Royal visits flood-hit town\n\n"
        "Prince Aldric visited flood-hit homes in Penhallow on Friday. "
        "Prince Aldric said the town's spirit was remarkable. "
        "The Earl of Stowmoor, who owns much of the land upriver, said he would pay for new flood walls."
    )
    report = report_of(text)
    assert holders(report, "pay for new flood walls") == ["Earl of Stowmoor"]


def test_two_people_named_before_who_speak_together_each_hold_the_words() -> None:
    text = (
        "Researchers trace payroll hack to old software\n\n"
        "Imogen Thackeray, a security researcher in Leeds, and Rafael Okonjo, a former police detective, spent "
        "a month studying the attack on the borough's payroll system. "
        "Thackeray and Okonjo said the attackers had used a flaw in software the borough had not updated "
        "since 2019. "
        "The borough's chief executive, Colm Pryor, said the system would be replaced next year."
    )
    report = report_of(text)
    assert sorted(holders(report, "had not updated")) == ["Imogen Thackeray", "Rafael Okonjo"]


def test_a_nickname_in_quotes_as_the_subject_is_the_person_given_it() -> None:
    text = (
        "Town to fit water meters in every home\n\n"
        "Every home in Brackwater will get a water meter by 2028 under plans approved on Tuesday. "
        'Bartholomew "Barty" Quaine, the council\'s finance chief, has pushed for meters since 2015. '
        "Councillor Ines Dorado said the plan was fair to families on low incomes. "
        '"Barty" said the meters would pay for themselves within six years.'
    )
    report = report_of(text)
    assert holders(report, "pay for themselves") == ["Bartholomew Quaine"]


def test_a_nickname_given_after_a_name_is_that_person_in_quotes_later() -> None:
    text = (
        "Fishermen split over harbour dredging\n\n"
        "Anselm Tregarthen, known along the quay as \"Sully\", has fished out of Porthkerris for forty years. "
        "Harbour master Wenna Lusby said the dredging would start in May. "
        '"Sully" told reporters the silt had made the harbour unusable at low tide.'
    )
    report = report_of(text)
    assert holders(report, "unusable at low tide") == ["Anselm Tregarthen"]


def test_a_noun_after_said_opens_what_was_said() -> None:
    text = (
        "Ministry denies link to hackers\n\n"
        "Norway's Justice Ministry said reports linking the attackers to its own staff were false. "
        "Police chief Hedda Lunde said rumours about a second attack were untrue."
    )
    report = report_of(text)
    said = {p.text for a in actors_of(report) for p in a.positions}
    assert "reports linking the attackers to its own staff were false" in said
    assert "rumours about a second attack were untrue" in said


def test_a_peer_named_by_rank_and_name_then_by_title_is_one_person() -> None:
    text = (
        "Charity patron thanks hospital staff\n\n"
        "Lady Tremayne, the Countess of Polwenna, visited nurses at the county hospital on Saturday. "
        "Matron Judith Cardew said the visit had lifted spirits on the wards. "
        "The Countess of Polwenna said the staff deserved the whole county's thanks."
    )
    report = report_of(text)
    found = holders(report, "deserved the whole county's thanks")
    assert len(found) == 1 and "Tremayne" in found[0]


def test_a_quoted_nickname_opening_a_sentence_is_read_as_its_subject() -> None:
    text = (
        "Fishermen split over harbour dredging\n\n"
        'Anselm "Sully" Tregarthen has fished out of Porthkerris for forty years. '
        "Harbour master Wenna Lusby said the dredging would start in May. "
        '"Sully" chimed in that the silt had made the harbour unusable at low tide.'
    )
    report = report_of(text)
    assert holders(report, "unusable at low tide") == ["Anselm Tregarthen"]


def test_quoted_words_no_one_was_given_as_a_nickname_keep_their_marks() -> None:
    text = (
        "Musical breaks box office record\n\n"
        "The musical has sold more tickets than any other show this year, its producers said. "
        '"Harbourlights" opened in London in March and moves to New York in the autumn.'
    )
    report = report_of(text)
    assert not holders(report, "moves to New York")
