"""Who is listed and how high: the story's subject named once in the text and again in its headline."""

from __future__ import annotations

from written import actors_of, report_of

from brief.actors.salience import Evidence, _acting_place, _names_alone, salience
from brief.actors.tagged_spans import with_acting_bodies, with_name_tails, with_parties


def _names(text: str) -> list[str]:
    return [a.name for a in actors_of(report_of(text))]


def test_people_named_once_and_by_surname_in_the_headline_are_listed() -> None:
    names = _names(
        "Adeyemi, Okafor Drag IGP Bello to Court\n\n"
        "The Senate leader, Tunde Adeyemi, and Senator Chidi Okafor have sued the Inspector-General of Police, "
        "Musa Bello, in Abuja. Okafor said the police had harassed them. Okafor said the suit was filed on "
        "Friday. The lawmakers want damages."
    )
    assert {"Tunde Adeyemi", "Musa Bello"} <= set(names[:3]), names


def test_an_organisation_named_by_its_initials_in_the_headline_is_listed() -> None:
    names = _names(
        "DPD arrests four in theft inquiry\n\n"
        "Officers arrested four people on Monday after a search in a warehouse, said Sgt. Anna Kowal, "
        "a spokeswoman for the Dunmere Police Department. Kowal said the goods were worth $40,000. "
        "Kowal said more arrests were possible."
    )
    assert "Dunmere Police Department" in names[:3], names


def test_a_city_named_once_and_in_the_headline_is_not_listed_on_that_alone() -> None:
    names = _names(
        "Dunmere man admits threatening a senator\n\n"
        "A man from Dunmere pleaded guilty on Monday to threatening Senator Ruth Okonjo. "
        "Okonjo said she was grateful to the police. Okonjo said the threats had frightened her staff."
    )
    assert "Dunmere" not in names, names


def test_a_festival_named_after_its_city_is_one_name() -> None:
    words = "For this year 's edition of Amsterdam Light Festival artists share their work".split()
    assert with_name_tails(words, [(6, 7, "LOC")]) == [(6, 9, "ORG")]
    words = "Officers from the Columbus Police Department Intelligence Unit stopped a car".split()
    assert with_name_tails(words, [(3, 4, "LOC")]) == [(3, 4, "LOC")]  # a longer capitalised run: not read
    words = "She flew to Paris Monday".split()
    assert with_name_tails(words, [(3, 4, "LOC")]) == [(3, 4, "LOC")]


def test_a_surname_in_the_headline_names_its_person_only_standing_alone() -> None:
    assert _names_alone("Idris", "Saraki, Melaye Drag IGP Idris to Court")
    assert _names_alone("Omar", "Man admits threatening Rep. Omar")
    assert _names_alone("Saraki", "Saraki, Melaye Drag IGP Idris to Court")
    assert not _names_alone("America", "Ascom and Dräger launch alarm system in North America")


def test_a_partys_members_are_the_party_acting() -> None:
    words = "Kentucky Democrats beat the governor , and Democrats gained seats".split()
    assert with_parties(words, [(0, 2, "PER"), (7, 8, "MISC")]) == [(0, 2, "ORG"), (7, 8, "ORG")]
    assert with_parties("Catholic voters".split(), [(0, 1, "MISC")]) == [(0, 1, "MISC")]


def test_a_country_in_the_headline_is_a_party_unless_after_a_preposition() -> None:
    assert _acting_place("Wales", "Tracking every team to clinch a spot as Wales punches ticket")
    assert not _acting_place("India", "Husband books business class flight to India, leaves wife in economy")


def test_a_body_the_headline_and_the_lead_name_is_listed_though_named_once() -> None:
    """The headline and the lead agree on the subject: "the Dunmere Rowing Club" named in both is listed,
    though the text names it once; a body named once in passing, in neither, is not."""
    names = _names(
        "Echoes of the past: a winter regatta at the Dunmere Rowing Club\n\n"
        "The Kessel Heritage Society leads groups through the Dunmere Rowing Club today from 1 to 3 p.m. "
        "Actors play guests from the building's past in its public rooms. The tours were first held in 2012, "
        "with help from the Marlow Arts Fund. Tickets are on sale at the door."
    )
    assert "Dunmere Rowing Club" in names[:3] and "Marlow Arts Fund" not in names, names


LEAD = ("Shares of one cosmetics maker could climb after a celebrity deal\n\n"
        "Cosmetics maker Varnello is breaking out after a strong quarter. The stock added 2% on Monday. "
        "Analyst Petra Lindqvist of Brakefield Capital said the chart pointed higher. Lindqvist said the "
        "deal would lift sales. Lindqvist said buyers were returning. Fund manager Oskar Hale said he owned "
        "the shares. Hale said the brand was strong. Hale said the price was fair. Varnello declined to comment.")


