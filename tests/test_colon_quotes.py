"""A quotation after a colon that closes its subject's own clause, whatever the verb
(brief.actors.colon_quotes), on articles written for these tests."""

from __future__ import annotations

from written import holders, report_of


def test_a_colon_after_a_verb_of_doing_gives_the_subject_the_quotation() -> None:
    report = report_of(
        "Marta Velez has written a history of the Kessel harbour lights, out this week.\n\n"
        "Velez warmly evokes the old docks in her introduction: “When we hear the word harbour, an image "
        "comes to mind. It is a mood of its own.”\n"
    )
    assert holders(report, "When we hear the word harbour") == ["Marta Velez"]


def test_he_after_the_person_named_in_the_sentence_is_that_person() -> None:
    report = report_of(
        "Ask Tomas Brandt, the director of the harbour film, what Dunmere means, and he will answer, "
        "without missing a beat: “Harbour fog. Anyone who has lived there will tell you that.”\n"
    )
    assert holders(report, "Anyone who has lived there") == ["Tomas Brandt"]


def test_a_body_speaks_through_its_spokesman_before_the_colon() -> None:
    report = report_of(
        "The Kessel Port Authority met on Friday.\n\n"
        "On Saturday, a spokesman for the Kessel Port Authority had this to add on the plan: "
        "\"The council always goes too far in its promises to the city.\"\n"
    )
    assert holders(report, "always goes too far") == ["Kessel Port Authority"]


def test_a_title_in_quotes_after_a_colon_is_no_statement() -> None:
    report = report_of(
        "Marta Velez directed a new film about the harbour, shown in Dunmere on Monday.\n\n"
        "Velez chose its title months ago: “Harbour Fog.”\n"
    )
    assert holders(report, "Harbour Fog") == []


def test_his_or_her_utterance_before_the_colon_is_the_person_just_named() -> None:
    """"His message to staff was simple:" has no named subject: the message is the man just named,
    never the woman named with him."""
    report = report_of(
        "Museum cuts approved\n\n"
        "The council leader, Bartholomew Quayle, rejected the criticism from Hedda Lindqvist and her staff. "
        "His message to staff was simple: “We are doing what we can with what we have.”\n\n"
        "Lindqvist was asked about the loans. Her final answer was short: “We will repay every penny by the spring.”\n"
    )
    assert holders(report, "doing what we can with what we have") == ["Bartholomew Quayle"]
    assert holders(report, "repay every penny") == ["Hedda Lindqvist"]


def test_a_described_subject_before_the_colon_is_the_person_just_named() -> None:
    """"The mum-of-three fumed: “...”": a parent described by their children is, as a calling is, the
    person the story was just about."""
    report = report_of(
        "School bans birthday cakes\n\n"
        "Kerry-Ann Dowling, 34, from Basingstoke, said the rule was health and safety gone mad.\n\n"
        "The mum-of-three fumed: “It is a cake, not a crime. The kids look forward to it all year.”\n"
    )
    assert holders(report, "a cake, not a crime") == ["Kerry-Ann Dowling"]


def test_a_name_and_a_phrase_without_a_verb_before_the_colon_frames_the_names_words() -> None:
    """ "Ada Quinn, in a statement:", "Tom Reddy on the plan:": no verb, and the colon announces the
    name's words all the same."""
    report = report_of(
        "The Kessel harbour plan went to the council on Monday.\n\n"
        "Councillor Ada Quinn, in a statement: “The council has not seen a business case for it.”\n\n"
        "Fisherman Tom Reddy on the plan: “They want yachts, not boats like mine.”\n"
    )
    assert holders(report, "has not seen a business case") == ["Ada Quinn"]
    assert holders(report, "They want yachts") == ["Tom Reddy"]


def test_a_label_with_the_person_s_title_and_body_before_it_is_the_person_s() -> None:
    """ "Harbour Board chairman Ivo Marten: “...”": the body names the title, the person speaks,
    whether the label opens its paragraph or follows a sentence of the writer's."""
    report = report_of(
        "Harbour fees rise\n\n"
        "The harbour board raised mooring fees by a third on Monday.\n\n"
        "Boat owners are furious. Dunmere Sailing Club secretary Maria Lopez: “Our members were never asked "
        "about any of this.”\n\n"
        "Velmora Shipping chief executive Ivo Marten: “The quay needs repairs before the winter storms.”\n"
    )
    assert holders(report, "never asked about any of this") == ["Maria Lopez"]
    assert holders(report, "needs repairs before the winter") == ["Ivo Marten"]


