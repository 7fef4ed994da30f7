"""Shapes of business, science, health and sport desks' writing (session 45), on articles written for these
tests: a leader named by the body and a bare title in a headline ("Harven chief says"), a court filing's words
("the complaint says") that name the company they accuse, a fronted source cut at a title's full stop or
followed by the speaker's description ("According to lead author Dr. X, a biologist at Y, ..."), agents of a
passive named in a row, an inverted epithet ("said the Pole"), and a reaction page's speakers headed by a line
of their own ("Idris Castell, Northvale manager")."""

from __future__ import annotations

from written import actors_of, holders, report_of, said_by, summaries_by


def test_a_bodys_chief_in_the_headline_is_the_chief_the_text_names() -> None:
    text = (
        "Harven chief says rival tablets are 'dated'\n\n"
        "Harven chief executive Mirela Stanek said on Tuesday that rival tablets were dated.\n\n"
        '"Their screens are old," Stanek said.'
    )
    report = report_of(text)
    assert holders(report, "rival tablets are 'dated'") == ["Mirela Stanek"]


def test_a_complaint_quoted_is_not_the_company_it_accuses() -> None:
    text = (
        "Fertility clinic supplier sued over faulty culture fluid\n\n"
        "Fertility supplier Coverly Medical faces a proposed class action in federal court in Sacramento from "
        "couples whose embryos failed to grow after the company recalled a culture fluid.\n\n"
        "According to the complaint, Coverly knew of problems with the fluid weeks before the recall.\n\n"
        '"Coverly put its sales ahead of its patients," the complaint says.\n\n'
        "A Coverly spokeswoman, Hanne Vick, said the company does not comment on pending litigation."
    )
    assert holders(report_of(text), "put its sales ahead") == []


def test_a_fronted_source_cut_at_doctors_full_stop_runs_on_to_the_name() -> None:
    text = (
        "Coral larvae follow the sound of shrimp\n\n"
        "Young corals may choose where to settle by listening to the reef.\n\n"
        "According to Calder researcher and study lead author Dr. Pieter Voss, the larvae responded most "
        "strongly to the snapping of shrimp.\n\n"
        "The team now hopes to use speakers to restore damaged reefs."
    )
    said = said_by(text)
    assert said.get("Pieter Voss") == ["the larvae responded most strongly to the snapping of shrimp"]
    assert not any("Pieter Voss" in t for texts in said.values() for t in texts)


def test_a_fronted_sources_description_is_not_what_was_said() -> None:
    text = (
        "Coral larvae follow the sound of shrimp\n\n"
        "Young corals may choose where to settle by listening to the reef.\n\n"
        "According to Dr. Mina Rahal, a marine biologist at Osprey College, the finding could help restore reefs.\n\n"
        "According to Professor Ilse Brandt, who led the work, the larvae can hear the reef from a kilometre away."
    )
    said = said_by(text)
    assert said.get("Mina Rahal") == ["the finding could help restore reefs"]
    assert said.get("Ilse Brandt") == ["the larvae can hear the reef from a kilometre away"]


def test_the_first_of_passive_agents_named_in_a_row_holds_the_stance() -> None:
    text = (
        "Trade groups warn over duties\n\n"
        "Several industry groups criticised the planned duties on Tuesday.\n\n"
        "The duties were opposed by the Nordic Appliance Council and the Retail Traders Federation."
    )
    assert summaries_by(text).get("Nordic Appliance Council") == ["opposes the duties"]


def test_an_inverted_nationality_epithet_is_the_person_the_text_was_about() -> None:
    text = (
        "Oyelaran signs new deal with Redport\n\n"
        "Redport United striker Marcus Oyelaran has signed a new three-year contract.\n\n"
        'Kessel coach Javier Molina was less happy. "We wanted him back," said the Spaniard.'
    )
    assert holders(report_of(text), "We wanted him back") == ["Javier Molina"]


def test_a_name_inside_the_quotation_is_not_the_epithet_speaker() -> None:
    text = (
        "Oyelaran signs new deal with Redport\n\n"
        "Redport United striker Marcus Oyelaran has signed a new three-year contract.\n\n"
        'Redport manager Tomasz Wiecek said he was "delighted" that Oyelaran had committed his future.\n\n'
        '"Marcus is one of the best forwards in the league," said the Pole. "Keeping him was our priority."'
    )
    assert holders(report_of(text), "best forwards in the league") == ["Tomasz Wiecek"]


REACTIONS = (
    "Castell: We had to win ugly\n\n"
    "Saturday, June 25, 2024\n\n"
    "Northvale manager Idris Castell praised his opposite number and admitted his players had been pushed to the "
    "limit by Eastmark.\n\n"
    "Idris Castell, Northvale manager\n"
    "We didn't play well at all, which is a credit to Eastmark. They make it very difficult for their opponents.\n\n"
    "It was an ugly win, but who cares? I feel for Pavel Lindqvist, who has done a fantastic job.\n\n"
    "Pavel Lindqvist, Eastmark manager\n"
    "It was a very tight game but I thought we had the better of it. I don't think we deserved to lose.\n\n"
    "Related\n"
    "Northvale into quarter-finals"
)


def test_a_reaction_pages_headed_speakers_hold_the_words_under_their_heading() -> None:
    report = report_of(REACTIONS)
    assert holders(report, "a very tight game") == ["Pavel Lindqvist"]
    assert holders(report, "an ugly win, but who cares") == ["Idris Castell"]
    assert holders(report, "quarter-finals") == []