def test_the_party_that_opens_the_lead_ranks_above_voices_quoted_below() -> None:
    """ "Cosmetics maker Varnello is breaking out": the lead's subject is the story's, above two analysts
    each named three times and quoted twice."""
    names = _names(LEAD)
    assert names[0] == "Varnello", names


def test_a_name_after_a_preposition_does_not_open_the_lead() -> None:
    """ "a central issue in a heated City Council race": a modifier, not the lead's subject; a short
    description before the name ("Cosmetics maker Varnello") and a dateline leave it the subject."""
    from brief.actors.mentions import Mention
    from brief.actors.salience import _opens_sentence

    def at(text: str, name: str) -> Mention:
        start = text.index(name)
        return Mention(1, 0, start, start + len(name), name, name, "organization")

    modifier = "A controversial rezoning proved a central issue in a heated City Council race."
    assert not _opens_sentence(modifier, at(modifier, "City Council"))
    described = "Cosmetics maker Varnello is breaking out."
    assert _opens_sentence(described, at(described, "Varnello"))
    dated = "DUNMERE, Kessland (Wire) - Varnello said on Monday it would buy a rival."
    assert _opens_sentence(dated, at(dated, "Varnello"))
    fronted = "After months of talks, Varnello agreed to buy a rival."
    assert not _opens_sentence(fronted, at(fronted, "Varnello"))


def test_a_landmark_named_after_a_place_is_one_place() -> None:
    """ "the Kessel Monument developed a crack": the tagger reads "Kessel" alone; with the landmark's
    ending it is the site, a place; a landmark word before another capitalised word is left alone."""
    words = "The Kessel Monument developed a crack".split()
    assert with_name_tails(words, [(1, 2, "LOC")]) == [(1, 3, "LOC")]
    words = "Crowds crossed the Dunmere Bridge Road on Monday".split()
    assert with_name_tails(words, [(3, 4, "LOC")]) == [(3, 4, "LOC")]
    names = _names(
        "Kessel Monument closes to repair a crack\n\n"
        "Officials closed the Kessel Monument on Tuesday after engineers found a crack near its top. "
        "The Dunmere Parks Service said the structure was sound. Visitors were turned away. "
        "Engineers will inspect the Kessel Monument again next week."
    )
    assert "Kessel Monument" in names[:3] and "Kessel" not in names, names


def test_the_maker_of_the_headlines_product_is_listed() -> None:
    """ "Kessel's Lumo Visor is comfortable" under "The 8 best Lumo Visor games": the headline names the
    maker by its product; a country before its region ("Dunmere's Amber Coast") is not so named."""
    names = _names(
        "The 8 best Lumo Visor games\n\n"
        "Virtual reality has reached the consoles. Kessel's Lumo Visor is comfortable and cheap. "
        "The best game is a racer set on a neon road. The second is a puzzle game set in a castle. "
        "Most games last less than an hour."
    )
    assert "Kessel" in names, names
    names = _names(
        "A hotel on the Amber Coast\n\n"
        "Italy's Amber Coast has a new hotel. The rooms look over the sea. Guests can walk to the town."
    )
    assert "Italy" not in names, names


def _evidence(mentions: int, positions: int) -> Evidence:
    return Evidence(mentions, 1, positions, titles=0, leads=0, deks=0, offices=0, openers=0, owned=0,
                    minor_place=False, group=False)


def test_a_body_named_four_times_outranks_a_source_quoted_once_about_it() -> None:
    # "Blue Origin" named four times, never speaking; an analyst named once and quoted once about it
    assert salience(_evidence(4, 0)) > salience(_evidence(1, 1))
    # speaking still counts: named once and quoted twice beats named twice in passing
    assert salience(_evidence(1, 2)) > salience(_evidence(2, 0))


def test_a_citys_police_written_lower_case_is_the_force_not_the_city() -> None:
    report = report_of(
        "Kind officers at the fair\n\n"
        "On Saturday I went to volunteer at the harvest fair and got lost on the way. I saw two Dallas police "
        "officers and asked them where to park. One of them drove after me to return a scarf I had dropped. "
        "I am thankful to our Dallas Police Department for all they do."
    )
    actors = {a.name: a for a in actors_of(report)}
    assert "Dallas" not in actors, list(actors)
    assert actors["Dallas Police Department"].kind == "organization"
    assert "Dallas police" in actors["Dallas Police Department"].aliases


