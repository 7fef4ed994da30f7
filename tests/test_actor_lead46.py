"""Shapes read by the lead in session 45, on articles written for these tests in the shapes of news agencies'
foreign-affairs and parliamentary copy seen on real pages: a spokesman brought in unnamed with his body ("A Moravan
Defence Ministry spokesman said") is the one "the spokesman" means next, not a spokesman of the other side named
before; an analyst tagged one body with her bank ("Energy analyst Petra Lind of Norrbank said") is a person; a
member's party and country in brackets after the name ("Siobhan Keane (The Left, Ireland) said") are not who
spoke; from a South Asian party's press conference: an office's portfolio written after it ("PRP Secretary
Information Ghulam Rasool Baloch") is the role's, not the name's; the company listed after a speaker ("X along
with Y and Z, rejected") did not speak; and in "X, he said, adding Y" he said X and added Y; what a paper quoted someone as saying is theirs, where
the model found no cue at "saying"; what a governor "reported" after it ("A drone attack ... damaged ...,
Governor X reported on Telegram") is a statement, a date's abbreviated month inside it too; what an agency
reported "citing a source ..., that X" is X; what a report says "according to a report released on Monday by
Human Rights Watch" is the group's; a statement run on over a participle of saying set off by a comma ("dismissed
the report as biased, telling Radio Tarsa that ...") is two. And a page saved as text with its menu and section lines above the headline ("Close X", "ADVT",
"India") is titled by its headline."""

from __future__ import annotations

from written import actor_named, actors_of, holders, report_of

from brief.ingest.text import article_from_text

BORDER = (
    "Kesland rejects Morava allegations over border drills\n\n"
    "Kesland has rejected claims by the government in Dravin that it is preparing an incursion into Moravan "
    "territory, Kesland's Foreign Ministry spokesman Taras Melnyk announced on Facebook, according to Kesinform.\n\n"
    "“On Saturday evening, our ambassador in Dravin, Ivan Sokil, was summoned to the Moravan Foreign Ministry, "
    "where he was handed a diplomatic note. In the note, the Moravan side claims that Kesland is planning an "
    "attack,”Melnyk wrote, stating that the claim is false.\n\n"
    "“We firmly reject yet another insinuation from the Moravan regime. We do not exclude that the note is part "
    "of a plan to stage a provocation and then blame Kesland,”he added.\n\n"
    "A Moravan Defence Ministry spokesman said on Sunday that troops near the border were on alert. "
    "\"These are routine measures,\" the spokesman said. \"We call on our neighbours to stop spreading false "
    "reports.\"\n\n"
    "The Moravan ministry said that its forces would stay on alert until further notice."
)


def test_a_spokesman_brought_in_unnamed_speaks_for_his_body_not_for_one_named_before() -> None:
    report = report_of(BORDER)
    assert holders(report, "These are routine measures") == ["Moravan Defence Ministry"]
    assert holders(report, "We firmly reject yet another insinuation") == ["Taras Melnyk"]


def test_an_official_brought_in_with_no_body_is_still_no_one() -> None:
    text = (
        "Ministers split over Tarnby port deal\n\n"
        "Transport Minister Alma Ferris said on Monday that the port deal would go ahead. "
        "\"We have the votes,\" the minister said.\n\n"
        "A senior government official, who spoke on condition of anonymity, said the deal was in trouble. "
        "\"The minister is wrong about the votes,\" the official said."
    )
    report = report_of(text)
    assert "Alma Ferris" not in holders(report, "The minister is wrong about the votes")
    assert holders(report, "We have the votes") == ["Alma Ferris"]


def test_an_analyst_tagged_one_body_with_her_bank_is_a_person() -> None:
    text = (
        "Harbour group finds large gas field off Corland coast\n\n"
        "Corland has found a large natural gas field in the southern part of the Tessel Sea, with proven reserves of "
        "42 billion cubic metres, state-owned energy firm Tesgas announced on Monday.\n\n"
        "The field is the third of its size found in the Tessel Sea since 2020, said Hao Mingde, deputy chief "
        "geologist at Tesgas.\n\n"
        "Energy analyst Petra Lind of Norrbank said the discovery could cut Corland's gas imports by a fifth. "
        "\"It is a significant find, but the costs of deep-water drilling are high,\" Lind said."
    )
    report = report_of(text)
    assert actor_named(report, "Petra Lind").kind == "person"
    assert holders(report, "could cut Corland's gas imports") == ["Petra Lind"]
    assert holders(report, "It is a significant find") == ["Petra Lind"]