def test_for_someone_the_answer_is_their_quotation() -> None:
    report = report_of(
        "Harbour fees rise\n\n"
        "The harbour board raised mooring fees by a third on Monday.\n\n"
        "For Velmora Shipping captain Ivo Marten, the answer is simple: “Repair the quay before you raise "
        "a single fee.”\n"
    )
    assert holders(report, "Repair the quay before you raise") == ["Ivo Marten"]


def test_a_name_speaking_somewhere_before_a_quotation_with_no_verb_is_the_speaker() -> None:
    report = report_of(
        "Harbour fees rise\n\n"
        "The harbour board raised mooring fees by a third on Monday.\n\n"
        "Velmora Shipping chairman Ivo Marten, speaking at the company's annual dinner, “We will keep the "
        "ferry running whatever the fees.”\n"
    )
    assert holders(report, "keep the ferry running whatever") == ["Ivo Marten"]


def test_her_view_before_a_colon_is_the_woman_named_before_s_quotation() -> None:
    report = report_of(
        "Harbour fees rise\n\n"
        "The harbour board raised mooring fees by a third on Monday.\n\n"
        "Boat owner Maria Lopez has promised to fight the rise. Her view is blunt: “This is the wrong rise at "
        "the wrong time.”\n"
    )
    assert holders(report, "wrong rise at the wrong time") == ["Maria Lopez"]


def test_a_label_whose_title_opens_with_its_is_the_person_s() -> None:
    report = report_of(
        "Harbour fees rise\n\n"
        "The harbour board raised mooring fees by a third on Monday.\n\n"
        "The Dunmere Boat Owners Association said members were entitled to a refund. Its legal adviser "
        "Maria Lopez: “The board must pay up quickly and without quibbles.”\n"
    )
    assert holders(report, "must pay up quickly") == ["Maria Lopez"]


def test_a_vox_pop_s_name_and_age_before_a_dash_and_a_quotation_is_the_speaker() -> None:
    report = report_of(
        "What boat owners think\n\n"
        "We asked boat owners on the quay what they made of the new fees.\n\n"
        "Student Liam Hart, 19 - “Nobody talks about the small boats any more. It is like we don't exist.”\n\n"
        "The plan - “a disaster for the town” - will be debated in May.\n"
    )
    assert holders(report, "Nobody talks about the small boats") == ["Liam Hart"]
    assert holders(report, "a disaster for the town") == []


def test_a_persons_age_before_a_tabloids_colon_still_labels_their_words() -> None:
    """"Co-star Jack Fowler, 27: “...”", "Dave Thompson, 41, from Leeds: “...”"."""
    report = report_of(
        "Reality star hits back at trolls\n\n"
        "Reality star Molly Smith has hit back at trolls after her exit from the show.\n\n"
        "Co-star Jack Fowler, 27: \"Molly is a gorgeous girl and she will be absolutely fine, trust me.\"\n\n"
        "Dave Thompson, 41, from Leeds: \"I have watched every series and this is the worst yet.\"\n"
    )
    assert holders(report, "she will be absolutely fine") == ["Jack Fowler"]
    assert holders(report, "this is the worst yet") == ["Dave Thompson"]


def test_a_copula_whose_predicate_ends_in_a_preposition_before_the_colon_announces_no_words() -> None:
    """"X is the sport's answer to the old saying of: “...”": the writer's comparison quotes a saying, which the
    subject never said; "X was blunt: “...”" still gives the subject's words."""
    report = report_of(
        "Rowing club wins again\n\n"
        "Harbour rowers won the county cup for a third year on Saturday.\n\n"
        "Club captain Ada Merrow trained the crew through the winter on the cold river.\n\n"
        "Merrow is rowing's version of the coaching line handed to every novice of: \"Row hard now and you "
        "will rest when the race is over.\"\n\n"
        "Tom Baines, the coach of the Dunmere crew, was blunt: \"They were simply faster than us on the day and deserved it.\"\n"
    )
    assert holders(report, "Row hard now") == []
    assert holders(report, "simply faster than us") == ["Tom Baines"]
