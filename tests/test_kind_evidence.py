"""Kinds read from the evidence a reader reads beside a name (session 28, kinds2): a role noun before a
full name the tagger typed a body, a calling the tagger took into the name, a surname acting alone, a
club's plural verb after a headline, a body's noun in apposition, a Dutch particle, and the linking adverb
before a reported content. Every text is written here."""

from __future__ import annotations

from written import actors_of, report_of

from brief.actors.attribution import Attribution
from brief.actors.courtesies import leading_title
from brief.actors.cue_edges import linking_adverb
from brief.actors.kinds import business_apposition, team_context
from brief.actors.person_signs import full_name_shown
from brief.actors.tagged_spans import with_particles


def test_a_role_before_a_full_name_shows_a_person() -> None:
    assert full_name_shown("Opposition leader Tamsin Hollow said the plan had failed.", "Tamsin Hollow")
    assert full_name_shown("Chief executive Anjali Varma said profits rose.", "Anjali Varma")
    assert not full_name_shown("Market leader Acme Robotics said profits rose.", "Acme")


def test_a_given_name_whose_surname_acts_alone_or_who_founds_is_a_person() -> None:
    text = "Ada Obinna set up the shop in a garage. \"We want to grow,\" Obinna said."
    assert full_name_shown(text, "Ada Obinna")
    assert full_name_shown("Ada Obinna founded Paystream in 2019.", "Ada Obinna")
    assert not full_name_shown("Morgan Stanley said rates would rise. Stanley Park is closed.", "Morgan Stanley")
    assert not full_name_shown("Veltra, founded in 2003, said it would grow.", "Veltra")


def test_a_calling_taken_into_the_name_is_no_part_of_it() -> None:
    assert leading_title(["Rapper", "Kofizo"], "ORG")
    assert leading_title(["Singer", "Leona", "Hartwell"], "PER")
    assert not leading_title(["Kofizo"], "ORG")


def test_a_plural_verb_after_a_headline_line_is_a_clubs() -> None:
    assert team_context("Brentmoor sack manager after defeat\n\n", " have sacked their manager after five")
    assert not team_context("Talks between Qin and ", " are due to resume")


def test_a_bodys_noun_in_apposition() -> None:
    assert business_apposition("Prices will fall. The regulator, ")
    assert business_apposition("tickets went on sale for the band ")


def test_a_dutch_particle_joins_a_given_name_to_a_tagged_surname() -> None:
    words = "Erik ten Hag said the decision was harsh .".split()
    assert with_particles(words, [(2, 3, "PER")]) == [(0, 3, "PER")]
    words = "On Tuesday ten Labour MPs voted .".split()
    assert with_particles(words, [(3, 4, "ORG")]) == [(3, 4, "ORG")]


def test_a_linking_adverb_opens_no_content() -> None:
    text = "Meanwhile Korvo will headline the main stage on Friday, organisers confirmed."
    cue = text.index("confirmed")
    a = Attribution((cue, cue + len("confirmed")), (text.index("organisers"), cue - 1), (0, text.index(",")), False, 0)
    assert text[slice(*linking_adverb(text, a).content)].startswith("Korvo will headline")
    quoted = '"However hard it is, we go on," she said.'
    b = Attribution((quoted.index("said"), len(quoted) - 1), None, (0, quoted.index("she") - 1), True, 0)
    assert linking_adverb(quoted, b) == b


def test_a_local_story_types_its_people_and_bodies() -> None:
    text = ("Council faces pressure over fan safety\n\n"
            "Opposition leader Tamsin Hollow said the council had failed fans.\n\n"
            "Ada Obinna founded Paystream in 2019. \"We want to grow,\" Obinna said.\n\n"
            "The regulator, Ofgrid, said prices would fall in April.\n\n"
            "Meanwhile Korvo will headline the main stage on Friday, organisers confirmed.")
    actors = {a.name: a for a in actors_of(report_of(text))}
    assert actors["Tamsin Hollow"].kind == "person"
    assert actors["Ada Obinna"].kind == "person"
    assert actors["Ofgrid"].kind == "organization"
    assert all("meanwhile" not in p.text.lower() for a in actors.values() for p in a.positions)