def test_a_town_named_in_the_headline_and_the_lead_is_not_a_minor_place() -> None:
    names = _names(
        "Level 3 live from Cork as the country adapts to new restrictions\n\n"
        "Cork moved to level 3 restrictions at midnight, with pubs and restaurants closed to diners. "
        "The National Public Health Emergency Team advised the move on Sunday. The National Public Health "
        "Emergency Team said cases had doubled in a week. Adrian Cummins said restaurants would suffer. "
        "Cummins said owners had not been warned. Cummins said staff would be laid off. Cummins said the "
        "rules were unfair. Streets in Cork were quiet on Tuesday morning. Shops in Cork stayed open."
    )
    assert names[0] == "Cork", names  # above the restaurateur quoted four times: the story is the town's


def test_a_state_named_more_than_any_other_actor_is_the_storys_subject() -> None:
    names = _names(
        "Coal's big stronghold is losing steam\n\n"
        "Coal production is falling. Mines in Wyoming produced 40% of the nation's coal last year. Wyoming has "
        "lost a third of its mining jobs, said Robert Hale, an economist. \"Nobody expected it,\" Hale said. "
        "Hale said the mines were cheap to run. Hale said demand had fallen. Towns in Wyoming depend on the mines. "
        "Wyoming collects taxes on every ton. Schools in Wyoming are paid for by coal. Wyoming has no other "
        "industry as large. Energy analysts at Grantham Partners said prices would stay low. Grantham Partners "
        "said exports might help."
    )
    assert names.index("Wyoming") < names.index("Grantham Partners"), names


def test_a_league_that_acts_is_a_body_and_a_competition_is_not() -> None:
    words = "The Arab League condemned the move on Monday".split()
    assert with_acting_bodies(words, [(1, 3, "MISC")]) == [(1, 3, "ORG")]
    words = "The march , organized by the Justice League NYC , went on".split()
    assert with_acting_bodies(words, [(6, 9, "MISC")]) == [(6, 9, "ORG")]
    words = "led by Justice League NYC 's Tamika Mallory".split()
    assert with_acting_bodies(words, [(2, 5, "MISC"), (6, 8, "PER")]) == [(2, 5, "ORG"), (6, 8, "PER")]
    words = "France lost their first match in the UEFA Nations League on Monday".split()
    assert with_acting_bodies(words, [(8, 11, "MISC")]) == [(8, 11, "MISC")]
    words = "Ticket sales for the Nations League matches fell".split()
    assert with_acting_bodies(words, [(4, 6, "MISC")]) == [(4, 6, "MISC")]


def test_a_group_of_activists_that_the_tagger_read_as_an_event_is_listed() -> None:
    names = _names(
        "Vigil for slain officers asks whose life matters\n\n"
        "The march, organized by the Justice League NYC, moved slowly along 110th Street. Over a dozen "
        "activists, led by Justice League NYC's Tamika Mallory, addressed the crowd. Mallory said the city "
        "had to listen. A member of the Justice League told the crowd to march on."
    )
    assert "Justice League NYC" in names and "Justice League" not in names, names  # its chapter: one actor


def test_a_one_word_company_named_in_the_headline_and_its_lead_is_listed() -> None:
    # a name no dictionary writes in lower case, never after "the": the body the story is about
    names = _names(
        "Zepto raises $350 million as quick commerce race heats up\n\n"
        "Grocery delivery startup Zepto has raised $350 million from domestic investors, valuing it at $5 billion, "
        "a person familiar with the matter said on Friday.\n\n"
        "Motilal Oswal led the round, with family offices and high-net-worth individuals putting in the rest. "
        "\"Quick commerce is the fastest growing retail channel in India,\" said Raamdeo Agrawal, chairman of "
        "Motilal Oswal.\n\n"
        "Rivals Blinkit and Swiggy Instamart are also expanding their networks of dark stores. Analysts at "
        "Goldman Sachs expect the market to triple by 2030."
    )
    assert "Zepto" in names[:3], names


def test_a_body_its_headline_writes_in_another_case_and_its_lead_names_is_listed() -> None:
    names = _names(
        "Nasa picks Korvane to build second moon lander\n\n"
        "NASA on Friday chose Korvane Aerospace to build a second lander for its moon programme, under a "
        "$3.4 billion contract.\n\n"
        "\"We want more than one way to land on the moon,\" said Lisa Watson-Morgan, who manages the lander "
        "programme. Watson-Morgan said the lander would fly in 2029. Watson-Morgan said the agency would pay for "
        "two test flights.\n\n"
        "Korvane Aerospace will contribute more than half the cost. Lockheed Martin and Boeing are partners of "
        "Korvane Aerospace on the project."
    )
    assert "NASA" in names[:3], names
