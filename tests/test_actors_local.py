"""Actors on written local stories shaped like real pages: titles inside names, companies with and
without their suffixes, spouses and brothers sharing a surname, bodies named after places, offices,
roles and publishers (the seeds', the harbour's and the cue tests stay in test_actors.py)."""

from __future__ import annotations

import dataclasses

import pytest
from written import actor_named as _actor
from written import actors_of, report_of
from written import said_lines as _said

from brief import pipeline
from brief.ingest.files import Loaded
from brief.ingest.text import article_from_text
from brief.model import Report


@pytest.fixture(scope="module")
def dunmere() -> Report:
    """A written local story with the kinds real pages hold: titles inside names, a company with
    and without its legal suffix, a hyphenated surname, streets, a constituency, platforms, a film
    title, a byline."""
    return report_of(
        "Harbour row in Dunmere\n\n"
        "Supt Audley Peters said the harbour gates would stay shut after the storm. "
        "Superintendent Audley Peters of the Dunmere police spoke after Corvane Corp said it would pay for repairs. "
        "Corvane said the cost was small. Tom Harlow, the Labour MP for Dunmere North, said the plan was wrong. "
        "Residents of Elm Close and Kingsway Drive posted videos on Twitter and on Reddit. "
        "Others on Elm Close said the Android app showed the flood, and Reddit users shared the Android app. "
        "The film “Falling Waters” opened on Friday, and “Falling Waters” sold out. "
        "Dr Ingram said the hospital on Kingsway Drive was ready. "
        "Peters said the gates would open soon. Ramona Archer-Bradshaw said the school was safe. "
        "Archer-Bradshaw added that parents had been told. Dr Ingram said the wards were calm.\n\n"
        "Tribune Staff Reporter\n\nTribune Staff Reporter"
    )


def test_one_person_however_titled_and_one_company_with_or_without_its_suffix(dunmere: Report) -> None:
    names = [a.name for a in actors_of(dunmere)]
    peters = _actor(dunmere, "Audley Peters")
    # his title, written short or whole (the mention the tagger typed a body has its role read too: speakers27)
    assert peters.kind == "person" and peters.mentions == 3 and peters.role in ("Supt", "Superintendent")
    assert "says the gates would open soon" in _said(peters)
    assert _actor(dunmere, "Corvane").kind == "organization" and "Corvane Corp" not in names
    bradshaw = _actor(dunmere, "Ramona Archer-Bradshaw")
    assert bradshaw.mentions == 2 and "adds parents had been told" in _said(bradshaw)
    ingram = _actor(dunmere, "Ingram")
    assert ingram.kind == "person" and ingram.mentions == 2 and "Dr Ingram" not in names, names


def test_streets_constituencies_platforms_titles_and_bylines_are_not_people(dunmere: Report) -> None:
    people = {a.name for a in actors_of(dunmere) if a.kind == "person"}
    for name in ("Elm Close", "Kingsway Drive", "Twitter", "Reddit", "Android", "Dunmere North"):
        assert name not in people, (name, people)
    names = {a.name for a in actors_of(dunmere)}
    for name in ("Falling Waters", "Tribune Staff Reporter", "Twitter", "Reddit", "Android"):
        assert name not in names, (name, names)


def test_the_member_for_a_constituency_speaks_not_the_constituency(dunmere: Report) -> None:
    assert "says the plan was wrong" in _said(_actor(dunmere, "Tom Harlow"))
    assert all("plan was wrong" not in _said(a) for a in actors_of(dunmere) if a.name != "Tom Harlow")


def test_he_added_goes_to_the_last_speaker_not_the_last_person_named() -> None:
    report = report_of(
        "Fisherman found dead at Velmora pier\n\n"
        "Superintendent Audley Peters said officers were called to the pier at dawn on Sunday. "
        "“We are treating the death as unexplained,” Peters said.\n\n"
        "The dead man was named as Colin Marsh, 47, a fisherman from the harbour estate. "
        "Marsh had worked the boats for twenty years. Neighbours left flowers at his door.\n\n"
        "“Anyone who saw a boat leave the pier after midnight should call us,” he added."
    )
    peters = _actor(report, "Audley Peters")
    assert "should call us" in _said(peters), _said(peters)
    assert all("should call us" not in _said(a) for a in actors_of(report) if a is not peters)


