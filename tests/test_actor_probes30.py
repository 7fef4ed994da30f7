"""Shapes found by probing articles written in new styles (session 37, probes29, fixed by probes30), each on text
written for these tests:
- a plural for people in no list, written with a capital only where it opens a sentence ("Organisers said",
  "Campaigners said"), is a group that speaks, not a name shaped like "loggers" (groups._opening_capital_only);
  "critics" and the lines of work whose plural no ending marks ("nurses", "pilots") are people's plurals too
  (groups.people_noun); so are bodies of a kind, unnamed ("Opposition parties said", "Aid agencies warned":
  groups.BODY_PLURALS); a participle after an inverted frame (", said a source close to the probe, adding ...") is
  the frame's source's, not the subject of the clause before (participle_subjects._INVERTED_FRAME);
- people at a body or a place ("Workers at Halden Motors said", "Pilots at Westhaven Air voted") speak as a group
  named without where they are, not as the body (groups._LOCATED_TAIL, describing.only_locates with the body's rank
  and file); a line of work's plural opening a sentence is no body's name ("Pilots": people_openings);
- a second predicate after "was" and "but" ("said it was disappointed but proud of the campaign") is what was said,
  not a stance of its own that ends it (coordinated_predicates);
- an office or agency named for a field it serves ("the National Weather Office") is not "the government"
  (body_kinds.governs);
- a wire's name of two words in brackets before a dash ends a dateline ("(Business Wire) - ": furniture_words);
- a field word after a possessive or article opening the sentence is the title's ("His campaign manager, X,":
  roles._field_word); a long office set off after a name, past its owner ("X, Germany's special envoy for
  international climate policy,") reaches as far as "a job at a body" does (roles._role_after).
"""

from __future__ import annotations

from written import actors_of, holders, report_of, said_by

_MARCH = ("Bakers protest flour tax in Tollmere\n\n"
          "TOLLMERE - Police in Tollmere broke up a protest against a new tax on flour on Saturday. Finance Minister "
          "Odile Brasse said the tax would stay.\n\n"
          "{group} said they would march again next week and called for the minister to resign.\n")


def test_a_plural_for_people_opening_a_sentence_is_a_group() -> None:
    for group in ("Organisers", "Campaigners", "Critics", "Nurses"):
        report = report_of(_MARCH.format(group=group))
        assert holders(report, "march again next week") == [group.lower()], group


def test_a_surname_shaped_as_a_plural_is_no_group() -> None:
    text = ("Tax row in Tollmere\n\n"
            "Finance Minister Odile Brasse met opposition leader Harold Summers on Friday.\n\n"
            "Summers said the tax would hurt small bakeries.\n")
    assert holders(report_of(text), "hurt small bakeries") == ["Harold Summers"]


def test_the_government_is_not_an_office_named_for_its_field() -> None:
    text = ("Storm Brannoch reaches the west coast\n\n"
            "The Coastal Weather Office raised its storm warning to amber on Sunday, its second-highest level.\n\n"
            "Opposition leader Rhona Vail accused ministers of leaving rural roads unsalted. The government denied "
            "the charge, saying gritters had been out since Friday.\n")
    report = report_of(text)
    assert "Coastal Weather Office" not in holders(report, "gritters had been out")


def test_a_wire_of_two_words_in_brackets_ends_a_dateline() -> None:
    text = ("Velmont mayor re-elected\n\n"
            "PORT ASHBY, May 6 (Coastal Newswire) - Mayor Iris Carden won a third term in Port Ashby on Tuesday, "
            "according to projections by the Halden Press Agency.\n")
    positions = [p for texts in said_by(text).values() for p in texts if "third term" in p]
    assert positions and all("PORT ASHBY" not in p and "Newswire" not in p for p in positions)


def test_a_field_after_a_possessive_opening_the_sentence_is_the_titles() -> None:
    text = ("Recount sought in Dunmere\n\n"
            "Senator Ruth Calder did not concede on Tuesday night.\n\n"
            "Her campaign manager, Owen Pryce, said the campaign would ask for a recount.\n")
    roles = {a.name: a.role for a in actors_of(report_of(text))}
    assert roles.get("Owen Pryce") == "campaign manager"


def test_a_long_office_set_off_after_a_name_past_its_owner() -> None:
    text = ("Climate talks stall\n\n"
            "Ines Marlow, Austria's special envoy for international ocean policy, said the talks had stalled.\n")
    roles = {a.name: a.role for a in actors_of(report_of(text))}
    assert roles.get("Ines Marlow") == "Austria's special envoy for international ocean policy"


def test_a_participle_after_an_inverted_frame_is_its_sources() -> None:
    """Fails with the group rule above and without participle_subjects._INVERTED_FRAME: the volunteers then added."""
    text = ("Hill search widens\n\n"
            "Maja Strand, head of the mountain rescue team, told local radio the search would go on overnight. "
            "Volunteers are combing the eastern ridge, said a source close to the search, adding that snow could slow "
            "them down. Strand said the dogs were ready.\n")
    assert holders(report_of(text), "snow could slow") == []


_WALKOUT = ("Walkout at Corrin Rail\n\n"
            "{people} at Corrin Rail {deed}.\n\n"
            "Transport Minister Hal Brody urged both sides to return to talks.\n")


def test_people_at_a_body_speak_as_a_group_not_as_the_body() -> None:
    for people in ("Workers", "Drivers", "Pilots"):
        report = report_of(_WALKOUT.format(people=people, deed="said they would walk out on Friday"))
        assert holders(report, "walk out on Friday") == [people.lower()], people


def test_a_body_s_rank_and_file_reported_by_their_union_are_not_the_body() -> None:
    report = report_of(_WALKOUT.format(people="Pilots", deed="voted to walk out next month, their union said"))
    assert holders(report, "walk out next month") == ["Pilots' union"]  # their union, named by them (speakers27)
    assert "Pilots" not in [a.name for a in actors_of(report)]


def test_a_second_predicate_after_but_is_what_was_said() -> None:
    text = ("Harbour vote lost\n\n"
            "The Coastal Towns Alliance, which spent $2 million on the vote, said it was disappointed but proud of "
            "its volunteers.\n")
    said = said_by(text)
    assert said.get("Coastal Towns Alliance") == ["it was disappointed but proud of its volunteers"]


def test_bodies_of_a_kind_unnamed_speak_as_a_group() -> None:
    text = ("Energy aid row\n\n"
            "The government of Veldra will spend 2 billion on energy aid, Prime Minister Ora Kent said on Friday.\n\n"
            "Opposition parties said the package was too small and came too late. Aid agencies warned of a hard "
            "winter.\n\n"
            "The two parties met again on Monday.\n")
    report = report_of(text)
    assert holders(report, "too small and came too late") == ["opposition parties"]
    assert holders(report, "a hard winter") == ["aid agencies"]


def test_bodies_joined_after_another_subject_are_not_the_voice() -> None:
    """Fails without groups._JOINED_BEFORE (on the commit before it): the farm groups then held the challenge."""
    text = ("Water rule challenged\n\n"
            "Twenty-two states led by coal-mining Wyoming and farm groups are challenging the water rules in "
            "federal court.\n")
    assert "farm groups" not in holders(report_of(text), "in federal court")
