"""Wire and conflict copy (session 46): envoys named after the body they are sent to, on articles
written for these tests."""

from __future__ import annotations

from written import actors_of, report_of


def test_an_ambassador_to_the_dotted_body_is_the_person_named_after_it() -> None:
    text = (
        "Envoy says deal is near\n\n"
        "UNITED NATIONS (Reuters) - A deal is near, diplomats said on Thursday.\n\n"
        "Ostland Ambassador to the U.N. Helen Marrow said a bridging proposal was consistent with an earlier plan.\n\n"
        '"Now the Front must do the same," she told the council.\n\n'
        "Marrow said the danger of a wider war was real."
    )
    actors = {a.name: a for a in actors_of(report_of(text))}
    assert actors["Helen Marrow"].kind == "person"
    assert "Marrow" not in actors
    assert len(actors["Helen Marrow"].positions) == 3


def test_a_surname_whose_arabic_article_opens_a_sentence_is_the_person_named_before() -> None:
    text = (
        "Front official says talks continue\n\n"
        "Rami al-Haddad, a senior official of the Al-Nahda Front, said that indirect talks are under way.\n\n"
        "Al-Haddad told Al Jazeera that the group wants a truce.\n\n"
        "Al-Haddad said that the Front had shown enough flexibility."
    )
    actors = {a.name: a for a in actors_of(report_of(text))}
    assert "Al-Haddad" not in actors
    assert len(actors["Rami al-Haddad"].positions) == 3


def test_a_name_whose_role_is_left_unclosed_before_said_is_the_speaker_not_the_body_of_the_role() -> None:
    text = (
        "Army rejects allegations\n\n"
        "The Harunistan Army has firmly rejected allegations of truce violations.\n\n"
        "In a statement, Major General Tariq Azam, Director General of the Armed Forces Media Wing said Tuesday, "
        '"Harunistan Army did not commit any truce violation along the line."\n\n'
        "Brigadier Salman Qadir, spokesman of the Frontier Corps said the border was calm."
    )
    actors = {a.name: a for a in actors_of(report_of(text))}
    assert len(actors["Tariq Azam"].positions) == 1
    assert len(actors["Salman Qadir"].positions) == 1
    assert "Frontier Corps" not in actors or not actors["Frontier Corps"].positions
    assert "Armed Forces Media Wing" not in actors or not actors["Armed Forces Media Wing"].positions


def test_a_movement_named_after_a_date_keeps_its_month_and_day() -> None:
    text = (
        "Opposition rejects plan\n\n"
        "The March 23 Movement said on Friday it would not sign the plan.\n\n"
        "Leaders of the April 6 Youth Movement called for new protests in the capital.\n\n"
        "The June 12 Movement said the president must go."
    )
    names = {a.name for a in actors_of(report_of(text))}
    assert {"March 23 Movement", "April 6 Youth Movement", "June 12 Movement"} <= names
    assert not {"23 Movement", "Youth Movement", "12 Movement"} & names


def test_it_after_a_statement_posted_on_its_platform_page_is_not_the_platform() -> None:
    text = (
        "Six soldiers killed in central Korvania\n\n"
        "At least six soldiers were killed on Monday in two attacks in central Korvania, army sources said.\n\n"
        "A base at Sennou came under mortar fire, the army said in a statement posted on its Facebook page, "
        "which also reported an ambush.\n\n"
        'Some vehicles were destroyed, it said, adding that losses on the "enemy" side were not yet known.'
    )
    actors = {a.name: a for a in actors_of(report_of(text))}
    assert "Facebook" not in actors or not actors["Facebook"].positions


def test_a_participle_fronting_a_statement_is_the_speakers_and_the_main_cue_reports_what_follows_it() -> None:
    text = (
        "Karsan says it will keep mediating\n\n"
        "ANKAVA\n\n"
        "Speaking at a news conference in Ankava with his Varenian counterpart, Hakan Yuksel said both sides had "
        "asked Karsan to stay involved.\n\n"
        'Stressing that a lasting truce was possible, Yuksel said, "Nobody gains from this war. We are ready to host '
        'talks at any level."\n\n'
        "Varenian Foreign Minister Laila Nasser, for her part, said her country backed the talks."
    )
    positions = [p.summary for a in actors_of(report_of(text)) if a.name == "Hakan Yuksel" for p in a.positions]
    assert any(p.startswith("stresses a lasting truce was possible") for p in positions)
    assert not any("Stressing" in p for p in positions)


def test_a_dateline_written_with_full_stops_before_the_agency_is_no_actor() -> None:
    text = (
        "Alliance has all it needs to defend members - Varga\n\n"
        "Brussels. March 4. INTERFAX - The Northern Defence Alliance Secretary General Peter Varga said that the "
        "alliance has all the forces it needs to protect its members.\n\n"
        '"We have troops, ships and plans to defend every member," the head of the alliance said at a press '
        "conference on Friday.\n\n"
        '"We are adapting all the time," Varga added.'
    )
    names = {a.name for a in actors_of(report_of(text))}
    assert "INTERFAX" not in names
    assert "Peter Varga" in names