PARLIAMENT = (
    "MEPs slam Commission's pesticide labelling plan\n\n"
    "MEPs from several political groups said the plan could be unworkable, as it came without an impact "
    "assessment.\n\n"
    "\"There is a clear majority in this House against the plan,\" said Agriculture Committee chair Matteo Ferrante "
    "(European People's Party, Italy), whose own report called for rejecting the draft.\n\n"
    "His view was backed by Hélène Dubreuil (Socialists & Democrats, France) who called the plan \"muddled\" and "
    "doubted it could be enforced.\n\n"
    "Pieter Vandamme (European Conservatives and Reformists, Belgium) voiced concerns about whether the plan "
    "fitted single-market rules.\n\n"
    "Meanwhile, Siobhan Keane (The Left, Ireland) said the plan was \"a fig leaf\". \"I agree we should send "
    "this half-finished plan back to the Commission,\" she said."
)


def test_a_members_party_and_country_in_brackets_are_not_who_spoke() -> None:
    report = report_of(PARLIAMENT)
    assert holders(report, "a fig leaf") == ["Siobhan Keane"]
    assert holders(report, "it could be enforced") == ["Hélène Dubreuil"]
    assert holders(report, "whether the plan fitted single-market rules") == ["Pieter Vandamme"]
    assert not any(a.name in ("Ireland", "Belgium", "France", "Socialists & Democrats") and a.positions
                   for story in report.stories for a in story.actors)


CONFERENCE = (
    "PRP accuses govt of targeting opposition\n\n"
    "KARANPUR - The People's Reform Party yesterday accused the government of targeting the opposition to hide "
    "its own failures.\n\n"
    "Speaking at a news conference, PRP Secretary Information Ghulam Rasool Baloch along with Tariq Memon and "
    "Ayesha Qazi, rejected the government's claims that the party chairman had hidden properties abroad.\n\n"
    "He challenged the government to take its case to the courts instead of holding press conferences.\n\n"
    "Baloch said that the opposition had the numbers in the Senate.\n\n"
    "Mirza Haider alleged, \"The government wants one-party rule. They are using the police and trying to "
    "control the media through threats.\"\n\n"
    "The government wants to hold another election in the old fashion, he said, adding they (government) are "
    "frightening voters already."
)


def test_a_portfolio_after_the_office_is_the_roles_and_the_company_listed_after_a_speaker_did_not_speak() -> None:
    report = report_of(CONFERENCE)
    baloch = actor_named(report, "Ghulam Rasool Baloch")
    assert baloch.role == "PRP Secretary Information"
    assert holders(report, "the party chairman had hidden properties abroad") == ["Ghulam Rasool Baloch"]
    assert holders(report, "take its case to the courts") == ["Ghulam Rasool Baloch"]


def test_he_said_the_fronted_clause_and_added_what_follows_adding() -> None:
    report = report_of(CONFERENCE)
    assert holders(report, "another election in the old fashion") == ["Mirza Haider"]
    assert holders(report, "are frightening voters already") == ["Mirza Haider"]
    haider = actor_named(report, "Mirza Haider")
    assert not any(p.text.startswith("adding") for p in haider.positions)
    assert [p.cue for p in haider.positions if "frightening voters" in p.text] == ["adding"]


def test_what_a_paper_quoted_someone_as_saying_is_theirs() -> None:
    text = (
        "Experts say Norvalia's chip curbs will backfire\n\n"
        "Norvalia has added 14 firms to its export blacklist, the Commerce Department said on Monday.\n\n"
        "Zhang Rui, an analyst with Beijing-based consultancy Huaxin Research, was quoted by the China Daily as "
        "saying that domestic chipmakers would speed up their own research.\n\n"
        "The Harbour Times quoted Mei Tan, a trade lawyer, as saying the curbs were unlikely to survive a court "
        "challenge."
    )
    report = report_of(text)
    assert holders(report, "domestic chipmakers would speed up their own research") == ["Zhang Rui"]
    assert holders(report, "unlikely to survive a court challenge") == ["Mei Tan"]