def test_a_long_apposition_and_a_courtesy_name_keep_their_speaker() -> None:
    report = report_of(
        "Ferry fares to rise\n\n"
        "Prof Ilse Varga, director of the Centre for Harbour Studies at Norland University, who leads research "
        "into island transport, says: “Raising fares now is like closing the only road out of town.”\n\n"
        "The ferry board chair, Nora Price, was elected in May. Soon after Ms. Price was elected, she said she "
        "would “seek to freeze all fares until the new boats arrive.”"
    )
    assert "closing the only road" in _said(_actor(report, "Ilse Varga"))
    assert "freeze all fares" in _said(_actor(report, "Nora Price"))


def test_a_husband_and_wife_sharing_a_surname_do_not_swap() -> None:
    """The bare surname is the subject of the story (named first, not as someone's relative), or the
    one named in full earlier in the same sentence; never simply the last name seen."""
    report = report_of(
        "Congressman charged over campaign funds\n\n"
        "Congressman Duncan Hale and his wife, Margaret Hale, were charged on Tuesday with spending campaign "
        "money on holidays. Hale, who has represented the district since 2009, said the charges were political. "
        "Margaret Hale said she had done nothing wrong.\n\n"
        "Prosecutors say the couple spent $250,000. Hale told supporters he would fight the case and would not "
        "resign. Hale said he expected to be cleared by a jury."
    )
    duncan, margaret = _actor(report, "Duncan Hale"), _actor(report, "Margaret Hale")
    assert duncan.mentions == 4 and actors_of(report)[0] is duncan
    assert "charges were political" in _said(duncan) and "cleared by a jury" in _said(duncan)
    assert _said(margaret) == "says she had done nothing wrong"
    assert "Hale" not in [a.name for a in actors_of(report)]


def test_brothers_sharing_a_surname() -> None:
    report = report_of(
        "Harbour worker found hurt\n\nThe harbour worker Tomas Brel was found hurt near the quay on Monday. "
        "Brel had finished the night shift an hour before. His brother Anton Brel said the family was grateful "
        "to the dock crew. Brel was taken to the Velmora hospital, where Anton Brel said he was recovering."
    )
    tomas = _actor(report, "Tomas Brel")
    assert tomas.mentions == 3, tomas
    assert "grateful to the dock crew" in _said(_actor(report, "Anton Brel"))


def test_the_subject_named_in_the_headline_and_then_described_leads() -> None:
    """Named once in full, then by surname and as "the former mayor": still the story's first actor,
    ahead of the inspector quoted four times; the descriptions count as her mentions."""
    report = report_of(
        "Former mayor Okonjo arrested\n\n"
        "Police arrested the former Dunmere mayor Ruth Okonjo on Monday over missing harbour funds. "
        "Okonjo, who led the town for a decade, was released on bail in the evening.\n\n"
        "Inspector Carl Wendt said officers had searched two offices. Wendt said the inquiry would take months. "
        "Wendt said more arrests were possible. Wendt added that the harbour board had helped.\n\n"
        "The former mayor has denied any wrongdoing. Supporters gathered outside the court where the former "
        "mayor appeared."
    )
    okonjo = actors_of(report)[0]
    assert okonjo.name == "Ruth Okonjo" and okonjo.mentions == 4, actors_of(report)
    assert "the former mayor" in okonjo.aliases


