"""Who an actor is and what kind, on text written for these tests: a capitalised common noun ("the
Territory", "the Ministry") is no name of its own, a name given as a news outlet's is an organisation,
and a page's own headline line names the story's subject."""

from __future__ import annotations

from written import actor_named, actors_of, report_of, said_lines

from brief.actors.evidence import place_initials
from brief.actors.grouping import group_mentions
from brief.actors.mentions import Mention, Token, _entity_mention
from brief.model import Article
from brief.text.tokens import token_spans


def _mention(name: str, kind: str, start: int, after: str = "the") -> Mention:
    return Mention(1, start // 100, start, start + len(name), name, name, kind, after=after)


def test_a_capitalised_definite_common_noun_joins_the_one_named_body_or_is_no_place() -> None:
    mentions = [
        _mention("Ministry of Health", "organization", 0),
        _mention("Ministry", "organization", 100),
        _mention("Ministry", "organization", 200),
        _mention("Territory", "place", 300, after="the"),
        _mention("Territory", "place", 400, after="the"),
        _mention("Government", "organization", 500),
        _mention("Government", "organization", 600),
    ]
    groups = {g.name: g for g in group_mentions(mentions)}
    assert len(groups["Ministry of Health"].mentions) == 3  # "the Ministry" is the Ministry of Health
    assert "Ministry" not in groups
    assert "Territory" not in groups  # "people in the Territory": no territory is named, no actor
    assert len(groups["Government"].mentions) == 2  # a body that is not named still acts ("the Government said")


def test_a_definite_noun_with_two_named_bodies_of_its_kind_joins_neither() -> None:
    mentions = [
        _mention("Ministry of Health", "organization", 0),
        _mention("Ministry of Finance", "organization", 100),
        _mention("Ministry", "organization", 200),
        _mention("Ministry", "organization", 300),
    ]
    groups = {g.name: g for g in group_mentions(mentions)}
    assert len(groups["Ministry of Health"].mentions) == 1
    assert len(groups["Ministry of Finance"].mentions) == 1


def test_the_last_word_of_a_named_body_written_after_the_is_that_body() -> None:
    # "the Foundation", "the Company" in a story naming the Dunmere Arts Foundation once in full and once
    # cut at its start ("Arts Foundation"): one body
    mentions = [
        _mention("Dunmere Arts Foundation", "organization", 0, after="of"),
        _mention("Arts Foundation", "organization", 100, after="dunmere"),
        _mention("Foundation", "organization", 200),
        _mention("Foundation", "organization", 300),
        _mention("Foundation", "organization", 400, after="his"),
    ]
    groups = {g.name: g for g in group_mentions(mentions)}
    assert len(groups["Dunmere Arts Foundation"].mentions) == 5  # the cut "Arts Foundation" too (kinds84)
    assert "Foundation" not in groups and "Arts Foundation" not in groups


def test_a_common_noun_written_bare_is_a_name() -> None:
    mentions = [_mention("Cabinet", "organization", 0, after="and"), _mention("Cabinet", "organization", 100, after="by")]
    assert [g.name for g in group_mentions(mentions)] == ["Cabinet"]


def _tagged(text: str, name: str, label: str) -> Mention | None:
    """The mention made of the first ``name`` in a one-sentence ``text``, as if the tagger had labelled it so."""
    article = Article(1, "Test", "1.txt", text)
    sent = [Token(text[a:b], a, b) for a, b in token_spans(text)]
    start = text.index(name)
    a = next(i for i, t in enumerate(sent) if t.start == start)
    b = next(i for i, t in enumerate(sent) if t.end == start + len(name)) + 1
    return _entity_mention(article, 0, sent, a, b, label, set())


def test_a_name_given_as_a_news_outlets_is_an_organisation_not_a_person() -> None:
    for text in (
        "He was sacked, the national news agency, Tavanta, quoted the premier as saying on Friday.",
        "They must go, the Tavanta news agency quoted the premier as saying.",
        "The state news agency Tavanta said the talks had failed.",
        "Tavanta quoted the premier as saying the talks had failed.",
    ):
        m = _tagged(text, "Tavanta", "PER")
        assert m is not None and m.kind == "organization", text
    for text in (
        "The agency's director, Omar Tavanta, said the talks had failed.",
        "Tavanta told the news agency that the talks had failed.",
    ):
        m = _tagged(text, "Tavanta", "PER")
        assert m is not None and m.kind == "person", text


def test_the_pages_own_headline_line_names_the_storys_subject() -> None:
    text = (
        "Chef Mara Quill joins campaign on food\n\n"
        "Quill's war on cheap imports: Chefs and farmers lead plea to Daniel Hartley to block sub-standard food under new trade deals\n\n"
        "A powerful alliance of chefs today urges the Prime Minister to block sub-standard foods. "
        "Mara Quill said the imports would harm farmers. Mara Quill added that she wanted a law. "
        "Tomas Renk, a farmer, said prices would fall. Tomas Renk said he would protest. "
        "Renk said the farmers were angry. Ilse Barrow said the plan was wrong. Ilse Barrow said so twice. "
        "The letter warns Mr Hartley that progress could be lost."
    )
    names = [a.name for a in actors_of(report_of(text))]
    assert "Daniel Hartley" in names[:3], names


def test_a_country_written_with_full_stops_is_the_country() -> None:
    from brief.actors.mentions import normalise

    assert normalise("U.S.") == normalise("U.S") == normalise("the United States") == "United States"
    assert normalise("U.N.") == "United Nations"
    text = (
        "Talks stall\n\n"
        "The United States said on Monday that talks with Norland had stalled. "
        "U.S. officials said they would meet again in May. A U.S. envoy said the gap was wide. "
        "The United States wants a deal by June, the U.S. envoy said."
    )
    assert [a.name for a in actors_of(report_of(text)) if a.name in ("United States", "U.S")] == ["United States"]


def test_believers_are_no_actor_and_a_headlines_verb_is_no_part_of_a_name() -> None:
    assert _tagged("Several Sunni Muslims were hurt in the clashes on Friday.", "Sunni Muslims", "PER") is None
    assert _tagged("The new president must be a Maronite Christian, by custom.", "Maronite Christian", "PER") is None
    m = _tagged("Trade Could Address Clean Energy, Lindsey Graham Says", "Lindsey Graham Says", "PER")
    assert m is not None and m.name == "Lindsey Graham"
    kept = _tagged("Officials of the Muslim Brotherhood said the vote was fixed.", "Muslim Brotherhood", "ORG")
    assert kept is not None and kept.name == "Muslim Brotherhood"


def test_a_surname_with_mr_is_the_persons_however_the_tagger_typed_it_elsewhere() -> None:
    mentions = [
        Mention(1, 0, 0, 5, "Varga", "Varga", "organization", after="against"),
        Mention(1, 1, 100, 113, "Peter J. Varga", "Peter J. Varga", "person", after="with"),
        Mention(1, 2, 200, 205, "Varga", "Varga", "person", after="mr."),
        Mention(1, 3, 300, 305, "Varga", "Varga", "organization", after="a"),
        Mention(1, 4, 400, 405, "Varga", "Varga", "organization", after="a"),
    ]
    assert [(g.name, g.kind, len(g.mentions)) for g in group_mentions(mentions)] == [("Peter J. Varga", "person", 5)]


def test_a_full_name_tagged_a_body_is_the_person_the_story_names_by_surname() -> None:
    mentions = [Mention(1, 0, 0, 12, "Peter Varga", "Peter Varga", "organization", after="nominee")]
    mentions += [Mention(1, k, 100 * k, 100 * k + 5, "Varga", "Varga", "person") for k in range(1, 4)]
    assert [(g.name, g.kind, len(g.mentions)) for g in group_mentions(mentions)] == [("Peter Varga", "person", 4)]
    bank = [Mention(1, 0, 0, 12, "Varga Bank", "Varga Bank", "organization")]
    bank += [Mention(1, k, 100 * k, 100 * k + 5, "Varga", "Varga", "person") for k in range(1, 4)]
    assert sorted(g.kind for g in group_mentions(bank)) == ["organization", "person"]
    club = [Mention(1, 0, 0, 12, "London Harriers", "London Harriers", "organization")]
    club += [Mention(1, k, 100 * k, 100 * k + 8, "Harriers", "Harriers", "person") for k in range(1, 4)]
    assert sorted(g.kind for g in group_mentions(club)) == ["organization", "person"]


def test_areas_the_tagger_read_as_bodies_are_places() -> None:
    counties = _tagged("Residents of Alameda County are angry.", "Alameda County", "ORG")
    voters = _tagged("Alameda County voters will decide in March.", "Alameda County", "ORG")
    part = _tagged("Voters in South Dade will get a new bus line.", "South Dade", "ORG")
    club = _tagged("He joined West Ham in May.", "West Ham", "ORG")
    assert counties is not None and counties.kind == "place"
    assert voters is not None and voters.kind == "place"
    assert part is not None and part.kind == "place"
    assert club is not None and club.kind == "organization"  # no place where the text puts it


def test_a_name_ending_in_a_plural_common_noun_is_no_place() -> None:
    study = _tagged("According to a new Consumer Reports study, fares rose.", "Consumer Reports", "LOC")
    islands = _tagged("Fares rose in the Virgin Islands.", "Virgin Islands", "LOC")
    assert study is not None and study.kind == "organization"
    assert islands is not None and islands.kind == "place"
    tagged_person = _tagged("Consumer Reports says award tickets are rarely worth it.", "Consumer Reports", "PER")
    assert tagged_person is not None and tagged_person.kind == "organization"


def test_a_region_description_and_a_measured_brand_are_no_actors() -> None:
    assert _tagged("Officials in the Caribbean Territory were stunned.", "Caribbean Territory", "ORG") is None
    assert _tagged("She wore a pair of Chelsea boots and a red coat.", "Chelsea", "PER") is None
    person = _tagged("Chelsea said the trip was moving.", "Chelsea", "PER")
    assert person is not None and person.kind == "person"


def test_a_name_before_administration_is_the_government_however_typed() -> None:
    body = _tagged("If a Trump administration were to follow through, Mexico would suffer.", "Trump", "ORG")
    person = _tagged("The Biden administration said it would act.", "Biden", "PER")
    assert body is not None and (body.name, body.kind) == ("Trump administration", "organization")
    assert person is not None and (person.name, person.kind) == ("Biden administration", "organization")


def test_a_club_the_tagger_read_as_a_given_name_is_an_organisation() -> None:
    for text in ("Arsenal beat Chelsea 2-1 on Saturday.", "Chelsea's striker missed two chances.",
                 "Chelsea have now lost three games in a row."):
        club = _tagged(text, "Chelsea", "PER")
        assert club is not None and club.kind == "organization", text
    for text in ("Chelsea has visited Jerusalem with her mother.", "Her daughter, Chelsea, set out on her own.",
                 "Todd and Chelsea were spotted having lunch."):
        woman = _tagged(text, "Chelsea", "PER")
        assert woman is not None and woman.kind == "person", text


def test_initials_the_page_spells_as_a_place_are_that_place() -> None:
    text = "The Premier of the British Virgin Islands (BVI) was held. The BVI port director was held too."
    bvi = [_mention("BVI", "organization", text.index("BVI)")), _mention("BVI", "organization", text.rindex("BVI"))]
    assert {m.kind for m in place_initials(text, bvi)} == {"place"}
    named = [_mention("Sierra Leone", "place", 0), _mention("SL", "organization", 100)]
    assert [m.kind for m in place_initials("", named)] == ["place", "place"]
    body = "The World Health Organization (WHO) said so."
    assert place_initials(body, [_mention("WHO", "organization", body.index("WHO"))])[0].kind == "organization"


def test_a_person_span_ends_at_a_lower_case_word_that_is_no_name_particle() -> None:
    m = _tagged("“You should resign,” Reyes told Kell, after the hearing.", "Reyes told Kell", "PER")
    assert m is not None and m.name == "Reyes"
    m = _tagged("The mayor, Bill de Blasio, spoke on Monday.", "Bill de Blasio", "PER")
    assert m is not None and m.name == "Bill de Blasio"


def test_any_span_ends_at_a_reporting_verb_but_a_bodys_own_nouns_stay() -> None:
    text = "“The deal is fair,” Varga told the Gazette, angering traders who fear higher fees."
    m = _tagged(text, "Varga told the Gazette", "ORG")
    assert m is not None and m.name == "Varga"
    m = _tagged("Later Halloran says the Courier got it wrong.", "Halloran says the Courier", "ORG")
    assert m is not None and m.name == "Halloran"
    m = _tagged("Corvane added the Dunmere depot to its list.", "Corvane added the Dunmere", "ORG")
    assert m is not None and m.name == "Corvane"
    for body in ("Dunmere post office", "Corvane Support Group", "Dunmere police"):
        m = _tagged(f"The {body} opened late on Monday.", body, "ORG")
        assert m is not None and m.surface == body, body


def test_a_name_opening_a_sentence_keeps_a_first_word_it_has_within_sentences() -> None:
    text = ("Hospitals in Dunmere City are filling up as the outbreak spreads, officials said on Monday.\n\n"
            "Dunmere City now has more cases than any region, and new trenches are being dug on the island.\n\n"
            "New York state has fewer cases, officials in New York said. New trenches are dug there too.")
    found = {a.name: a.mentions for a in actors_of(report_of(text))}
    assert found.get("New York") == 2, found  # "New York state has": the name's own "New", as "in New York" writes it
    assert "York" not in found
    m = _tagged("Despite Blinken's visit, new talks failed.", "Despite Blinken", "PER")
    assert m is not None and m.name == "Blinken"  # a common word glued to a name the text never writes so


def test_a_line_without_a_full_stop_still_ends_its_sentence() -> None:
    # a standfirst set without a full stop, then the story: "At" opens a sentence, it is no part of the name
    text = ("A Harbour Foods manager explains how the chain won back shoppers in small towns\n\n"
            "At Harbour Foods, we first listened to our customers in 2019.")
    article = Article(1, "Test", "1.txt", text)
    second = text.index("At Harbour")
    sent = [Token(text[a:b], a, b) for a, b in token_spans(text) if a >= second]
    m = _entity_mention(article, 1, sent, 0, 3, "ORG", set())
    assert m is not None and m.name == "Harbour Foods"


def test_an_office_with_its_title_cut_off_is_no_name() -> None:
    report = report_of(
        "Harbour plan criticised\n\n"
        "The Mayor of Port Elwyn said the harbour plan was reckless. The Governor of Kessel Province said the "
        "ferry would run all winter. Dana Okoro, the Mayor of Port Elwyn, said the council would vote in May.\n")
    names = [a.name for a in actors_of(report)]
    assert not any(name.startswith("of ") for name in names), names
    assert "Dana Okoro" in names


def test_a_name_ending_in_a_bodys_word_is_a_body_wherever_it_stands() -> None:
    report = report_of(
        "Storm closes the coast\n\n"
        "8.40am\nElwyn Valley Railway said trains would not run west of Kessel until Sunday.\n\n"
        "8.15am\nHarbour Grid said engineers were working to restore supplies.\n\n"
        "Ferry operator Port Elwyn Lines said all sailings were cancelled.\n")
    kinds = {a.name: a.kind for a in actors_of(report)}
    for name in ("Elwyn Valley Railway", "Harbour Grid", "Port Elwyn Lines"):
        assert kinds.get(name) == "organization", kinds


def test_a_sheriff_and_a_treasurer_are_people_with_their_titles() -> None:
    report = report_of(
        "Deputy hurt in Kessel County chase\n\n"
        "Sheriff Mara Quill said the deputy was in stable condition. The sheriff added that the driver had fled on "
        "foot.\n\nTreasurer Owen Drake said the county would pay the deputy's hospital bills.\n")
    people = {a.name: (a.kind, a.role, len(a.positions)) for a in actors_of(report)}
    assert people.get("Mara Quill") == ("person", "Sheriff", 2), people
    assert people.get("Owen Drake", ("",))[:2] == ("person", "Treasurer"), people


def test_a_job_written_before_a_given_name_is_no_part_of_the_name() -> None:
    report = report_of(
        "Ferry theft admitted\n\n"
        "Deckhand Ola Brandt admitted stealing from the ferry's safe. Brandt said he had gambling debts.\n")
    assert "Ola Brandt" in [a.name for a in actors_of(report)], [a.name for a in actors_of(report)]


def test_the_party_mp_is_the_member_just_named_not_the_party() -> None:
    report = report_of(
        "MP criticises ferry cuts\n\n"
        "Dana Okoro, who represents Bassetlaw, told the Commons the cuts were unfair. The Labour MP said: "
        "\"Families on the island cannot wait any longer.\"\n")
    assert "Families on the island" in said_lines(actor_named(report, "Dana Okoro")), said_lines(
        actor_named(report, "Dana Okoro"))
    assert not any(a.name == "Labour" and a.positions for a in actors_of(report))


def test_the_dane_is_the_player_just_named_not_a_person_called_dane() -> None:
    report = report_of(
        "Rune stuns the favourite in Kessel\n\n"
        "Holger Rune beat Tomas Brel 6-4 7-6 in Kessel on Thursday. The Dane said he had \"never played better\".\n")
    assert "Dane" not in [a.name for a in actors_of(report)]
    assert "never played better" in said_lines(actor_named(report, "Holger Rune"))