def test_a_county_seats_letters_before_a_name_are_a_title() -> None:
    assert leading_title(["MCA", "Peter", "Odhiambo"], "ORG")
    assert not leading_title(["MCA", "Holdings"], "ORG")


def test_a_town_named_by_its_resident_or_its_mayor_stays_a_place() -> None:
    text = ("A Brackenfield man has been charged after a crash, police said.\n\n"
            "Brackenfield mayor Lorna Keyes said the junction needed lights. Keyes said she had raised it.")
    actors = {a.name: a for a in actors_of(report_of(text))}
    assert "Brackenfield" not in actors or actors["Brackenfield"].kind == "place"


def test_a_body_set_off_after_a_description_speaks_after_a_linking_adverb() -> None:
    text = ("Housing plan approved\n\n"
            "Meanwhile the developer, Larchbury Homes, said work would begin in spring.\n\n"
            "However, the borough, Brentwick, said it would appeal.\n\n"
            "Meanwhile, the developer Larchbury Homes said costs had risen.")
    said = {a.name: [p.text for p in a.positions] for a in actors_of(report_of(text))}
    assert "work would begin in spring" in said["Larchbury Homes"]


def test_a_noun_ending_in_ly_opens_a_content_with_its_subject() -> None:
    text = "Fischer, who co-founded the firm in 2016, said supply would remain tight."
    said = {a.name: [p.text for p in a.positions] for a in actors_of(report_of(text))}
    assert said.get("Fischer") == ["supply would remain tight"]


def test_a_name_placed_nowhere_and_a_body_at_another_writing_is_a_body() -> None:
    text = ("Chipmaker Zentavo unveils new accelerator\n\n"
            "Zentavo on Tuesday unveiled a chip it says is twice as fast as rivals. Zentavo shares rose 8%.")
    actors = {a.name: a for a in actors_of(report_of(text))}
    assert "Zentavo" not in actors or actors["Zentavo"].kind == "organization"


def test_an_employers_name_set_off_after_its_noun_is_a_body() -> None:
    assert business_apposition("Talks broke down. The employer, ")
    assert business_apposition("said the operator ")


def test_south_asian_and_african_given_names_are_known() -> None:
    from brief.actors.gender import given_names
    names = given_names()
    assert names["Kwame"] == "m" and names["Ngozi"] == "f" and names["Priya"] == "f" and names["Rajesh"] == "m"
    assert full_name_shown("Chinedu Okpara opened the stall in 2010. Okpara said sales had fallen.", "Chinedu Okpara")


def test_a_clubs_word_alone_speaks_for_the_one_club_ending_so() -> None:
    text = ("Coach sacked as slump continues\n\n"
            "Brackton United have sacked their coach after a 2-1 defeat.\n\n"
            "United said an interim coach would take charge on Monday.")
    said = [p.text for a in actors_of(report_of(text)) for p in a.positions]
    assert "an interim coach would take charge on Monday" in said


def test_a_portfolio_after_an_office_of_is_no_part_of_the_name() -> None:
    assert leading_title(["Electricity", "Kgosientsho", "Ramokgopa"], "ORG", ["Minister", "of"])
    assert not leading_title(["Electricity", "Supply", "Commission"], "ORG", ["Minister", "of"])


def test_a_bodys_initials_before_a_place_are_its_branch() -> None:
    from brief.actors.tagged_spans import with_initials_heads
    words = "NHS England said waiting lists grew .".split()
    assert with_initials_heads(words, [(1, 2, "LOC")]) == [(0, 2, "ORG")]
    words = "The US Texas border was shut .".split()
    assert with_initials_heads(words, [(2, 3, "LOC")]) == [(2, 3, "LOC")]