def test_residence_works_studios_and_a_surname_taken_for_a_place() -> None:
    """ "Chad Hollin, 37, Bulmere": a town; "Garden of Quiet Pears, a 1761 painting": a work;
    "Inkwell Games": a studio, never a person; the hunter Ostrand, not a village."""
    report = report_of(
        "Police blotter: Velmora\n\n"
        "October 25: ARRESTS – Chad Hollin, 37, Bulmere, was arrested by Corbett police for violating an order "
        "of protection. Hayley Hollin, 30, Bulmere, was arrested by Corbett police for retail theft.\n\n"
        "The Corvane museum bought Garden of Quiet Pears, a 1761 painting, for 2 million euros. "
        "The Garden of Quiet Pears will hang in the east wing.\n\n"
        "Developer Inkwell Games said the game would ship in May. Inkwell Games refused to cut the ending.\n\n"
        "The hunter, Bharrat Ostrand, had asked two loggers to join him. Ostrand told them to stay behind. "
        "Ostrand claimed he could track the deer alone. Ostrand said he would return by dawn."
    )
    kinds = {a.name: a.kind for a in actors_of(report)}
    assert kinds.get("Bulmere") == "place", kinds
    assert kinds.get("Corbett Police") == "organization", kinds  # "arrested by Corbett police": the town's force
    assert "Garden of Quiet Pears" not in kinds
    assert kinds.get("Inkwell Games") == "organization"
    ostrand = _actor(report, "Bharrat Ostrand")
    assert ostrand.kind == "person" and ostrand.mentions == 4 and "tells them to stay behind" in _said(ostrand)


def test_help_lines_rivers_and_modifiers() -> None:
    """A help-line footer is no position of the country it names; "Shares of Amazon" is the company;
    in "The Dunmere coroner Ivo Marten said" the coroner speaks, not the town."""
    report = report_of(
        "Dunmere teen's death prompts calls for help lines\n\n"
        "The Dunmere coroner Ivo Marten said the teenager had struggled for months. "
        "Marten said the family wanted others to seek help.\n\n"
        "Shares of Amazon fell after Amazon's chief executive said the company would cut jobs. "
        "Amazon said it would hire again in spring.\n\n"
        "If you or someone you know is struggling, help is available. In the US, call the National Suicide "
        "Prevention Lifeline at 988. In the UK, Samaritans can be contacted on 116 123."
    )
    assert all(not a.positions for a in actors_of(report) if a.kind == "place"), actors_of(report)
    assert "teenager had struggled" in _said(_actor(report, "Ivo Marten"))
    assert _actor(report, "Amazon").kind == "organization"


def test_a_company_named_after_a_place_is_the_company_when_the_story_says_so() -> None:
    """ "Velmora Airways" named in full, then "Velmora said", "Velmora's fleet": the airline, not the town."""
    report = report_of(
        "Velmora Airways joins alliance\n\nVelmora Airways will join the Northstar alliance in spring. "
        "Velmora said the move would add forty routes. Velmora's fleet will grow by ten jets. "
        "Velmora said fares would not rise."
    )
    airline = _actor(report, "Velmora Airways")
    assert airline.kind == "organization" and airline.mentions == 4, actors_of(report)
    assert "Velmora" not in [a.name for a in actors_of(report)]


def test_a_description_goes_to_the_person_whose_title_it_repeats() -> None:
    report = report_of(
        "Ferry standards row\n\nTrade Secretary Ada Quinn met farmers on Monday. Environment Secretary "
        "Tom Vale said the rules would stay. The Trade Secretary insists the ferry rules will not change."
    )
    assert "the Trade Secretary" in _actor(report, "Ada Quinn").aliases
    assert "insists the ferry rules will not change" in _said(_actor(report, "Ada Quinn"))


def test_reported_speech_ends_with_its_sentence_and_a_county_speaks_not_its_state() -> None:
    """A statement that ran on into the next, parenthesised sentence swallowed that sentence's own
    speaker; "officials in Marlow County, Oregon announced" is the county speaking, not the state."""
    report = report_of(
        "Cameras in Marlow schools\n\nAt a meeting today, officials in Marlow County, Oregon — where Deerfield "
        "lies — announced that they have spent more than $9 million on cameras this year. "
        "Teo Varga, a Marlow County high school student, says he supports cameras that record only hallways. "
        "(Marlow County says it's not installing face scanners.) Varga said the cameras made him feel safer."
    )
    county = _said(_actor(report, "Marlow County"))
    assert "spent more than $9 million" in county and "not installing face scanners" in county, county
    assert "face scanners" not in _said(_actor(report, "Teo Varga"))
    assert all(not a.positions for a in actors_of(report) if a.kind == "place"), actors_of(report)


