"""Shapes read by the lead in session 44, on articles written for these tests in the styles of a council's
press release, an obituary, a science story, a results story, a newspaper's Q&A, a US local crime story, a
Philippine disaster story, an opinion column, an Indian political story, a Gulf state visit, a tabloid row and
a UK sports story: a release's own labels ("PRESS RELEASE", "ENDS", "Media contact: ...") are furniture and its
headline is the title; a town the text names only where things are and as its paper's name ("The Millbrook
Courier") is a place, which "the firm" never means; a name inside what a speaker said, right before a
quotation, is not the speaker; a journal a study appeared in is not "the team" that found it; the object of
"expected ... to" belongs to what is expected; a house whose analyst the text names by its possessive is not
"the company" of the story, and its "&" stays in the role; an interviewer's turns under the paper's initials
put questions, not positions, and an editing note is furniture; a local office's seat word ("City
Councilwoman") is the role's, and a title tagged alone no body; a town after a compass word ("across northern
Luzara") is a place; a participle after an object's name set off by commas is the subject's; the writer's
verdict ("He is right that ...") states no position; a document set off after a name ("..., a statement from
X said") is not that name's description; a weekday paper ("the Sunday Courier") is a body, and a lone particle
cue takes its verb ("hit back at"); a style alone ("His Highness said") stands for its holder; a name right
before a hedged cue the model gave no source ("X reportedly told") is its subject, and a statement hedged in
the passive ("is understood to have told", "is said to have warned") is the subject's; a name the tagger cut at
a lower-case word is joined where the article writes it whole ("Lust | for | Youth"), and a person run together
with the paper they write for ("Wee of the Times reports") is the person."""

from __future__ import annotations

from written import actor_named, actors_of, holders, report_of, said_by

from brief.ingest.furniture import is_boilerplate
from brief.ingest.text import article_from_text

RELEASE = (
    "PRESS RELEASE\n\n"
    "Aldbury Borough Council backs £4m park renewal for Kestleigh\n\n"
    "Aldbury Borough Council has approved a £4 million plan to renew three parks in Kestleigh.\n\n"
    "Councillor Ravi Sandhu, cabinet member for leisure, said the parks had been neglected for too long.\n\n"
    "ENDS\n\n"
    "Media contact: Aldbury Borough Council press office, 01632 960555\n\n"
    "For more information, please contact the press office on 01632 960555."
)


def test_a_press_releases_labels_are_furniture_and_its_headline_the_title() -> None:
    article = article_from_text(RELEASE, 1, "release.txt")
    assert article.title == "Aldbury Borough Council backs £4m park renewal for Kestleigh"
    story = [article.text[a:b] for a, b in article.paragraphs]
    assert not any("ENDS" in part or "Media contact" in part or "press office on" in part for part in story)
    assert any("renew three parks" in part for part in story)


def test_release_labels_and_prose_that_starts_like_them() -> None:
    for label in ("PRESS RELEASE", "FOR IMMEDIATE RELEASE", "-ENDS-", "###", "Notes to editors:",
                  "EMBARGOED UNTIL 00:01 FRIDAY 6 MARCH"):
        assert is_boilerplate(label), label
    for prose in ("The press release said the plant would close.", "Ends of the earth",
                  "For more information about the scheme, residents can visit the library."):
        assert not is_boilerplate(prose), prose


def test_a_town_named_by_its_paper_is_a_place_and_not_the_firm() -> None:
    text = (
        "Architect of the old docks dies at 88\n\n"
        "Walter Ostrander, the architect who rebuilt the old docks, died on Friday at his home in Millbrook. "
        "He was 88.\n\n"
        "He founded his own practice in 1970 after years at the firm of Hale and Pike.\n\n"
        "\"Cities that only build what is cheap end up with what is cheap,\" he told The Millbrook Courier in 2004.\n\n"
        "June Ellery, a former partner at the firm, said he was a demanding mentor."
    )
    report = report_of(text)
    assert not any(a.name == "Millbrook" and a.kind == "organization" for a in actors_of(report))
    assert not any("the firm" in a.aliases and a.name == "Millbrook" for a in actors_of(report))


def test_a_name_before_a_quotation_inside_what_was_said_is_not_the_speaker() -> None:
    text = (
        "Analysts split over folding laptop\n\n"
        "Rosa Kellerman, an analyst at Brightline Research, said the device showed Tavoria \"can still surprise\" "
        "but warned that folding screens had struggled with durability."
    )
    assert said_by(text)["Rosa Kellerman"][0] == "the device showed Tavoria \"can still surprise\""


def test_a_journal_a_study_appeared_in_is_not_the_team_that_found() -> None:
    text = (
        "Gardening linked to lower blood pressure\n\n"
        "People who garden weekly have lower blood pressure, a study suggests.\n\n"
        "The research, published in the journal Cardiac Horizons on Monday, followed 9,000 adults for six years.\n\n"
        "The team found that the benefit was largest in people over 60.\n\n"
        "Lead author Dr Amira Castell said the results were encouraging."
    )
    assert holders(report_of(text), "the benefit was largest") != ["Cardiac Horizons"]