def test_what_an_official_reported_after_it_is_a_statement() -> None:
    text = (
        "Drone strike hits energy plant in Varsk Oblast, governor says\n\n"
        "A drone attack overnight on Oct. 14 damaged an energy facility in Varsk Oblast, leaving over 40,000 "
        "households without power, Governor Oleh Kravets reported on Telegram.\n\n"
        "According to Kravets, air defense units shot down 11 of 16 drones.\n\n"
        "Third-quarter output at the plant had risen sharply before the strike, the operator Varsk Energo reported."
    )
    report = report_of(text)
    assert holders(report, "damaged an energy facility in Varsk Oblast") == ["Oleh Kravets"]
    assert holders(report, "output at the plant had risen sharply") == ["Varsk Energo"]


def test_what_an_agency_reported_citing_a_source_is_the_clause_after_the_source() -> None:
    text = (
        "Kremlin says no talks planned with Kesland leader\n\n"
        "The Kremlin has no plans to hold talks with Kesland's president in the near future, Kremlin spokesman "
        "Yuri Belov told reporters on Thursday.\n\n"
        "Earlier, the Nordvest news agency reported, citing a source in the Kesland presidential office, that the "
        "two leaders could meet in Geneva in December."
    )
    report = report_of(text)
    [line] = [p.summary for a in actors_of(report) for p in a.positions if "Geneva" in p.text]
    assert line.startswith("reports the two leaders could meet in Geneva")


def test_according_to_a_report_released_by_a_group_is_the_groups() -> None:
    text = (
        "Rights groups accuse Tarsan forces of abuses in border region\n\n"
        "Security forces in Tarsan have detained hundreds of people without charge in the northern border region "
        "since March, according to a report released on Monday by Human Rights Watch.\n\n"
        "\"The authorities have turned the border region into a no-go zone for the truth,\" said Amina Yusuf, "
        "senior Africa researcher at Human Rights Watch."
    )
    report = report_of(text)
    assert holders(report, "have detained hundreds of people without charge") == ["Human Rights Watch"]


def test_a_participle_of_saying_after_a_statement_is_a_statement_of_its_own() -> None:
    text = (
        "Tarsan government rejects rights report\n\n"
        "Government spokesman Felix Mbeki dismissed the report as \"biased and unfounded,\" telling Radio Tarsa that "
        "the security operation had restored calm.\n\n"
        "Opposition leader Grace Adongo rejected the government's account, saying that families had been kept from "
        "visiting detainees for months."
    )
    report = report_of(text)
    mbeki = [p.summary for a in actors_of(report) if a.name == "Felix Mbeki" for p in a.positions]
    assert any(line.startswith("dismisses the report as") and "Radio" not in line for line in mbeki)
    assert any(line.startswith("tells Radio Tarsa the security operation had restored calm") for line in mbeki)
    adongo = [p.summary for a in actors_of(report) if a.name == "Grace Adongo" for p in a.positions]
    assert any("families had been kept from visiting" in line for line in adongo)


def test_a_saved_pages_menu_and_section_lines_above_the_headline_are_not_its_title() -> None:
    text = (
        "Close X\nThursday, September 19, 2024\nADVT \nIndia\n\n"
        "'Border Attackers Had Outside Support'\n\n"
        "IANS, 01 Mar, 2016 11:27 AM\n"
        "    Gunmen from across the border were involved in the Rampur attack but could not have acted without "
        "outside support, Defence Minister Vikram Sethi told the Rajya Sabha on Tuesday.\n     \n"
        "    \"Does the government believe it was just a terror attack?\" Joshi asked.\n     \n"
        "    The January 2 attack on the base at Rampur left seven security personnel dead.\n"
    )
    article = article_from_text(text, 1, "page.txt")
    assert article.title == "'Border Attackers Had Outside Support'"
    story = " ".join(article.text[a:b] for a, b in article.paragraphs)
    assert "Close X" not in story and "ADVT" not in story
    assert "Gunmen from across the border" in story