def test_a_name_the_tagger_found_once_is_the_same_name_where_it_missed_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """One name, one sense per article: on a real page the tagger found "researchers at OpenAI" and
    missed "But OpenAI declined ...", so the story's subject lost its mentions and its statements.
    The tagger here misses the name after its first sentence, or reads it as a misc. name, as it did there."""
    from brief.actors import mentions

    real = mentions.tag_sentences

    def missing_later(sentences: list[list[str]]) -> list[list[str]]:
        tags = real(sentences)
        for k, (words, labels) in enumerate(zip(sentences, tags)):
            for i, word in enumerate(words):
                if word == "Skyloftix" and k > 0:
                    labels[i] = "O" if k % 2 else "B-MISC"
        return tags

    monkeypatch.setattr(mentions, "tag_sentences", missing_later)
    report = report_of(
        "Parcel drones\n\nLast month, researchers at Skyloftix in Dunmere revealed a drone able to carry parcels "
        "over hills. A spokesperson for Skyloftix questioned the estimate, noting that it makes several "
        "assumptions. But Skyloftix declined to disclose further details of the project. Data published by "
        "Skyloftix shows that the drones have doubled their range every year. The Skyloftix Trust funds schools."
    )
    firm = _actor(report, "Skyloftix")
    assert firm.mentions == 4, actors_of(report)  # not the "Skyloftix" inside "The Skyloftix Trust"
    assert "makes several assumptions" in _said(firm) and "disclose further details" in _said(firm), _said(firm)


def test_a_body_that_employs_people_is_an_organisation_though_tagged_a_place() -> None:
    """ "researchers at Quorvant", "a spokesperson for Quorvant": who employs people is an organisation."""
    from brief.actors.kinds import company_context

    assert company_context("Last month, researchers at ", " in Dunmere revealed a drone")
    assert company_context("A spokesperson for ", " questioned the estimate")
    assert not company_context("He flew to ", " in May")


def test_an_acronym_joins_the_full_name_after_its_country() -> None:
    """ "the United States Harbour Safety Board" then "the HSB": one body, though the initials
    leave out the country; two letters after a country ("CT" of "British Canal Trust") stay apart."""
    from brief.actors.grouping import group_mentions
    from brief.actors.mentions import Mention

    def named(name: str, kind: str, at: int) -> Mention:
        return Mention(1, at, at * 10, at * 10 + len(name), name, name, kind)

    mentions = [named("United States Harbour Safety Board", "organization", 0), named("HSB", "organization", 1),
                named("HSB", "organization", 2), named("British Canal Trust", "organization", 3),
                named("CT", "organization", 4)]
    groups = group_mentions(mentions)
    assert sorted((g.name, len(g.mentions)) for g in groups) == [
        ("British Canal Trust", 1), ("CT", 1), ("United States Harbour Safety Board", 3)]


def test_a_bodys_initials_tagged_a_place_join_the_body() -> None:
    """ "the Dunmere Heritage Society" then "the DHS" read by the tagger as a place: the body's initials,
    one actor; initials a place of the story also has ("UAE") and two letters ("DH") are not the body's."""
    from brief.actors.grouping import group_mentions
    from brief.actors.mentions import Mention

    def named(name: str, kind: str, at: int) -> Mention:
        return Mention(1, at, at * 10, at * 10 + len(name), name, name, kind)

    mentions = [named("Dunmere Heritage Society", "organization", 0), named("DHS", "place", 1),
                named("United Arab Emirates", "place", 2), named("Ulm Arts Ensemble", "organization", 3),
                named("UAE", "place", 4), named("Dunmere Harbour", "organization", 5), named("DH", "place", 6)]
    groups = group_mentions(mentions)
    assert sorted((g.name, len(g.mentions)) for g in groups) == [
        ("DH", 1), ("Dunmere Harbour", 1), ("Dunmere Heritage Society", 2), ("UAE", 1), ("Ulm Arts Ensemble", 1),
        ("United Arab Emirates", 1)]