def test_captains_headed_by_name_alone_or_run_in_with_their_role_hold_their_words() -> None:
    alone = (
        "Westland beat Kessia by nine wickets: what the captains said\n\n"
        "Westland cruised into the final with a nine-wicket win over Kessia at Harbour Oval.\n\n"
        "Tamim Rahman:\n\n"
        "We should have got to 300. Once their spinner came on, we lost our way.\n\n"
        "Arjun Mehra:\n\n"
        "We had another complete game. When we won the toss I expected a clean performance from the bowlers."
    )
    report = report_of(alone)
    assert holders(report, "lost our way") == ["Tamim Rahman"]
    assert holders(report, "another complete game") == ["Arjun Mehra"]
    run_in = (
        "Westland win the final by three wickets\n\n"
        "Arjun Mehra, Westland captain: We played good cricket throughout the tournament and this is the reward.\n\n"
        "Tamim Rahman, Kessia captain: You have to give credit to Westland. We could not finish the job."
    )
    report = report_of(run_in)
    assert holders(report, "could not finish the job") == ["Tamim Rahman"]
    assert holders(report, "good cricket throughout") == ["Arjun Mehra"]


def test_a_name_after_a_firms_trade_in_finance_is_the_firm() -> None:
    text = (
        "Shareholders back Nexaro board\n\n"
        "Shareholders of Nexaro Holdings voted on Friday to keep the company's board.\n\n"
        "Proxy adviser Vantage Governance had recommended that investors back the board.\n\n"
        "Fund manager Hartwell Investors told clients it would sell its stake.\n\n"
        "Fund manager Sarah Pell, who runs a growth fund at Bexley Capital, said she was buying the dip."
    )
    kinds = {a.name: a.kind for a in actors_of(report_of(text))}
    assert kinds["Vantage Governance"] == "organization"
    assert kinds["Hartwell Investors"] == "organization"
    assert kinds["Sarah Pell"] == "person"


def test_a_press_conference_transcripts_guest_is_named_by_the_capitals_label_alone() -> None:
    text = (
        "Oduya: 'I just wanted to win so badly'\n\n"
        "THE MODERATOR: Questions in English.\n\n"
        "Q. How special does this trophy feel after being ill earlier in the week?\n\n"
        "ADA ODUYA: It makes this one really special. I wanted it so badly.\n\n"
        "Q. What happened in the second set?\n\n"
        "ADA ODUYA: I got a little tight and she started hitting great shots. My first serve abandoned me."
    )
    report = report_of(text)
    assert holders(report, "My first serve abandoned me") == ["Ada Oduya"]
    assert holders(report, "Questions in English") == []


def test_a_study_author_titled_doctor_has_the_authorship_for_role_not_the_courtesy() -> None:
    text = (
        "Coral larvae follow the sound of shrimp\n\n"
        "Young corals may choose where to settle by listening to the reef.\n\n"
        "Study co-author Dr. Anneke Strom said the team would test speakers on open reefs."
    )
    roles = {a.name: a.role for a in actors_of(report_of(text))}
    assert roles["Anneke Strom"].endswith("co-author")


def test_a_possessor_before_an_apposed_subject_is_not_the_subject() -> None:
    text = (
        "Caldera in talks to buy rival chipmaker Norvik\n\n"
        "Caldera Semiconductor is in advanced talks to buy rival Norvik Devices, people familiar with the matter said.\n\n"
        "Norvik's largest shareholder, the investment firm Tallis Partners, has pushed the company to explore a sale, "
        "according to a person close to the fund."
    )
    assert holders(report_of(text), "explore a sale") == ["Tallis Partners"]


def test_a_live_updates_stamp_leaves_no_article_in_the_bodys_name() -> None:
    text = (
        "Orbit pulls its smart ring from sale after battery complaints\n\n"
        "Orbit has stopped selling its Loop smart ring in Europe after users reported swelling batteries.\n\n"
        "Update, 4:15 p.m.: An Orbit spokesperson said the company would publish test results."
    )
    assert holders(report_of(text), "publish test results") == ["Orbit"]


def test_a_vox_pops_signatures_below_the_answers_head_nothing() -> None:
    text = (
        "How do you get to work?\n\n"
        "We asked business leaders in Kessel how they commute.\n\n"
        "I ride the tram every day. It is quicker than driving and I can read on the way.\n\n"
        "Mara Quist, chief executive, Quist Logistics\n\n"
        "I drive, because our office is far from any station. I would take a train if one ran there.\n\n"
        "Tobias Renn, managing partner, Renn & Alder\n\n"
        "We cycle as a family, and my children ride to school with me before I go on to the office.\n\n"
        "Ilse Marlow, founder, Marlow Studio"
    )
    report = report_of(text)
    assert holders(report, "I ride the tram every day") == ["Mara Quist"]
    assert holders(report, "far from any station") == ["Tobias Renn"]


def test_a_job_set_off_after_the_name_says_more_than_the_study_authorship_before_it() -> None:
    text = (
        "Water vapour found above icy moon\n\n"
        "\"We have found the next best thing to liquid water,\" study lead author Mira Castell, a planetary "
        "scientist at the Harlow Space Centre, said on Monday.\n\n"
        "\"It changes where we look,\" said co-author Tomas Reyn.\n\n"
        "\"He never called them monsters,\" said Ada Quill, a screenwriter and author of \"Monsters on Film\"."
    )
    roles = {a.name: a.role for a in actors_of(report_of(text))}
    assert roles["Mira Castell"] == "planetary scientist at the Harlow Space Centre"
    assert roles["Tomas Reyn"] == "co-author"
    assert not roles.get("Ada Quill", "").endswith(" of")