def test_an_agencys_credit_and_a_keyboard_hint_are_furniture() -> None:
    text = (
        "Minister denies link to blast suspects\n\n"
        "Home Minister Ravi Menon denied on Monday that the government had ignored warnings before the blast.\n\n"
        "Press ctrl+g to toggle between English and Malayalam.\n\n"
        "\"We acted on every alert we received,\" Menon told reporters in the capital.\n\n"
        "With inputs from the public, the council will redraw the flood map next year.\n\n"
        "(With inputs from PTI)\n"
    )
    article = article_from_text(text, 1, "page.txt")
    story = [article.text[a:b] for a, b in article.paragraphs]
    assert not any("ctrl+g" in part or "PTI" in part for part in story)
    assert any(part.startswith("With inputs from the public") for part in story)


def test_calling_it_quits_is_a_deed_not_a_statement() -> None:
    text = (
        "Lawson and Reyes split after five years\n\n"
        "Jennifer Lawson and Devon Reyes have called it quits after five years together.\n\n"
        "The band's drummer, Colin Hart, called time on his career last spring.\n\n"
        "A rep for the actress confirmed the split to People on Tuesday."
    )
    report = report_of(text)
    assert not any(p.cue.startswith(("called", "have called")) for a in actors_of(report) for p in a.positions)
    assert holders(report, "the split to People") == ["Jennifer Lawson"]


def test_an_accusation_the_tagger_left_untagged_is_a_position() -> None:
    text = (
        "Ministers face backlash over plan to scrap rail upgrade\n\n"
        "Ministers are facing a backlash from their own MPs over plans to scrap the northern rail upgrade.\n\n"
        "Labour's shadow transport secretary, Tom Ellery, accused the government of \"breaking promise after "
        "promise\".\n\n"
        "The minister was accused of misleading MPs last year, and the accused officials have since resigned."
    )
    report = report_of(text)
    assert holders(report, "breaking promise after promise") == ["Tom Ellery"]
    assert not any("misleading MPs" in p.text for a in actors_of(report) for p in a.positions)


def test_a_pollster_working_for_a_paper_is_not_one_body_with_it() -> None:
    text = (
        "Premier rules out early election despite poll slump\n\n"
        "Queensland Premier Ruth Calder has ruled out calling an early election, despite a new poll showing her "
        "government trailing the opposition.\n\n"
        "The poll, conducted by Resolve Strategic for The Brisbane Courier, found support for the government had "
        "fallen to 44 per cent on a two-party-preferred basis.\n\n"
        "The Royal Society for the Protection of Birds said the poll was a distraction."
    )
    names = {a.name for a in actors_of(report_of(text))}
    assert "Resolve Strategic" in names
    assert not any(" for The " in name for name in names)
    assert "Royal Society for the Protection of Birds" in names


def test_initials_read_as_a_person_are_the_body_whose_name_they_end() -> None:
    text = (
        "RCMP charge man after crash that killed two near Melfort\n\n"
        "A 29-year-old man faces charges of dangerous driving causing death after a crash that killed two people "
        "near Melfort, Sask., on Saturday, RCMP say.\n\n"
        "In a news release, Melfort RCMP said officers were called to Highway 3 just after 9 p.m."
    )
    kinds = {a.name: a.kind for a in actors_of(report_of(text))}
    assert kinds.get("RCMP") == "organization"


def test_the_maker_of_a_rejected_accusation_is_not_who_rejected_it() -> None:
    text = (
        "Veloria rejects Tarsan PM's charge it attacked tanker\n\n"
        "ARVAND: Veloria's foreign ministry on Monday \"firmly\" rejected accusations by Tarsan Prime Minister David "
        "Kessler that Arvand was behind a recent attack on a Tarsan-owned tanker in the Gulf of Sarin.\n\n"
        "Kessler told Tarsan public radio on Monday that Veloria had \"clearly\" carried out the attack."
    )
    report = report_of(text)
    assert holders(report, "Arvand was behind a recent attack") == ["Veloria"]


def test_a_company_cited_with_according_to_is_the_one_the_company_goes_back_to() -> None:
    text = (
        "Storm Bram live: thousands without power as 90mph winds hit coast\n\n"
        "CalMac has cancelled all ferry sailings for the rest of the day.\n\n"
        "Around 23,000 homes are without power, according to Northern Grid. The company said engineers were "
        "working \"as fast as it is safe to do so\".\n\n"
        "Gusts reached 90mph on the coast, according to the Kessel Argus. The company said it had closed its yard."
    )
    report = report_of(text)
    assert holders(report, "as fast as it is safe to do so") == ["Northern Grid"]
    assert "Kessel Argus" not in holders(report, "it had closed its yard")