def test_the_last_word_of_a_body_s_name_refers_back_to_it() -> None:
    """A story's subject named once in full, then "the trust": each "the trust" counts for it, and
    "the trust said" is its statement; "the trust of residents" is not the body."""
    report = report_of(
        "Busway review\n\nThe Dunmere Transit Trust met on Monday to review the busway. Jo Pell, a "
        "county engineer, presented the plan. Ann Ruse, a resident, spoke against it. Ann Ruse said the buses "
        "were late. Jo Pell said the lanes were safe. The trust said the county must answer every question by "
        "September. The trust will meet again in July. The trust asked for a new timetable. Jo Pell said the "
        "trust of residents mattered."
    )
    trust = _actor(report, "Dunmere Transit Trust")
    assert trust.mentions == 4 and "the trust" in trust.aliases, actors_of(report)
    assert "must answer every question" in _said(trust), _said(trust)
    assert actors_of(report)[0].name == "Dunmere Transit Trust", actors_of(report)


def test_a_document_from_a_body_is_that_body_s_statement() -> None:
    """ "according to a complaint affidavit from Kellmouth" (a place on the page: "from Homeland
    Security", typed a place): who filed it, though "from" also says where someone comes from."""
    report = report_of(
        "Ring charged\n\nThree people were charged on Monday in Dunmere. The defendants allegedly ran the "
        "smuggling ring in Kellmouth and Brindle, according to a criminal complaint affidavit from "
        "Kellmouth. Officials in Kellmouth said more arrests were likely."
    )
    agency = _said(_actor(report, "Kellmouth"))
    assert "ran the smuggling ring" in agency, agency


def test_a_role_keeps_a_place_name_that_opens_with_a_stop_word() -> None:
    """'New' is one of sumy's stop words; it still opens the place in the title before a name."""
    report = report_of(
        "Burials rise in the city\n\nNew York City Mayor Ivo Marten said temporary burials might be needed. "
        "This Dunmere official, Rosa Quell, said the island was ready. Marten said the city would pay."
    )
    assert _actor(report, "Ivo Marten").role == "New York City Mayor"
    assert _actor(report, "Rosa Quell").role == "Dunmere official"  # "This" points: no part of it


def test_a_form_of_address_is_no_part_of_a_role() -> None:
    report = report_of(
        "Island premier detained\n\nThe Honourable Premier Arlo Benn was detained in Miami on Thursday. "
        "Governor Edith Marr said the Hon. Deputy Premier Tessa Quarry would act as premier. "
        "Quarry said the government would go on. Benn denies the charges, his lawyer said."
    )
    assert _actor(report, "Arlo Benn").role == "Premier"
    assert _actor(report, "Tessa Quarry").role == "Deputy Premier"


def test_a_question_opening_auxiliary_is_no_part_of_a_role() -> None:
    report = report_of(
        "Comics on television\n\nDoes Northgate Comics president Jo Pell still read every script? "
        "He reads most of them, the producer said. Pell said the studio would make two more shows. "
        "Pell said he liked the quiet heroes best."
    )
    assert _actor(report, "Jo Pell").role == "Northgate Comics president"


def test_the_subject_named_by_office_in_the_headline_leads() -> None:
    """ "Police Detain Island Governor": the headline names its subject by office, the text names him
    once as "Governor Mateo Lindqvist" and by surname after; he leads the chief quoted three times. The
    deputy governor is not the governor."""
    report = report_of(
        "Police Detain Island Governor On Fraud Charges\n\n"
        "Velmora police on Tuesday detained the island's Governor Mateo Lindqvist, 58, at the harbour. "
        "Police Chief Dana Ostrow said officers had searched the residence. "
        "Ostrow said the inquiry would take months. Ostrow added that more arrests were possible. "
        "Deputy Governor Ilse Marrow will act in his place. Marrow said the council would meet on Friday. "
        "Lindqvist was taken to the central station. Lindqvist denies the charges."
    )
    assert actors_of(report)[0].name == "Mateo Lindqvist", actors_of(report)
    marrow = _actor(report, "Ilse Marrow")
    assert marrow.salience > _actor(report, "Dana Ostrow").salience, actors_of(report)