def test_the_object_of_expected_to_belongs_to_what_is_expected() -> None:
    text = (
        "Grocer's shares jump\n\n"
        "Lena Moravec, an analyst at Quarry Hill Securities, said the upgrade was welcome and expected consensus "
        "forecasts to rise by around 3 per cent. Mayor Tom Reyes asked for the new tariff to be delayed."
    )
    report = report_of(text)
    positions = actor_named(report, "Lena Moravec").positions
    assert any(p.cue == "expected" and p.text == "consensus forecasts to rise by around 3 per cent" for p in positions)
    assert [p.cue for p in actor_named(report, "Tom Reyes").positions] == ["asked for"]  # a verb and its preposition


def test_a_house_named_by_its_analysts_possessive_is_not_the_company() -> None:
    text = (
        "Cereal maker's profit jumps\n\n"
        "Brannock Foods said on Thursday its half-year profit rose 18 per cent. Brannock shares rose 7 per cent.\n\n"
        "Chief executive Ilse Varga said shoppers were still buying its brands. Brannock Foods said volumes were flat.\n\n"
        "Not everyone was convinced. Merrow & Dane's head of equity research, Colin Arkwright, warned that "
        "\"price-led growth cannot go on for ever\".\n\n"
        "The company also announced a £200 million share buyback."
    )
    report = report_of(text)
    assert holders(report, "share buyback") == ["Brannock Foods"]
    assert actor_named(report, "Colin Arkwright").role == "Merrow & Dane's head of equity research"


def test_an_interviewers_turns_under_the_papers_initials_hold_no_position() -> None:
    text = (
        "Q&A with the mayor of Tobera\n\n"
        "Mayor Naledi Khumalo spoke to the Valley Tribune about the floods.\n\n"
        "Valley Tribune: What is the situation on the ground?\n\n"
        "Naledi Khumalo: About 1,200 people are still in shelters. We have asked the army for help.\n\n"
        "VT: Opposition councillors want an audit of the relief fund. Will you agree?\n\n"
        "Khumalo: I welcome it. Every cent must be accounted for.\n\n"
        "VT: Will you run again?\n\n"
        "Khumalo: That is for the party to decide."
    )
    report = report_of(text)
    assert holders(report, "audit of the relief fund") == []
    assert any("I welcome it" in p.text for p in actor_named(report, "Naledi Khumalo").positions)


def test_an_interviews_editing_note_inside_its_opening_paragraph_is_furniture() -> None:
    text = (
        "Q&A with the mayor of Tobera\n\n"
        "Mayor Naledi Khumalo spoke to the Valley Tribune about the floods. "
        "The interview has been edited for length and clarity.\n\n"
        "Naledi Khumalo: About 1,200 people are still in shelters."
    )
    article = article_from_text(text, 1, "qa.txt")
    story = " ".join(article.text[a:b] for a, b in article.paragraphs)
    assert "spoke to the Valley Tribune" in story and "edited for length" not in story


def test_a_local_offices_seat_word_and_title_are_the_role_not_the_name() -> None:
    text = (
        "Shooting on Birch Street\n\n"
        "Police said the man was shot outside a store on Birch Street on Friday night.\n\n"
        "City Councilwoman Maria Ocampo, whose ward includes Birch Street, called for more street lighting and "
        "patrols in the area."
    )
    assert actor_named(report_of(text), "Maria Ocampo").role == "City Councilwoman"


def test_a_title_word_tagged_apart_from_its_name_is_no_body() -> None:
    text = (
        "Shooting on Elm Street\n\n"
        "City Councilwoman Rosa Delgado, whose ward includes Elm Street, called for more street lighting.\n\n"
        "City Councilman Tom Reyes said the city would act. County Commissioner Ann Platt agreed. State Rep. Joe Li "
        "and City Council member Dana Fox spoke too. Councilwoman Ivy Chen said nothing."
    )
    report = report_of(text)
    assert not any(a.name == "Councilwoman" for a in actors_of(report))
    assert actor_named(report, "Rosa Delgado").role == "City Councilwoman"


def test_an_island_named_after_a_compass_word_is_a_place() -> None:
    text = (
        "Typhoon Ramil leaves 14 dead, thousands displaced in northern Luzara\n\n"
        "MANILA — At least 14 people were killed and more than 60,000 displaced as Typhoon Ramil swept across "
        "northern Luzara over the weekend, the disaster council said on Monday.\n\n"
        "Most of the deaths were caused by landslides, spokesperson Edgar Posadas said in a briefing."
    )
    assert not any(a.name == "Luzara" and a.kind == "organization" for a in actors_of(report_of(text)))


def test_a_participle_after_an_objects_name_set_off_is_the_subjects() -> None:
    text = (
        "Singer sues label\n\n"
        "Pop singer Lorna Vasquez has sued her former record label, Brightwater Records, claiming it withheld more "
        "than $3 million in royalties.\n\n"
        "Mayor Ann Cole thanked the contractor, Bramwell Build, saying the bridge was finished early."
    )
    report = report_of(text)
    assert holders(report, "withheld more than") == ["Lorna Vasquez"]
    assert holders(report, "finished early") == ["Ann Cole"]