def test_what_was_told_reporters_before_an_adding_participle_is_the_clause_before_the_speaker() -> None:
    text = (
        "Velmora says no talks planned\n\n"
        "KORVASK, June 3 (Reuters) - Velmora has no plans for talks with the Drenic Republic on a truce, presidential "
        'spokesman Arkady Harkanov told reporters on Tuesday, adding that the "conditions are not there."\n\n'
        'Asked about reports that envoys had met in a third country, Harkanov said he had "nothing to add."'
    )
    positions = [p.summary for a in actors_of(report_of(text)) if a.name == "Arkady Harkanov" for p in a.positions]
    assert any("no plans for talks" in p for p in positions)
    assert not any(p.startswith("tells reporters") for p in positions)


def test_an_outlet_relaying_a_statement_after_it_is_not_part_of_what_was_said() -> None:
    text = (
        "Rebels dismiss reports of commanders' deaths\n\n"
        'Rebel council chairman Fadel Al Rawi called reports that two commanders were killed "fake news," '
        "rebel-run Al Sahil TV reported.\n\n"
        "Interior Minister Pavel Orlov said the border would stay closed."
    )
    positions = [p.summary for a in actors_of(report_of(text)) if a.name == "Fadel Al Rawi" for p in a.positions]
    assert positions and not any("reported" in p or "Al Sahil" in p for p in positions)


def test_the_army_written_alone_is_the_army_the_story_named() -> None:
    text = (
        "Army denies report of commander's injury\n\n"
        "The Tarvanian Army said on Sunday that its Chief of Army Staff was never hurt in an ambush.\n\n"
        "A statement by the Director, Army Public Relations, Brigadier General Felix Okonkwo said the report was false.\n\n"
        "Instead, the Army said more than 40 insurgents had been killed in operations in the north.\n\n"
        "The Army also thanked citizens who had called to express concern."
    )
    actors = {a.name: a for a in actors_of(report_of(text))}
    assert "Army" not in actors
    assert len(actors["Tarvanian Army"].positions) >= 3


def test_a_subject_before_a_cue_set_off_in_commas_stays_with_cannot() -> None:
    text = (
        "Kremlin says leaders discussed steps toward truce\n\n"
        "Presidential spokesman Arkady Harkanov said on Wednesday that the two presidents had discussed steps "
        "toward a truce.\n\n"
        "Velmora, Harkanov noted, cannot negotiate a truce because it is not a party to the fighting."
    )
    positions = [p.summary for a in actors_of(report_of(text)) if a.name == "Arkady Harkanov" for p in a.positions]
    assert any(p.startswith("notes Velmora cannot negotiate") for p in positions)


def test_a_rank_of_two_abbreviations_is_neither_the_speaker_nor_part_of_the_office() -> None:
    text = (
        "Army says gunmen killed\n\n"
        "The army said on Thursday that troops had killed five gunmen near the border.\n\n"
        "The four others killed were part of his network, the army's international spokesperson Lt. Col. Dan Ezra "
        "said in a press briefing.\n\n"
        "Military spokesman Maj. Gen. Omar Farid said the operation was over.\n\n"
        "The army's chief spokesman, Brig. Gen. Ali Hadad, told reporters that troops would stay in the area."
    )
    roles = {a.name: a.role for a in actors_of(report_of(text))}
    assert roles["Dan Ezra"] == "international spokesperson"
    assert roles["Omar Farid"] == "Military spokesman"
    assert roles["Ali Hadad"] == "chief spokesman"
    assert "Brig" not in roles


def test_a_group_named_by_an_arabic_word_for_a_body_is_an_organisation() -> None:
    text = (
        "Bomb kills four near government compound\n\n"
        "A suicide bomber killed at least four people on Tuesday near a government compound, officials said.\n\n"
        "Two allied armed groups, the Northern Front and Jund al-Sahel, both claimed responsibility for the attack.\n\n"
        '"Our fighters carried out this attack," said a statement emailed to Reuters by Jund al-Sahel.'
    )
    kinds = {a.name: a.kind for a in actors_of(report_of(text))}
    assert kinds.get("Jund al-Sahel") == "organization"


def test_the_statement_a_ministry_spoke_in_is_not_what_it_said() -> None:
    text = (
        "Marzan says it will answer any strike\n\n"
        'DASHT, Nov 2 (AFP) - Marzan will respond "decisively" to any attack on its soil, the Marzani Foreign Ministry '
        "said in a statement carried by the state news agency MNA on Sunday.\n\n"
        "Ostland's State Department spokesperson, Laura Bennett, told a briefing that Washington was in close contact "
        "with partners."
    )
    positions = [p.summary for a in actors_of(report_of(text)) for p in a.positions]
    assert any("respond" in p and "decisively" in p for p in positions)
    assert not any("carried by" in p for p in positions)


def test_a_surname_with_the_arabic_article_after_given_names_is_one_person() -> None:
    text = (
        "Rebel leader warns of wider war\n\n"
        "PORT ALMA - The leader of the Kalari movement, Abdul Malik al-Houri, warned on Thursday that his fighters "
        "would strike deeper if air raids continued.\n\n"
        '"Our response will be greater than anything they have seen," al-Houri said.\n\n'
        'Al-Houri also accused Ostland of "directly taking part" in the strikes.'
    )
    actors = {a.name: a for a in actors_of(report_of(text))}
    assert "Abdul Malik" not in actors
    assert len(actors["Abdul Malik al-Houri"].positions) == 3