def test_an_office_written_with_capitals_counts_for_its_one_holder() -> None:
    """Named once as "Prime Minister Ada Quinn", then as "the Prime Minister" and "the PM": each
    counts as her mention, and what "the PM" says is hers; "the Health Secretary" names an office
    no one here holds (Tom Vale is Environment Secretary), so it goes to no one."""
    report = report_of(
        "Ferry rules row\n\nPrime Minister Ada Quinn met farmers on Monday. Environment Secretary Tom Vale "
        "said the rules would stay. Tom Vale visited the port. Vale met the harbour board. "
        "Vale toured the docks. Farmers wrote to the Prime Minister about the ferry rules. "
        "The PM said the ferry rules would not change before spring. "
        "The Health Secretary has not commented. Critics said the Prime Minister had broken a promise."
    )
    quinn = _actor(report, "Ada Quinn")
    assert quinn.mentions == 4, actors_of(report)
    assert "ferry rules would not change" in _said(quinn)
    assert "the Health Secretary" not in _actor(report, "Tom Vale").aliases
    assert actors_of(report)[0].name == "Ada Quinn", actors_of(report)


def test_a_bill_is_no_actor_and_a_commission_is_not_the_government() -> None:
    """ "the Agriculture Bill" is a law the parties fight over, not a party; "the Government" does not refer
    back to the last body named when that body is a commission (it is not what governs)."""
    report = report_of(
        "Farm rules vote\n\nMPs will vote on the Agriculture Bill on Monday. The Agriculture Bill sets food rules. "
        "Ministers set up the Food Standards Commission last year. The Government is telling MPs not to back "
        "the changes to the Agriculture Bill. Critics said the Food Standards Commission had no power."
    )
    names = [a.name for a in actors_of(report)]
    assert "Agriculture Bill" not in names, names
    assert "tells MPs not to back" not in _said(_actor(report, "Food Standards Commission"))


def _on_site(text: str, site: tuple[str, ...]) -> Report:
    """The report of one article as published by ``site`` (its name and host)."""
    article = dataclasses.replace(article_from_text(text, 1, "1.txt"), site=site)
    return pipeline.build_report(Loaded((article,)), pipeline.Options(workers=1, one_story=True))


def test_the_publisher_named_as_the_channel_is_no_party_but_the_subject_of_its_release_is() -> None:
    """On the Harbour Ledger's own page, "speaking with Harbour Ledger" names how the words reached
    us, even with the paper in the headline; on Corvane University's site, the university that
    found something is its release's subject."""
    ledger = _on_site(
        "Harbour Ledger: ferry fares to rise\n\nFerry fares will rise in May, Ada Quinn said speaking with "
        "Harbour Ledger on Monday. Quinn runs the ferry company. Quinn told Harbour Ledger that costs had doubled.",
        ("Harbour Ledger", "harbourledger.com"),
    )
    assert "Harbour Ledger" not in [a.name for a in actors_of(ledger) if a.role != "news outlet"], actors_of(ledger)
    release = _on_site(
        "Corvane University finds salt-tolerant wheat\n\nCorvane University researchers found a wheat that grows "
        "in salty soil. Corvane University will test it on farms next year.",
        ("Corvane University", "corvane.edu"),
    )
    assert actors_of(release)[0].name == "Corvane University", actors_of(release)


def test_a_name_without_its_middle_name_is_the_same_person() -> None:
    # The premier is named in full once, then by given name and surname, then by surname.
    report = report_of(
        "Premier Marten Okoye Vasquez was detained at an airport in Miami on Thursday, officials said. "
        "Marten Vasquez had flown in for a conference on island tourism. "
        "His deputy, Lisette Brand, said the cabinet would meet on Friday. "
        "Vasquez has denied any wrongdoing, his lawyer said."
    )
    people = [a for a in actors_of(report) if a.kind == "person"]
    vasquez = [a for a in people if "Vasquez" in a.name]
    assert len(vasquez) == 1, [a.name for a in people]
    assert vasquez[0].name == "Marten Okoye Vasquez" and vasquez[0].mentions >= 3


def test_a_person_whose_surname_is_an_outlets_name_is_no_outlet() -> None:
    text = (
        "The race for the nomination tightened on Tuesday. The even wealthier Michael Bloomberg has spent "
        "heavily on television ads in the states that vote in March. Bloomberg skipped the early contests, "
        "and rivals say Bloomberg is trying to buy the race."
    )
    listed = [a for a in actors_of(report_of(text)) if a.name == "Michael Bloomberg"]
    assert listed and listed[0].kind == "person" and listed[0].role != "news outlet"