def test_the_writers_verdict_on_what_someone_holds_is_no_position() -> None:
    text = (
        "The bus cuts are wrong\n\n"
        "Councillor Peter Dunne says the routes are underused. He is right that some buses run half-empty at "
        "midday. But a bus that carries pensioners to their doctor is not a waste of money."
    )
    said = said_by(text)
    assert said["Peter Dunne"] == ["the routes are underused"]


def test_a_document_set_off_after_a_name_is_not_that_persons_description() -> None:
    text = (
        "Minister quits\n\n"
        "Chief Minister Ravi Shetty accepted the resignation and forwarded it to Governor Anil Mehrotra, a "
        "statement from the Chief Minister's Office said.\n\n"
        "The minister resigned on Friday."
    )
    assert holders(report_of(text), "accepted the resignation") == ["Chief Minister's Office"]


def test_a_weekday_paper_is_a_body_and_a_lone_particle_cue_takes_its_verb() -> None:
    text = (
        "Chef hits back at critic\n\n"
        "TV chef Marco Bellardi has hit back at restaurant critic Joan Pellow after she branded his new restaurant "
        "\"a joyless tribute to beige\".\n\n"
        "Pellow, who writes for the Sunday Courier, stood by her review.\n\n"
        "A spokesperson for the Sunday Courier said: \"Joan is one of the country's most respected critics and we "
        "fully support her.\""
    )
    report = report_of(text)
    assert any(p.cue == "hit back at" for p in actor_named(report, "Marco Bellardi").positions)
    assert not any(a.name == "Courier" for a in actors_of(report))
    assert actor_named(report, "Sunday Courier").kind == "organization"


def test_a_style_alone_stands_for_its_holder() -> None:
    text = (
        "Two states sign rail agreements\n\n"
        "The agreements were exchanged in the presence of His Highness Sheikh Rashid bin Saeed Al Qasimi, Ruler of "
        "Ras Nahr, and the visiting Sultan at Qasr Al Noor.\n\n"
        "His Highness Sheikh Rashid said the visit reflected \"the deep-rooted fraternal ties\" between the two "
        "countries.\n\n"
        "\"Our two nations are bound by history, geography and a common destiny,\" His Highness said, according to "
        "the state news agency."
    )
    report = report_of(text)
    assert not any(a.name == "His Highness" for a in actors_of(report))
    assert holders(report, "bound by history") == ["Rashid bin Saeed Al Qasimi"]


def test_a_name_right_before_a_hedged_cue_is_its_subject() -> None:
    text = (
        "Stadium row\n\n"
        "Supporters' trust chair Dean Whitmore reportedly told members on Tuesday night that the trust would "
        "\"fight any move tooth and nail\"."
    )
    assert holders(report_of(text), "tooth and nail") == ["Dean Whitmore"]


def test_a_statement_hedged_in_the_passive_is_the_subjects() -> None:
    text = (
        "Stadium row\n\n"
        "Brenton City owner Viktor Laskaris is understood to have told the club's board that he will not invest "
        "further until the council approves the new stadium.\n\n"
        "The council's planning chief, Moira Kentish, has repeatedly denied that the application is being held up.\n\n"
        "Kentish is said to have warned colleagues that approving the plans early would invite a legal challenge.\n\n"
        "Laskaris is expected to attend the meeting."
    )
    report = report_of(text)
    assert holders(report, "will not invest further") == ["Viktor Laskaris"]
    assert holders(report, "invite a legal challenge") == ["Moira Kentish"]
    assert holders(report, "attend the meeting") == []  # others' expectation, nothing he said


def test_a_name_cut_at_a_lower_case_word_is_joined_where_the_article_writes_it_whole() -> None:
    text = (
        "Coldwave band returns\n\n"
        "The genre's limits are baked in, which makes Ache for Winter's trajectory all the more fascinating. "
        "But as Ache for Winter persisted, there emerged signs of life. When Atlas arrived in 2014, the fifth "
        "Ache for Winter release in four years, the group had grown to a trio. Their latest finds Ache for Winter "
        "back to a duo. Ache for Winter is at its most engaging when Nils Varde and Emil Brask throw curveballs. "
        "Varde told the magazine: \"We wanted to sound like a party in an empty room.\""
    )
    report = report_of(text)
    assert not any(a.name in ("Ache", "Winter") for a in actors_of(report))


def test_a_person_and_the_paper_they_write_for_tagged_as_one_body_is_the_person() -> None:
    text = (
        "Plague cases in the north\n\n"
        "Two patients were quarantined, according to Mei-Ling Tse of the New York Times. All relevant sites were "
        "also disinfected, reports Tse.\n\n"
        "Tse of the Times reports that censors had also told news sites to block discussion of the cases."
    )
    report = report_of(text)
    assert not any(a.name.startswith("Tse of") for a in actors_of(report))
    assert holders(report, "censors had also told") == ["Mei-Ling Tse"]
